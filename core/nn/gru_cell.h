#pragma once
// Gated recurrent unit (Cho et al. 2014), as torch.nn.GRU: W_ih (3H, I) and W_hh (3H, H) hold
// the gates in the order r, z, n, each a block of H rows; two bias vectors b_ih, b_hh (3H).
// Note PyTorch's placement of the reset gate: it multiplies (W_hn h + b_hn), bias included.
//
// Forward, for t = 0..T-1 (h_{-1} = h0):
//   (1) r_t = σ(W_ir x_t + b_ir + W_hr h_{t-1} + b_hr)              reset gate
//   (2) z_t = σ(W_iz x_t + b_iz + W_hz h_{t-1} + b_hz)              update gate
//   (3) n_t = tanh(W_in x_t + b_in + r_t ⊙ (W_hn h_{t-1} + b_hn))   candidate
//   (4) h_t = (1 - z_t) ⊙ n_t + z_t ⊙ h_{t-1}  =  n_t + z_t ⊙ (h_{t-1} - n_t)
//
// Backward (BPTT), for t = T-1..0, with dh_t the total dL/dh_t and hn_t = W_hn h_{t-1} + b_hn:
//   (5) da_n = dh_t ⊙ (1 - z_t) ⊙ (1 - n_t²)                  input side and (6) recurrent side:
//   (6) da^hh_n = da_n ⊙ r_t
//   (7) da_z = dh_t ⊙ (h_{t-1} - n_t) ⊙ z_t (1 - z_t)
//   (8) da_r = da_n ⊙ hn_t ⊙ r_t (1 - r_t)
//   (9) dh_{t-1} += dh_t ⊙ z_t + W_hh^T [da_r da_z da^hh_n]
// and the weight gradients of recurrent_layer.h (dA = [da_r da_z da_n], dA^hh = [da_r da_z da^hh_n]).

#include "core/nn/layer_workspace.h"
#include "core/nn/parameters.h"

namespace rnnlab {

// x: (T*B, I). Fills ws.gates, ws.hn, ws.h. ws.h0 must be set (B, H).
template <typename S>
void gruForward(const Parameters<S>& p, int layer, const Matrix<S>& x, Index T, Index B,
                LayerWorkspace<S>& ws);

// On entry ws.dh holds the direct contributions to dL/dh_t (head, layer above); on exit the
// totals, with ws.dA, ws.dAhh and ws.dh0 filled.
template <typename S>
void gruBackward(const Parameters<S>& p, int layer, Index T, Index B, int truncation,
                 LayerWorkspace<S>& ws);

}  // namespace rnnlab
