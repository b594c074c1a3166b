// Connectivity g_t = ‖∂ log p(y_t̃) / ∂x_t‖ (core/analysis/connectivity.h): a 1-unit RNN of two
// steps worked out by hand, every cell with an embedding against central differences of
// log p(y_t̃) in the embedded inputs, and one-hot input as the full V-vector (the same numbers
// as an embedding whose table is the identity).
#include <cmath>

#include "core/analysis/connectivity.h"
#include "core/base/errors.h"
#include "core/base/random.h"
#include "core/nn/recurrent_network.h"
#include "test_main.h"

namespace RNNLAB_TEST_FILE {

using namespace rnnlab;

namespace {

NetworkConfig connectivityModel(CellType cell, int V, int E, int H, int layers) {
    NetworkConfig c;
    c.cell = cell;
    c.input = InputKind::Symbols;
    c.inputSize = 1;
    c.vocabSize = V;
    c.embeddingSize = E;
    c.hiddenSize = H;
    c.numLayers = layers;
    c.outputSize = V;
    c.output = OutputMode::Sequence;
    c.loss = LossKind::CrossEntropy;
    return c;
}

void randomiseConnectivityModel(RecurrentNetwork<double>& net, std::uint64_t seed) {
    Random rng(seed);
    for (Index i = 0; i < net.parameters().flat().size(); ++i)
        net.parameters().flat()[i] = rng.uniform(-0.8, 0.8);
}

// log p(y) at the last step of `symbols`.
double connectivityLogProbability(const RecurrentNetwork<double>& net,
                                  const std::vector<int>& symbols, int y) {
    const Index T = Index(symbols.size());
    Matrix<double> x(T, 1);
    for (Index t = 0; t < T; ++t) x(t, 0) = symbols[std::size_t(t)];
    Workspace<double> ws;
    net.forward(x, T, 1, ws);
    const auto z = ws.outputs.row(T - 1);
    const double m = z.maxCoeff();
    return z(y) - m - std::log((z.array() - m).exp().sum());
}

}  // namespace

class TestConnectivity : public QObject {
    Q_OBJECT
private slots:
    // V = 2 one-hot, H = 1, tanh; W_ih = [0.5 -1], W_hh = 0.8, b_ih = 0.1, b_hh = 0,
    // W_fc = [1 -2]^T, b_fc = [0 0.3]; reads s = (0, 1), target y = 0.
    //   h_0 = tanh(0.5 + 0.1) = 0.537050,  h_1 = tanh(-1 + 0.8 h_0 + 0.1) = -0.438490
    //   z_1 = (h_1, -2 h_1 + 0.3),  p = softmax(z_1) = (0.165830, 0.834170)
    //   dh_1 = (p - e_0) · W_fc = -0.834170 · 1 + 0.834170 · (-2) = -2.502509
    //   dA_1 = dh_1 (1 - h_1²) = -2.021344,   dA_0 = dA_1 · 0.8 · (1 - h_0²) = -1.150674
    //   g_t = |dA_t| ‖W_ih‖ = |dA_t| √1.25:   g_1 = 2.259929,  g_0 = 1.286492
    void handWorkedRnn() {
        RecurrentNetwork<double> net(connectivityModel(CellType::Rnn, 2, 0, 1, 1));
        Parameters<double>& p = net.parameters();
        const ParameterLayout& l = p.layout();
        p.matrix(l.weightIh(0)) << 0.5, -1.0;
        p.matrix(l.weightHh(0)) << 0.8;
        p.vector(l.biasIh(0)) << 0.1;
        p.matrix(l.fcWeight()) << 1.0, -2.0;
        p.vector(l.fcBias()) << 0.0, 0.3;
        const std::vector<double> g = inputConnectivity(net.config(), net.parameters(), {0, 1}, 0);
        QCOMPARE(g.size(), std::size_t(2));
        QVERIFY(std::abs(g[0] - 1.286492104699133) < 1e-12);
        QVERIFY(std::abs(g[1] - 2.259928872744669) < 1e-12);
    }

    void finiteDifferences_data() {
        QTest::addColumn<int>("cell");
        QTest::newRow("rnn") << int(CellType::Rnn);
        QTest::newRow("lstm") << int(CellType::Lstm);
        QTest::newRow("gru") << int(CellType::Gru);
    }
    // Distinct symbols, so that row E[s_t] of the table is x_t alone.
    void finiteDifferences() {
        QFETCH(int, cell);
        RecurrentNetwork<double> net(connectivityModel(CellType(cell), 7, 3, 4, 2));
        randomiseConnectivityModel(net, 11 + std::uint64_t(cell));
        const std::vector<int> symbols = {3, 0, 5, 1, 6};
        const int y = 2;
        const std::vector<double> g = inputConnectivity(net.config(), net.parameters(), symbols, y);
        QCOMPARE(g.size(), symbols.size());
        const double eps = 1e-6;
        const int E_table = net.parameters().layout().embedding();
        for (std::size_t t = 0; t < symbols.size(); ++t) {
            double squared = 0.0;
            for (Index e = 0; e < 3; ++e) {
                double& entry = net.parameters().matrix(E_table)(symbols[t], e);
                const double was = entry;
                entry = was + eps;
                const double up = connectivityLogProbability(net, symbols, y);
                entry = was - eps;
                const double down = connectivityLogProbability(net, symbols, y);
                entry = was;
                const double d = (up - down) / (2 * eps);
                squared += d * d;
            }
            const double fd = std::sqrt(squared);
            QVERIFY2(std::abs(g[t] - fd) <= 1e-7 * std::max(1.0, fd),
                     qPrintable(QString("t %1: %2 vs %3").arg(t).arg(g[t]).arg(fd)));
            QVERIFY(g[t] > 0.0);
        }
    }

    // One-hot x_t = e_{s_t} is the embedding with E = I: the gradient is the whole V-vector
    // dA_t W_ih, larger than its column s_t alone.
    void oneHotIsTheFullVector() {
        const int V = 5;
        RecurrentNetwork<double> oneHot(connectivityModel(CellType::Lstm, V, 0, 3, 1));
        RecurrentNetwork<double> embedded(connectivityModel(CellType::Lstm, V, V, 3, 1));
        randomiseConnectivityModel(oneHot, 5);
        const ParameterLayout& lo = oneHot.parameters().layout();
        const ParameterLayout& le = embedded.parameters().layout();
        embedded.parameters().matrix(le.embedding()).setIdentity();
        for (int k = 0; k < 4; ++k) {  // W_ih, W_hh, b_ih, b_hh of the layer
            const ParameterInfo& from = lo.entries()[std::size_t(lo.weightIh(0) + k)];
            const ParameterInfo& to = le.entries()[std::size_t(le.weightIh(0) + k)];
            embedded.parameters().flat().segment(to.offset, to.size()) =
                oneHot.parameters().flat().segment(from.offset, from.size());
        }
        embedded.parameters().matrix(le.fcWeight()) = oneHot.parameters().matrix(lo.fcWeight());
        embedded.parameters().vector(le.fcBias()) = oneHot.parameters().vector(lo.fcBias());
        const std::vector<int> symbols = {1, 4, 4, 0};
        const std::vector<double> a =
            inputConnectivity(oneHot.config(), oneHot.parameters(), symbols, 3);
        const std::vector<double> b =
            inputConnectivity(embedded.config(), embedded.parameters(), symbols, 3);
        for (std::size_t t = 0; t < symbols.size(); ++t)
            QVERIFY(std::abs(a[t] - b[t]) <= 1e-12 * std::max(1.0, b[t]));
    }

    // Float weights are read in double: the same numbers as the same weights in double.
    void floatWeightsInDouble() {
        const NetworkConfig c = connectivityModel(CellType::Gru, 6, 0, 4, 1);
        RecurrentNetwork<double> net(c);
        randomiseConnectivityModel(net, 3);
        Parameters<float> weights(c);
        weights.flat() = net.parameters().flat().cast<float>();
        net.parameters().flat() = weights.flat().cast<double>();
        const std::vector<double> a = inputConnectivity(c, weights, {2, 3, 5}, 1);
        const std::vector<double> b =
            inputConnectivity(c, net.parameters(), std::vector<int>{2, 3, 5}, 1);
        QCOMPARE(a, b);
    }

    void refusesATargetOutsideTheVocabulary() {
        RecurrentNetwork<double> net(connectivityModel(CellType::Rnn, 3, 0, 2, 1));
        QVERIFY_THROWS_EXCEPTION(ConfigError,
                                 inputConnectivity(net.config(), net.parameters(), {0, 1}, 3));
    }
};

RNNLAB_TEST_APPLESS_MAIN(TestConnectivity)
}  // namespace RNNLAB_TEST_FILE

#include "tst_connectivity.moc"
