#include "core/base/matrix_norms.h"

#include <Eigen/Eigenvalues>
#include <Eigen/SVD>
#include <limits>

namespace rnnlab {

template <typename S>
double spectralRadius(const Eigen::Ref<const Matrix<S>>& W) {
    RNNLAB_ASSERT(W.rows() == W.cols(), "spectral radius of a non-square matrix");
    if (W.size() == 0) return 0.0;
    const Eigen::MatrixXd A = W.template cast<double>();
    if (!A.allFinite()) return std::numeric_limits<double>::quiet_NaN();
    const Eigen::EigenSolver<Eigen::MatrixXd> solver(A, false);
    if (solver.info() != Eigen::Success) return std::numeric_limits<double>::quiet_NaN();
    return solver.eigenvalues().cwiseAbs().maxCoeff();
}

template <typename S>
double largestSingularValue(const Eigen::Ref<const Matrix<S>>& W) {
    if (W.size() == 0) return 0.0;
    const Eigen::MatrixXd A = W.template cast<double>();
    if (!A.allFinite()) return std::numeric_limits<double>::quiet_NaN();
    const Eigen::BDCSVD<Eigen::MatrixXd> svd(A);
    return svd.singularValues()(0);
}

template double spectralRadius<float>(const Eigen::Ref<const Matrix<float>>&);
template double spectralRadius<double>(const Eigen::Ref<const Matrix<double>>&);
template double largestSingularValue<float>(const Eigen::Ref<const Matrix<float>>&);
template double largestSingularValue<double>(const Eigen::Ref<const Matrix<double>>&);

}  // namespace rnnlab
