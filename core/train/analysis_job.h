#pragma once
// The work of a training run that only reads the weights of one moment and feeds the history,
// never the next step:
//   - the heavy analyses of a traced sequence: the Jacobian products ‖∂h_{T-1}/∂h_t‖ and the
//     spectral radius and largest singular value of every W_hh gate block (O(H³) per layer;
//     core/analysis/analysis_schedule.h says at which steps);
//   - the evaluation of validation and test at an epoch's end (a forward pass over them).
// A Trainer does this work inline (the command line, the tests, the lessons), or, deferred,
// hands it out as AnalysisJobs to another thread and records each AnalysisResult, in the order
// the jobs were made, as it comes back (the window: the training thread only trains). Either
// way the history and the run's state are the same, number for number: a job carries a copy of
// everything it reads, and a result is a function of its job alone.

#include <cstdint>
#include <memory>
#include <optional>

#include "core/data/training_data.h"
#include "core/parameters.h"
#include "core/sequence_trace.h"
#include "core/train/training_history.h"

namespace rnnlab {

enum class AnalysisMode {
    Inline,    // computed inside Trainer::step()
    Deferred,  // handed out by Trainer::takeAnalysisJobs(), recorded by completeAnalysis()
};

struct AnalysisJob {
    std::uint64_t id = 0;  // increasing within a trainer, never reused
    NetworkConfig network;
    std::shared_ptr<const TrainingData> data;
    std::shared_ptr<const Parameters<float>> weights;  // the weights of that moment
    // The heavy analyses of a traced sequence (trace set), recorded at `step`...
    std::shared_ptr<const SequenceTrace> trace;
    long long step = 0;
    bool jacobians = false;
    bool recurrentNorms = false;
    // ... or an epoch's end: its record with the training loss, step and learning rate; the
    // validation and test losses and metrics are to be evaluated.
    std::optional<EpochRecord> epoch;
};

struct AnalysisResult {
    std::uint64_t id = 0;  // the job's
    std::optional<JacobianProfileRecord> jacobians;
    std::optional<RecurrentNormRecord> recurrentNorms;
    std::optional<EpochRecord> epoch;  // complete
};

// Does the job's work; any thread.
AnalysisResult runAnalysis(const AnalysisJob& job);

}  // namespace rnnlab
