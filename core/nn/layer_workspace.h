#pragma once
// What one recurrent layer keeps from its forward pass over a sequence (the per-step cache that
// BPTT and the trace views read), and the buffers its backward pass fills. Allocated once per
// sequence shape and reused: nothing is allocated inside the time loop.
// Rows are time-major: rows [t*B, t*B + B) belong to step t (tensor_types.h).

#include "core/base/tensor_types.h"
#include "core/kernels/packed_gemm.h"

namespace rnnlab {

template <typename S>
struct LayerWorkspace {
    // ---- forward cache ----
    Matrix<S> h0;     // (B, H)     initial hidden state h_{-1}
    Matrix<S> c0;     // (B, H)     LSTM initial cell state c_{-1}
    Matrix<S> gates;  // (T*B, G*H) activated gates: LSTM [i f g o], GRU [r z n]; RNN: unused
    Matrix<S> h;      // (T*B, H)   h_t, the layer's output
    Matrix<S> c;      // (T*B, H)   LSTM c_t
    Matrix<S> tanhC;  // (T*B, H)   LSTM tanh(c_t)
    Matrix<S> hn;     // (T*B, H)   GRU W_hn h_{t-1} + b_hn (the part r multiplies)

    // ---- backward results ----
    Matrix<S> dh;    // (T*B, H)   total dL/dh_t (head, layer above, and step t+1)
    Matrix<S> dc;    // (T*B, H)   LSTM total dL/dc_t
    Matrix<S> dh0;   // (B, H)     dL/dh_{-1}
    Matrix<S> dc0;   // (B, H)     LSTM dL/dc_{-1}
    Matrix<S> dA;    // (T*B, G*H) dL/d(pre-activations), as seen by W_ih and b_ih
    Matrix<S> dAhh;  // (T*B, G*H) GRU only: as seen by W_hh and b_hh (differs in the n block)

    // ---- weights packed once per pass for the products (packed_gemm.h) ----
    PackedMatrix<S> inputWeights;      // forward W_ih^T (I, G*H); backward W_ih (G*H, I)
    PackedMatrix<S> recurrentWeights;  // forward W_hh^T (H, G*H), GRU only its r z columns
                                       // (H, 2H); backward W_hh (G*H, H)
    PackedMatrix<S> candidateWeights;  // GRU forward W_hn^T (H, H)

    // ---- first layer with one-hot symbol input (symbol_input.h) ----
    Matrix<S> inputColumns;   // (V, G*H) W_ih^T: row s is column s of W_ih, gathered per step
    Matrix<S> dInputColumns;  // (V, G*H) dW_ih^T, scatter-added from dA
};

}  // namespace rnnlab
