// Values worked out by hand, and "one gate only" cases whose closed forms show what each gate
// does: every weight zero, biases pinning the other gates open (+30: σ = 1) or shut (-30: σ = 0).
#include <cmath>

#include "test_main.h"
#include "core/nn/recurrent_network.h"

namespace RNNLAB_TEST_FILE {

using namespace rnnlab;

namespace {
double sigmoid(double a) { return 1.0 / (1.0 + std::exp(-a)); }

NetworkConfig tiny(CellType cell) {
    NetworkConfig c;
    c.cell = cell;
    c.inputSize = 1;
    c.hiddenSize = 1;
    c.outputSize = 1;
    c.output = OutputMode::Sequence;
    return c;
}

Matrix<double> column(std::initializer_list<double> values) {
    Matrix<double> m(static_cast<Index>(values.size()), 1);
    Index i = 0;
    for (double v : values) m(i++, 0) = v;
    return m;
}

// fc = identity so the outputs are h_t itself.
void identityHead(Parameters<double>& p) {
    p.matrix(p.layout().fcWeight())(0, 0) = 1.0;
    p.vector(p.layout().fcBias())(0) = 0.0;
}
}  // namespace

class TestCellsHandWorked : public QObject {
    Q_OBJECT
private slots:
    // h_0 = tanh(0.5·1 + 0.1 + 0.2) = tanh(0.8) = 0.66403677...
    // h_1 = tanh(0.5·2 + 0.1 - 0.3·h_0 + 0.2) = tanh(1.3 - 0.3·0.66403677) = 0.80078224...
    void rnnTwoSteps() {
        RecurrentNetwork<double> net(tiny(CellType::Rnn));
        Parameters<double>& p = net.parameters();
        const ParameterLayout& l = p.layout();
        p.matrix(l.weightIh(0))(0, 0) = 0.5;
        p.matrix(l.weightHh(0))(0, 0) = -0.3;
        p.vector(l.biasIh(0))(0) = 0.1;
        p.vector(l.biasHh(0))(0) = 0.2;
        identityHead(p);
        Workspace<double> ws;
        const Matrix<double>& y = net.forward(column({1.0, 2.0}), 2, 1, ws);
        QCOMPARE(y(0, 0), 0.6640367702678491);
        QCOMPARE(y(1, 0), 0.8007822415034436);
    }

    // relu keeps positive pre-activations and zeroes negative ones: h = max(0, 2x - 1).
    void rnnRelu() {
        NetworkConfig c = tiny(CellType::Rnn);
        c.nonlinearity = Nonlinearity::Relu;
        RecurrentNetwork<double> net(c);
        Parameters<double>& p = net.parameters();
        p.matrix(p.layout().weightIh(0))(0, 0) = 2.0;
        p.vector(p.layout().biasIh(0))(0) = -1.0;
        identityHead(p);
        Workspace<double> ws;
        const Matrix<double>& y = net.forward(column({0.25, 1.5, -3.0}), 3, 1, ws);
        QCOMPARE(y(0, 0), 0.0);
        QCOMPARE(y(1, 0), 2.0);
        QCOMPARE(y(2, 0), 0.0);
    }

    // Forget gate only: input gate shut (i = 0), f = σ(ln 3) = 3/4, o = σ(0) = 1/2.
    // (5) c_t = f c_{t-1} = (3/4)^{t+1} c_{-1};  (6) h_t = ½ tanh(c_t). The memory decays
    // geometrically: a forget gate below 1 is how an LSTM forgets.
    void lstmForgetGateOnly() {
        RecurrentNetwork<double> net(tiny(CellType::Lstm));
        Parameters<double>& p = net.parameters();
        auto b = p.vector(p.layout().biasIh(0));  // [i f g o]
        b(0) = -30.0;
        b(1) = std::log(3.0);
        identityHead(p);
        InitialState<double> init;
        init.h = {Matrix<double>::Zero(1, 1)};
        init.c = {Matrix<double>::Constant(1, 1, 0.8)};
        Workspace<double> ws;
        net.forward(column({5.0, -5.0, 5.0, 0.0}), 4, 1, ws, &init);
        for (int t = 0; t < 4; ++t) {
            const double c = std::pow(0.75, t + 1) * 0.8;
            QVERIFY(std::abs(ws.layers[0].c(t, 0) - c) < 1e-12);
            QVERIFY(std::abs(ws.layers[0].h(t, 0) - 0.5 * std::tanh(c)) < 1e-12);
            QVERIFY(std::abs(ws.layers[0].gates(t, 1) - 0.75) < 1e-15);  // f, stored post-σ
        }
    }

    // Input gate only: i = 1, f = 0, g = tanh(x_t), o = σ(1): the cell holds exactly the current
    // input, c_t = tanh(x_t), h_t = σ(1) tanh(tanh(x_t)).
    void lstmInputGateOnly() {
        RecurrentNetwork<double> net(tiny(CellType::Lstm));
        Parameters<double>& p = net.parameters();
        p.matrix(p.layout().weightIh(0))(2, 0) = 1.0;  // W_ig
        auto b = p.vector(p.layout().biasIh(0));
        b(0) = 30.0;
        b(1) = -30.0;
        b(3) = 1.0;
        identityHead(p);
        Workspace<double> ws;
        const Matrix<double> x = column({0.3, -1.2, 2.0});
        net.forward(x, 3, 1, ws);
        for (int t = 0; t < 3; ++t) {
            QVERIFY(std::abs(ws.layers[0].c(t, 0) - std::tanh(x(t, 0))) < 1e-12);
            QVERIFY(std::abs(ws.layers[0].h(t, 0) - sigmoid(1.0) * std::tanh(std::tanh(x(t, 0)))) <
                    1e-12);
        }
    }

    // GRU with the update gate shut on the past (z = 1): (4) h_t = h_{t-1}, the state is copied
    // unchanged whatever the input — and the gradient passes through untouched: dL/dh_{-1} = dL/dh_t.
    void gruUpdateGateCopies() {
        NetworkConfig c = tiny(CellType::Gru);
        c.output = OutputMode::Last;
        RecurrentNetwork<double> net(c);
        Parameters<double>& p = net.parameters();
        p.matrix(p.layout().weightIh(0)).setConstant(0.7);
        p.vector(p.layout().biasIh(0))(1) = 40.0;  // z
        identityHead(p);
        InitialState<double> init;
        init.h = {Matrix<double>::Constant(1, 1, 0.4)};
        Workspace<double> ws;
        net.forward(column({1.0, -2.0, 3.0}), 3, 1, ws, &init);
        for (int t = 0; t < 3; ++t) QVERIFY(std::abs(ws.layers[0].h(t, 0) - 0.4) < 1e-15);
        Parameters<double> grads;
        net.backward(ws, column({1.4}), grads);  // mse: dL/dy = 2 (0.4 - 1.4) = -2
        QVERIFY(std::abs(ws.layers[0].dh0(0, 0) - (-2.0)) < 1e-12);
    }

    // GRU with z = 0 and r = 1: h_t = n_t = tanh(W_in x_t + b_in + W_hn h_{t-1} + b_hn).
    void gruCandidateOnly() {
        NetworkConfig c = tiny(CellType::Gru);
        RecurrentNetwork<double> net(c);
        Parameters<double>& p = net.parameters();
        const ParameterLayout& l = p.layout();
        p.vector(l.biasIh(0))(0) = 40.0;   // r
        p.vector(l.biasIh(0))(1) = -40.0;  // z
        p.matrix(l.weightIh(0))(2, 0) = 0.9;
        p.matrix(l.weightHh(0))(2, 0) = -0.5;
        p.vector(l.biasHh(0))(2) = 0.25;
        identityHead(p);
        Workspace<double> ws;
        net.forward(column({1.0, 0.5}), 2, 1, ws);
        const double h0 = std::tanh(0.9 + 0.25);
        const double h1 = std::tanh(0.45 - 0.5 * h0 + 0.25);
        QVERIFY(std::abs(ws.layers[0].h(0, 0) - h0) < 1e-12);
        QVERIFY(std::abs(ws.layers[0].h(1, 0) - h1) < 1e-12);
    }

    // mse = ((1-0)² + (2-4)²) / 2 = 2.5.  cross_entropy of logits [1 2 3], class 2:
    // -log(e³ / (e + e² + e³)) = 0.40760596...
    void losses() {
        NetworkConfig c = tiny(CellType::Rnn);
        c.outputSize = 3;
        c.loss = LossKind::CrossEntropy;
        c.output = OutputMode::Last;
        RecurrentNetwork<double> net(c);
        auto b = net.parameters().vector(net.parameters().layout().fcBias());
        b << 1.0, 2.0, 3.0;  // all weights zero: the logits are the head's bias
        Workspace<double> ws;
        net.forward(column({0.0}), 1, 1, ws);
        QCOMPARE(net.loss(ws, column({2.0})), 0.4076059644443803);

        NetworkConfig m = tiny(CellType::Rnn);
        RecurrentNetwork<double> mse(m);
        mse.parameters().vector(mse.parameters().layout().fcBias())(0) = 1.0;
        Workspace<double> w2;
        mse.forward(column({0.0, 0.0}), 2, 1, w2);  // outputs [1, 1]
        QCOMPARE(mse.loss(w2, column({0.0, 3.0})), 2.5);  // (1 + 4) / 2
    }

    // Truncated BPTT of length k: dL/dh_t reaches back only k steps from the last step when the
    // loss is on the last step; weight gradients still sum over every step's local term.
    void truncation() {
        NetworkConfig c = tiny(CellType::Rnn);
        c.output = OutputMode::Last;
        c.hiddenSize = 2;
        RecurrentNetwork<double> net(c);
        for (Index i = 0; i < net.parameters().flat().size(); ++i)
            net.parameters().flat()[i] = 0.3 + 0.05 * static_cast<double>(i % 5);
        const Matrix<double> x = column({1, -1, 2, 0.5, -0.3, 0.8, 1.1});
        const Matrix<double> y = column({0.2});
        Workspace<double> full, cut;
        Parameters<double> gFull, gCut;
        net.forward(x, 7, 1, full);
        net.backward(full, y, gFull);
        net.forward(x, 7, 1, cut);
        net.backward(cut, y, gCut, 7);  // k >= T: nothing is cut
        QCOMPARE(gCut.flat(), gFull.flat());
        net.backward(cut, y, gCut, 3);  // keeps steps 4, 5, 6
        for (Index t = 0; t < 7; ++t) {
            const double norm = cut.layers[0].dh.row(t).norm();
            if (t >= 4) {
                QVERIFY(norm > 0);
                QCOMPARE(cut.layers[0].dh.row(t), full.layers[0].dh.row(t));
            } else {
                QCOMPARE(norm, 0.0);
            }
        }
        QVERIFY((gCut.flat() - gFull.flat()).norm() > 1e-6);
    }
};

RNNLAB_TEST_APPLESS_MAIN(TestCellsHandWorked)
}  // namespace RNNLAB_TEST_FILE

#include "tst_cells_hand_worked.moc"
