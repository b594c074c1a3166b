#pragma once
// Two numbers that decide whether a recurrent matrix W makes gradients explode or vanish
// (Pascanu et al. 2013): repeated products W^T W^T ... shrink or grow like
//   rho(W)     = max_i |lambda_i(W)|   spectral radius (the long-run growth of W^t)
//   sigma1(W)  = max_i sigma_i(W)      largest singular value (the most one step can stretch)
// with rho(W) <= sigma1(W). Both are computed in double (Eigen's EigenSolver, BDCSVD), O(n^3):
// meant for the hidden sizes of a teaching network, evaluated between training steps.
// A matrix with a NaN or inf entry gives NaN (a diverged network is shown, not a crash).

#include <Eigen/Core>

#include "core/base/tensor_types.h"

namespace rnnlab {

// W: (n, n).
template <typename S>
double spectralRadius(const Eigen::Ref<const Matrix<S>>& W);

// W: (rows, cols), any shape.
template <typename S>
double largestSingularValue(const Eigen::Ref<const Matrix<S>>& W);

}  // namespace rnnlab
