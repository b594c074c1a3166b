#pragma once
// Connectivity (Madsen 2019, "Visualizing memorization in RNNs", Distill): how much each input
// character of a character model moves its prediction at a chosen position t̃. For one sequence
// of symbols s_0 .. s_t̃ read from a zero state, with y the true next symbol at t̃,
//   (1) g_t = ‖∂ log p(y | s_0 .. s_t̃) / ∂x_t‖₂                      t = 0 .. t̃
// where x_t is the network's input vector at step t: the one-hot e_{s_t} (V values) or, with an
// embedding, e_t = E[s_t] (E values). Only step t̃'s log-probability is differentiated, not the
// loss of the whole sequence. The engine's own BPTT does it: the same weights in a network with
// the head on the last step only (output "last"; the parameters do not depend on the output
// mode) read s_0 .. s_t̃, so that its cross-entropy loss is -log p(y) at t̃ alone and
//   (2) ∂(-log p(y)) / ∂z = softmax(z_t̃) - onehot(y)          (z the logits at t̃)
// and the first layer's
//   (3) ∂(-log p(y)) / ∂x_t = dA_t W_ih                         (1, V) or (1, E)
// (recurrent_layer.h, inputGradient) gives (1) up to its sign, which the norm drops. With
// one-hot input (3) is the full V-vector, how log p(y) would change if any symbol's entry of
// x_t moved, not only the column of the symbol read. The steps after t̃ cannot reach p(y) and
// are not read. A vanishing gradient shows as g_t falling by orders of magnitude with t̃ - t.
// Computed in double precision whatever the weights' type, so that g_t far below float's range
// (1e-38) is still a number; one forward and backward pass of t̃ + 1 steps.

#include <vector>

#include "core/nn/parameters.h"

namespace rnnlab {

// (1) for t = 0 .. symbols.size() - 1, with t̃ the last step. The network must be a character
// model: symbol input, output on every step, cross-entropy over V classes (asserted), and
// symbols and target indices in 0..V-1 (ConfigError otherwise).
template <typename S>
std::vector<double> inputConnectivity(const NetworkConfig& config, const Parameters<S>& weights,
                                      const std::vector<int>& symbols, int target);

}  // namespace rnnlab
