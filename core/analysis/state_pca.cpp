#include "core/analysis/state_pca.h"

#include <Eigen/Eigenvalues>

namespace rnnlab {

StateCovariance::StateCovariance(Index H)
    : m_shift(Vector<double>::Zero(H)),
      m_sum(Vector<double>::Zero(H)),
      m_squares(Matrix<double>::Zero(H, H)) {}

void StateCovariance::add(const Eigen::Ref<const Matrix<double>>& states) {
    RNNLAB_ASSERT(states.cols() == m_sum.size(), "state size");
    if (states.rows() == 0) return;
    if (m_count == 0) m_shift = states.row(0).transpose();
    const Matrix<double> shifted = states.rowwise() - m_shift.transpose();  // h − k
    m_sum.noalias() += shifted.colwise().sum().transpose();
    m_squares.noalias() += shifted.transpose() * shifted;
    m_count += states.rows();
}

StatePlane StateCovariance::plane() const {
    RNNLAB_ASSERT(m_count > 0, "a plane of no states");
    const Index H = m_sum.size();
    StatePlane p;
    p.states = m_count;
    const Vector<double> d = m_sum / double(m_count);
    p.mean = m_shift + d;  // μ = k + d
    // Σ = (1/N) Σ (h − k)(h − k)^T − d d^T
    Matrix<double> covariance = m_squares / double(m_count);
    covariance.noalias() -= d * d.transpose();
    const Eigen::SelfAdjointEigenSolver<Matrix<double>> solver(covariance);
    // Eigenvalues come in increasing order: λ_1 is the last. Rounding can leave tiny negatives.
    const Vector<double> lambda = solver.eigenvalues().cwiseMax(0.0);
    const double total = lambda.sum();
    p.axes = Matrix<double>::Zero(H, 2);
    for (Index k = 0; k < std::min<Index>(2, H); ++k) {
        const Index column = H - 1 - k;
        Vector<double> u = solver.eigenvectors().col(column);
        Index largest = 0;
        u.cwiseAbs().maxCoeff(&largest);
        if (u(largest) < 0) u = -u;
        p.axes.col(k) = u;
        p.explained[std::size_t(k)] = total > 0.0 ? lambda(column) / total : 0.0;
    }
    return p;
}

StatePlane fitStatePlane(const Matrix<double>& states) {
    StateCovariance covariance(states.cols());
    covariance.add(states);
    return covariance.plane();
}

Matrix<double> projectOntoPlane(const StatePlane& plane, const Matrix<double>& states) {
    // p = U^T (h − μ), for each row h
    Matrix<double> centred = states.rowwise() - plane.mean.transpose();
    Matrix<double> points(states.rows(), 2);
    points.noalias() = centred * plane.axes;
    return points;
}

}  // namespace rnnlab
