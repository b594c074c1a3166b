#pragma once
// The output of `rnnlab-cli trace` (docs/formats.md §2), how the engine is compared with PyTorch:
//   {"loss": 0.12, "outputs": [[...O...], ...],
//    "layers": [{"h": [[...H...] x T], "c": ... (LSTM), "gates": {"i": ..., "f": ..., ...}
//                (LSTM i f g o, GRU r z n; absent for RNN), "dh": ..., "dc": ... (LSTM)}],
//    "grads": {"rnn.weight_ih_l0": {"shape": [...], "data": [...]}, ...}}
// dh[t] is the total dL/dh_t of that layer's output at step t; without a target there is no
// loss, dh, dc or grads. outputs are the head's raw values (logits for cross_entropy).

#include <QJsonObject>
#include <string>

#include "core/nn/parameters.h"
#include "core/nn/sequence_trace.h"

namespace rnnlab {

// grads: the gradients of every parameter, or nullptr without a target. A value JSON cannot
// hold (NaN, ±infinity) is written as null.
QJsonObject traceJson(const SequenceTrace& trace, const Parameters<double>* grads);

// The values of a trace that traceJson() writes as null: how many, and the place of the first
// in the file ("loss", "outputs[0][1]", "layers[1].h[12][3]", "grads.fc.bias.data[0]").
struct NonFiniteValues {
    long long count = 0;
    std::string first;
};
NonFiniteValues nonFiniteValues(const SequenceTrace& trace, const Parameters<double>* grads);

}  // namespace rnnlab
