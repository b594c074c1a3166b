#include "core/analysis/analysis_schedule.h"

#include <algorithm>

#include "core/analysis/recurrent_weight_norms.h"

namespace rnnlab {

namespace {

// Product flops per H³ of one gate block's analyses, measured with Eigen 3.4 on one core of the
// development machine against the float training step (their ratio hardly depends on the
// machine): EigenSolver (eigenvalues only, up to kMaxSpectralRadiusSize) ~150 at H ≤ 64 and
// ~150·H/64 above, as its Householder updates stop fitting in cache; BDCSVD ~60; one step of
// the Jacobian product chain ~18.
constexpr double kEigenvaluesPerCube = 150.0;
constexpr double kSingularValuesPerCube = 60.0;
constexpr double kJacobianStepPerCube = 18.0;
// Small blocks cost more than their flops (calls, allocations, rows too short to vectorise): the
// analyses, timed beside the training steps of the same LSTM (T = 20, B = 32), took
// (1 + 32/max(H, 16)) times the estimate above: 2.9× at H = 8, 3.3× at 16, 1.9× at 32, 1.4× at
// 64, 1.24× at 128 (below 16 the training step's own overheads grow as fast).
constexpr double kSmallBlockOverhead = 32.0;
// Time per flop of a forward pass with a batch of one against the training step's, measured
// the same way: 3.1 at H = 16 (call overhead) and 2.3 at H = 128 (matrix-vector products).
constexpr double kBatchOfOnePenalty = 3.0;

double cube(double x) {
    return x * x * x;
}

// The smallest first·2^k (k ≥ 0) at which `cost` fits within `share` of `perUnit`·first·2^k.
long long doublingInterval(double cost, double share, double perUnit, long long first) {
    long long every = first;
    while (cost > share * perUnit * static_cast<double>(every)) every *= 2;
    return every;
}

}  // namespace

double trainingStepCost(const NetworkConfig& n, Index steps, Index batch) {
    // Forward 2 and backward 4 flops per weight, sample and step: Σ_l G·H·(I_l + H), where a
    // one-hot first layer multiplies nothing (it gathers a column of W_ih) and an embedded one
    // multiplies its E values.
    const double H = n.hiddenSize;
    const double G = gateCount(n.cell);
    const double I0 = hasOneHotInput(n) ? 0.0 : firstLayerInputSize(n);
    double weights = 0.0;
    for (int l = 0; l < n.numLayers; ++l) weights += G * H * ((l == 0 ? I0 : H) + H);
    return 6.0 * static_cast<double>(batch) * static_cast<double>(steps) * weights;
}

double heavyAnalysisCost(const NetworkConfig& n, Index steps) {
    const double H = n.hiddenSize;
    const double eigenvalues = n.hiddenSize <= kMaxSpectralRadiusSize
                                   ? kEigenvaluesPerCube * std::max(1.0, H / 64.0)
                                   : 0.0;
    const double perBlock = (eigenvalues + kSingularValuesPerCube) * cube(H);
    const double jacobians = kJacobianStepPerCube * cube(H) * static_cast<double>(steps);
    return n.numLayers * (gateCount(n.cell) * perBlock + jacobians) *
           (1.0 + kSmallBlockOverhead / std::max(H, 16.0));
}

long long heavyAnalysisEvery(const NetworkConfig& n, Index steps, Index batch, int traceEvery) {
    if (traceEvery <= 0) return 0;
    const double analysis = heavyAnalysisCost(n, steps);
    const double training = trainingStepCost(n, steps, std::max<Index>(1, batch));
    return doublingInterval(analysis, kHeavyAnalysisShare, training, traceEvery);
}

int freeRunningEvery(const NetworkConfig& n, Index steps, Index batch, Index trainSamples,
                     Index forecastRows) {
    const Index B = std::max<Index>(1, batch);
    const double stepsPerEpoch =
        static_cast<double>((std::max<Index>(1, trainSamples) + B - 1) / B);
    const double training = stepsPerEpoch * trainingStepCost(n, steps, B);
    // Forward only: a third of a training step's flops per sample.
    const double forecast = kBatchOfOnePenalty * static_cast<double>(forecastRows) *
                            trainingStepCost(n, steps, 1) / 3.0;
    return static_cast<int>(doublingInterval(forecast, kFreeRunningShare, training, 1));
}

}  // namespace rnnlab
