// rnnlab-cli trace against PyTorch: for every case in tests/data/reference/ (made by
// tests/data/make_reference.py), the whole file the command writes equals the one PyTorch
// wrote: the same keys at every level (loss, outputs, every layer's h, c, gates, dh, dc, every
// gradient with its shape), the same array lengths, and every number within 1e-9 relative in
// float64 and 1e-4 in float32. Without --target: the forward half only.
#include <cmath>

#include "test_main.h"
#include "cli_runner.h"

namespace RNNLAB_TEST_FILE {

namespace {

const QString kReferenceDir = QStringLiteral(RNNLAB_TEST_DATA_DIR "/reference");

struct Tolerance {
    double relative;
    double absolute;
    bool accepts(double actual, double expected) const {
        return std::abs(actual - expected) <= absolute + relative * std::abs(expected);
    }
};

// Empty when `ours` equals `torch` within `tol` everywhere, else where and how they differ.
QString firstDifference(const QJsonValue& ours, const QJsonValue& torch, const QString& at,
                        Tolerance tol) {
    if (ours.type() != torch.type()) return at + ": a different kind of value";
    if (torch.isDouble()) {
        if (tol.accepts(ours.toDouble(), torch.toDouble())) return {};
        return QString("%1: ours %2, PyTorch %3")
            .arg(at)
            .arg(ours.toDouble(), 0, 'g', 17)
            .arg(torch.toDouble(), 0, 'g', 17);
    }
    if (torch.isArray()) {
        const QJsonArray a = ours.toArray(), b = torch.toArray();
        if (a.size() != b.size())
            return QString("%1: %2 elements, PyTorch %3").arg(at).arg(a.size()).arg(b.size());
        for (qsizetype i = 0; i < a.size(); ++i)
            if (QString d = firstDifference(a[i], b[i], QString("%1[%2]").arg(at).arg(i), tol);
                !d.isEmpty())
                return d;
        return {};
    }
    if (torch.isObject()) {
        const QJsonObject a = ours.toObject(), b = torch.toObject();
        if (a.keys() != b.keys())
            return QString("%1: keys %2, PyTorch %3")
                .arg(at, a.keys().join(','), b.keys().join(','));
        for (const QString& key : b.keys())
            if (QString d = firstDifference(a[key], b[key], at + "." + key, tol); !d.isEmpty())
                return d;
        return {};
    }
    return ours == torch ? QString() : at + ": differs";
}

// PyTorch's trace without what needs a target.
QJsonObject forwardOnly(QJsonObject trace) {
    trace.remove("loss");
    trace.remove("grads");
    QJsonArray layers;
    for (const QJsonValue& layer : trace["layers"].toArray()) {
        QJsonObject l = layer.toObject();
        l.remove("dh");
        l.remove("dc");
        layers.append(l);
    }
    trace["layers"] = layers;
    return trace;
}

}  // namespace

class TestCliTraceReference : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;

private slots:
    void matchesPyTorch_data() {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("dtype");
        QTest::addColumn<bool>("withTarget");
        const QStringList cases =
            QDir(kReferenceDir).entryList({"*.expected.json"}, QDir::Files, QDir::Name);
        QCOMPARE(cases.size(), 29);  // 9 of them with symbol input, 3 of those classifiers
        for (QString name : cases) {
            name.chop(QString(".expected.json").size());
            QTest::addRow("%s float64", qPrintable(name)) << name << "float64" << true;
            QTest::addRow("%s float32", qPrintable(name)) << name << "float32" << true;
            QTest::addRow("%s no target", qPrintable(name)) << name << "float64" << false;
        }
    }
    void matchesPyTorch() {
        QFETCH(QString, name);
        QFETCH(QString, dtype);
        QFETCH(bool, withTarget);
        const QString base = kReferenceDir + "/" + name;
        const QString out = m_dir.filePath(name + "." + dtype + ".json");
        QStringList args{"trace",   "--model",       base + ".rnnlab.json",
                         "--input", base + ".x.csv", "--out",
                         out,       "--dtype",       dtype};
        if (withTarget) args << "--target" << base + ".y.csv";
        const CliRun r = runCli(args);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QJsonObject torch = readJsonObject(base + ".expected.json");
        QVERIFY(torch.contains("grads") && torch.contains("layers"));
        if (!withTarget) torch = forwardOnly(torch);
        const Tolerance tol = dtype == "float64" ? Tolerance{1e-9, 1e-12} : Tolerance{1e-4, 1e-5};
        const QJsonObject ours = readJsonObject(out);
        const QString difference = firstDifference(ours, torch, name, tol);
        QVERIFY2(difference.isEmpty(), qPrintable(difference));
        // float32 is float32: somewhere it is further from PyTorch's float64 than float64 is.
        if (dtype == "float32") QVERIFY(!firstDifference(ours, torch, name, {1e-12, 0}).isEmpty());
    }
};

RNNLAB_TEST_GUILESS_MAIN(TestCliTraceReference)
}  // namespace RNNLAB_TEST_FILE

#include "tst_cli_trace_reference.moc"
