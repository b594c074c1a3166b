#pragma once
// The engine's training throughput alone: full training steps (forward, BPTT, clip_grad_norm_
// at 1, Adam) of a network on random data of T steps in batches of B — real values with an MSE
// target on the last step, or for a symbol network random symbols whose targets are the next
// ones — with nothing else running: the same work as scripts/bench/torch_reference.py. `rnnlab-cli bench` prints it;
// `rnnlab --bench-ui` sets it beside the window's throughput for the same network.

#include "core/base/tensor_types.h"
#include "core/nn/network_config.h"

namespace rnnlab {

struct StepTiming {
    double stepsPerSecond = 0;     // wall clock, what a user waits for
    double cpuSecondsPerStep = 0;  // processor time of all threads: steadier on a busy machine
};

// Trains max(3, steps / 10) steps to warm up, then times `steps` steps. S is float or double.
template <typename S>
StepTiming timeTrainingSteps(const NetworkConfig& config, Index T, Index B, int steps);

// Seconds of processor time used by all threads of this process so far.
double processorSeconds();

}  // namespace rnnlab
