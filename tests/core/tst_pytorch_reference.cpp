// The engine against PyTorch (docs/formats.md §1). Every case in tests/data/reference/ (written by
// tests/data/make_reference.py with torch in float64) is a model, an input X, a target Y and
// the trace PyTorch computes for them: outputs, per-layer states h (and c), activated gates,
// loss, dL/dh_t (and dL/dc_t) and every parameter gradient, embedding.weight included. Symbol
// cases take one symbol index per row of X. The engine must reproduce all of
// it to 1e-9 relative in double and 1e-4 relative in float.

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QRegularExpression>
#include <cmath>

#include "test_main.h"
#include "core/io/input_file.h"
#include "core/io/json_document.h"
#include "core/io/model_file.h"
#include "core/nn/recurrent_network.h"

namespace RNNLAB_TEST_FILE {

using namespace rnnlab;

namespace {

const QString kReferenceDir = QStringLiteral(RNNLAB_TEST_DATA_DIR "/reference");

// A CSV of plain numbers, one matrix row per line (the reference files have no header).
Matrix<double> readNumbers(const QString& path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        qFatal("cannot read %s", qPrintable(path));
    std::vector<std::vector<double>> rows;
    for (const QByteArray& line : file.readAll().split('\n')) {
        if (line.trimmed().isEmpty()) continue;
        rows.emplace_back();
        for (const QByteArray& cell : line.split(',')) {
            bool ok = false;
            rows.back().push_back(cell.trimmed().toDouble(&ok));
            if (!ok) qFatal("%s: not a number: '%s'", qPrintable(path), cell.constData());
        }
    }
    Matrix<double> m(static_cast<Index>(rows.size()), rows.empty() ? 0 : Index(rows[0].size()));
    for (Index r = 0; r < m.rows(); ++r) {
        if (Index(rows[r].size()) != m.cols())
            qFatal("%s: ragged row %lld", qPrintable(path), static_cast<long long>(r));
        for (Index c = 0; c < m.cols(); ++c) m(r, c) = rows[r][c];
    }
    return m;
}

struct Tolerance {
    double relative;
    double absolute;
    bool accepts(double actual, double expected) const {
        return std::abs(actual - expected) <= absolute + relative * std::abs(expected);
    }
};

QString mismatchText(const QString& what, Index r, Index c, double actual, double expected) {
    return QString("%1[%2][%3]: engine %4, PyTorch %5")
        .arg(what)
        .arg(r)
        .arg(c)
        .arg(actual, 0, 'g', 17)
        .arg(expected, 0, 'g', 17);
}

// Empty when `actual` equals `expected` (a JSON array of rows) within `tol`, else the first
// element that differs.
template <typename Derived>
QString compareRows(const QString& what, const Eigen::MatrixBase<Derived>& actual,
                    const QJsonArray& expected, Tolerance tol) {
    if (actual.rows() != expected.size())
        return QString("%1: engine has %2 rows, PyTorch %3")
            .arg(what)
            .arg(actual.rows())
            .arg(expected.size());
    for (Index r = 0; r < actual.rows(); ++r) {
        const QJsonArray row = expected.at(r).toArray();
        if (actual.cols() != row.size())
            return QString("%1[%2]: engine has %3 columns, PyTorch %4")
                .arg(what)
                .arg(r)
                .arg(actual.cols())
                .arg(row.size());
        for (Index c = 0; c < actual.cols(); ++c) {
            const double a = static_cast<double>(actual(r, c)), e = row.at(c).toDouble();
            if (!tol.accepts(a, e)) return mismatchText(what, r, c, a, e);
        }
    }
    return {};
}

// The same for a flat tensor {"shape", "data"} (a gradient).
template <typename Derived>
QString compareTensor(const QString& what, const Eigen::MatrixBase<Derived>& actual,
                      const QJsonObject& expected, Tolerance tol) {
    const QJsonArray data = expected.value("data").toArray();
    if (actual.size() != data.size())
        return QString("%1: engine has %2 values, PyTorch %3")
            .arg(what)
            .arg(actual.size())
            .arg(data.size());
    for (Index i = 0; i < actual.size(); ++i) {
        const double a = static_cast<double>(actual(i)), e = data.at(i).toDouble();
        if (!tol.accepts(a, e)) return mismatchText(what, 0, i, a, e);
    }
    return {};
}

// Fails the test, naming the case, when `mismatch` is not empty.
#define CHECK_MATCH(mismatch)                                 \
    do {                                                      \
        const QString m_ = (mismatch);                        \
        QVERIFY2(m_.isEmpty(), qPrintable(name + ": " + m_)); \
    } while (false)

template <typename S>
void checkCase(const QString& name, Tolerance tol) {
    const QString base = kReferenceDir + "/" + name;
    const ModelFile model = readModelFile((base + ".rnnlab.json").toStdString());
    QVERIFY(model.weights.has_value());
    const NetworkConfig& config = model.network;
    const QJsonObject expected =
        parseJsonObject(readInputFile((base + ".expected.json").toStdString(), kMaxModelFileBytes),
                        name.toStdString());

    RecurrentNetwork<S> net(config);
    net.parameters().flat() = model.weights->flat().template cast<S>();
    const Matrix<S> x = readNumbers(base + ".x.csv").template cast<S>();  // (T, I), B = 1
    const Matrix<S> targets = readNumbers(base + ".y.csv").template cast<S>();
    QCOMPARE(x.cols(), Index(config.inputSize));
    const Index T = x.rows(), H = config.hiddenSize;

    Workspace<S> ws;
    net.forward(x, T, 1, ws);
    CHECK_MATCH(compareRows("outputs", ws.outputs, expected.value("outputs").toArray(), tol));

    Parameters<S> grads(config);
    const double loss = static_cast<double>(net.backward(ws, targets, grads));
    const double expectedLoss = expected.value("loss").toDouble();
    QVERIFY2(tol.accepts(loss, expectedLoss), qPrintable(QString("%1: loss: engine %2, PyTorch %3")
                                                             .arg(name)
                                                             .arg(loss, 0, 'g', 17)
                                                             .arg(expectedLoss, 0, 'g', 17)));
    QVERIFY(tol.accepts(static_cast<double>(net.loss(ws, targets)), expectedLoss));

    const QJsonArray layers = expected.value("layers").toArray();
    QCOMPARE(layers.size(), qsizetype(config.numLayers));
    const QStringList gateNames = config.cell == CellType::Lstm  ? QStringList{"i", "f", "g", "o"}
                                  : config.cell == CellType::Gru ? QStringList{"r", "z", "n"}
                                                                 : QStringList{};
    for (int k = 0; k < config.numLayers; ++k) {
        const LayerWorkspace<S>& lw = ws.layers[k];
        const QJsonObject layer = layers.at(k).toObject();
        const QString at = QString("layers[%1].").arg(k);
        CHECK_MATCH(compareRows(at + "h", lw.h, layer.value("h").toArray(), tol));
        CHECK_MATCH(compareRows(at + "dh", lw.dh, layer.value("dh").toArray(), tol));
        if (config.cell == CellType::Lstm) {
            CHECK_MATCH(compareRows(at + "c", lw.c, layer.value("c").toArray(), tol));
            CHECK_MATCH(compareRows(at + "dc", lw.dc, layer.value("dc").toArray(), tol));
        }
        const QJsonObject gates = layer.value("gates").toObject();
        QCOMPARE(gates.size(), gateNames.size());
        for (int g = 0; g < gateNames.size(); ++g)
            CHECK_MATCH(compareRows(at + "gates." + gateNames[g], lw.gates.middleCols(g * H, H),
                                    gates.value(gateNames[g]).toArray(), tol));
    }

    const QJsonObject expectedGrads = expected.value("grads").toObject();
    const std::vector<ParameterInfo>& entries = grads.layout().entries();
    QCOMPARE(expectedGrads.size(), qsizetype(entries.size()));
    for (int e = 0; e < static_cast<int>(entries.size()); ++e) {
        const QString param = QString::fromStdString(entries[e].name);
        CHECK_MATCH(compareTensor("grads." + param, grads.vector(e),
                                  expectedGrads.value(param).toObject(), tol));
    }
}

void addCases() {
    QTest::addColumn<QString>("name");
    const QStringList files = QDir(kReferenceDir).entryList({"*.rnnlab.json"}, QDir::Files);
    for (const QString& file : files) {
        const QString name = file.chopped(QStringLiteral(".rnnlab.json").size());
        QTest::newRow(qPrintable(name)) << name;
    }
}

}  // namespace

class TestPytorchReference : public QObject {
    Q_OBJECT

private slots:
    // make_reference.py writes 20 cases covering every cell, both outputs and both losses, 6
    // with symbol input (one-hot and nn.Embedding; LSTM, GRU and RNN; cross-entropy), and 3
    // classifiers of symbols with C classes != V symbols (one with a padded start, one RNN of
    // two layers).
    void casesArePresent() {
        const QStringList cases = QDir(kReferenceDir).entryList({"*.rnnlab.json"}, QDir::Files);
        QCOMPARE(cases.size(), 29);
        QCOMPARE(cases.filter(QRegularExpression("^symbols_")).size(), 6);
        QCOMPARE(cases.filter(QRegularExpression("^classifier_")).size(), 3);
    }

    void doublePrecision_data() { addCases(); }
    void doublePrecision() {
        QFETCH(QString, name);
        checkCase<double>(name, {1e-9, 1e-12});
    }

    void floatPrecision_data() { addCases(); }
    void floatPrecision() {
        QFETCH(QString, name);
        checkCase<float>(name, {1e-4, 1e-5});
    }
};

RNNLAB_TEST_APPLESS_MAIN(TestPytorchReference)
}  // namespace RNNLAB_TEST_FILE

#include "tst_pytorch_reference.moc"
