// rnnlab-cli train and trace as a student uses them: a real series trains to a falling loss,
// the same run twice gives identical logs, lr 100 ends with a divergence message and finite
// weights saved, a saved experiment reopens and continues; trace writes PyTorch's numbers.
#include <QtTest>

#include "core/io/experiment_file.h"

namespace {

struct Run {
    int exitCode;
    QString err;
};

Run cli(const QStringList& args) {
    QProcess p;
    p.start(QStringLiteral(RNNLAB_CLI_PATH), args);
    p.waitForFinished(120000);
    return {p.exitCode(), QString::fromUtf8(p.readAllStandardError())};
}

QStringList readLines(const QString& path) {
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) return {};
    return QString::fromUtf8(f.readAll()).split('\n', Qt::SkipEmptyParts);
}

QJsonObject readJson(const QString& path) {
    QFile f(path);
    f.open(QIODevice::ReadOnly);
    return QJsonDocument::fromJson(f.readAll()).object();
}

const QString kSpreadsheet = QStringLiteral(RNNLAB_TEST_DATA_DIR "/csv/spreadsheet_co2_de.csv");

}  // namespace

class TestCliTrainTrace : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    QString path(const char* name) const { return m_dir.filePath(name); }

private slots:
    // A spreadsheet export (semicolons, decimal commas, a date column, gaps) trains a GRU.
    void csvTrainsAndRepeats() {
        const QStringList args{"train", "--csv", kSpreadsheet, "--target", "CO2 (ppm)",
                               "--missing", "interpolate", "--cell", "gru", "--hidden", "8",
                               "--window", "12", "--epochs", "30", "--lr", "0.02", "--seed", "5",
                               "--quiet"};
        const Run a = cli(args + QStringList{"--out", path("a.rnnlab.json"), "--log", path("a.csv")});
        QVERIFY2(a.exitCode == 0, qPrintable(a.err));
        const Run b = cli(args + QStringList{"--out", path("b.rnnlab.json"), "--log", path("b.csv")});
        QCOMPARE(b.exitCode, 0);
        const QStringList log = readLines(path("a.csv"));
        QCOMPARE(log.size(), 31);
        QVERIFY(log[0].startsWith("epoch,step,train_loss,val_loss,test_loss"));
        // The baselines beside the network: the same on every row; the free-running error
        // per epoch.
        QVERIFY(log[0].endsWith(",val_rmse_persistence,val_rmse_seasonal,val_rmse_mean,"
                                "val_rmse_free_running"));
        const QStringList firstRow = log[1].split(','), lastRow = log[30].split(',');
        QCOMPARE(firstRow.size(), 13);
        QVERIFY(firstRow[9].toDouble() > 0);
        QCOMPARE(lastRow[9], firstRow[9]);
        QCOMPARE(lastRow[10], firstRow[10]);  // seasonal: weekly dates, 52 weeks
        QVERIFY(!firstRow[10].isEmpty());
        QCOMPARE(lastRow[11], firstRow[11]);
        QVERIFY(lastRow[12].toDouble() > 0 && lastRow[12] != firstRow[12]);
        QCOMPARE(readLines(path("b.csv")), log);
        const double first = log[1].split(',')[2].toDouble();
        const double last = log[30].split(',')[2].toDouble();
        QVERIFY2(last < first / 3, qPrintable(log.join("\n")));

        // Reopen and continue: two more epochs, numbered on from the saved ones.
        const Run more = cli({"train", "--experiment", path("a.rnnlab.json"), "--epochs", "2",
                              "--out", path("c.rnnlab.json"), "--log", path("c.csv"), "--quiet"});
        QVERIFY2(more.exitCode == 0, qPrintable(more.err));
        const QStringList continued = readLines(path("c.csv"));
        QCOMPARE(continued.size(), 33);
        QCOMPARE(continued.mid(0, 31), log);
        QVERIFY(continued[32].startsWith("32,"));
    }

    void divergenceExitsWithFiniteWeights() {
        const Run r = cli({"train", "--generator", "sine", "--cell", "rnn", "--hidden", "16",
                           "--window", "20", "--epochs", "3", "--lr", "100", "--seed", "1",
                           "--no-clip", "--quiet", "--out", path("d.rnnlab.json")});
        QCOMPARE(r.exitCode, 3);
        QVERIFY2(r.err.contains("Training diverged at step"), qPrintable(r.err));
        QVERIFY(r.err.contains("turn on gradient clipping"));
        const rnnlab::Experiment e = rnnlab::readExperiment(path("d.rnnlab.json").toStdString());
        QVERIFY(e.weights.flat().allFinite());
        QVERIFY(e.state);
    }

    void badInput() {
        Run r = cli({"train", "--csv", path("nope.csv"), "--target", "x", "--cell", "lstm",
                     "--hidden", "4", "--epochs", "1", "--lr", "0.1", "--seed", "1", "--out",
                     path("x.json")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("nope.csv"), qPrintable(r.err));
        r = cli({"train", "--generator", "sine", "--cell", "lstm"});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("missing required option --hidden"), qPrintable(r.err));
        r = cli({"train", "--experiment", QStringLiteral(RNNLAB_TEST_DATA_DIR "/bad_models/truncated.rnnlab.json")});
        QCOMPARE(r.exitCode, 1);
    }

    // The trace of a reference case equals the trace PyTorch wrote for it.
    void traceMatchesPyTorch() {
        const QString base = QStringLiteral(RNNLAB_TEST_DATA_DIR "/reference/lstm_3layers_seq_mse");
        const Run r = cli({"trace", "--model", base + ".rnnlab.json", "--input", base + ".x.csv",
                           "--target", base + ".y.csv", "--out", path("t.json")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QJsonObject ours = readJson(path("t.json"));
        const QJsonObject torch = readJson(base + ".expected.json");
        QCOMPARE(ours.keys(), torch.keys());
        QVERIFY(std::abs(ours["loss"].toDouble() - torch["loss"].toDouble()) < 1e-12);
        const QJsonObject layer = ours["layers"].toArray()[1].toObject();
        const QJsonObject expected = torch["layers"].toArray()[1].toObject();
        QCOMPARE(layer.keys(), expected.keys());
        const QJsonArray dh = layer["dh"].toArray(), dhTorch = expected["dh"].toArray();
        for (qsizetype t = 0; t < dh.size(); ++t)
            for (qsizetype u = 0; u < dh[t].toArray().size(); ++u)
                QVERIFY(std::abs(dh[t].toArray()[u].toDouble() - dhTorch[t].toArray()[u].toDouble()) <
                        1e-12);
    }

    void traceErrors() {
        const QString base = QStringLiteral(RNNLAB_TEST_DATA_DIR "/reference/lstm_3layers_seq_mse");
        // The model has input size 1 (check), so a two-column input is refused by name.
        QFile two(path("two.csv"));
        QVERIFY(two.open(QIODevice::WriteOnly));
        two.write("1,2\n3,4\n");
        two.close();
        const Run r = cli({"trace", "--model", base + ".rnnlab.json", "--input", path("two.csv"),
                           "--out", path("t2.json")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("two.csv: has 2 column(s), the model's input_size is"), qPrintable(r.err));
        QVERIFY(!QFile::exists(path("t2.json")));
    }
};

QTEST_GUILESS_MAIN(TestCliTrainTrace)
#include "tst_cli_train_trace.moc"
