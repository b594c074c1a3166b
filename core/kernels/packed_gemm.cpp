#include "core/kernels/packed_gemm.h"

#include <Eigen/Core>
#include <algorithm>
#include <type_traits>
#ifdef _OPENMP
#include <omp.h>
#endif

#include "core/kernels/simd_kernels.h"
#ifdef RNNLAB_HAVE_AVX2_KERNELS
#include <immintrin.h>
#endif

namespace rnnlab {
namespace {

constexpr Index kMr = 6;   // rows of a C tile
constexpr Index kNr = 16;  // columns of a C tile and of a B panel: two registers of 8 floats
constexpr Index kKc =
    256;                   // depth of a block: a panel slice, kKc x kNr floats (16 KB), stays in L1
constexpr Index kMc = 96;  // rows of A per block: they stay in L2 while the panels pass by
// Products below this many flops run on one thread: waking a second one costs more.
constexpr double kParallelFlops = 4e6;
// multiplyTransposed with fewer columns of B than this skips the kernel: in a 16-column panel
// most of its work would be padding.
constexpr Index kMinKernelColumns = 8;

// B (K, N) into panels of kNr columns: B(k, n) goes to out[(n / kNr) * K * kNr + k * kNr + n % kNr]
// and columns N.. of the last panel are zero. B(k, n) = W(n, k) when transposed, else W(k, n);
// W is row-major with row stride `stride`. Both loop orders read W along its rows.
void packPanels(const float* W, Index stride, Index K, Index N, bool transposed,
                std::vector<float>& out) {
    const Index width = (N + kNr - 1) / kNr * kNr;
    out.resize(static_cast<std::size_t>(width * K));
    auto at = [&](Index k, Index n) -> float& { return out[(n / kNr * K + k) * kNr + n % kNr]; };
    if (transposed) {
        for (Index n = 0; n < width; ++n)
            for (Index k = 0; k < K; ++k) at(k, n) = n < N ? W[n * stride + k] : 0.0f;
    } else {
        for (Index k = 0; k < K; ++k)
            for (Index n = 0; n < width; ++n) at(k, n) = n < N ? W[k * stride + n] : 0.0f;
    }
}

#ifdef RNNLAB_HAVE_AVX2_KERNELS
// One tile: C[0:MR, 0:cols] (+)= Σ_k a(r, k) b[k, 0:16], cols <= 16. a(r, k) = a[r * aRow +
// k * aCol]; b is a slice of a panel, kNr floats per k. Row r of the tile lives in two
// registers, lo[r] (columns 0-7) and hi[r] (8-15), for the whole k loop.
template <int MR>
RNNLAB_AVX2 void tile(Index K, const float* a, Index aRow, Index aCol, const float* b, float* c,
                      Index ldc, Index cols, bool accumulate) {
    __m256 lo[MR], hi[MR];
#pragma GCC unroll 8
    for (int r = 0; r < MR; ++r) lo[r] = hi[r] = _mm256_setzero_ps();
    for (Index k = 0; k < K; ++k, a += aCol, b += kNr) {
        const __m256 b_lo = _mm256_loadu_ps(b);
        const __m256 b_hi = _mm256_loadu_ps(b + 8);
#pragma GCC unroll 8
        for (int r = 0; r < MR; ++r) {
            const __m256 a_rk = _mm256_broadcast_ss(a + r * aRow);
            lo[r] = _mm256_fmadd_ps(a_rk, b_lo, lo[r]);
            hi[r] = _mm256_fmadd_ps(a_rk, b_hi, hi[r]);
        }
    }
    if (cols == kNr) {
#pragma GCC unroll 8
        for (int r = 0; r < MR; ++r) {
            float* c_r = c + r * ldc;
            if (accumulate) {
                lo[r] = _mm256_add_ps(lo[r], _mm256_loadu_ps(c_r));
                hi[r] = _mm256_add_ps(hi[r], _mm256_loadu_ps(c_r + 8));
            }
            _mm256_storeu_ps(c_r, lo[r]);
            _mm256_storeu_ps(c_r + 8, hi[r]);
        }
        return;
    }
    // The last panel of a matrix whose width is not a multiple of 16: mask the extra columns.
    const __m256i lane = _mm256_setr_epi32(0, 1, 2, 3, 4, 5, 6, 7);
    const __m256i mask_lo = _mm256_cmpgt_epi32(_mm256_set1_epi32(static_cast<int>(cols)), lane);
    const __m256i mask_hi = _mm256_cmpgt_epi32(_mm256_set1_epi32(static_cast<int>(cols) - 8), lane);
#pragma GCC unroll 8
    for (int r = 0; r < MR; ++r) {
        float* c_r = c + r * ldc;
        if (accumulate) {
            lo[r] = _mm256_add_ps(lo[r], _mm256_maskload_ps(c_r, mask_lo));
            hi[r] = _mm256_add_ps(hi[r], _mm256_maskload_ps(c_r + 8, mask_hi));
        }
        _mm256_maskstore_ps(c_r, mask_lo, lo[r]);
        _mm256_maskstore_ps(c_r + 8, mask_hi, hi[r]);
    }
}

RNNLAB_AVX2 void tileRows(Index rows, Index K, const float* a, Index aRow, Index aCol,
                          const float* b, float* c, Index ldc, Index cols, bool accumulate) {
    switch (rows) {
        case 6:
            tile<6>(K, a, aRow, aCol, b, c, ldc, cols, accumulate);
            break;
        case 5:
            tile<5>(K, a, aRow, aCol, b, c, ldc, cols, accumulate);
            break;
        case 4:
            tile<4>(K, a, aRow, aCol, b, c, ldc, cols, accumulate);
            break;
        case 3:
            tile<3>(K, a, aRow, aCol, b, c, ldc, cols, accumulate);
            break;
        case 2:
            tile<2>(K, a, aRow, aCol, b, c, ldc, cols, accumulate);
            break;
        default:
            tile<1>(K, a, aRow, aCol, b, c, ldc, cols, accumulate);
            break;
    }
}

// C (M, N) (+)= A (M, K) B (K, N) on this thread; A(m, k) = A[m * aRow + k * aCol], B in panels.
// Blocks of kKc steps of k (outer: the B slices of a block stay in L2 for all rows) and of kMc
// rows. A read along its rows (aCol == 1) is used in place; A read down its columns (aRow == 1,
// the transposed product) is first copied into strips of kMr rows, k-major, which the tile
// then reads sequentially.
RNNLAB_AVX2 void productAvx2(Index M, Index N, Index K, const float* A, Index aRow, Index aCol,
                             const float* panels, float* C, Index ldc, bool accumulate) {
    if (K == 0 && !accumulate) {  // an empty sum
        for (Index m = 0; m < M; ++m) std::fill(C + m * ldc, C + m * ldc + N, 0.0f);
        return;
    }
    const bool copyA = aCol != 1;
    RNNLAB_ASSERT(!copyA || aRow == 1, "A must be row-major or the transpose of a row-major");
    thread_local std::vector<float> strips;             // grows once, then reused
    const Index stripRows = (M + kMr - 1) / kMr * kMr;  // the last strip may be partial
    if (copyA) strips.resize(static_cast<std::size_t>(stripRows * std::min(kKc, K)));
    for (Index k0 = 0; k0 < K; k0 += kKc) {
        const Index kb = std::min(kKc, K - k0);
        const bool add = accumulate || k0 > 0;
        if (copyA) {  // strip m holds element (r, k) at strips[m * kb + k * kMr + r]
            const Index full = M / kMr * kMr;
            for (Index k = 0; k < kb; ++k) {  // along the rows of the stored matrix
                const float* a = A + (k0 + k) * aCol;
                float* strip = strips.data() + k * kMr;
                for (Index m = 0; m < full; m += kMr)
                    __builtin_memcpy(strip + m * kb, a + m, kMr * sizeof(float));
                for (Index m = full; m < M; ++m) strip[full * kb + m - full] = a[m];
            }
        }
        for (Index m0 = 0; m0 < M; m0 += kMc) {
            const Index mb = std::min(kMc, M - m0);
            for (Index p = 0; p * kNr < N; ++p) {
                const float* b = panels + (p * K + k0) * kNr;
                const Index cols = std::min(kNr, N - p * kNr);
                for (Index m = m0; m < m0 + mb; m += kMr) {
                    const Index rows = std::min(kMr, M - m);
                    float* c = C + m * ldc + p * kNr;
                    if (copyA)
                        tileRows(rows, kb, strips.data() + m * kb, 1, kMr, b, c, ldc, cols, add);
                    else
                        tileRows(rows, kb, A + m * aRow + k0, aRow, 1, b, c, ldc, cols, add);
                }
            }
        }
    }
}

// productAvx2 with the rows of C split over Eigen::nbThreads() threads when the product is big
// enough to repay waking them — and never inside a parallel region, where the caller has split
// the work already (recurrent_layer.h, forEachBatchSlice).
void kernelProduct(Index M, Index N, Index K, const float* A, Index aRow, Index aCol,
                   const float* panels, float* C, Index ldc, bool accumulate) {
    int threads = 1;
#ifdef _OPENMP
    if (!omp_in_parallel() &&
        2.0 * static_cast<double>(M * N) * static_cast<double>(K) >= kParallelFlops)
        threads = static_cast<int>(std::min<Index>(Eigen::nbThreads(), M / kMr));
#endif
    if (threads <= 1) {
        productAvx2(M, N, K, A, aRow, aCol, panels, C, ldc, accumulate);
        return;
    }
    const Index chunk = (M + threads * kMr - 1) / (threads * kMr) * kMr;  // rows per thread
#pragma omp parallel for num_threads(threads) schedule(static, 1)
    for (int i = 0; i < threads; ++i) {
        const Index m0 = i * chunk;
        if (m0 < M)
            productAvx2(std::min(chunk, M - m0), N, K, A + m0 * aRow, aRow, aCol, panels,
                        C + m0 * ldc, ldc, accumulate);
    }
}
#else
// Without the AVX2 kernel (another compiler or processor family) simdKernelsActive() is always
// false and this is never called.
void kernelProduct(Index, Index, Index, const float*, Index, Index, const float*, float*, Index,
                   bool) {
    RNNLAB_ASSERT(false, "packed kernel called without AVX2 support");
}
#endif

}  // namespace

template <typename S>
void PackedMatrix<S>::pack(const Eigen::Ref<const Matrix<S>>& W, bool transposed) {
    m_rows = W.rows();
    m_cols = W.cols();
    m_transposed = transposed;
    m_useKernel = std::is_same_v<S, float> && simdKernelsActive();
    if constexpr (std::is_same_v<S, float>) {
        if (m_useKernel) {
            packPanels(W.data(), W.outerStride(), rows(), cols(), transposed, m_panels);
            return;
        }
    }
    m_matrix = W;
}

template <typename S>
void PackedMatrix<S>::multiply(const Eigen::Ref<const Matrix<S>>& A, Eigen::Ref<Matrix<S>> C,
                               bool accumulate) const {
    RNNLAB_ASSERT(A.cols() == rows() && C.rows() == A.rows() && C.cols() == cols(),
                  "product shapes");
    if constexpr (std::is_same_v<S, float>) {
        if (m_useKernel) {
            kernelProduct(A.rows(), cols(), rows(), A.data(), A.outerStride(), 1, m_panels.data(),
                          C.data(), C.outerStride(), accumulate);
            return;
        }
    }
    if (m_transposed && accumulate)
        C.noalias() += A * m_matrix.transpose();
    else if (m_transposed)
        C.noalias() = A * m_matrix.transpose();
    else if (accumulate)
        C.noalias() += A * m_matrix;
    else
        C.noalias() = A * m_matrix;
}

template <typename S>
void multiplyTransposed(const Eigen::Ref<const Matrix<S>>& A, const Eigen::Ref<const Matrix<S>>& B,
                        Eigen::Ref<Matrix<S>> C, bool accumulate) {
    RNNLAB_ASSERT(A.rows() == B.rows() && C.rows() == A.cols() && C.cols() == B.cols(),
                  "transposed product shapes");
    if constexpr (std::is_same_v<S, float>) {
        if (simdKernelsActive() && B.cols() >= kMinKernelColumns) {
            thread_local std::vector<float> panels;  // grows once, then reused
            packPanels(B.data(), B.outerStride(), B.rows(), B.cols(), false, panels);
            kernelProduct(A.cols(), B.cols(), A.rows(), A.data(), 1, A.outerStride(), panels.data(),
                          C.data(), C.outerStride(), accumulate);
            return;
        }
        if (simdKernelsActive()) {
            // Few columns (a layer with few inputs): padding them to a 16-wide panel would
            // waste most of the work. Instead one pass down the rows of A, adding the rank-1
            // update A[k]^T B[k] of each into C^T, whose rows are contiguous like A's.
            thread_local Matrix<float> CT;  // (N, M), grows once, then reused
            CT.setZero(B.cols(), A.cols());
            for (Index k = 0; k < A.rows(); ++k)
                for (Index n = 0; n < B.cols(); ++n) CT.row(n) += B(k, n) * A.row(k);
            if (accumulate)
                C += CT.transpose();
            else
                C = CT.transpose();
            return;
        }
    }
    if (accumulate)
        C.noalias() += A.transpose() * B;
    else
        C.noalias() = A.transpose() * B;
}

template class PackedMatrix<float>;
template class PackedMatrix<double>;
template void multiplyTransposed<float>(const Eigen::Ref<const Matrix<float>>&,
                                        const Eigen::Ref<const Matrix<float>>&,
                                        Eigen::Ref<Matrix<float>>, bool);
template void multiplyTransposed<double>(const Eigen::Ref<const Matrix<double>>&,
                                         const Eigen::Ref<const Matrix<double>>&,
                                         Eigen::Ref<Matrix<double>>, bool);

}  // namespace rnnlab
