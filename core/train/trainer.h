#pragma once
// Trains a network on a dataset, one batch at a time, recording everything the views show.
// It knows nothing of threads or windows: the CLI calls step() in a loop, the GUI's worker does
// the same on its own thread between commands.
//
// One step: take the next B training samples (reshuffled with the run's generator at each epoch
// start), forward, BPTT, check for divergence, clip, optimizer update, record. The last step of
// an epoch also evaluates validation and test. Same experiment and seed: bit-identical history.
//
// Divergence guard: a non-finite loss, gradient or weight, or a loss above divergenceFactor
// times the first step's, stops the run and restores the last weights (and optimizer state)
// whose loss passed these checks; divergence() says what happened.

#include <memory>
#include <optional>
#include <string>

#include "core/data/training_data.h"
#include "core/optimizer.h"
#include "core/recurrent_network.h"
#include "core/sequence_trace.h"
#include "core/train/divergence.h"
#include "core/train/forecast.h"
#include "core/train/trainer_state.h"
#include "core/train/training_history.h"
#include "core/train/training_settings.h"

namespace rnnlab {

enum class StopReason { None, EpochsDone, EarlyStopped, Diverged };

struct Evaluation {
    std::optional<double> loss;  // none for an empty split
    Metrics metrics;             // in the data's own units
};

class Trainer {
public:
    // The network's input and output sizes must match the data (ConfigError otherwise, saying
    // which); settings are validated. Weights start from settings.init and settings.seed.
    Trainer(const NetworkConfig& network, const TrainingSettings& settings,
            std::shared_ptr<const TrainingData> data);

    const NetworkConfig& networkConfig() const { return m_network.config(); }
    const TrainingSettings& settings() const { return m_settings; }
    const TrainingData& data() const { return *m_data; }
    std::shared_ptr<const TrainingData> sharedData() const { return m_data; }

    // Takes effect at the next step: learning rate, schedule, optimizer hyper-parameters (a new
    // optimizer kind starts with fresh state), clipping, batch size, truncation, epochs,
    // patience, tracing. The seed and initialiser only matter to reinitialise().
    void setSettings(const TrainingSettings& settings);

    // Fresh weights from settings.init and settings.seed; the history and progress restart.
    void reinitialise();
    // Weights from a file or another run (same layout); the history and progress restart.
    void setWeights(const Parameters<double>& weights);
    const RecurrentNetwork<float>& network() const { return m_network; }
    Parameters<double> weights() const { return m_network.parameters().template cast<double>(); }

    // One optimizer step on the next batch. Returns the record of the step, or nothing when the
    // run is finished or the step diverged (see stopReason() and divergence()).
    std::optional<StepRecord> step();

    StopReason stopReason() const { return m_stopReason; }
    bool finished() const { return m_stopReason != StopReason::None; }
    const std::optional<Divergence>& divergence() const { return m_divergence; }
    // Lets a finished run go on: after a divergence (with new settings) or past its epochs
    // (after raising settings.epochs). The restored weights and history are kept.
    void resume();

    long long stepCount() const { return m_state.step; }
    int epoch() const { return m_state.epoch; }
    // Fraction of the current epoch done, in [0, 1).
    double epochProgress() const;
    double currentLearningRate() const { return m_optimizer.settings().learningRate; }
    const TrainingHistory& history() const { return m_history; }

    // Loss and metrics over a whole split with the current weights.
    Evaluation evaluate(Split split) const;
    // The free-running forecast computed at the end of the last epoch, while the weights are
    // still those (no step since); null otherwise.
    const Forecast* freeRunningNow() const {
        return m_freeRunningStep == m_state.step ? m_freeRunning.get() : nullptr;
    }

    // The traced sequence (settings.traceSample of validation, else of training) in double
    // precision with every gradient; also what step() records every traceEvery steps.
    SequenceTrace traceSample(Split split, Index index) const;
    std::shared_ptr<const SequenceTrace> latestTrace() const { return m_latestTrace; }
    // Any input (T, I), without a target: states and gates, no gradients ("draw your own").
    SequenceTrace traceInput(const Matrix<double>& input) const;
    // Split and index traceSample() uses for the run's traced sequence.
    std::pair<Split, Index> tracedSample() const;

    // Everything needed to continue this run later exactly as if it had not stopped.
    TrainerState state() const;
    // Restores a state() of a trainer built with the same network, settings and data.
    // ConfigError when it does not fit (sizes, order length).
    void restore(const TrainerState& state);

private:
    void startEpochIfNeeded();
    void finishEpoch();
    // Traces the traced sequence; addProfile also records in the history its ‖dL/dh_t‖ profile,
    // its Jacobian products ‖∂h_{T-1}/∂h_t‖ and the norms of every W_hh gate block (steps of
    // training only, so a restored run records exactly what an uninterrupted one does).
    void recordTrace(bool addProfile);
    // False (after diverge()) when the loss or a gradient is non-finite or the loss exploded.
    bool checkDivergence(double loss, const std::vector<double>& norms);
    // Restores the last good weights and optimizer state; records what happened at `step`.
    void diverge(long long step, const std::string& parameter, const std::string& what);
    std::string hint() const;

    std::shared_ptr<const TrainingData> m_data;
    TrainingSettings m_settings;
    RecurrentNetwork<float> m_network;
    Optimizer<float> m_optimizer;
    TrainerProgress m_state;
    Random m_rng;
    TrainingHistory m_history;

    // The last weights and optimizer state whose loss passed every check.
    Vector<float> m_lastGoodWeights;
    Optimizer<float> m_lastGoodOptimizer;
    long long m_lastGoodStep = 0;  // steps taken when m_lastGoodWeights were current
    // Best validation loss for early stopping, with its weights.
    Vector<float> m_bestWeights;

    StopReason m_stopReason = StopReason::None;
    std::optional<Divergence> m_divergence;
    std::shared_ptr<const SequenceTrace> m_latestTrace;
    std::shared_ptr<const Forecast> m_freeRunning;  // of the weights at m_freeRunningStep
    long long m_freeRunningStep = -1;

    // Per-step buffers, reused.
    Workspace<float> m_ws;
    Parameters<float> m_grads;
    Matrix<float> m_x, m_y;
};

}  // namespace rnnlab
