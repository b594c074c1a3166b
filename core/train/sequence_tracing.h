#pragma once
// One sequence through a network, in float64, with every state and gate (sequence_trace.h):
// what the explorer shows and the gradient views measure. A trainer's weights are float32;
// they are widened, so the trace is the float64 computation on exactly those weights.

#include "core/data/training_data.h"
#include "core/nn/parameters.h"
#include "core/nn/sequence_trace.h"

namespace rnnlab {

// Sample `index` of a split, with its target: the loss and every gradient too (BPTT truncated
// to `truncation` steps when > 0, as in training).
SequenceTrace traceSample(const NetworkConfig& network, const Parameters<float>& weights,
                          const TrainingData& data, Split split, Index index, int truncation);

// Any input (T, I), normalised as the network sees it, without a target: states and gates, no
// loss or gradients. ConfigError when it has no step or the wrong number of columns.
SequenceTrace traceInput(const NetworkConfig& network, const Parameters<float>& weights,
                         const Matrix<double>& input);

}  // namespace rnnlab
