#pragma once
// What a run has recorded so far: every epoch, and per step (decimated for bounded memory) the
// loss, gradient norms before and after clipping, per-parameter gradient norms, and at every
// trace the profile of ‖dL/dh_t‖ over time for the traced sequence, its Jacobian products
// ‖∂h_{T-1}/∂h_t‖ and the spectral radius and largest singular value of every W_hh gate block.

#include <optional>
#include <vector>

#include "core/train/decimated_series.h"

namespace rnnlab {

struct StepRecord {
    long long step = 0;         // optimizer steps taken, counting this one (1-based)
    int epoch = 0;              // 0-based
    double loss = 0.0;          // the training batch's loss (normalised units)
    double gradNormBefore = 0.0;  // total L2 norm of all gradients before clipping
    double gradNormAfter = 0.0;   // ... and after
    bool clipped = false;
    double learningRate = 0.0;
};

// Errors of predictions in the data's own units (inverse-normalised).
struct Metrics {
    long long count = 0;               // predicted values
    double mse = 0.0;
    double rmse = 0.0;
    double mae = 0.0;
    std::optional<double> accuracy;    // classification: fraction of correct classes
};

// Sums the errors ŷ - y one at a time, for the Metrics above.
class ErrorSum {
public:
    void add(double error) {
        m_squared += error * error;
        m_absolute += error < 0 ? -error : error;
        ++m_count;
    }
    Metrics metrics() const;  // count 0 when nothing was added

private:
    double m_squared = 0.0;
    double m_absolute = 0.0;
    long long m_count = 0;
};

struct EpochRecord {
    int epoch = 0;                         // 0-based
    long long step = 0;                    // steps taken at its end
    double trainLoss = 0.0;                // mean batch loss over the epoch
    std::optional<double> validationLoss;  // none when the split has no samples
    std::optional<double> testLoss;
    Metrics validation;
    Metrics test;
    // The free-running (closed-loop) forecast's errors (forecast.h); count 0 when there is none.
    Metrics validationFreeRunning;
    Metrics testFreeRunning;
    double learningRate = 0.0;
};

struct ParameterNormRecord {
    long long step = 0;
    std::vector<double> norms;  // one per ParameterLayout entry
};

struct GradientProfileRecord {
    long long step = 0;
    std::vector<std::vector<double>> dhNorm;  // [layer][t] ‖dL/dh_t‖ of the traced sequence
};

// The Jacobian products of the traced sequence (core/analysis/state_jacobian.h).
struct JacobianProfileRecord {
    long long step = 0;
    std::vector<std::vector<double>> norm;  // [layer][t] ‖∂h_{T-1}/∂h_t‖₂; t = T-1 gives 1
};

// How much each recurrent weight block can stretch a vector (recurrent_weight_norms.h in
// core/analysis). Gate blocks in PyTorch's row order: RNN one block, LSTM i f g o, GRU r z n.
struct RecurrentNormRecord {
    long long step = 0;
    std::vector<std::vector<double>> spectralRadius;        // [layer][gate block] ρ(W_h·)
    std::vector<std::vector<double>> largestSingularValue;  // [layer][gate block] σ₁(W_h·)
};

struct TrainingHistory {
    std::vector<EpochRecord> epochs;
    DecimatedSeries<StepRecord> steps{20000};
    DecimatedSeries<ParameterNormRecord> parameterNorms{4000};
    DecimatedSeries<GradientProfileRecord> gradientProfiles{400};
    DecimatedSeries<JacobianProfileRecord> jacobianProfiles{400};
    DecimatedSeries<RecurrentNormRecord> recurrentNorms{400};
};

// The newest epoch that recorded free-running errors (they come at the interval of
// core/analysis/analysis_schedule.h); null when none has.
const EpochRecord* latestFreeRunning(const TrainingHistory& history);

}  // namespace rnnlab
