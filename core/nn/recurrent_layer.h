#pragma once
// Pieces every recurrent layer shares, whatever its cell:
//   the weight gradients   dW_ih = Σ_t dA_t^T x_t,  dW_hh = Σ_t dA^hh_t^T h_{t-1},
//                          db_ih = Σ_t dA_t,        db_hh = Σ_t dA^hh_t
//                          one product each over all steps, after the backward sweep
//   the input gradient     dX = dA W_ih                          for the layer below
// and, for a first layer fed one-hot symbols x_t = e_{s_t} (symbol_input.h), the input side
// as a gather and its gradient as a scatter-add, never a V-wide product:
//   x_t W_ih^T = W_ih[:, s_t]^T  (row s_t of W_ih^T)      dW_ih[:, s_t] += dA_t^T
// dA is dL/d(pre-activations) as seen by the input side; dA^hh as seen by the recurrent side
// (equal for RNN and LSTM; GRU's n block differs by the factor r).
// The products go through packed_gemm.h.
//
// The forward pass of every cell computes, step by step, the pre-activations
//   A_t = x_t W_ih^T + h_{t-1} W_hh^T + b_ih + b_hh         (B, G*H)
// as two products with W_ih^T and W_hh^T packed once per sequence. (A general-purpose library
// would rather project all T inputs in one big product first; with the weights packed, the
// per-step products are as fast, and A_t is written once, while it is in cache, instead of
// going through memory twice.)
// Between the products, each time step works on the rows of one step only, and the samples of
// a batch never meet there: sample b's states depend on sample b's inputs alone. So the time
// loops run on slices of the batch (BatchSlice), one slice per thread when the layer is big.

#include <Eigen/Core>
#include <algorithm>

#include "core/nn/activation.h"
#include "core/nn/layer_workspace.h"
#include "core/nn/parameters.h"
#include "core/nn/symbol_input.h"

namespace rnnlab {

// Samples [b0, b0 + n) of a batch of B, in a time-major (T*B, ·) matrix.
struct BatchSlice {
    Index B = 0, b0 = 0, n = 0;

    // Their rows at step t.
    template <typename M>
    auto rows(M& m, Index t) const {
        return m.middleRows(t * B + b0, n);
    }
    // Their state at step t - 1: a row of `initial` (h0 or c0) at t = 0.
    template <typename M>
    auto previous(M& states, M& initial, Index t) const {
        return t == 0 ? initial.middleRows(b0, n) : rows(states, t - 1);
    }
};

// Truncated BPTT: is the recurrent chain h_{t-1} <- h_t cut at step t? (recurrent_network.h)
inline bool recurrenceCut(Index t, Index T, int truncation) {
    return truncation > 0 && t > 0 && (T - t) % truncation == 0;
}

// Calls sweep(slice) for slices covering the batch: one per thread (Eigen::nbThreads()) when
// the sweep does at least minFlops of products per call, else one slice on this thread.
template <typename F>
void forEachBatchSlice(Index B, double flops, F&& sweep) {
    constexpr double minFlops = 4e6;
    constexpr Index minRows = 4;  // per thread; fewer make the per-step products inefficient
    const int threads =
        flops < minFlops ? 1
                         : static_cast<int>(std::clamp<Index>(B / minRows, 1, Eigen::nbThreads()));
    if (threads == 1) {
        sweep(BatchSlice{B, 0, B});
        return;
    }
    const Index chunk = (B + threads - 1) / threads;
#pragma omp parallel for num_threads(threads) schedule(static, 1)
    for (int i = 0; i < threads; ++i) {
        const Index b0 = i * chunk;
        if (b0 < B) sweep(BatchSlice{B, b0, std::min(chunk, B - b0)});
    }
}

// In-place σ(a) = 1 / (1 + e^{-a}) and tanh(a) on a block of a row-major matrix (activation.h).
template <typename S>
void sigmoidInPlace(Eigen::Ref<Matrix<S>> a) {
    applySigmoid<S>(a, a);
}
template <typename S>
void tanhInPlace(Eigen::Ref<Matrix<S>> a) {
    applyTanh<S>(a, a);
}

// Σ over the rows of m, as a column: the bias gradient db = Σ_t Σ_b dA[t*B + b].
template <typename S>
void columnSums(const Matrix<S>& m, Eigen::Ref<Vector<S>> sums) {
    sums.setZero();
    for (Index r = 0; r < m.rows(); ++r) sums += m.row(r).transpose();
}

// Does this layer take one-hot symbols (a gather of W_ih's columns) rather than dense input?
template <typename S>
bool takesOneHot(const Parameters<S>& p, int layer) {
    return layer == 0 && p.layout().oneHotInput();
}

// Prepares the input side of A_t = x_t W_ih^T for inputProduct(), once per sequence: W_ih^T
// packed for dense input, or copied as the rows to gather for one-hot symbols.
template <typename S>
void prepareInputWeights(const Parameters<S>& p, int layer, LayerWorkspace<S>& ws) {
    const ConstMatrixMap<S> W_ih = p.matrix(p.layout().weightIh(layer));  // (G*H, I_k)
    if (takesOneHot(p, layer))
        ws.inputColumns = W_ih.transpose();  // (V, G*H)
    else
        ws.inputWeights.pack(W_ih, true);  // W_ih^T (I_k, G*H)
}

// a = x_t W_ih^T for the rows of one step: a product, or with one-hot symbols the gather
// a[r] = W_ih[:, s_r]^T.
template <typename S, typename X, typename A>
void inputProduct(const Parameters<S>& p, int layer, const LayerWorkspace<S>& ws, const X& x_t,
                  A&& a) {
    if (!takesOneHot(p, layer)) {
        ws.inputWeights.multiply(x_t, a, false);
        return;
    }
    for (Index r = 0; r < a.rows(); ++r) a.row(r) = ws.inputColumns.row(symbolAt(x_t, r));
}

// dW_ih = Σ_t dA_t^T x_t, (G*H, I_k); with one-hot symbols the scatter-add dW_ih[:, s_t] += dA_t^T.
template <typename S>
void inputWeightGradient(const Parameters<S>& p, int layer, const Matrix<S>& x,
                         LayerWorkspace<S>& ws, Parameters<S>& grads) {
    MatrixMap<S> dW_ih = grads.matrix(p.layout().weightIh(layer));
    if (!takesOneHot(p, layer)) {
        multiplyTransposed<S>(ws.dA, x, dW_ih, false);
        return;
    }
    ws.dInputColumns.setZero(dW_ih.cols(), dW_ih.rows());  // (V, G*H)
    scatterAddRows<S>(ws.dA, x, ws.dInputColumns);
    dW_ih = ws.dInputColumns.transpose();
}

// Accumulates nothing: overwrites this layer's four gradient tensors from ws.dA / ws.dAhh.
template <typename S>
void layerWeightGradients(const Parameters<S>& p, int layer, const Matrix<S>& x, Index T, Index B,
                          LayerWorkspace<S>& ws, Parameters<S>& grads) {
    const ParameterLayout& l = p.layout();
    const Matrix<S>& dAhh = ws.dAhh.size() ? ws.dAhh : ws.dA;
    inputWeightGradient(p, layer, x, ws, grads);
    columnSums<S>(ws.dA, grads.vector(l.biasIh(layer)));
    const MatrixMap<S> dW_hh = grads.matrix(l.weightHh(layer));  // (G*H, H)
    multiplyTransposed<S>(dAhh.topRows(B), ws.h0, dW_hh, false);
    if (T > 1)
        multiplyTransposed<S>(dAhh.bottomRows((T - 1) * B), ws.h.topRows((T - 1) * B), dW_hh, true);
    if (ws.dAhh.size())
        columnSums<S>(ws.dAhh, grads.vector(l.biasHh(layer)));
    else
        grads.vector(l.biasHh(layer)) = grads.vector(l.biasIh(layer));  // db_hh = db_ih
}

// dX = dA W_ih,  (T*B, I) = (T*B, G*H) (G*H, I)
template <typename S>
void inputGradient(const Parameters<S>& p, int layer, LayerWorkspace<S>& ws, Matrix<S>& dx) {
    const ConstMatrixMap<S> W_ih = p.matrix(p.layout().weightIh(layer));  // (G*H, I)
    dx.resize(ws.dA.rows(), W_ih.cols());
    ws.inputWeights.pack(W_ih, false);
    ws.inputWeights.multiply(ws.dA, dx, false);
}

}  // namespace rnnlab
