#pragma once
// How a change of the hidden state at step t reaches the last step: the Jacobian products
// behind vanishing and exploding gradients (Bengio et al. 1994; Pascanu et al. 2013).
//
// Per layer, with the layer's input held fixed, the state s_t evolves as s_t = F(s_{t-1}, x_t)
// with s = h (RNN, GRU) or s = (h, c) (LSTM). The one-step Jacobian J_t = ∂s_t/∂s_{t-1} is
//   RNN  (1) J_t = diag(φ'(a_t)) W_hh                                       (H, H)
//            φ' = 1 - h_t² (tanh) or [h_t > 0] (relu)
//   GRU  (2) J_t = diag(z_t) + diag(1 - z_t) ∂n_t/∂h + diag(h_{t-1} - n_t) ∂z_t/∂h      (H, H)
//            ∂z_t/∂h = diag(z_t (1 - z_t)) W_hz,   ∂r_t/∂h = diag(r_t (1 - r_t)) W_hr
//            ∂n_t/∂h = diag(1 - n_t²) (diag(r_t) W_hn + diag(W_hn h_{t-1} + b_hn) ∂r_t/∂h)
//   LSTM (3) ∂c_t/∂h = diag(c_{t-1} f_t (1 - f_t)) W_hf + diag(g_t i_t (1 - i_t)) W_hi
//                      + diag(i_t (1 - g_t²)) W_hg
//            J_t = [ diag(tanh(c_t) o_t (1 - o_t)) W_ho + D ∂c_t/∂h    D diag(f_t) ]   (2H, 2H)
//                  [ ∂c_t/∂h                                           diag(f_t)   ]
//            with D = diag(o_t (1 - tanh²(c_t))), rows and columns ordered (h, c).
// The product over the steps after t is
//   (4) ∂s_{T-1}/∂s_t = J_{T-1} J_{T-2} ... J_{t+1}         (the identity for t = T-1)
// and what the views plot is the norm of its h -> h block,
//   (5) ‖∂h_{T-1}/∂h_t‖₂ = σ₁ of the top-left (H, H) block of (4)
// (for the LSTM: with c_t held fixed, but through every path via c_{t+1} .. c_{T-1}). Since a
// gradient arriving at the last step travels back as dL/dh_t = (∂h_{T-1}/∂h_t)^T dL/dh_{T-1},
// (5) is the most it can be multiplied by on the way, and ‖J_k‖₂ ≤ max φ' · σ₁(W_hh) for the
// RNN ties its slope to the recurrent weights.
//
// The trace must come from a zero initial state (as the trainer's traces do) and from the same
// weights. Only the H rows of (4) that belong to h_{T-1} are carried, so the cost is T - 1
// products of (H, H) matrices (two for the LSTM, whose J_t has diagonal right blocks), plus a
// warm-started power iteration per step for (5): meant for classroom sizes, once per trace.

#include <vector>

#include "core/nn/parameters.h"
#include "core/nn/sequence_trace.h"

namespace rnnlab {

// J_t of one layer, (1)-(3): (H, H), or (2H, 2H) for the LSTM. 0 <= t < T.
Matrix<double> stepJacobian(const SequenceTrace& trace, const Parameters<double>& weights,
                            int layer, Index t);

// (5) for t = 0 .. T-1 (the last entry is 1). Products are rescaled as they go, so they neither
// underflow nor overflow before the norm is taken; a value beyond double range is 0 or inf.
std::vector<double> jacobianProductNorms(const SequenceTrace& trace,
                                         const Parameters<double>& weights, int layer);

// (5) for every layer: [layer][t].
std::vector<std::vector<double>> jacobianProductNorms(const SequenceTrace& trace,
                                                      const Parameters<double>& weights);

}  // namespace rnnlab
