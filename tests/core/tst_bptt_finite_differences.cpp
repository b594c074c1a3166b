// Finite-difference checks of backpropagation through time, in double precision, for every
// cell × 1-3 layers × both output modes × both losses, and for symbol input (one-hot and
// embedding) × every cell × 1-2 layers × both output modes with cross-entropy: every weight and
// bias (and the embedding), and every per-step dL/dh_t (and dL/dc_t for LSTM). Central
// differences: (L(θ+ε) - L(θ-ε)) / 2ε.

#include "test_main.h"
#include "core/base/random.h"
#include "core/nn/recurrent_network.h"
#include "reference_forward.h"

namespace RNNLAB_TEST_FILE {

using namespace rnnlab;

namespace {

struct Case {
    NetworkConfig config;
    Index T = 5, B = 2;
    Matrix<double> x, targets;
};

enum Input { RealInput, OneHot, Embedding };
constexpr int kVocab = 4;  // fewer symbols than the T*B = 10 steps: some repeat, so the
                           // scatter-adds of their gradients must accumulate

Case makeCase(CellType cell, Nonlinearity act, int layers, OutputMode out, LossKind loss,
              Input input, std::uint64_t seed) {
    Case k;
    k.config.cell = cell;
    k.config.nonlinearity = act;
    k.config.inputSize = input == RealInput ? 2 : 1;
    if (input != RealInput) {
        k.config.input = InputKind::Symbols;
        k.config.vocabSize = kVocab;
        k.config.embeddingSize = input == Embedding ? 2 : 0;
    }
    k.config.hiddenSize = 3;
    k.config.numLayers = layers;
    k.config.outputSize = loss == LossKind::CrossEntropy ? 3 : 2;
    k.config.output = out;
    k.config.loss = loss;
    Random rng(seed);
    k.x.resize(k.T * k.B, k.config.inputSize);
    for (Index i = 0; i < k.x.size(); ++i)
        k.x.data()[i] = input == RealInput ? rng.uniform(-1.5, 1.5) : double(rng.below(kVocab));
    const Index rows = out == OutputMode::Last ? k.B : k.T * k.B;
    if (loss == LossKind::Mse) {
        k.targets.resize(rows, k.config.outputSize);
        for (Index i = 0; i < k.targets.size(); ++i) k.targets.data()[i] = rng.uniform(-1, 1);
    } else {
        k.targets.resize(rows, 1);
        for (Index i = 0; i < rows; ++i) k.targets(i, 0) = static_cast<double>(rng.below(3));
    }
    return k;
}

void randomise(Parameters<double>& p, std::uint64_t seed) {
    Random rng(seed);
    for (Index i = 0; i < p.flat().size(); ++i) p.flat()[i] = rng.uniform(-0.8, 0.8);
}

// |a - b| <= tol * max(1, |a|, |b|): relative, with an absolute floor for values near zero.
bool close(double a, double b, double tol) {
    return std::abs(a - b) <= tol * std::max({1.0, std::abs(a), std::abs(b)});
}

}  // namespace

class TestBpttFiniteDifferences : public QObject {
    Q_OBJECT
private slots:
    void gradients_data() {
        QTest::addColumn<int>("cell");
        QTest::addColumn<int>("act");
        QTest::addColumn<int>("layers");
        QTest::addColumn<int>("output");
        QTest::addColumn<int>("loss");
        QTest::addColumn<int>("input");
        const struct {
            CellType cell;
            Nonlinearity act;
            const char* name;
        } cells[] = {{CellType::Rnn, Nonlinearity::Tanh, "rnn-tanh"},
                     {CellType::Rnn, Nonlinearity::Relu, "rnn-relu"},
                     {CellType::Lstm, Nonlinearity::Tanh, "lstm"},
                     {CellType::Gru, Nonlinearity::Tanh, "gru"}};
        for (const auto& c : cells)
            for (int layers = 1; layers <= 3; ++layers)
                for (int out = 0; out < 2; ++out)
                    for (int loss = 0; loss < 2; ++loss)
                        QTest::addRow("%s L=%d %s %s", c.name, layers, out ? "sequence" : "last",
                                      loss ? "ce" : "mse")
                            << int(c.cell) << int(c.act) << layers << out << loss << int(RealInput);
        for (const auto& c : cells)
            for (const Input input : {OneHot, Embedding})
                for (int layers = 1; layers <= 2; ++layers)
                    for (int out = 0; out < 2; ++out)
                        if (c.act == Nonlinearity::Tanh)
                            QTest::addRow("%s L=%d %s ce %s", c.name, layers,
                                          out ? "sequence" : "last",
                                          input == OneHot ? "one-hot" : "embedding")
                                << int(c.cell) << int(c.act) << layers << out
                                << int(LossKind::CrossEntropy) << int(input);
    }

    void gradients() {
        QFETCH(int, cell);
        QFETCH(int, act);
        QFETCH(int, layers);
        QFETCH(int, output);
        QFETCH(int, loss);
        QFETCH(int, input);
        const std::uint64_t seed =
            1000 + 97 * cell + 31 * act + 7 * layers + 3 * output + loss + 1009 * input;
        Case k = makeCase(CellType(cell), Nonlinearity(act), layers, OutputMode(output),
                          LossKind(loss), Input(input), seed);
        RecurrentNetwork<double> net(k.config);
        randomise(net.parameters(), seed + 1);

        Workspace<double> ws;
        Parameters<double> grads;
        net.forward(k.x, k.T, k.B, ws);
        const double lossValue = net.backward(ws, k.targets, grads);

        // The naive implementation agrees on the forward pass.
        const test::ReferenceResult ref =
            test::referenceForward(k.config, net.parameters(), k.x, k.T, k.B, k.targets);
        QVERIFY(close(lossValue, ref.loss, 1e-12));
        QVERIFY((ws.outputs - ref.outputs).cwiseAbs().maxCoeff() < 1e-12);
        for (int l = 0; l < layers; ++l)
            QVERIFY((ws.layers[l].h - ref.h[l]).cwiseAbs().maxCoeff() < 1e-12);

        // Every parameter.
        const double eps = 1e-6;
        Workspace<double> probe;
        auto lossAt = [&](Index i, double value) {
            const double saved = net.parameters().flat()[i];
            net.parameters().flat()[i] = value;
            net.forward(k.x, k.T, k.B, probe);
            const double v = net.loss(probe, k.targets);
            net.parameters().flat()[i] = saved;
            return v;
        };
        for (const ParameterInfo& p : net.parameters().layout().entries()) {
            for (Index j = 0; j < p.size(); ++j) {
                const Index i = p.offset + j;
                const double theta = net.parameters().flat()[i];
                const double numeric = (lossAt(i, theta + eps) - lossAt(i, theta - eps)) / (2 * eps);
                const double analytic = grads.flat()[i];
                if (!close(numeric, analytic, 1e-7))
                    QFAIL(qPrintable(QString("%1[%2]: BPTT %3, finite difference %4")
                                         .arg(p.name.c_str()).arg(j).arg(analytic, 0, 'g', 12)
                                         .arg(numeric, 0, 'g', 12)));
            }
        }

        // Every per-step dL/dh_t (and dL/dc_t), through the naive forward with a perturbed state.
        const bool lstm = CellType(cell) == CellType::Lstm;
        for (int l = 0; l < layers; ++l)
            for (Index t = 0; t < k.T; ++t)
                for (Index b = 0; b < k.B; ++b)
                    for (int u = 0; u < k.config.hiddenSize; ++u)
                        for (int state = 0; state < (lstm ? 2 : 1); ++state) {
                            test::Perturbation p{l, int(t), int(b), u, state == 1, eps};
                            const double up = test::referenceForward(k.config, net.parameters(), k.x,
                                                                     k.T, k.B, k.targets, p).loss;
                            p.delta = -eps;
                            const double down = test::referenceForward(
                                k.config, net.parameters(), k.x, k.T, k.B, k.targets, p).loss;
                            const double numeric = (up - down) / (2 * eps);
                            const Matrix<double>& d = state ? ws.layers[l].dc : ws.layers[l].dh;
                            const double analytic = d(t * k.B + b, u);
                            if (!close(numeric, analytic, 1e-7))
                                QFAIL(qPrintable(QString("layer %1 %2 t=%3 b=%4 unit %5: BPTT %6, "
                                                         "finite difference %7")
                                                     .arg(l).arg(state ? "dc" : "dh").arg(t).arg(b)
                                                     .arg(u).arg(analytic, 0, 'g', 12)
                                                     .arg(numeric, 0, 'g', 12)));
                        }
    }
};

RNNLAB_TEST_APPLESS_MAIN(TestBpttFiniteDifferences)
}  // namespace RNNLAB_TEST_FILE

#include "tst_bptt_finite_differences.moc"
