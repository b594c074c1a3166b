#pragma once
// How a network is trained: optimizer, schedule, clipping, batching, seed, and the teaching
// knobs (truncated BPTT, how often a sequence is traced, when a run counts as diverged).
// Plain data, saved in the "training" section of an experiment file.

#include <cstdint>

#include "core/optim/initializers.h"
#include "core/optim/lr_schedule.h"
#include "core/optim/optimizer.h"

namespace rnnlab {

struct TrainingSettings {
    OptimizerSettings optimizer;   // kind, learning rate and its hyper-parameters
    LrSchedule schedule;           // learning rate per epoch
    InitSettings init;             // how weights start when the experiment has none
    bool clip = true;              // global-norm clipping (clip_grad_norm_)
    double clipMaxNorm = 1.0;
    int batchSize = 32;
    int epochs = 50;
    std::uint64_t seed = 1;        // weights, shuffling: the same seed, the same run
    int truncation = 0;            // truncated BPTT length; 0: full BPTT
    int earlyStoppingPatience = 0; // stop after this many epochs without a better validation
                                   // loss; 0: never
    // A step whose loss exceeds divergenceFactor times the first step's loss counts as
    // diverged (as does any non-finite loss, gradient or weight). 0: only non-finite values.
    double divergenceFactor = 1e4;
    int traceEvery = 10;           // steps between traces of the traced sequence; 0: never
    int traceSample = 0;           // which validation sample is traced (training if none)

    bool operator==(const TrainingSettings& o) const;
    bool operator!=(const TrainingSettings& o) const { return !(*this == o); }
};

// Throws ConfigError naming the setting.
void validate(const TrainingSettings& settings);

// Largest values accepted: beyond them a classroom run would not finish.
constexpr int kMaxBatchSize = 65536;
constexpr int kMaxEpochs = 1000000;

}  // namespace rnnlab
