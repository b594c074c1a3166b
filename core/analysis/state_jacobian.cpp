#include "core/analysis/state_jacobian.h"

#include <cmath>
#include <limits>

#include "core/base/random.h"

namespace rnnlab {

namespace {

constexpr int kMaxPowerIterations = 200;
constexpr double kPowerTolerance = 1e-10;

// One gate block of W_hh, (H, H), viewed in place.
using Block = Eigen::Ref<const Matrix<double>>;

// Row t of a (T, H) trace matrix as a column vector; zeros for t = -1 (the initial state).
Vector<double> rowOrZero(const Matrix<double>& m, Index t, Index H) {
    if (t < 0) return Vector<double>::Zero(H);
    return m.row(t).transpose();
}

Vector<double> gateValue(const LayerTrace& l, int gate, Index t) {
    return l.gates[static_cast<std::size_t>(gate)].value.row(t).transpose();
}

// σ₁(B) by power iteration on B B^T, started from u (the top left singular vector of a previous
// product, which changes little from one t to the next) and left at the new one. Exact SVDs
// (core/base/matrix_norms.h) would cost O(n^3) per step; this is a few O(n^2) products.
double spectralNorm(const Eigen::Ref<const Matrix<double>>& B, Vector<double>& u) {
    if (!B.allFinite()) return std::numeric_limits<double>::quiet_NaN();
    double sigma = 0.0;
    for (int k = 0; k < kMaxPowerIterations; ++k) {
        Vector<double> v = B.transpose() * u;  // (n)
        const double s = v.norm();
        if (s == 0.0) {
            // u is orthogonal to B's columns: restart from B's largest column, or B is zero.
            Index column = 0;
            const double largest = B.colwise().norm().maxCoeff(&column);
            if (largest == 0.0) return 0.0;
            u = B.col(column) / largest;
            continue;
        }
        v /= s;
        Vector<double> w = B * v;
        const double next = w.norm();
        u = w / next;
        const bool converged = std::abs(next - sigma) <= kPowerTolerance * next;
        sigma = std::max(s, next);
        if (converged) break;
    }
    return sigma;
}

}  // namespace

Matrix<double> stepJacobian(const SequenceTrace& trace, const Parameters<double>& weights,
                            int layer, Index t) {
    const NetworkConfig& c = trace.config;
    RNNLAB_ASSERT(layer >= 0 && layer < c.numLayers, "Jacobian of a layer out of range");
    RNNLAB_ASSERT(t >= 0 && t < trace.steps, "Jacobian of a step out of range");
    RNNLAB_ASSERT(weights.layout().entries().size() == ParameterLayout(c).entries().size(),
                  "weights of another network");
    const Index H = c.hiddenSize;
    const LayerTrace& l = trace.layers[static_cast<std::size_t>(layer)];
    const ParameterLayout& layout = weights.layout();
    const ConstMatrixMap<double> W_hh = weights.matrix(layout.weightHh(layer));  // (G*H, H)
    const Vector<double> h_prev = rowOrZero(l.h, t - 1, H);

    switch (c.cell) {
        case CellType::Rnn: {
            const Vector<double> h_t = l.h.row(t).transpose();
            const Vector<double> dphi = c.nonlinearity == Nonlinearity::Tanh
                                            ? Vector<double>(1.0 - h_t.array().square())
                                            : Vector<double>((h_t.array() > 0.0).cast<double>());
            return dphi.asDiagonal() * W_hh;  // (1)
        }
        case CellType::Gru: {
            const Vector<double> r = gateValue(l, 0, t), z = gateValue(l, 1, t),
                                 n = gateValue(l, 2, t);
            const Block W_hr = W_hh.middleRows(0, H), W_hz = W_hh.middleRows(H, H),
                        W_hn = W_hh.middleRows(2 * H, H);
            Vector<double> hn = W_hn * h_prev;  // W_hn h_{t-1} + b_hn
            hn += weights.vector(layout.biasHh(layer)).segment(2 * H, H);
            const Matrix<double> dz = (z.array() * (1.0 - z.array())).matrix().asDiagonal() * W_hz;
            const Matrix<double> dr = (r.array() * (1.0 - r.array())).matrix().asDiagonal() * W_hr;
            Matrix<double> dn = r.asDiagonal() * W_hn;
            dn.noalias() += hn.asDiagonal() * dr;
            dn = (1.0 - n.array().square()).matrix().asDiagonal() * dn;
            Matrix<double> J = (1.0 - z.array()).matrix().asDiagonal() * dn;  // (2)
            J.noalias() += (h_prev - n).asDiagonal() * dz;
            J.diagonal() += z;
            return J;
        }
        case CellType::Lstm: {
            const Vector<double> i = gateValue(l, 0, t), f = gateValue(l, 1, t),
                                 g = gateValue(l, 2, t), o = gateValue(l, 3, t);
            const Vector<double> c_prev = rowOrZero(l.c, t - 1, H);
            const Vector<double> tanh_c = l.c.row(t).transpose().array().tanh();
            const Block W_hi = W_hh.middleRows(0, H), W_hf = W_hh.middleRows(H, H),
                        W_hg = W_hh.middleRows(2 * H, H), W_ho = W_hh.middleRows(3 * H, H);
            Matrix<double> dc =
                (c_prev.array() * f.array() * (1.0 - f.array())).matrix().asDiagonal() * W_hf;
            dc.noalias() +=
                (g.array() * i.array() * (1.0 - i.array())).matrix().asDiagonal() * W_hi;
            dc.noalias() += (i.array() * (1.0 - g.array().square())).matrix().asDiagonal() * W_hg;
            const Vector<double> D = o.array() * (1.0 - tanh_c.array().square());
            Matrix<double> J(2 * H, 2 * H);  // (3)
            J.topLeftCorner(H, H).noalias() =
                (tanh_c.array() * o.array() * (1.0 - o.array())).matrix().asDiagonal() * W_ho;
            J.topLeftCorner(H, H).noalias() += D.asDiagonal() * dc;
            J.topRightCorner(H, H) = (D.array() * f.array()).matrix().asDiagonal();
            J.bottomLeftCorner(H, H) = dc;
            J.bottomRightCorner(H, H) = f.asDiagonal();
            return J;
        }
    }
    return {};
}

std::vector<double> jacobianProductNorms(const SequenceTrace& trace,
                                         const Parameters<double>& weights, int layer) {
    const Index T = trace.steps, H = trace.config.hiddenSize;
    std::vector<double> norms(static_cast<std::size_t>(T), 1.0);
    if (T == 0) return norms;
    const bool lstm = trace.config.cell == CellType::Lstm;
    const Index n = lstm ? 2 * H : H;
    // Only the h rows of (4) are needed, and they depend only on the h rows of the product
    // after them: Q_t ∝ ∂h_{T-1}/∂s_t, (H, n), kept near unit size; the true rows are
    // exp(logScale) Q_t.
    Matrix<double> Q = Matrix<double>::Identity(H, n);
    Matrix<double> next(H, n);
    double logScale = 0.0;
    Vector<double> u(H);  // warm start of the power iteration: a fixed random direction
    Random rng(1);
    for (Index k = 0; k < H; ++k) u[k] = rng.normal();
    u.normalize();
    for (Index t = T - 2; t >= 0; --t) {
        const Matrix<double> J = stepJacobian(trace, weights, layer, t + 1);
        if (lstm) {
            // (3)'s right blocks are diagonal: [Q_h Q_c] J in two (H, H) products, not four.
            next.leftCols(H).noalias() = Q.leftCols(H) * J.topLeftCorner(H, H);
            next.leftCols(H).noalias() += Q.rightCols(H) * J.bottomLeftCorner(H, H);
            next.rightCols(H).noalias() =
                Q.leftCols(H) * J.topRightCorner(H, H).diagonal().asDiagonal();
            next.rightCols(H).noalias() +=
                Q.rightCols(H) * J.bottomRightCorner(H, H).diagonal().asDiagonal();
        } else {
            next.noalias() = Q * J;  // (4)
        }
        Q.swap(next);
        const double scale = Q.cwiseAbs().maxCoeff();
        if (scale > 0.0 && std::isfinite(scale)) {
            Q /= scale;
            logScale += std::log(scale);
        }
        const double sigma = spectralNorm(Q.leftCols(H), u);  // (5)
        norms[static_cast<std::size_t>(t)] =
            sigma > 0.0 ? std::exp(logScale + std::log(sigma)) : sigma;
    }
    return norms;
}

std::vector<std::vector<double>> jacobianProductNorms(const SequenceTrace& trace,
                                                      const Parameters<double>& weights) {
    std::vector<std::vector<double>> out;
    for (int k = 0; k < trace.config.numLayers; ++k)
        out.push_back(jacobianProductNorms(trace, weights, k));
    return out;
}

}  // namespace rnnlab
