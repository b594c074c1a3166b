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

constexpr Index kNr = 16;  // columns of a B panel
constexpr Index kKc =
    256;                   // depth of a block: a panel slice, kKc x kNr floats (16 KB), stays in L1
constexpr Index kMc = 96;  // rows of A per block: they stay in L2 while the panels pass by
// Products below this many flops run on one thread: waking a second one costs more.
constexpr double kParallelFlops = 4e6;
// Threads split the rows of C in multiples of this many: whole tiles of the AVX-512 kernel.
constexpr Index kRowGrain = 8;
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
    for (Index n0 = 0; n0 < width; n0 += kNr) {
        float* panel = out.data() + n0 * K;  // (K, kNr)
        const Index inside = std::min(kNr, N - n0);
        if (inside < kNr) std::fill(panel, panel + K * kNr, 0.0f);
        if (transposed) {
            for (Index n = 0; n < inside; ++n)
                for (Index k = 0; k < K; ++k) panel[k * kNr + n] = W[(n0 + n) * stride + k];
        } else {
            for (Index k = 0; k < K; ++k)
                std::copy_n(W + k * stride + n0, inside, panel + k * kNr);
        }
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

// The AVX-512 tile: C[0:MR, 0:cols] (+)= Σ_k a(r, k) [b_0[k, 0:16] b_1[k, 0:16]], cols <= 16 NP,
// over NP (1 or 2) neighbouring panels, b_p = b + p * panelStride. Row r lives in NP registers of
// 16 floats, acc[r][p]; at MR = 8, NP = 2 each a(r, k) broadcast feeds two multiply-adds and
// each panel row loaded feeds eight. Each element is the same chain of fused multiply-adds over
// k as in tile(), so the results are identical.
template <int MR, int NP>
RNNLAB_AVX512 void wideTile(Index K, const float* a, Index aRow, Index aCol, const float* b,
                            Index panelStride, float* c, Index ldc, Index cols, bool accumulate) {
    __m512 acc[MR][NP];
#pragma GCC unroll 8
    for (int r = 0; r < MR; ++r)
#pragma GCC unroll 2
        for (int p = 0; p < NP; ++p) acc[r][p] = _mm512_setzero_ps();
    for (Index k = 0; k < K; ++k, a += aCol, b += kNr) {
        __m512 b_k[NP];
#pragma GCC unroll 2
        for (int p = 0; p < NP; ++p) b_k[p] = _mm512_loadu_ps(b + p * panelStride);
#pragma GCC unroll 8
        for (int r = 0; r < MR; ++r) {
            const __m512 a_rk = _mm512_set1_ps(a[r * aRow]);
#pragma GCC unroll 2
            for (int p = 0; p < NP; ++p) acc[r][p] = _mm512_fmadd_ps(a_rk, b_k[p], acc[r][p]);
        }
    }
    __mmask16 mask[NP];  // the columns of each panel inside C: all 16 but in the last one
#pragma GCC unroll 2
    for (int p = 0; p < NP; ++p) {
        const Index inside = std::clamp<Index>(cols - p * kNr, 0, kNr);
        mask[p] = static_cast<__mmask16>((1u << inside) - 1u);
    }
#pragma GCC unroll 8
    for (int r = 0; r < MR; ++r) {
        float* c_r = c + r * ldc;
#pragma GCC unroll 2
        for (int p = 0; p < NP; ++p) {
            if (accumulate)
                acc[r][p] =
                    _mm512_add_ps(acc[r][p], _mm512_maskz_loadu_ps(mask[p], c_r + p * kNr));
            _mm512_mask_storeu_ps(c_r + p * kNr, mask[p], acc[r][p]);
        }
    }
}

// The tiles of one instruction set, for productOnThread(): a tile covers kRows rows of C and the
// columns of kPanels neighbouring panels; run() takes its number of rows (1..kRows) and of
// columns (1..kPanels * kNr) and dispatches to the tile compiled for that many rows.
struct Avx2Tiles {
    static constexpr Index kRows = 6;
    static constexpr Index kPanels = 1;
    static constexpr bool kTransposedInPlace = false;
    static RNNLAB_AVX2 void run(Index rows, Index K, const float* a, Index aRow, Index aCol,
                                const float* b, Index, float* c, Index ldc, Index cols,
                                bool accumulate) {
        switch (rows) {
            case 6: tile<6>(K, a, aRow, aCol, b, c, ldc, cols, accumulate); break;
            case 5: tile<5>(K, a, aRow, aCol, b, c, ldc, cols, accumulate); break;
            case 4: tile<4>(K, a, aRow, aCol, b, c, ldc, cols, accumulate); break;
            case 3: tile<3>(K, a, aRow, aCol, b, c, ldc, cols, accumulate); break;
            case 2: tile<2>(K, a, aRow, aCol, b, c, ldc, cols, accumulate); break;
            default: tile<1>(K, a, aRow, aCol, b, c, ldc, cols, accumulate); break;
        }
    }
};

struct Avx512Tiles {
    static constexpr Index kRows = 8;
    static constexpr Index kPanels = 2;
    static constexpr bool kTransposedInPlace = true;
    template <int NP>
    static RNNLAB_AVX512 void rowsOf(Index rows, Index K, const float* a, Index aRow, Index aCol,
                                     const float* b, Index ps, float* c, Index ldc, Index cols,
                                     bool add) {
        switch (rows) {
            case 8: wideTile<8, NP>(K, a, aRow, aCol, b, ps, c, ldc, cols, add); break;
            case 7: wideTile<7, NP>(K, a, aRow, aCol, b, ps, c, ldc, cols, add); break;
            case 6: wideTile<6, NP>(K, a, aRow, aCol, b, ps, c, ldc, cols, add); break;
            case 5: wideTile<5, NP>(K, a, aRow, aCol, b, ps, c, ldc, cols, add); break;
            case 4: wideTile<4, NP>(K, a, aRow, aCol, b, ps, c, ldc, cols, add); break;
            case 3: wideTile<3, NP>(K, a, aRow, aCol, b, ps, c, ldc, cols, add); break;
            case 2: wideTile<2, NP>(K, a, aRow, aCol, b, ps, c, ldc, cols, add); break;
            default: wideTile<1, NP>(K, a, aRow, aCol, b, ps, c, ldc, cols, add); break;
        }
    }
    static RNNLAB_AVX512 void run(Index rows, Index K, const float* a, Index aRow, Index aCol,
                                  const float* b, Index panelStride, float* c, Index ldc,
                                  Index cols, bool accumulate) {
        if (cols > kNr)
            rowsOf<2>(rows, K, a, aRow, aCol, b, panelStride, c, ldc, cols, accumulate);
        else
            rowsOf<1>(rows, K, a, aRow, aCol, b, panelStride, c, ldc, cols, accumulate);
    }
};

// C (M, N) (+)= A (M, K) B (K, N) on this thread with the tiles of Tiles; A(m, k) = A[m * aRow +
// k * aCol], B in panels. Blocks of kKc steps of k (outer: the B slices of a block stay in L2
// for all rows) and of kMc rows. A read along its rows (aCol == 1) is used in place. A read down
// its columns (aRow == 1, the transposed product) is used in place by tiles whose rows at one k
// fill half a cache line (8 floats, Tiles::kTransposedInPlace); for the 6-row AVX2 tiles, which
// would straddle lines, it is first copied into strips of 6 rows, k-major, read sequentially.
template <typename Tiles>
void productOnThread(Index M, Index N, Index K, const float* A, Index aRow, Index aCol,
                     const float* panels, float* C, Index ldc, bool accumulate) {
    constexpr Index MR = Tiles::kRows;
    if (K == 0 && !accumulate) {  // an empty sum
        for (Index m = 0; m < M; ++m) std::fill(C + m * ldc, C + m * ldc + N, 0.0f);
        return;
    }
    const bool copyA = aCol != 1 && !Tiles::kTransposedInPlace;
    RNNLAB_ASSERT(aCol == 1 || aRow == 1, "A must be row-major or the transpose of a row-major");
    thread_local std::vector<float> strips;           // grows once, then reused
    const Index stripRows = (M + MR - 1) / MR * MR;  // the last strip may be partial
    if (copyA) strips.resize(static_cast<std::size_t>(stripRows * std::min(kKc, K)));
    for (Index k0 = 0; k0 < K; k0 += kKc) {
        const Index kb = std::min(kKc, K - k0);
        const bool add = accumulate || k0 > 0;
        if (copyA) {  // strip m holds element (r, k) at strips[m * kb + k * MR + r]
            const Index full = M / MR * MR;
            for (Index k = 0; k < kb; ++k) {  // along the rows of the stored matrix
                const float* a = A + (k0 + k) * aCol;
                float* strip = strips.data() + k * MR;
                for (Index m = 0; m < full; m += MR)
                    __builtin_memcpy(strip + m * kb, a + m, MR * sizeof(float));
                for (Index m = full; m < M; ++m) strip[full * kb + m - full] = a[m];
            }
        }
        for (Index m0 = 0; m0 < M; m0 += kMc) {
            const Index mb = std::min(kMc, M - m0);
            for (Index p = 0; p * kNr < N; p += Tiles::kPanels) {
                const float* b = panels + (p * K + k0) * kNr;
                const Index cols = std::min(Tiles::kPanels * kNr, N - p * kNr);
                for (Index m = m0; m < m0 + mb; m += MR) {
                    const Index rows = std::min(MR, M - m);
                    float* c = C + m * ldc + p * kNr;
                    if (copyA)
                        Tiles::run(rows, kb, strips.data() + m * kb, 1, MR, b, K * kNr, c, ldc,
                                   cols, add);
                    else
                        Tiles::run(rows, kb, A + m * aRow + k0 * aCol, aRow, aCol, b, K * kNr, c,
                                   ldc, cols, add);
                }
            }
        }
    }
}

// The product on this thread with the widest tiles the processor runs (simd_kernels.h).
void simdProduct(Index M, Index N, Index K, const float* A, Index aRow, Index aCol,
                 const float* panels, float* C, Index ldc, bool accumulate) {
    if (wideKernelsActive())
        productOnThread<Avx512Tiles>(M, N, K, A, aRow, aCol, panels, C, ldc, accumulate);
    else
        productOnThread<Avx2Tiles>(M, N, K, A, aRow, aCol, panels, C, ldc, accumulate);
}

// simdProduct with the rows of C split over Eigen::nbThreads() threads when the product is big
// enough to repay waking them — and never inside a parallel region, where the caller has split
// the work already (recurrent_layer.h, forEachBatchSlice).
void kernelProduct(Index M, Index N, Index K, const float* A, Index aRow, Index aCol,
                   const float* panels, float* C, Index ldc, bool accumulate) {
    int threads = 1;
#ifdef _OPENMP
    if (!omp_in_parallel() &&
        2.0 * static_cast<double>(M * N) * static_cast<double>(K) >= kParallelFlops)
        threads = static_cast<int>(std::min<Index>(Eigen::nbThreads(), M / kRowGrain));
#endif
    if (threads <= 1) {
        simdProduct(M, N, K, A, aRow, aCol, panels, C, ldc, accumulate);
        return;
    }
    const Index chunk = (M + threads * kRowGrain - 1) / (threads * kRowGrain) * kRowGrain;
#pragma omp parallel for num_threads(threads) schedule(static, 1)
    for (int i = 0; i < threads; ++i) {
        const Index m0 = i * chunk;
        if (m0 < M)
            simdProduct(std::min(chunk, M - m0), N, K, A + m0 * aRow, aRow, aCol, panels,
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
