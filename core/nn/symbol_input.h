#pragma once
// Symbol input: each time step of a sequence is one symbol index s_t in 0..V-1, stored as the
// single column of the input matrix x (T*B, 1). The first layer sees it as the one-hot vector
// e_{s_t} or, with an embedding E (V, E_size), as the row E[s_t] (torch.nn.Embedding). Neither
// is ever formed as a V-wide vector: a product with e_s picks a column, W e_s = W[:, s], so
//   forward    a gather          out[r] = table[s_r]            (rows of W_ih^T, or of E)
//   backward   a scatter-add     dtable[s_r] += dout[r]          for every row r
// where table is W_ih^T (one-hot: dW_ih[:, s_t] += dA_t^T) or E (dE[s_t] += dA_t W_ih).

#include <string>

#include "core/base/tensor_types.h"

namespace rnnlab {

// The index stored in row r of x. checkSymbolIndices() has accepted x.
template <typename X>
Index symbolAt(const X& x, Index r) {
    return static_cast<Index>(x(r, 0));
}

// Why `value` is not a symbol index (an integer in 0..vocabSize-1), or empty:
// "65 is not a symbol index (vocab_size 65: 0 to 64)".
std::string symbolIndexProblem(double value, int vocabSize);

// Throws ConfigError when a value of x (T*B, 1) is not a symbol index, naming its row, step and
// sample: "input row 7 (step 3, sample 1): 65 is not a symbol index (vocab_size 65: 0 to 64)".
// Nothing is read from a table before this check.
template <typename S>
void checkSymbolIndices(const Matrix<S>& x, Index B, int vocabSize);

// out.row(r) = table.row(s_r) for every row r of x.
template <typename S>
void gatherRows(const Eigen::Ref<const Matrix<S>>& table, const Matrix<S>& x, Matrix<S>& out) {
    out.resize(x.rows(), table.cols());
    for (Index r = 0; r < x.rows(); ++r) out.row(r) = table.row(symbolAt(x, r));
}

// table.row(s_r) += rows.row(r) for every row r of x: the gradient of gatherRows().
template <typename S, typename Rows>
void scatterAddRows(const Rows& rows, const Matrix<S>& x, Eigen::Ref<Matrix<S>> table) {
    for (Index r = 0; r < x.rows(); ++r) table.row(symbolAt(x, r)) += rows.row(r);
}

}  // namespace rnnlab
