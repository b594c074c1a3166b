#pragma once
// Long short-term memory layer (Hochreiter & Schmidhuber 1997, with the forget gate of
// Gers et al. 2000), as torch.nn.LSTM: W_ih (4H, I) and W_hh (4H, H) hold the gates in the
// order i, f, g, o, each a block of H rows; two bias vectors b_ih, b_hh (4H).
//
// Forward, for t = 0..T-1 (h_{-1} = h0, c_{-1} = c0):
//   (1) i_t = σ(W_ii x_t + b_ii + W_hi h_{t-1} + b_hi)        input gate
//   (2) f_t = σ(W_if x_t + b_if + W_hf h_{t-1} + b_hf)        forget gate
//   (3) g_t = tanh(W_ig x_t + b_ig + W_hg h_{t-1} + b_hg)     candidate cell
//   (4) o_t = σ(W_io x_t + b_io + W_ho h_{t-1} + b_ho)        output gate
//   (5) c_t = f_t ⊙ c_{t-1} + i_t ⊙ g_t
//   (6) h_t = o_t ⊙ tanh(c_t)
//
// Backward (BPTT), for t = T-1..0, with dh_t the total dL/dh_t and dc_t starting as
// f_{t+1} ⊙ dc_{t+1} (zero at the last step):
//   (7)  dc_t += dh_t ⊙ o_t ⊙ (1 - tanh²(c_t))
//   (8)  da_o = dh_t ⊙ tanh(c_t) ⊙ o_t (1 - o_t)
//   (9)  da_i = dc_t ⊙ g_t ⊙ i_t (1 - i_t)
//   (10) da_f = dc_t ⊙ c_{t-1} ⊙ f_t (1 - f_t)
//   (11) da_g = dc_t ⊙ i_t ⊙ (1 - g_t²)
//   (12) dc_{t-1} = dc_t ⊙ f_t
//   (13) dh_{t-1} += W_hh^T [da_i da_f da_g da_o]
// and the weight gradients of recurrent_layer.h.

#include "core/nn/layer_workspace.h"
#include "core/nn/parameters.h"

namespace rnnlab {

// x: (T*B, I). Fills ws.gates, ws.c, ws.tanhC, ws.h. ws.h0 and ws.c0 must be set (B, H).
template <typename S>
void lstmForward(const Parameters<S>& p, int layer, const Matrix<S>& x, Index T, Index B,
                 LayerWorkspace<S>& ws);

// On entry ws.dh holds the direct contributions to dL/dh_t (head, layer above); on exit the
// totals, with ws.dc (total dL/dc_t), ws.dA, ws.dh0 and ws.dc0 filled.
template <typename S>
void lstmBackward(const Parameters<S>& p, int layer, Index T, Index B, int truncation,
                  LayerWorkspace<S>& ws);

}  // namespace rnnlab
