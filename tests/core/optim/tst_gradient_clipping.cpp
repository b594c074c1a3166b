// Global-norm clipping (core/optim/gradient_clipping.h): hand-worked cases, the edges of torch's
// max_norm / (total + 1e-6) rule, non-finite gradients, and torch.nn.utils.clip_grad_norm_'s
// own results (tests/data/optim/clip_grad_norm.json, from make_optimizer_reference.py).

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <cmath>
#include <limits>

#include "test_main.h"
#include "core/base/errors.h"
#include "core/optim/gradient_clipping.h"

namespace RNNLAB_TEST_FILE {

using namespace rnnlab;

namespace {

// A vanilla RNN with I = H = O = 1: six scalars w_ih, w_hh, b_ih, b_hh, fc.weight, fc.bias.
NetworkConfig tinyRnn() {
    NetworkConfig c;
    c.cell = CellType::Rnn;
    c.inputSize = c.hiddenSize = c.outputSize = 1;
    return c;
}

template <typename S>
Parameters<S> tinyGradients(std::initializer_list<double> values) {
    Parameters<S> g(tinyRnn());
    int i = 0;
    for (double v : values) g.flat()[i++] = static_cast<S>(v);
    return g;
}

}  // namespace

class TestGradientClipping : public QObject {
    Q_OBJECT

private:
    template <typename S>
    void compareWithTorch(const QJsonObject& c, double tol);

private slots:
    void parameterNormsPerEntry();
    void totalNormIsNormOfNorms();
    void fires();
    void equalToMaxNormStillScales();
    void doesNotFire();
    void zeroGradient();
    void nonFiniteIsReportedNotScaled_data();
    void nonFiniteIsReportedNotScaled();
    void floatGradients();
    void matchesTorch_data();
    void matchesTorch();
    void validateMaxNormMessage();
};

void TestGradientClipping::parameterNormsPerEntry() {
    // LSTM I = 2, H = 3, O = 1: sizes 24, 36, 12, 12, 3, 1. Entry k filled with (k + 1) * (-1)^j
    // has norm (k + 1) * sqrt(size).
    NetworkConfig c;
    c.cell = CellType::Lstm;
    c.inputSize = 2;
    c.hiddenSize = 3;
    Parameters<double> g(c);
    const auto& entries = g.layout().entries();
    for (int k = 0; k < static_cast<int>(entries.size()); ++k) {
        VectorMap<double> v = g.vector(k);
        for (Index j = 0; j < v.size(); ++j) v[j] = (k + 1) * (j % 2 ? -1.0 : 1.0);
    }
    const std::vector<double> norms = parameterNorms(g);
    QCOMPARE(norms.size(), entries.size());
    const double sizes[] = {24, 36, 12, 12, 3, 1};
    for (int k = 0; k < 6; ++k)
        QVERIFY2(std::abs(norms[k] - (k + 1) * std::sqrt(sizes[k])) < 1e-13,
                 qPrintable(QString::fromStdString(entries[k].name)));
}

void TestGradientClipping::totalNormIsNormOfNorms() {
    QCOMPARE(totalNorm({3.0, 4.0}), 5.0);
    QCOMPARE(totalNorm({}), 0.0);
    QCOMPARE(totalNorm({2.0, 3.0, 6.0}), 7.0);  // sqrt(4 + 9 + 36)
}

void TestGradientClipping::fires() {
    // g = (3, 4, 0, 0, 0, 0): total = 5; coef = 1 / (5 + 1e-6) = 0.19999996000000800
    Parameters<double> g = tinyGradients<double>({3, 4, 0, 0, 0, 0});
    const ClipResult r = clipGradNorm(g, 1.0);
    const double coef = 1.0 * (1.0 / (5.0 + 1e-6));
    QCOMPARE(r.normBefore, 5.0);
    QVERIFY(r.clipped);
    QVERIFY(r.finite);
    QCOMPARE(r.coefficient, coef);
    QCOMPARE(r.normAfter, 5.0 * coef);  // 0.99999980000004
    QCOMPARE(g.flat()[0], 3.0 * coef);
    QCOMPARE(g.flat()[1], 4.0 * coef);
    QCOMPARE(g.flat()[2], 0.0);
    QCOMPARE(r.nonFiniteEntry, -1);
    // Norm of the clipped gradients, measured again: just below max_norm.
    QVERIFY(std::abs(totalNorm(parameterNorms(g)) - 0.9999998) < 1e-12);
}

void TestGradientClipping::equalToMaxNormStillScales() {
    // total = max_norm = 5: coef = 5 / 5.000001 < 1, so torch scales by 0.9999998.
    Parameters<double> g = tinyGradients<double>({0, 0, 0, 3, 0, 4});
    const ClipResult r = clipGradNorm(g, 5.0);
    QVERIFY(r.clipped);
    QCOMPARE(r.coefficient, 5.0 * (1.0 / 5.000001));
    QCOMPARE(g.flat()[5], 4.0 * r.coefficient);
}

void TestGradientClipping::doesNotFire() {
    // total = 5, max_norm = 5.00001: coef = 5.00001 / 5.000001 > 1, gradients untouched.
    Parameters<double> g = tinyGradients<double>({3, 0, 0, 0, 0, -4});
    const Vector<double> before = g.flat();
    const ClipResult r = clipGradNorm(g, 5.00001);
    QVERIFY(!r.clipped);
    QVERIFY(r.finite);
    QCOMPARE(r.coefficient, 1.0);
    QCOMPARE(r.normBefore, 5.0);
    QCOMPARE(r.normAfter, 5.0);
    QVERIFY(g.flat() == before);
}

void TestGradientClipping::zeroGradient() {
    // total = 0: coef = max_norm / 1e-6, far above 1: nothing happens (no division by zero).
    Parameters<double> g = tinyGradients<double>({0, 0, 0, 0, 0, 0});
    const ClipResult r = clipGradNorm(g, 0.5);
    QVERIFY(!r.clipped);
    QVERIFY(r.finite);
    QCOMPARE(r.normBefore, 0.0);
    QVERIFY(g.flat().isZero(0.0));
}

void TestGradientClipping::nonFiniteIsReportedNotScaled_data() {
    QTest::addColumn<int>("position");
    QTest::addColumn<double>("value");
    QTest::addColumn<int>("entry");
    QTest::newRow("nan in fc.weight") << 4 << std::numeric_limits<double>::quiet_NaN() << 4;
    QTest::newRow("inf in w_hh") << 1 << std::numeric_limits<double>::infinity() << 1;
    QTest::newRow("-inf in b_ih") << 2 << -std::numeric_limits<double>::infinity() << 2;
}

void TestGradientClipping::nonFiniteIsReportedNotScaled() {
    QFETCH(int, position);
    QFETCH(double, value);
    QFETCH(int, entry);
    Parameters<double> g = tinyGradients<double>({30, 40, 50, 60, 70, 80});
    g.flat()[position] = value;
    const ClipResult r = clipGradNorm(g, 1.0);
    QVERIFY(!r.finite);
    QVERIFY(!r.clipped);
    QVERIFY(!std::isfinite(r.normBefore));
    QCOMPARE(r.coefficient, 1.0);
    QCOMPARE(r.nonFiniteEntry, entry);
    QCOMPARE(QString::fromStdString(g.layout().entries()[entry].name),
             QString::fromStdString(g.layout().entries()[r.nonFiniteEntry].name));
    // torch would multiply everything by NaN (or 0 for inf); here the finite values stay.
    for (int i = 0; i < 6; ++i)
        if (i != position) QCOMPARE(g.flat()[i], 30.0 + 10 * i);
}

void TestGradientClipping::floatGradients() {
    // float: coef = 2 / (5 + 1e-6) evaluated in float, as torch does for float tensors.
    Parameters<float> g = tinyGradients<float>({0, 3, 4, 0, 0, 0});
    const ClipResult r = clipGradNorm(g, 2.0);
    const float coef = 2.0f * (1.0f / (5.0f + 1e-6f));
    QVERIFY(r.clipped);
    QCOMPARE(r.coefficient, static_cast<double>(coef));
    QCOMPARE(g.flat()[1], 3.0f * coef);
    QCOMPARE(g.flat()[2], 4.0f * coef);
}

void TestGradientClipping::matchesTorch_data() {
    QTest::addColumn<QJsonObject>("reference");
    QFile f(RNNLAB_TEST_DATA_DIR "/optim/clip_grad_norm.json");
    QVERIFY2(f.open(QIODevice::ReadOnly), "cannot read tests/data/optim/clip_grad_norm.json");
    for (const QJsonValue c : QJsonDocument::fromJson(f.readAll()).object()["cases"].toArray()) {
        const QJsonObject o = c.toObject();
        QTest::newRow(qPrintable(o["name"].toString() + " " + o["dtype"].toString())) << o;
    }
}

template <typename S>
void TestGradientClipping::compareWithTorch(const QJsonObject& c, double tol) {
    const QJsonObject net = c["network"].toObject();
    NetworkConfig config;
    config.cell = parseCellType(net["cell"].toString().toStdString());
    config.inputSize = net["input_size"].toInt();
    config.hiddenSize = net["hidden_size"].toInt();
    config.numLayers = net["num_layers"].toInt();
    config.outputSize = net["output_size"].toInt();
    Parameters<S> g(config);
    const QJsonArray grads = c["grads"].toArray(), clipped = c["clipped"].toArray();
    QCOMPARE(g.flat().size(), static_cast<Index>(grads.size()));
    for (int i = 0; i < grads.size(); ++i) g.flat()[i] = static_cast<S>(grads[i].toDouble());

    const double maxNorm = c["max_norm"].toDouble(), total = c["total_norm"].toDouble();
    const ClipResult r = clipGradNorm(g, maxNorm);
    QVERIFY2(
        std::abs(r.normBefore - total) <= tol * total,
        qPrintable(
            QString("total %1 vs torch %2").arg(r.normBefore, 0, 'g', 17).arg(total, 0, 'g', 17)));
    QCOMPARE(r.clipped, maxNorm / (total + 1e-6) < 1);
    for (int i = 0; i < clipped.size(); ++i) {
        const double mine = g.flat()[i], torch = clipped[i].toDouble();
        QVERIFY2(std::abs(mine - torch) <= tol * std::abs(torch),
                 qPrintable(QString("element %1: %2 vs %3")
                                .arg(i)
                                .arg(mine, 0, 'g', 17)
                                .arg(torch, 0, 'g', 17)));
    }
}

void TestGradientClipping::matchesTorch() {
    QFETCH(QJsonObject, reference);
    if (reference["dtype"].toString() == "float64")
        compareWithTorch<double>(reference, 1e-12);
    else
        compareWithTorch<float>(reference, 1e-6);
}

void TestGradientClipping::validateMaxNormMessage() {
    validateMaxNorm(0.5);
    const std::pair<double, QString> bad[] = {{0.0, "0"},
                                              {-1.0, "-1"},
                                              {std::numeric_limits<double>::infinity(), "inf"},
                                              {std::numeric_limits<double>::quiet_NaN(), "nan"}};
    for (const auto& [value, shown] : bad) {
        try {
            validateMaxNorm(value);
            QFAIL("no ConfigError");
        } catch (const ConfigError& e) {
            QCOMPARE(QString(e.what()), "clip max norm must be positive and finite, got " + shown);
        }
    }
}

RNNLAB_TEST_APPLESS_MAIN(TestGradientClipping)
}  // namespace RNNLAB_TEST_FILE

#include "tst_gradient_clipping.moc"
