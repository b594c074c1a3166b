#pragma once
// The work of a training run that only reads the weights of one moment and feeds what the views
// show, never the next step:
//   Trace           the traced sequence in float64 (sequence_tracing.h) and its ‖dL/dh_t‖
//                   profile, every traceEvery steps;
//   HeavyAnalyses   the Jacobian products ‖∂h_{T-1}/∂h_t‖ of that sequence and the spectral
//                   radius and largest singular value of every W_hh gate block: O(H³) per
//                   layer, at the interval of core/analysis/analysis_schedule.h;
//   Epoch           the validation and test losses and metrics at an epoch's end, and at the
//                   interval of analysis_schedule.h the free-running forecast's errors.
// A Trainer does this work inline (the command line, the tests, the lessons), or, deferred,
// hands it out as AnalysisJobs to other threads and records each AnalysisResult as it comes
// back, in the order the jobs of its kind were made (the window: the training thread only
// trains). Either way the history and the run's state are the same, number for number: a job
// carries a copy of everything it reads, and its result is a function of the job alone.

#include <cstdint>
#include <memory>
#include <optional>

#include "core/data/training_data.h"
#include "core/nn/parameters.h"
#include "core/nn/sequence_trace.h"
#include "core/train/training_history.h"

namespace rnnlab {

enum class AnalysisMode {
    Inline,    // computed inside Trainer::step()
    Deferred,  // handed out by Trainer::takeAnalysisJobs(), recorded by completeAnalysis()
};

enum class AnalysisKind { Trace, HeavyAnalyses, Epoch };
constexpr int kAnalysisKinds = 3;

struct AnalysisJob {
    std::uint64_t id = 0;  // increasing within a trainer, never reused
    AnalysisKind kind = AnalysisKind::Trace;
    NetworkConfig network;
    std::shared_ptr<const TrainingData> data;
    std::shared_ptr<const Parameters<float>> weights;  // the weights of that moment
    long long step = 0;                                // training steps taken then

    // Trace and HeavyAnalyses: the traced sample (Trainer::tracedSample) and the run's
    // truncation; the trace itself when it was already made (inline).
    Split split = Split::Validation;
    Index index = 0;
    int truncation = 0;
    std::shared_ptr<const SequenceTrace> trace;
    bool profile = false;         // Trace: record its ‖dL/dh_t‖ profile
    bool jacobians = false;       // HeavyAnalyses: record the Jacobian products
    bool recurrentNorms = false;  // HeavyAnalyses: record the W_hh norms

    // Epoch: its record with the training loss, step and learning rate; the validation and test
    // losses and metrics are to be evaluated.
    std::optional<EpochRecord> epoch;
    bool freeRunning = false;  // Epoch: also the free-running errors
};

struct AnalysisResult {
    std::uint64_t id = 0;  // the job's
    AnalysisKind kind = AnalysisKind::Trace;
    std::shared_ptr<const SequenceTrace> trace;  // Trace
    std::optional<GradientProfileRecord> profile;
    std::optional<JacobianProfileRecord> jacobians;
    std::optional<RecurrentNormRecord> recurrentNorms;
    std::optional<EpochRecord> epoch;  // complete
};

// Does the job's work; any thread.
AnalysisResult runAnalysis(const AnalysisJob& job);

}  // namespace rnnlab
