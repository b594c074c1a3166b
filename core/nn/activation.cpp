#include "core/nn/activation.h"

#include <type_traits>

#include "core/kernels/simd_kernels.h"
#ifdef RNNLAB_HAVE_AVX2_KERNELS
#include <immintrin.h>
#endif

namespace rnnlab {
namespace {

#ifdef RNNLAB_HAVE_AVX2_KERNELS
// 2^k for 8 integers k in [-126, 127]: the float with exponent bits k + 127 and mantissa 0.
RNNLAB_AVX2 __m256 powerOfTwo(__m256i k) {
    return _mm256_castsi256_ps(_mm256_slli_epi32(_mm256_add_epi32(k, _mm256_set1_epi32(127)), 23));
}

// e^x for 8 floats, as Eigen's pexp_float: x = m ln 2 + r with m = floor(x / ln 2 + 1/2),
// e^r ≈ 1 + r + r² P(r) (Cephes), then e^x = e^r 2^m, the power of two built from its
// exponent bits in two factors so that neither overflows.
RNNLAB_AVX2 __m256 exp8(__m256 x_in) {
    const __m256 x =
        _mm256_max_ps(_mm256_set1_ps(-88.723f), _mm256_min_ps(_mm256_set1_ps(88.723f), x_in));
    const __m256 m = _mm256_floor_ps(
        _mm256_fmadd_ps(x, _mm256_set1_ps(1.44269504088896341f), _mm256_set1_ps(0.5f)));
    __m256 r = _mm256_fmadd_ps(m, _mm256_set1_ps(-0.693359375f), x);
    r = _mm256_fmadd_ps(m, _mm256_set1_ps(2.12194440e-4f), r);
    const __m256 r2 = _mm256_mul_ps(r, r);
    const __m256 r3 = _mm256_mul_ps(r2, r);
    __m256 y =
        _mm256_fmadd_ps(_mm256_set1_ps(1.9875691500E-4f), r, _mm256_set1_ps(1.3981999507E-3f));
    __m256 y1 =
        _mm256_fmadd_ps(_mm256_set1_ps(4.1665795894E-2f), r, _mm256_set1_ps(1.6666665459E-1f));
    const __m256 y2 = _mm256_add_ps(r, _mm256_set1_ps(1.0f));
    y = _mm256_fmadd_ps(y, r, _mm256_set1_ps(8.3334519073E-3f));
    y1 = _mm256_fmadd_ps(y1, r, _mm256_set1_ps(5.0000001201E-1f));
    y = _mm256_fmadd_ps(y, r3, y1);
    y = _mm256_fmadd_ps(y, r2, y2);
    // 2^m = 2^b 2^(m - b) with b = floor(m / 2): m reaches ±128, one factor would overflow
    const __m256i mi = _mm256_cvttps_epi32(m);
    const __m256i b = _mm256_srai_epi32(mi, 1);
    y = _mm256_mul_ps(_mm256_mul_ps(y, powerOfTwo(b)), powerOfTwo(_mm256_sub_epi32(mi, b)));
    return _mm256_max_ps(x_in, y);  // e^x >= x; also lets +inf and NaN through
}

// σ(a) = 1 / (1 + e^{-a}) for 8 floats.
RNNLAB_AVX2 __m256 sigmoid8(__m256 a) {
    const __m256 one = _mm256_set1_ps(1.0f);
    return _mm256_div_ps(one, _mm256_add_ps(one, exp8(_mm256_xor_ps(a, _mm256_set1_ps(-0.0f)))));
}

// tanh(a) for 8 floats, as Eigen's generic_fast_tanh_float: a ratio p(x)/q(x) of an odd and an
// even polynomial on x = a clamped to ±7.9988 (beyond, tanh rounds to ±1), and a itself where
// |a| < 0.0004.
RNNLAB_AVX2 __m256 tanh8(__m256 a) {
    const __m256 x = _mm256_max_ps(_mm256_set1_ps(-7.99881172180175781f),
                                   _mm256_min_ps(_mm256_set1_ps(7.99881172180175781f), a));
    const __m256 absA = _mm256_andnot_ps(_mm256_set1_ps(-0.0f), a);
    const __m256 tiny = _mm256_cmp_ps(absA, _mm256_set1_ps(0.0004f), _CMP_LT_OQ);
    const __m256 x2 = _mm256_mul_ps(x, x);
    __m256 p = _mm256_fmadd_ps(x2, _mm256_set1_ps(-2.76076847742355e-16f),
                               _mm256_set1_ps(2.00018790482477e-13f));
    p = _mm256_fmadd_ps(x2, p, _mm256_set1_ps(-8.60467152213735e-11f));
    p = _mm256_fmadd_ps(x2, p, _mm256_set1_ps(5.12229709037114e-08f));
    p = _mm256_fmadd_ps(x2, p, _mm256_set1_ps(1.48572235717979e-05f));
    p = _mm256_fmadd_ps(x2, p, _mm256_set1_ps(6.37261928875436e-04f));
    p = _mm256_fmadd_ps(x2, p, _mm256_set1_ps(4.89352455891786e-03f));
    p = _mm256_mul_ps(x, p);
    __m256 q = _mm256_fmadd_ps(x2, _mm256_set1_ps(1.19825839466702e-06f),
                               _mm256_set1_ps(1.18534705686654e-04f));
    q = _mm256_fmadd_ps(x2, q, _mm256_set1_ps(2.26843463243900e-03f));
    q = _mm256_fmadd_ps(x2, q, _mm256_set1_ps(4.89352518554385e-03f));
    return _mm256_blendv_ps(_mm256_div_ps(p, q), x, tiny);
}

// out = f(in) over a block of rows; the last 1-7 values of a row through masked loads/stores.
template <bool kSigmoid>
RNNLAB_AVX2 void applyAvx2(Index rows, Index cols, const float* in, Index inStride, float* out,
                           Index outStride) {
    const Index full = cols / 8 * 8;
    const __m256i mask = _mm256_cmpgt_epi32(_mm256_set1_epi32(static_cast<int>(cols - full)),
                                            _mm256_setr_epi32(0, 1, 2, 3, 4, 5, 6, 7));
    for (Index r = 0; r < rows; ++r, in += inStride, out += outStride) {
        for (Index j = 0; j < full; j += 8) {
            const __m256 a = _mm256_loadu_ps(in + j);
            _mm256_storeu_ps(out + j, kSigmoid ? sigmoid8(a) : tanh8(a));
        }
        if (full < cols) {
            const __m256 a = _mm256_maskload_ps(in + full, mask);
            _mm256_maskstore_ps(out + full, mask, kSigmoid ? sigmoid8(a) : tanh8(a));
        }
    }
}
#endif

}  // namespace

template <typename S>
void applySigmoid(const Eigen::Ref<const Matrix<S>>& in, Eigen::Ref<Matrix<S>> out) {
    RNNLAB_ASSERT(in.rows() == out.rows() && in.cols() == out.cols(), "activation shapes");
#ifdef RNNLAB_HAVE_AVX2_KERNELS
    if constexpr (std::is_same_v<S, float>) {
        if (simdKernelsActive()) {
            applyAvx2<true>(in.rows(), in.cols(), in.data(), in.outerStride(), out.data(),
                            out.outerStride());
            return;
        }
    }
#endif
    out.array() = S(1) / (S(1) + (-in.array()).exp());
}

template <typename S>
void applyTanh(const Eigen::Ref<const Matrix<S>>& in, Eigen::Ref<Matrix<S>> out) {
    RNNLAB_ASSERT(in.rows() == out.rows() && in.cols() == out.cols(), "activation shapes");
#ifdef RNNLAB_HAVE_AVX2_KERNELS
    if constexpr (std::is_same_v<S, float>) {
        if (simdKernelsActive()) {
            applyAvx2<false>(in.rows(), in.cols(), in.data(), in.outerStride(), out.data(),
                             out.outerStride());
            return;
        }
    }
#endif
    out.array() = in.array().tanh();
}

template void applySigmoid<float>(const Eigen::Ref<const Matrix<float>>&,
                                  Eigen::Ref<Matrix<float>>);
template void applySigmoid<double>(const Eigen::Ref<const Matrix<double>>&,
                                   Eigen::Ref<Matrix<double>>);
template void applyTanh<float>(const Eigen::Ref<const Matrix<float>>&, Eigen::Ref<Matrix<float>>);
template void applyTanh<double>(const Eigen::Ref<const Matrix<double>>&,
                                Eigen::Ref<Matrix<double>>);

}  // namespace rnnlab
