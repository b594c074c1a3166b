#include "core/train/step_benchmark.h"

#include <algorithm>
#include <chrono>
#include <ctime>

#include "core/base/random.h"
#include "core/nn/recurrent_network.h"
#include "core/optim/gradient_clipping.h"
#include "core/optim/initializers.h"
#include "core/optim/optimizer.h"

namespace rnnlab {

double processorSeconds() {
    timespec ts{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
    return static_cast<double>(ts.tv_sec) + 1e-9 * static_cast<double>(ts.tv_nsec);
}

namespace {

// Random inputs and targets: real numbers and an MSE target on the last step, or for symbols
// random indices 0..V-1 whose targets are the next ones (of T + 1 per sample).
template <typename S>
void randomData(const NetworkConfig& c, Index T, Index B, Matrix<S>& x, Matrix<S>& y) {
    Random rng(0);
    if (c.input == InputKind::Real) {
        x.resize(T * B, c.inputSize);
        y.resize(B, 1);
        for (Index i = 0; i < x.size(); ++i) x.data()[i] = static_cast<S>(rng.normal());
        for (Index i = 0; i < y.size(); ++i) y.data()[i] = static_cast<S>(rng.normal());
        return;
    }
    Matrix<S> symbols(T + 1, B);  // (step, sample)
    for (Index i = 0; i < symbols.size(); ++i)
        symbols.data()[i] = static_cast<S>(rng.below(static_cast<std::uint64_t>(c.vocabSize)));
    x = Eigen::Map<const Matrix<S>>(symbols.data(), T * B, 1);
    if (c.output == OutputMode::Last)
        y = symbols.bottomRows(1).transpose();
    else
        y = Eigen::Map<const Matrix<S>>(symbols.data() + B, T * B, 1);
}

}  // namespace

template <typename S>
StepTiming timeTrainingSteps(const NetworkConfig& c, Index T, Index B, int steps) {
    RecurrentNetwork<S> net(c);
    initialise(net.parameters(), c, InitSettings{}, 0);
    Matrix<S> x, y;
    randomData(c, T, B, x, y);
    Optimizer<S> adam(OptimizerSettings::forKind(OptimizerKind::Adam));
    Workspace<S> ws;
    Parameters<S> grads;
    auto step = [&] {
        net.forward(x, T, B, ws);
        net.backward(ws, y, grads);
        clipGradNorm(grads, 1.0);
        adam.step(net.parameters().flat(), grads.flat());
    };
    for (int i = 0; i < std::max(3, steps / 10); ++i) step();
    const auto start = std::chrono::steady_clock::now();
    const double cpuStart = processorSeconds();
    for (int i = 0; i < steps; ++i) step();
    const double seconds =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    return {steps / seconds, (processorSeconds() - cpuStart) / steps};
}

template StepTiming timeTrainingSteps<float>(const NetworkConfig&, Index, Index, int);
template StepTiming timeTrainingSteps<double>(const NetworkConfig&, Index, Index, int);

}  // namespace rnnlab
