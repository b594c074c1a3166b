#pragma once
// Pieces every recurrent layer shares, whatever its cell:
//   the input projection   P = X W_ih^T + b_ih                 one GEMM for all T steps
//   the weight gradients   dW_ih = Σ_t dA_t^T x_t,  dW_hh = Σ_t dA^hh_t^T h_{t-1},
//                          db_ih = Σ_t dA_t,        db_hh = Σ_t dA^hh_t
//                          one GEMM each over all steps, after the backward sweep
//   the input gradient     dX = dA W_ih                        for the layer below
// dA is dL/d(pre-activations) as seen by the input side; dA^hh as seen by the recurrent side
// (equal for RNN and LSTM; GRU's n block differs by the factor r).

#include "core/layer_workspace.h"
#include "core/parameters.h"

namespace rnnlab {

// Rows of step t in a time-major (T*B, ·) matrix.
template <typename M>
auto stepRows(M& m, Index t, Index B) {
    return m.middleRows(t * B, B);
}

// h_{t-1} for step t: the initial state at t = 0.
template <typename S>
auto previousHidden(const LayerWorkspace<S>& ws, Index t, Index B) {
    return t == 0 ? ws.h0.middleRows(0, B) : ws.h.middleRows((t - 1) * B, B);
}

// Truncated BPTT: is the recurrent chain h_{t-1} <- h_t cut at step t? (recurrent_network.h)
inline bool recurrenceCut(Index t, Index T, int truncation) {
    return truncation > 0 && t > 0 && (T - t) % truncation == 0;
}

// In-place σ(a) = 1 / (1 + e^{-a}) and tanh(a) on a block of a row-major matrix.
template <typename S>
void sigmoidInPlace(Eigen::Ref<Matrix<S>> a) {
    a.array() = S(1) / (S(1) + (-a.array()).exp());
}
template <typename S>
void tanhInPlace(Eigen::Ref<Matrix<S>> a) {
    a.array() = a.array().tanh();
}

// pre = X W_ih^T + b_ih,  (T*B, G*H) = (T*B, I) (I, G*H)
template <typename S>
void projectInputs(const Parameters<S>& p, int layer, const Matrix<S>& x, Matrix<S>& pre) {
    const ParameterLayout& l = p.layout();
    pre.noalias() = x * p.transposed(l.weightIh(layer));
    pre.rowwise() += p.vector(l.biasIh(layer)).transpose();
}

// Accumulates nothing: overwrites this layer's four gradient tensors from ws.dA / ws.dAhh.
template <typename S>
void layerWeightGradients(const Parameters<S>& p, int layer, const Matrix<S>& x, Index T, Index B,
                          const LayerWorkspace<S>& ws, Parameters<S>& grads) {
    const ParameterLayout& l = p.layout();
    const Matrix<S>& dAhh = ws.dAhh.size() ? ws.dAhh : ws.dA;
    grads.matrix(l.weightIh(layer)).noalias() = ws.dA.transpose() * x;  // (G*H, I)
    grads.vector(l.biasIh(layer)).noalias() = ws.dA.colwise().sum().transpose();
    auto dW_hh = grads.matrix(l.weightHh(layer));  // (G*H, H)
    dW_hh.noalias() = dAhh.topRows(B).transpose() * ws.h0;
    if (T > 1)
        dW_hh.noalias() += dAhh.bottomRows((T - 1) * B).transpose() * ws.h.topRows((T - 1) * B);
    grads.vector(l.biasHh(layer)).noalias() = dAhh.colwise().sum().transpose();
}

// dX = dA W_ih,  (T*B, I) = (T*B, G*H) (G*H, I)
template <typename S>
void inputGradient(const Parameters<S>& p, int layer, const LayerWorkspace<S>& ws, Matrix<S>& dx) {
    dx.noalias() = ws.dA * p.matrix(p.layout().weightIh(layer));
}

}  // namespace rnnlab
