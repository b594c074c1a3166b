#pragma once
// The matrix products of the recurrent layers, C = A B or C += A B, where A and C are row blocks
// of row-major matrices and B is a weight, a weight's transpose, or the layer's inputs.
//
// Why not simply Eigen's product: the per-step product of the recurrence, h_{t-1} W_hh^T, is
// small — (B, H)(H, G*H) — and a general matrix product copies ("packs") W_hh into its
// cache-friendly layout again on each of the T steps, then zeroes C, then multiplies. Here the
// weight is packed once per sequence (PackedMatrix::pack) and every step runs only the inner
// kernel, which adds into C directly.
//
// The kernel (packed_gemm.cpp) computes C in tiles of 6 rows x 16 columns held in twelve AVX
// registers of 8 floats; for each k it broadcasts A[r, k] and adds A[r, k] * B[k, 0:16] to row r
// of the tile with fused multiply-adds — a rank-1 update per k, the textbook GEMM loop
// reordered so that every value loaded from memory is used 12 or 16 times. B is stored as
// "panels" of 16 columns, each panel's rows contiguous, so the kernel reads it sequentially.
//
// Where the processor has AVX-512, the tiles are 8 rows x 32 columns (two panels) in sixteen
// registers of 16 floats instead: per k, two panel rows loaded and eight broadcasts feed sixteen
// multiply-adds of 16 floats each, twice the AVX2 tile's work per instruction. Each element of C
// is the same chain of fused multiply-adds over k either way, so both give identical bits.
//
// The AVX2 + FMA kernel is chosen at run time (simd_kernels.h), and only for float. For double
// (gradient checks, reference traces) and on CPUs without AVX2 the products are the plain
// Eigen expressions, C = A * W.transpose() and so on: the equations as written, which is also
// what the tests compare the kernel against.

#include <vector>

#include "core/base/tensor_types.h"

namespace rnnlab {

// The right-hand operand B (K, N) of many products C (+)= A B, kept in the kernel's layout.
template <typename S>
class PackedMatrix {
public:
    // B = W, or B = W^T when `transposed`. W is a row-major matrix or a block of one; B is a
    // copy (panels for the kernel, W itself for Eigen), so W may change afterwards.
    void pack(const Eigen::Ref<const Matrix<S>>& W, bool transposed);

    Index rows() const { return m_transposed ? m_cols : m_rows; }  // K
    Index cols() const { return m_transposed ? m_rows : m_cols; }  // N

    // C = A B, or C += A B when `accumulate`. A (M, K), C (M, N). No allocation.
    void multiply(const Eigen::Ref<const Matrix<S>>& A, Eigen::Ref<Matrix<S>> C,
                  bool accumulate) const;

private:
    Index m_rows = 0, m_cols = 0;  // of W
    bool m_transposed = false;
    bool m_useKernel = false;
    std::vector<float> m_panels;  // kernel: B in panels of 16 columns
    Matrix<S> m_matrix;           // Eigen: W
};

// C = A^T B, or C += A^T B when `accumulate`. A (K, M), B (K, N), C (M, N): the form of a weight
// gradient, dW = Σ_rows dA_row^T x_row, a sum over every time step and sample at once.
template <typename S>
void multiplyTransposed(const Eigen::Ref<const Matrix<S>>& A, const Eigen::Ref<const Matrix<S>>& B,
                        Eigen::Ref<Matrix<S>> C, bool accumulate);

}  // namespace rnnlab
