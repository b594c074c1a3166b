#pragma once
// The plane a network's hidden states mostly move in: principal component analysis of states
// h ∈ R^H (Maheswaranathan et al. 2019, "Reverse engineering recurrent networks for sentiment
// classification": a sentiment model's states lie near a line, its "line attractor").
// Over N states h_1 .. h_N:
//   μ = (1/N) Σ_n h_n                              the mean state
//   Σ = (1/N) Σ_n (h_n − μ)(h_n − μ)^T  (H, H)     their covariance
//   Σ u_k = λ_k u_k,  λ_1 ≥ λ_2 ≥ … ≥ λ_H ≥ 0      (Eigen's SelfAdjointEigenSolver)
//   plane: axes u_1, u_2; explained variance ratio r_k = λ_k / Σ_j λ_j (0 when all λ are 0)
//   a state's place in it: p = (u_1^T (h − μ), u_2^T (h − μ))
// An eigenvector's sign is arbitrary; each axis is turned so that its largest component (the
// first of equal ones) is positive, so the same states give the same picture. With H = 1 the
// second axis is zero.
// The covariance is summed as states come, so a plane fitted on many sentences never holds all
// their states at once; each state is first shifted by the first one, k = h_1 (states that do
// not move then sum to exact zeros, and large states lose no digits):
//   d = (1/N) Σ_n (h_n − k),  μ = k + d,  Σ = (1/N) Σ_n (h_n − k)(h_n − k)^T − d d^T

#include <array>

#include "core/base/tensor_types.h"

namespace rnnlab {

struct StatePlane {
    Vector<double> mean;                // (H) μ
    Matrix<double> axes;                // (H, 2) u_1, u_2 as columns
    std::array<double, 2> explained{};  // r_1, r_2
    Index states = 0;                   // N
};

class StateCovariance {
public:
    explicit StateCovariance(Index H);
    // Adds states as rows (n, H).
    void add(const Eigen::Ref<const Matrix<double>>& states);
    Index count() const { return m_count; }
    // The plane of the states added; at least one.
    StatePlane plane() const;

private:
    Vector<double> m_shift;    // (H)    k, the first state added
    Vector<double> m_sum;      // (H)    Σ (h − k)
    Matrix<double> m_squares;  // (H, H) Σ (h − k)(h − k)^T
    Index m_count = 0;
};

// The plane of states as rows (N, H), N ≥ 1.
StatePlane fitStatePlane(const Matrix<double>& states);
// States as rows (n, H) in the plane: (n, 2).
Matrix<double> projectOntoPlane(const StatePlane& plane, const Matrix<double>& states);

}  // namespace rnnlab
