#pragma once
// The output of `rnnlab-cli trace` (design.md §5), how the engine is compared with PyTorch:
//   {"loss": 0.12, "outputs": [[...O...], ...],
//    "layers": [{"h": [[...H...] x T], "c": ... (LSTM), "gates": {"i": ..., "f": ..., ...}
//                (LSTM i f g o, GRU r z n; absent for RNN), "dh": ..., "dc": ... (LSTM)}],
//    "grads": {"rnn.weight_ih_l0": {"shape": [...], "data": [...]}, ...}}
// dh[t] is the total dL/dh_t of that layer's output at step t; without a target there is no
// loss, dh, dc or grads. outputs are the head's raw values (logits for cross_entropy).

#include <QJsonObject>

#include "core/parameters.h"
#include "core/sequence_trace.h"

namespace rnnlab {

// grads: the gradients of every parameter, or nullptr without a target.
QJsonObject traceJson(const SequenceTrace& trace, const Parameters<double>* grads);

}  // namespace rnnlab
