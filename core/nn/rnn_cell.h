#pragma once
// Vanilla (Elman 1990) recurrent layer, as torch.nn.RNN.
//
// Forward, for t = 0..T-1 (h_{-1} = h0):
//   (1) a_t = W_ih x_t + b_ih + W_hh h_{t-1} + b_hh          W_ih (H, I), W_hh (H, H)
//   (2) h_t = φ(a_t),   φ = tanh or relu
//
// Backward (BPTT), for t = T-1..0, with dh_t the total dL/dh_t:
//   (3) da_t = dh_t ⊙ φ'(a_t),   φ' = 1 - h_t² (tanh) or [h_t > 0] (relu)
//   (4) dh_{t-1} += W_hh^T da_t
// and the weight gradients of recurrent_layer.h.

#include "core/nn/layer_workspace.h"
#include "core/nn/network_config.h"
#include "core/nn/parameters.h"

namespace rnnlab {

// x: (T*B, I). Fills ws.h. ws.h0 must be set (B, H).
template <typename S>
void rnnForward(const Parameters<S>& p, int layer, Nonlinearity act, const Matrix<S>& x, Index T,
                Index B, LayerWorkspace<S>& ws);

// On entry ws.dh holds the direct contributions to dL/dh_t (head, layer above); on exit the
// totals, with ws.dA and ws.dh0 filled.
template <typename S>
void rnnBackward(const Parameters<S>& p, int layer, Nonlinearity act, Index T, Index B,
                 int truncation, LayerWorkspace<S>& ws);

}  // namespace rnnlab
