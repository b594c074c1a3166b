// Symbol input (core/nn/symbol_input.h): the layout with and without an embedding, the gather
// and scatter-add against the dense products they replace, refused indices, the N(0, 1)
// embedding initialisation, clipping over the embedding, and traces of symbol models. Their
// gradients are checked by finite differences in tst_bptt_finite_differences.cpp and against
// PyTorch in tst_pytorch_reference.cpp.
#include <cmath>

#include "test_main.h"
#include "core/base/errors.h"
#include "core/base/random.h"
#include "core/nn/recurrent_network.h"
#include "core/nn/sequence_trace.h"
#include "core/optim/gradient_clipping.h"
#include "core/optim/initializers.h"
#include "error_of.h"

namespace RNNLAB_TEST_FILE {

using namespace rnnlab;

namespace {

constexpr Index T = 6, B = 3;

NetworkConfig symbolNetwork(CellType cell, int V, int E, int layers, OutputMode output) {
    NetworkConfig c;
    c.cell = cell;
    c.input = InputKind::Symbols;
    c.inputSize = 1;
    c.vocabSize = V;
    c.embeddingSize = E;
    c.hiddenSize = 5;
    c.numLayers = layers;
    c.outputSize = V;
    c.output = output;
    c.loss = LossKind::CrossEntropy;
    return c;
}

// The same network taking `inputSize` real numbers per step.
NetworkConfig realNetwork(NetworkConfig c, int inputSize) {
    c.input = InputKind::Real;
    c.inputSize = inputSize;
    c.vocabSize = 0;
    c.embeddingSize = 0;
    return c;
}

Matrix<double> randomSymbols(int V, std::uint64_t seed) {
    Random rng(seed);
    Matrix<double> x(T * B, 1);
    for (Index r = 0; r < x.rows(); ++r) x(r, 0) = double(rng.below(std::uint64_t(V)));
    return x;
}

Matrix<double> targetsFor(const NetworkConfig& c, std::uint64_t seed) {
    return randomSymbols(c.outputSize, seed).topRows(c.output == OutputMode::Last ? B : T * B);
}

// x (T*B, 1) of indices as rows of `table`: e_s (table = identity) or E[s].
Matrix<double> denseInput(const Matrix<double>& x, const Matrix<double>& table) {
    Matrix<double> dense(x.rows(), table.cols());
    for (Index r = 0; r < x.rows(); ++r) dense.row(r) = table.row(Index(x(r, 0)));
    return dense;
}

void randomise(Parameters<double>& p, std::uint64_t seed) {
    Random rng(seed);
    for (Index i = 0; i < p.flat().size(); ++i) p.flat()[i] = rng.uniform(-0.9, 0.9);
}

// Runs forward and backward; returns the loss.
double run(const RecurrentNetwork<double>& net, const Matrix<double>& x,
           const Matrix<double>& targets, Workspace<double>& ws, Parameters<double>& grads) {
    net.forward(x, T, B, ws);
    return net.backward(ws, targets, grads);
}

// Everything per step of two runs is identical: states, gates, dL/dh, dL/dc.
void compareLayers(const Workspace<double>& a, const Workspace<double>& b) {
    QCOMPARE(a.layers.size(), b.layers.size());
    for (std::size_t k = 0; k < a.layers.size(); ++k) {
        QVERIFY(a.layers[k].h == b.layers[k].h);
        QVERIFY(a.layers[k].c == b.layers[k].c);
        QVERIFY(a.layers[k].gates == b.layers[k].gates);
        QVERIFY(a.layers[k].dh == b.layers[k].dh);
        QVERIFY(a.layers[k].dc == b.layers[k].dc);
    }
    QVERIFY(a.outputs == b.outputs);
}

double maxDifference(const Eigen::Ref<const Matrix<double>>& a,
                     const Eigen::Ref<const Matrix<double>>& b) {
    return (a - b).cwiseAbs().maxCoeff();
}

}  // namespace

class TestSymbolInput : public QObject {
    Q_OBJECT

private slots:
    void layoutWithEmbedding() {
        const NetworkConfig c = symbolNetwork(CellType::Lstm, 7, 3, 2, OutputMode::Sequence);
        const ParameterLayout l(c);
        QCOMPARE(l.embedding(), 0);
        QVERIFY(!l.oneHotInput());
        const ParameterInfo& E = l.entries()[0];
        QCOMPARE(QString::fromStdString(E.name), "embedding.weight");
        QCOMPARE(E.shape(), (std::vector<Index>{7, 3}));
        QCOMPARE(E.offset, Index(0));
        // Every layer helper names its tensor, after the embedding.
        QCOMPARE(QString::fromStdString(l.entries()[l.weightIh(0)].name), "rnn.weight_ih_l0");
        QCOMPARE(l.entries()[l.weightIh(0)].shape(), (std::vector<Index>{20, 3}));
        QCOMPARE(QString::fromStdString(l.entries()[l.weightHh(1)].name), "rnn.weight_hh_l1");
        QCOMPARE(QString::fromStdString(l.entries()[l.biasIh(1)].name), "rnn.bias_ih_l1");
        QCOMPARE(QString::fromStdString(l.entries()[l.biasHh(0)].name), "rnn.bias_hh_l0");
        QCOMPARE(QString::fromStdString(l.entries()[l.fcWeight()].name), "fc.weight");
        QCOMPARE(l.totalSize(), Index(parameterCount(c)));
        QCOMPARE(parameterCount(c),
                 7LL * 3 + (20 * 3 + 20 * 5 + 40) + (20 * 5 + 20 * 5 + 40) + 7 * 5 + 7);
    }

    void layoutOneHot() {
        const NetworkConfig c = symbolNetwork(CellType::Gru, 7, 0, 1, OutputMode::Last);
        const ParameterLayout l(c);
        QCOMPARE(l.embedding(), -1);
        QVERIFY(l.oneHotInput());
        QCOMPARE(l.weightIh(0), 0);
        QCOMPARE(l.entries()[l.weightIh(0)].shape(), (std::vector<Index>{15, 7}));
        QCOMPARE(l.totalSize(), Index(parameterCount(c)));
        QVERIFY(!ParameterLayout(realNetwork(c, 7)).oneHotInput());
    }

    void badConfigs() {
        NetworkConfig c = symbolNetwork(CellType::Lstm, 1, 0, 1, OutputMode::Last);
        c.outputSize = 2;
        QCOMPARE(errorOf<ConfigError>([&] { validate(c); }),
                 "vocab_size must be between 2 and 65536, got 1");
        c.vocabSize = 65537;
        QCOMPARE(errorOf<ConfigError>([&] { validate(c); }),
                 "vocab_size must be between 2 and 65536, got 65537");
        c.vocabSize = 4;
        c.embeddingSize = 5000;
        QCOMPARE(errorOf<ConfigError>([&] { validate(c); }),
                 "embedding_size must be between 0 and 4096, got 5000");
        c.embeddingSize = 2;
        c.inputSize = 4;
        QCOMPARE(errorOf<ConfigError>([&] { validate(c); }),
                 "input_size must be 1 (one symbol index per step) for input symbols, got 4");
        NetworkConfig real = realNetwork(c, 3);
        real.embeddingSize = 8;
        QCOMPARE(errorOf<ConfigError>([&] { validate(real); }),
                 "embedding_size applies only to input symbols (this network's input is real)");
        NetworkConfig huge = symbolNetwork(CellType::Lstm, 65536, 4096, 1, OutputMode::Last);
        huge.outputSize = 2;
        QCOMPARE(errorOf<ConfigError>([&] { validate(huge); }),
                 "hidden_size 5 with num_layers 1, vocab_size 65536 and embedding_size 4096 makes "
                 "268517528 parameters (cell lstm), more than the 20000000 that fit in memory for "
                 "training: reduce hidden_size or num_layers");
        QCOMPARE(errorOf<ConfigError>([] { parseInputKind("text"); }),
                 "unknown input 'text' (expected real or symbols)");
        QCOMPARE(toString(InputKind::Symbols), "symbols");
    }

    // One-hot input is W_ih x_t with x_t = e_{s_t}: the gather must give the dense product's
    // numbers exactly, forward and backward, and its gradient the same dW_ih.
    void oneHotEqualsDenseOneHotVectors_data() {
        QTest::addColumn<int>("cell");
        QTest::addColumn<int>("layers");
        QTest::addColumn<int>("output");
        for (CellType cell : {CellType::Rnn, CellType::Lstm, CellType::Gru})
            for (int layers : {1, 2})
                for (OutputMode out : {OutputMode::Last, OutputMode::Sequence})
                    QTest::addRow("%s L=%d %s", toString(cell).c_str(), layers,
                                  toString(out).c_str())
                        << int(cell) << layers << int(out);
    }
    void oneHotEqualsDenseOneHotVectors() {
        QFETCH(int, cell);
        QFETCH(int, layers);
        QFETCH(int, output);
        const int V = 6;
        const NetworkConfig c = symbolNetwork(CellType(cell), V, 0, layers, OutputMode(output));
        RecurrentNetwork<double> symbols(c), dense(realNetwork(c, V));
        randomise(symbols.parameters(), 11 + cell + 3 * layers);
        dense.parameters().flat() = symbols.parameters().flat();  // the same layout
        const Matrix<double> x = randomSymbols(V, 5), y = targetsFor(c, 6);
        Workspace<double> wsS, wsD;
        Parameters<double> gS, gD;
        const double lossS = run(symbols, x, y, wsS, gS);
        const double lossD = run(dense, denseInput(x, Matrix<double>::Identity(V, V)), y, wsD, gD);
        QCOMPARE(lossS, lossD);
        compareLayers(wsS, wsD);
        // dW_ih sums dA over the steps of each symbol, in another order than the product.
        QVERIFY(maxDifference(gS.flat(), gD.flat()) < 1e-14);
    }

    // An embedding is the table lookup x_t = E[s_t]: the network equals the one fed E[s_t] as
    // real input, and dE[s] sums that network's input gradient over the steps of symbol s.
    void embeddingEqualsDenseRows_data() { oneHotEqualsDenseOneHotVectors_data(); }
    void embeddingEqualsDenseRows() {
        QFETCH(int, cell);
        QFETCH(int, layers);
        QFETCH(int, output);
        const int V = 6, E = 3;
        const NetworkConfig c = symbolNetwork(CellType(cell), V, E, layers, OutputMode(output));
        RecurrentNetwork<double> symbols(c), dense(realNetwork(c, E));
        randomise(symbols.parameters(), 21 + cell + 3 * layers);
        const Index embeddingSize = V * E;
        dense.parameters().flat() =
            symbols.parameters().flat().tail(dense.parameters().flat().size());
        const Matrix<double> table =
            symbols.parameters().matrix(symbols.parameters().layout().embedding());
        const Matrix<double> x = randomSymbols(V, 7), y = targetsFor(c, 8);
        Workspace<double> wsS, wsD;
        Parameters<double> gS, gD;
        QCOMPARE(run(symbols, x, y, wsS, gS), run(dense, denseInput(x, table), y, wsD, gD));
        compareLayers(wsS, wsD);
        QVERIFY(gS.flat().tail(gD.flat().size()) == gD.flat());
        // dE by hand: dx_t = dA_t W_ih of the first layer, added into row s_t.
        const Matrix<double> dx =
            wsD.layers[0].dA * dense.parameters().matrix(dense.parameters().layout().weightIh(0));
        Matrix<double> dE = Matrix<double>::Zero(V, E);
        for (Index r = 0; r < x.rows(); ++r) dE.row(Index(x(r, 0))) += dx.row(r);
        QVERIFY(maxDifference(gS.matrix(gS.layout().embedding()), dE) < 1e-14);
        QVERIFY(gS.flat().head(embeddingSize).cwiseAbs().maxCoeff() > 0);
    }

    // Indices outside 0..V-1, fractions and NaN are refused before anything is read.
    void badIndicesAreRefused_data() {
        QTest::addColumn<double>("value");
        QTest::addColumn<int>("embedding");
        QTest::addColumn<QString>("message");
        const double nan = std::numeric_limits<double>::quiet_NaN();
        QTest::newRow("V one-hot") << 5.0 << 0
                                   << "input row 7 (step 2, sample 1): 5 is not a symbol index "
                                      "(vocab_size 5: 0 to 4)";
        QTest::newRow("V embedding") << 5.0 << 2
                                     << "input row 7 (step 2, sample 1): 5 is not a symbol "
                                        "index (vocab_size 5: 0 to 4)";
        QTest::newRow("negative") << -1.0 << 2
                                  << "input row 7 (step 2, sample 1): -1 is not a symbol index "
                                     "(vocab_size 5: 0 to 4)";
        QTest::newRow("fraction") << 2.5 << 0
                                  << "input row 7 (step 2, sample 1): 2.5 is not a symbol index "
                                     "(vocab_size 5: 0 to 4)";
        QTest::newRow("nan") << nan << 0
                             << "input row 7 (step 2, sample 1): nan is not a symbol index "
                                "(vocab_size 5: 0 to 4)";
        QTest::newRow("huge") << 1e300 << 2
                              << "input row 7 (step 2, sample 1): 1e+300 is not a symbol index "
                                 "(vocab_size 5: 0 to 4)";
    }
    void badIndicesAreRefused() {
        QFETCH(double, value);
        QFETCH(int, embedding);
        QFETCH(QString, message);
        const NetworkConfig c = symbolNetwork(CellType::Lstm, 5, embedding, 1, OutputMode::Last);
        Matrix<double> x = randomSymbols(5, 1);
        x(7, 0) = value;
        Workspace<double> ws;
        QCOMPARE(errorOf<ConfigError>([&] { RecurrentNetwork<double>(c).forward(x, T, B, ws); }),
                 message);
        Workspace<float> wsFloat;
        const Matrix<float> xFloat = x.cast<float>();
        if (std::isfinite(value) && std::abs(value) < 1e30)
            QCOMPARE(errorOf<ConfigError>(
                         [&] { RecurrentNetwork<float>(c).forward(xFloat, T, B, wsFloat); }),
                     message);
    }

    // torch.nn.Embedding draws N(0, 1); the recurrent tensors keep their U(-k, k).
    void embeddingInitialisedStandardNormal() {
        NetworkConfig c = symbolNetwork(CellType::Lstm, 200, 50, 1, OutputMode::Sequence);
        Parameters<double> p(c);
        initialise(p, c, InitSettings{}, 3);
        const auto E = p.vector(p.layout().embedding()).array();
        const double mean = E.mean();
        const double sd = std::sqrt((E - mean).square().mean());
        QVERIFY2(std::abs(mean) < 0.05 && std::abs(sd - 1.0) < 0.03,
                 qPrintable(QString("mean %1, sd %2").arg(mean).arg(sd)));
        QVERIFY(E.abs().maxCoeff() > 3.0);  // tails, not a uniform
        const double k = 1.0 / std::sqrt(5.0);
        QVERIFY(p.vector(p.layout().weightIh(0)).cwiseAbs().maxCoeff() <= k);
        QVERIFY(p.vector(p.layout().fcBias()).cwiseAbs().maxCoeff() <= k);
        // Xavier leaves it N(0, 1) too.
        InitSettings xavier;
        xavier.scheme = InitScheme::Xavier;
        Parameters<double> q(c);
        initialise(q, c, xavier, 3);
        QVERIFY(q.vector(q.layout().embedding()) == p.vector(p.layout().embedding()));
    }

    // The embedding's gradient is clipped with the others: it is part of the total norm.
    void clippingIncludesTheEmbedding() {
        const NetworkConfig c = symbolNetwork(CellType::Gru, 4, 2, 1, OutputMode::Last);
        Parameters<double> g(c);
        g.vector(g.layout().embedding()).setConstant(3.0);  // 8 values: norm sqrt(72)
        g.vector(g.layout().fcBias())(0) = 4.0;
        const std::vector<double> norms = parameterNorms(g);
        QCOMPARE(norms.size(), std::size_t(7));
        QCOMPARE(norms[0], std::sqrt(72.0));
        const ClipResult r = clipGradNorm(g, 1.0);
        QCOMPARE(r.normBefore, std::sqrt(88.0));
        QVERIFY(std::abs(g.vector(0)(0) - 3.0 / (std::sqrt(88.0) + 1e-6)) < 1e-15);
    }

    // A trace shows the symbols as given and pre-activations whose σ / tanh are the gates.
    void traceOfSymbolModels_data() {
        QTest::addColumn<int>("embedding");
        QTest::newRow("one-hot") << 0;
        QTest::newRow("embedding") << 3;
    }
    void traceOfSymbolModels() {
        QFETCH(int, embedding);
        const NetworkConfig c =
            symbolNetwork(CellType::Lstm, 6, embedding, 2, OutputMode::Sequence);
        RecurrentNetwork<double> net(c);
        randomise(net.parameters(), 31);
        const Matrix<double> x = randomSymbols(6, 9), y = targetsFor(c, 10);
        Workspace<double> ws;
        Parameters<double> grads;
        const double loss = run(net, x, y, ws, grads);
        const SequenceTrace tr = extractTrace(net, ws, 1, loss);
        QCOMPARE(tr.x.cols(), Index(1));
        for (Index t = 0; t < T; ++t) QCOMPARE(tr.x(t, 0), x(t * B + 1, 0));
        for (const LayerTrace& layer : tr.layers)
            for (const GateTrace& g : layer.gates) {
                const Matrix<double> activated =
                    g.name == "g" ? Matrix<double>(g.preActivation.array().tanh())
                                  : Matrix<double>(1.0 / (1.0 + (-g.preActivation.array()).exp()));
                QVERIFY2(maxDifference(activated, g.value) < 1e-12, g.name.c_str());
            }
    }
};

RNNLAB_TEST_APPLESS_MAIN(TestSymbolInput)
}  // namespace RNNLAB_TEST_FILE

#include "tst_symbol_input.moc"
