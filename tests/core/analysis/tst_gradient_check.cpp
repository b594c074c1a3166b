// The gradient-check panel's numbers: BPTT agrees with central differences for every cell,
// the chosen parameters are reproducible from the seed and never repeat, and the relative error
// is the one the panel explains.
#include <set>

#include "test_main.h"
#include "core/analysis/gradient_check.h"
#include "core/base/random.h"

namespace RNNLAB_TEST_FILE {

using namespace rnnlab;

namespace {

struct Case {
    NetworkConfig config;
    Parameters<double> weights;
    Matrix<double> x, y;
};

Case makeCase(CellType cell, OutputMode output, LossKind loss, std::uint64_t seed) {
    Case k;
    k.config.cell = cell;
    k.config.inputSize = 2;
    k.config.hiddenSize = 4;
    k.config.numLayers = 2;
    k.config.output = output;
    k.config.loss = loss;
    k.config.outputSize = loss == LossKind::CrossEntropy ? 3 : 1;
    k.weights = Parameters<double>(k.config);
    Random rng(seed);
    for (Index i = 0; i < k.weights.flat().size(); ++i)
        k.weights.flat()[i] = rng.uniform(-0.7, 0.7);
    const Index T = 9;
    k.x.resize(T, 2);
    for (Index i = 0; i < k.x.size(); ++i) k.x.data()[i] = rng.uniform(-1, 1);
    const Index rows = output == OutputMode::Last ? 1 : T;
    if (loss == LossKind::Mse) {
        k.y.resize(rows, 1);
        for (Index i = 0; i < rows; ++i) k.y(i, 0) = rng.uniform(-1, 1);
    } else {
        k.y.resize(rows, 1);
        for (Index i = 0; i < rows; ++i) k.y(i, 0) = double(rng.below(3));
    }
    return k;
}

std::vector<std::string> labels(const GradientCheckResult& r) {
    std::vector<std::string> out;
    for (const GradientCheckEntry& e : r.entries) out.push_back(e.label());
    return out;
}

}  // namespace

class TestGradientCheck : public QObject {
    Q_OBJECT
private slots:
    void backpropAgreesWithFiniteDifferences_data() {
        QTest::addColumn<int>("cell");
        QTest::addColumn<int>("output");
        QTest::addColumn<int>("loss");
        for (int cell = 0; cell < 3; ++cell)
            for (int output = 0; output < 2; ++output)
                QTest::addRow("%s %s", toString(CellType(cell)).c_str(),
                              output ? "sequence" : "last")
                    << cell << output
                    << (cell == 1 ? int(LossKind::CrossEntropy) : int(LossKind::Mse));
    }
    void backpropAgreesWithFiniteDifferences() {
        QFETCH(int, cell);
        QFETCH(int, output);
        QFETCH(int, loss);
        const Case k = makeCase(CellType(cell), OutputMode(output), LossKind(loss), 40 + cell);
        GradientCheckOptions o;
        o.count = 24;
        o.seed = 5;
        const GradientCheckResult r = gradientCheck(k.config, k.weights, k.x, k.y, o);
        QCOMPARE(r.entries.size(), size_t(24));
        QCOMPARE(r.epsilon, 1e-5);
        QVERIFY(r.loss > 0);
        for (const GradientCheckEntry& e : r.entries) {
            QVERIFY2(e.relativeError < 1e-5,
                     qPrintable(QString("%1: BPTT %2, finite difference %3, error %4")
                                    .arg(e.label().c_str())
                                    .arg(e.backprop, 0, 'g', 12)
                                    .arg(e.numeric, 0, 'g', 12)
                                    .arg(e.relativeError)));
            QCOMPARE(e.relativeError, relativeError(e.backprop, e.numeric));
        }
    }

    void sameSeedSameParameters() {
        const Case k = makeCase(CellType::Gru, OutputMode::Last, LossKind::Mse, 1);
        GradientCheckOptions o;
        o.count = 10;
        o.seed = 77;
        const GradientCheckResult a = gradientCheck(k.config, k.weights, k.x, k.y, o);
        const GradientCheckResult b = gradientCheck(k.config, k.weights, k.x, k.y, o);
        QCOMPARE(labels(a), labels(b));
        o.seed = 78;
        QVERIFY(labels(gradientCheck(k.config, k.weights, k.x, k.y, o)) != labels(a));
        const std::vector<std::string> l = labels(a);
        QCOMPARE(std::set<std::string>(l.begin(), l.end()).size(), l.size());  // no repeats
    }

    // Asking for more than there are checks every parameter once.
    void countIsCappedAtTheParameterCount() {
        NetworkConfig c;
        c.cell = CellType::Rnn;
        c.hiddenSize = 1;
        c.inputSize = 1;
        Parameters<double> w(c);  // 4 RNN values + fc weight and bias = 6
        w.flat().setConstant(0.3);
        const Matrix<double> x = Matrix<double>::Constant(3, 1, 0.5);
        const Matrix<double> y = Matrix<double>::Constant(1, 1, 1.0);
        GradientCheckOptions o;
        o.count = 100;
        const GradientCheckResult r = gradientCheck(c, w, x, y, o);
        std::vector<std::string> l = labels(r);
        std::sort(l.begin(), l.end());
        QCOMPARE(l, (std::vector<std::string>{"fc.bias[0]", "fc.weight[0, 0]", "rnn.bias_hh_l0[0]",
                                              "rnn.bias_ih_l0[0]", "rnn.weight_hh_l0[0, 0]",
                                              "rnn.weight_ih_l0[0, 0]"}));
        // d/db_fc of (w h_T + b - y)² is 2 (w h_T + b - y).
        // h_t = tanh(0.3 x + 0.3 + 0.3 h_{t-1} + 0.3), x = 0.5.
        const double h1 = std::tanh(0.75), h2 = std::tanh(0.75 + 0.3 * h1),
                     h3 = std::tanh(0.75 + 0.3 * h2);
        for (const GradientCheckEntry& e : r.entries)
            if (e.parameter == "fc.bias")
                QVERIFY(std::abs(e.backprop - 2 * (0.3 * h3 + 0.3 - 1.0)) < 1e-12);
    }

    void worstErrorAndLabels() {
        GradientCheckResult r;
        QCOMPARE(r.maxRelativeError(), 0.0);
        r.entries = {{"rnn.weight_hh_l0", 3, 5, 1.0, 1.0, 2e-9},
                     {"fc.bias", 0, -1, 1.0, 1.0, 3e-4}};
        QCOMPARE(r.maxRelativeError(), 3e-4);
        QCOMPARE(r.entries[0].label(), std::string("rnn.weight_hh_l0[3, 5]"));
        QCOMPARE(r.entries[1].label(), std::string("fc.bias[0]"));
    }

    void relativeErrorHandCases_data() {
        QTest::addColumn<double>("a");
        QTest::addColumn<double>("b");
        QTest::addColumn<double>("expected");
        QTest::addRow("equal") << 0.25 << 0.25 << 0.0;
        QTest::addRow("ten percent") << 1.0 << 0.9 << 0.1;
        QTest::addRow("opposite signs") << 1.0 << -1.0 << 2.0;
        QTest::addRow("both zero") << 0.0 << 0.0 << 0.0;
        QTest::addRow("both below 1e-12") << 1e-13 << -1e-13 << 0.0;
        QTest::addRow("one zero") << 1e-3 << 0.0 << 1.0;
    }
    void relativeErrorHandCases() {
        QFETCH(double, a);
        QFETCH(double, b);
        QFETCH(double, expected);
        QVERIFY(std::abs(relativeError(a, b) - expected) < 1e-15);
    }
};

RNNLAB_TEST_APPLESS_MAIN(TestGradientCheck)
}  // namespace RNNLAB_TEST_FILE

#include "tst_gradient_check.moc"
