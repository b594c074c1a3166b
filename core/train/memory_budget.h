#pragma once
// How much memory a configuration will take, estimated before anything is allocated, and the
// budget it must fit in. Every setting has its own limit, but their product can still be far
// beyond the machine: 1,000,000 sequences of 10,000 steps (149 GiB), or a window of 100,000
// steps in batches of 65,536. Such a configuration is refused with its estimate and the settings
// that drive it, instead of ending in std::bad_alloc or a machine that swaps:
//   "the adding generator needs about 149 GiB of memory, more than the budget of 11.7 GiB (half
//    of this machine's 23.4 GiB; RNNLAB_MEMORY_BUDGET sets another): the generated inputs:
//    sequences 1000000 × length 10000 × 2 values × 8 bytes = 149 GiB"
//
// The budget is RNNLAB_MEMORY_BUDGET when it is set (bytes, or a number with K, M, G or T:
// "512M", "2G", "1.5G"), otherwise half of the machine's physical memory. The estimates count
// the large buffers (data, the per-step caches of a batch and of an evaluation chunk, the
// parameters with their gradients and optimizer state); they are meant to catch the settings
// that are wrong by orders of magnitude, not to be exact.

#include <cstdint>
#include <string>
#include <vector>

#include "core/base/tensor_types.h"
#include "core/data/generators.h"
#include "core/nn/network_config.h"

namespace rnnlab {

// One large buffer: what it is and what sizes it ("sequences 1000000 × length 10000 × ...").
struct MemoryPart {
    UiText what;  // "one training batch through the network: window 50 × ... × 4 bytes"
    double bytes = 0.0;
};
using MemoryEstimate = std::vector<MemoryPart>;

// The data a generator makes, from its resolved parameters.
MemoryEstimate estimateGeneratedData(const ResolvedGenerator& generator);
// Training a network on samples of `steps` steps in batches of batchSize (float32), evaluating
// evaluationChunk samples at a time, and tracing its traced sequence in float64.
MemoryEstimate estimateTraining(const NetworkConfig& network, Index batchSize,
                                Index evaluationChunk, Index steps);
// One sequence of `steps` steps through the network in float64, with every gradient.
MemoryEstimate estimateTrace(const NetworkConfig& network, Index steps);

struct MemoryBudget {
    double bytes = 0.0;
    UiText origin;  // "half of this machine's 23.4 GiB; ...", "RNNLAB_MEMORY_BUDGET=2G"
};
// Throws ConfigError for an RNNLAB_MEMORY_BUDGET that is not a size.
MemoryBudget memoryBudget();

// Throws ConfigError when the estimate exceeds memoryBudget(): "SUBJECT needs about ... (the
// parts above a tenth of the total, largest first)".
void checkMemoryBudget(const MemoryEstimate& estimate, const UiText& subject);
void checkMemoryBudget(const MemoryEstimate& estimate, const std::string& subject);

// "149 GiB", "11.7 GiB", "512 MiB", "12 KiB".
std::string memoryText(double bytes);

}  // namespace rnnlab
