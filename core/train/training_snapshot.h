#pragma once
// An immutable picture of a training run at one moment, published by the worker thread for the
// views (docs/ARCHITECTURE.md, Threading). Views read it and never reach back into the trainer;
// the heavy parts (traces, forecasts) are shared, not copied, between snapshots.

#include <cstdint>
#include <memory>
#include <optional>
#include <string>

#include "core/nn/network_config.h"
#include "core/nn/sequence_trace.h"
#include "core/train/divergence.h"
#include "core/train/forecast.h"
#include "core/train/stop_reason.h"
#include "core/train/training_history.h"
#include "core/train/training_settings.h"

namespace rnnlab {

struct TrainingSnapshot {
    long long version = 0;     // increases with every published snapshot
    std::uint64_t runId = 0;   // the run it shows: the experiment's, or 0 for a lone session
    bool running = false;      // the worker is training (not paused)
    long long step = 0;
    int epoch = 0;             // 0-based current epoch
    int epochs = 0;            // planned epochs
    double epochProgress = 0;  // fraction of the current epoch done
    double stepsPerSecond = 0;  // over the last half second of steps, played or paced; 0: paused
    double learningRate = 0;
    StopReason stopReason = StopReason::None;
    std::optional<Divergence> divergence;
    NetworkConfig network;
    TrainingSettings settings;
    TrainingHistory history;
    std::shared_ptr<const SequenceTrace> trace;
    // Analyses of this run still being computed on another thread (traces, epoch evaluations,
    // heavy analyses): the history will grow by them.
    int pendingAnalyses = 0;
    std::shared_ptr<const ForecastSet> forecasts;  // of the weights at an epoch end or pause; null
                                                   // until the first is computed
    long long forecastStep = -1;                   // the step of the weights they are of
};

}  // namespace rnnlab
