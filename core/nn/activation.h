#pragma once
// The gate nonlinearities, applied to a block of pre-activations (in and out may be the same
// block):
//   σ(a) = 1 / (1 + e^{-a})        tanh(a) = (e^{a} - e^{-a}) / (e^{a} + e^{-a})
// They are the costliest element-wise work of a training step: an LSTM step evaluates five of
// them per hidden unit and sample. For float on an AVX2 + FMA processor (simd_kernels.h) they
// run 8 values at a time in a kernel of our own, so that a binary built for any x86-64 still
// uses the wide registers; it follows the approximations Eigen uses with AVX2 (e^a from Cephes'
// polynomial and 2^m, tanh as a ratio of two polynomials), so both give the same values.
// Otherwise, and always for double, they are Eigen's array expressions.

#include "core/base/tensor_types.h"

namespace rnnlab {

template <typename S>
void applySigmoid(const Eigen::Ref<const Matrix<S>>& in, Eigen::Ref<Matrix<S>> out);
template <typename S>
void applyTanh(const Eigen::Ref<const Matrix<S>>& in, Eigen::Ref<Matrix<S>> out);

}  // namespace rnnlab
