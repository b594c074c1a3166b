// The Jacobian products ‖∂h_{T-1}/∂h_t‖ behind the gradient view: hand-worked cases (a 1-unit
// RNN, where the product is a product of scalars; identity weights), the one-step Jacobians of
// every cell against finite differences of the naive forward pass with a perturbed state, and
// the power-iteration norms against an exact SVD.
#include <Eigen/SVD>
#include <cmath>

#include "test_main.h"
#include "core/analysis/state_jacobian.h"
#include "core/base/random.h"
#include "core/nn/recurrent_network.h"
#include "reference_forward.h"

namespace RNNLAB_TEST_FILE {

using namespace rnnlab;

namespace {

struct Case {
    NetworkConfig config;
    Parameters<double> weights;
    Matrix<double> x;  // (T, I)
    SequenceTrace trace;
};

Case makeCase(CellType cell, Nonlinearity act, int layers, int hidden, Index T, double scale,
              std::uint64_t seed) {
    Case k;
    k.config.cell = cell;
    k.config.nonlinearity = act;
    k.config.inputSize = 2;
    k.config.hiddenSize = hidden;
    k.config.numLayers = layers;
    RecurrentNetwork<double> net(k.config);
    Random rng(seed);
    for (Index i = 0; i < net.parameters().flat().size(); ++i)
        net.parameters().flat()[i] = rng.uniform(-scale, scale);
    k.x.resize(T, k.config.inputSize);
    for (Index i = 0; i < k.x.size(); ++i) k.x.data()[i] = rng.uniform(-1, 1);
    Workspace<double> ws;
    net.forward(k.x, T, 1, ws);
    k.trace = extractTrace(net, ws, 0, std::nullopt);
    k.weights = net.parameters();
    return k;
}

// ∂h^layer_{T-1}/∂h^layer_t (or, cellState, the total derivative w.r.t. c_t, which moves h_t
// with it) by central differences of the naive forward pass.
Matrix<double> finiteDifference(const Case& k, int layer, Index t, bool cellState) {
    const Index T = k.x.rows();
    const int H = k.config.hiddenSize;
    const double eps = 1e-6;
    const Matrix<double> noTargets = Matrix<double>::Zero(1, k.config.outputSize);
    Matrix<double> J(H, H);
    for (int u = 0; u < H; ++u) {
        test::Perturbation p{layer, int(t), 0, u, cellState, eps};
        const Matrix<double> up =
            test::referenceForward(k.config, k.weights, k.x, T, 1, noTargets, p).h[layer];
        p.delta = -eps;
        const Matrix<double> down =
            test::referenceForward(k.config, k.weights, k.x, T, 1, noTargets, p).h[layer];
        J.col(u) = (up.row(T - 1) - down.row(T - 1)).transpose() / (2 * eps);
    }
    return J;
}

// ∂s_{T-1}/∂s_t = J_{T-1} ... J_{t+1}, multiplied out in full.
Matrix<double> product(const Case& k, int layer, Index t) {
    const Index n = k.config.cell == CellType::Lstm ? 2 * k.config.hiddenSize : k.config.hiddenSize;
    Matrix<double> P = Matrix<double>::Identity(n, n);
    for (Index s = t + 1; s < k.x.rows(); ++s) P = stepJacobian(k.trace, k.weights, layer, s) * P;
    return P;
}

double sigma1(const Matrix<double>& m) {
    return Eigen::JacobiSVD<Matrix<double>>(m).singularValues()(0);
}

}  // namespace

class TestStateJacobian : public QObject {
    Q_OBJECT
private slots:
    // One tanh unit: h_t = tanh(w_ih x_t + b + w h_{t-1}), so ∂h_{T-1}/∂h_t is the product of
    // the scalars w (1 - h_k²) for k = t+1 .. T-1.
    void oneUnitRnnIsAProductOfScalars() {
        Case k = makeCase(CellType::Rnn, Nonlinearity::Tanh, 1, 1, 6, 0.9, 11);
        const double w = k.weights.matrix(k.weights.layout().weightHh(0))(0, 0);
        const std::vector<double> norms = jacobianProductNorms(k.trace, k.weights, 0);
        QCOMPARE(norms.size(), size_t(6));
        for (Index t = 0; t < 6; ++t) {
            double expected = 1.0;
            for (Index s = t + 1; s < 6; ++s)
                expected *= w * (1 - std::pow(k.trace.layers[0].h(s, 0), 2));
            QVERIFY2(std::abs(norms[t] - std::abs(expected)) <= 1e-14,
                     qPrintable(QString("t=%1: %2 vs %3").arg(t).arg(norms[t]).arg(expected)));
        }
        QCOMPARE(norms.back(), 1.0);
    }

    // IRNN (Le et al. 2015): W_hh = I with relu and every unit active makes each J_t = I, so
    // nothing vanishes or explodes however long the sequence.
    void identityReluKeepsNormOne() {
        Case k = makeCase(CellType::Rnn, Nonlinearity::Relu, 1, 4, 50, 0.5, 3);
        MatrixMap<double> W_hh = k.weights.matrix(k.weights.layout().weightHh(0));
        W_hh.setIdentity();
        k.trace.layers[0].h.setConstant(0.5);  // every unit active
        for (double n : jacobianProductNorms(k.trace, k.weights, 0)) QCOMPARE(n, 1.0);
        // Scaled by 0.9 the norms fall geometrically: 0.9^(T-1-t).
        W_hh *= 0.9;
        const std::vector<double> norms = jacobianProductNorms(k.trace, k.weights, 0);
        for (Index t = 0; t < 50; ++t)
            QVERIFY(std::abs(norms[t] / std::pow(0.9, 49 - t) - 1) < 1e-12);
    }

    void stepJacobianMatchesFiniteDifferences_data() {
        QTest::addColumn<int>("cell");
        QTest::addColumn<int>("act");
        QTest::addColumn<int>("layers");
        QTest::addRow("rnn tanh") << int(CellType::Rnn) << int(Nonlinearity::Tanh) << 1;
        QTest::addRow("rnn relu") << int(CellType::Rnn) << int(Nonlinearity::Relu) << 1;
        QTest::addRow("lstm") << int(CellType::Lstm) << int(Nonlinearity::Tanh) << 1;
        QTest::addRow("gru") << int(CellType::Gru) << int(Nonlinearity::Tanh) << 1;
        QTest::addRow("rnn tanh 2 layers") << int(CellType::Rnn) << int(Nonlinearity::Tanh) << 2;
        QTest::addRow("lstm 2 layers") << int(CellType::Lstm) << int(Nonlinearity::Tanh) << 2;
        QTest::addRow("gru 2 layers") << int(CellType::Gru) << int(Nonlinearity::Tanh) << 2;
    }

    // The product of the analytic one-step Jacobians equals what perturbing h_t (and c_t) in a
    // forward run does to h_{T-1}, for every t and layer; the reported norms are its σ₁.
    void stepJacobianMatchesFiniteDifferences() {
        QFETCH(int, cell);
        QFETCH(int, act);
        QFETCH(int, layers);
        const Index T = 7;
        const int H = 3;
        Case k = makeCase(CellType(cell), Nonlinearity(act), layers, H, T, 0.8, 100 + cell + act);
        const bool lstm = CellType(cell) == CellType::Lstm;
        for (int l = 0; l < layers; ++l) {
            const std::vector<double> norms = jacobianProductNorms(k.trace, k.weights, l);
            for (Index t = 0; t < T; ++t) {
                const Matrix<double> P = product(k, l, t);
                const Matrix<double> numeric = finiteDifference(k, l, t, false);
                const double error = (P.topLeftCorner(H, H) - numeric).cwiseAbs().maxCoeff();
                QVERIFY2(
                    error < 1e-8,
                    qPrintable(QString("layer %1 t=%2: max error %3").arg(l).arg(t).arg(error)));
                if (lstm && t < T - 1) {
                    // Moving c_t moves h_t = o_t tanh(c_t) too: P_hc + P_hh diag(o (1 - tanh²c)).
                    const Vector<double> o = k.trace.layers[l].gates[3].value.row(t).transpose();
                    const Vector<double> tc = k.trace.layers[l].c.row(t).transpose().array().tanh();
                    const Matrix<double> viaC =
                        P.topRightCorner(H, H) +
                        P.topLeftCorner(H, H) *
                            (o.array() * (1 - tc.array().square())).matrix().asDiagonal();
                    const double errorC =
                        (viaC - finiteDifference(k, l, t, true)).cwiseAbs().maxCoeff();
                    QVERIFY2(errorC < 1e-8, qPrintable(QString("layer %1 t=%2 via c: max error %3")
                                                           .arg(l)
                                                           .arg(t)
                                                           .arg(errorC)));
                }
                const double exact = sigma1(P.topLeftCorner(H, H));
                QVERIFY2(std::abs(norms[t] - exact) <= 1e-9 * exact,
                         qPrintable(QString("layer %1 t=%2: %3 vs SVD %4")
                                        .arg(l)
                                        .arg(t)
                                        .arg(norms[t], 0, 'g', 15)
                                        .arg(exact, 0, 'g', 15)));
            }
        }
    }

    // Larger random networks over long sequences: the warm-started power iteration agrees with
    // the SVD of the multiplied-out product, whether the products vanish or explode.
    void normsMatchTheSvdOnLongSequences_data() {
        QTest::addColumn<int>("cell");
        QTest::addColumn<int>("act");
        QTest::addColumn<double>("scale");
        QTest::addRow("rnn vanishing") << int(CellType::Rnn) << int(Nonlinearity::Tanh) << 0.1;
        QTest::addRow("rnn exploding") << int(CellType::Rnn) << int(Nonlinearity::Relu) << 0.6;
        QTest::addRow("lstm") << int(CellType::Lstm) << int(Nonlinearity::Tanh) << 0.6;
        QTest::addRow("gru") << int(CellType::Gru) << int(Nonlinearity::Tanh) << 0.6;
    }
    void normsMatchTheSvdOnLongSequences() {
        QFETCH(int, cell);
        QFETCH(int, act);
        QFETCH(double, scale);
        const Index T = 40;
        const int H = 12;
        Case k = makeCase(CellType(cell), Nonlinearity(act), 1, H, T, scale, 7);
        const std::vector<double> norms = jacobianProductNorms(k.trace, k.weights)[0];
        for (Index t = 0; t < T; ++t) {
            const double exact = sigma1(product(k, 0, t).topLeftCorner(H, H));
            QVERIFY2(std::abs(norms[t] - exact) <= 1e-8 * exact,
                     qPrintable(QString("t=%1: %2 vs SVD %3")
                                    .arg(t)
                                    .arg(norms[t], 0, 'g', 15)
                                    .arg(exact, 0, 'g', 15)));
        }
        if (scale < 0.5) QVERIFY(norms.front() < 1e-10);  // small weights: vanishing
        if (Nonlinearity(act) == Nonlinearity::Relu) QVERIFY(norms.front() > 1e3);  // exploding
    }

    // A Jacobian whose entries are zero (relu units all off) gives zero, not NaN.
    void deadReluGivesZero() {
        Case k = makeCase(CellType::Rnn, Nonlinearity::Relu, 1, 3, 5, 0.5, 5);
        k.trace.layers[0].h.setZero();
        const std::vector<double> norms = jacobianProductNorms(k.trace, k.weights, 0);
        for (Index t = 0; t < 4; ++t) QCOMPARE(norms[t], 0.0);
        QCOMPARE(norms[4], 1.0);
    }
};

RNNLAB_TEST_APPLESS_MAIN(TestStateJacobian)
}  // namespace RNNLAB_TEST_FILE

#include "tst_state_jacobian.moc"
