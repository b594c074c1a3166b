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
//
// What only describes the run (the heavy analyses of a trace, the validation and test losses
// of an epoch) is computed inline, or deferred to another thread (core/train/analysis_job.h):
// a deferred run's history lags behind by the jobs still out, and is otherwise the same.

#include <array>
#include <cstdint>
#include <deque>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "core/data/training_data.h"
#include "core/nn/recurrent_network.h"
#include "core/nn/sequence_trace.h"
#include "core/optim/optimizer.h"
#include "core/train/analysis_job.h"
#include "core/train/divergence.h"
#include "core/train/evaluation.h"
#include "core/train/stop_reason.h"
#include "core/train/trainer_state.h"
#include "core/train/training_history.h"
#include "core/train/training_settings.h"

namespace rnnlab {

class Trainer {
public:
    // The network's input and output sizes must match the data (ConfigError otherwise, saying
    // which); settings are validated. Weights start from settings.init and settings.seed.
    Trainer(const NetworkConfig& network, const TrainingSettings& settings,
            std::shared_ptr<const TrainingData> data,
            AnalysisMode analysisMode = AnalysisMode::Inline);

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
    // ConfigError naming the first weight beyond float32's range (trainer_state_check.h).
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
    // Back to the weights and optimizer state of the step with the lowest training loss so far
    // among those that passed the divergence checks, and on from there (a diverged run
    // resumes). After a divergence the last sound weights may already be far up a loss that
    // was running away; these are where a lower learning rate can start again. The step count
    // and the history go on.
    void restoreBestSoundWeights();

    long long stepCount() const { return m_state.step; }
    int epoch() const { return m_state.epoch; }
    // Fraction of the current epoch done, in [0, 1).
    double epochProgress() const;
    double currentLearningRate() const { return m_optimizer.settings().learningRate; }
    const TrainingHistory& history() const { return m_history; }

    // Loss and metrics over a whole split with the current weights.
    Evaluation evaluate(Split split) const;

    // The traced sequence (settings.traceSample of validation, else of training) in double
    // precision with every gradient; also what step() records every traceEvery steps.
    SequenceTrace traceSample(Split split, Index index) const;
    std::shared_ptr<const SequenceTrace> latestTrace() const { return m_latestTrace; }
    // Any input (T, I), without a target: states and gates, no gradients ("draw your own").
    SequenceTrace traceInput(const Matrix<double>& input) const;
    // Split and index traceSample() uses for the run's traced sequence.
    std::pair<Split, Index> tracedSample() const;

    // Deferred analysis: the jobs made since the last call (each is handed out once), for
    // another thread to runAnalysis() and give back to completeAnalysis(). Results of one kind
    // are recorded in the order their jobs were made; one of a job no longer pending (the
    // weights were replaced, or it was done here meanwhile) is ignored. While more than
    // kMaxPendingAnalyses of a kind are out, the trainer does the oldest itself, so memory
    // stays bounded. A deferred run's latestTrace() is the newest trace that came back.
    static constexpr std::size_t kMaxPendingAnalyses = 16;
    std::vector<std::shared_ptr<const AnalysisJob>> takeAnalysisJobs();
    // Hands every pending job out again at the next takeAnalysisJobs(): for a run that comes
    // back to a thread that dropped the results meant for it.
    void handOutAnalysesAgain();
    void completeAnalysis(const AnalysisResult& result);
    std::size_t pendingAnalyses() const;

    // Everything needed to continue this run later exactly as if it had not stopped, the
    // pending analyses included (done here if their results have not come back yet).
    TrainerState state() const;
    // Restores a state() of a trainer built with the same network, settings and data.
    // ConfigError naming the field when it does not fit (trainer_state_check.h).
    void restore(const TrainerState& state);

private:
    void startEpochIfNeeded();
    void finishEpoch();
    std::shared_ptr<AnalysisJob> newJob(AnalysisKind kind) const;
    // Runs the job inline or queues it (deferred), by the analysis mode.
    void submit(std::shared_ptr<AnalysisJob> job);
    // Records a result in the history (and, for an epoch, in the best-weights bookkeeping).
    void record(const AnalysisResult& result, const AnalysisJob& job);
    // Does and records every pending job of a kind, oldest first.
    void finishPendingAnalyses(AnalysisKind kind);
    // Traces the traced sequence; addProfile also records in the history its ‖dL/dh_t‖ profile,
    // its Jacobian products ‖∂h_{T-1}/∂h_t‖ and the norms of every W_hh gate block (steps of
    // training only, so a restored run records exactly what an uninterrupted one does).
    void recordTrace(bool addProfile);
    // False (after diverge()) when the loss or a gradient is non-finite or the loss exploded.
    bool checkDivergence(double loss, const std::vector<double>& norms);
    void keepAsBestSound(double loss);
    // Restores the last good weights and optimizer state; records what happened at `step`.
    void diverge(long long step, const std::string& parameter, const UiText& what);
    UiText hint() const;

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
    // The sound weights with the lowest training loss, and their optimizer state.
    Vector<float> m_bestSoundWeights;
    Optimizer<float> m_bestSoundOptimizer;
    double m_bestSoundLoss = 0.0;
    // Best validation loss for early stopping, with its weights.
    Vector<float> m_bestWeights;

    StopReason m_stopReason = StopReason::None;
    std::optional<Divergence> m_divergence;
    std::shared_ptr<const SequenceTrace> m_latestTrace;

    struct PendingAnalysis {
        std::shared_ptr<const AnalysisJob> job;
        bool handedOut = false;
        std::optional<AnalysisResult> result;  // came back before an older job's
    };
    using PendingQueue = std::deque<PendingAnalysis>;  // oldest first
    PendingQueue& pending(AnalysisKind kind) { return m_pending[static_cast<std::size_t>(kind)]; }
    AnalysisMode m_analysisMode;
    std::array<PendingQueue, kAnalysisKinds> m_pending;
    mutable std::uint64_t m_nextJobId = 1;

    // Per-step buffers, reused.
    Workspace<float> m_ws;
    Parameters<float> m_grads;
    Matrix<float> m_x, m_y;
};

}  // namespace rnnlab
