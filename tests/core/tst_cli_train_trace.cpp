// rnnlab-cli train and trace as a student uses them: a real series trains to a falling loss,
// the same run twice gives identical logs, lr 100 ends with a divergence message and finite
// weights saved, a saved experiment reopens and continues; trace refuses an input of the wrong
// width (its numbers: tst_cli_trace_reference).

#include "test_main.h"
#include "cli_runner.h"
#include "core/io/experiment_file.h"
#include "core/io/json_document.h"

namespace RNNLAB_TEST_FILE {

namespace {

const QString kSpreadsheet = QStringLiteral(RNNLAB_TEST_DATA_DIR "/csv/spreadsheet_co2_de.csv");

}  // namespace

class TestCliTrainTrace : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    QString path(const char* name) const { return m_dir.filePath(name); }

private slots:
    // A spreadsheet export (semicolons, decimal commas, a date column, gaps) trains a GRU.
    void csvTrainsAndRepeats() {
        const QStringList args{"train",     "--csv",       kSpreadsheet, "--target", "CO2 (ppm)",
                               "--missing", "interpolate", "--cell",     "gru",      "--hidden",
                               "8",         "--window",    "12",         "--epochs", "30",
                               "--lr",      "0.02",        "--seed",     "5",        "--quiet"};
        const CliRun a =
            runCli(args + QStringList{"--out", path("a.rnnlab.json"), "--log", path("a.csv")});
        QVERIFY2(a.exitCode == 0, qPrintable(a.err));
        const CliRun b =
            runCli(args + QStringList{"--out", path("b.rnnlab.json"), "--log", path("b.csv")});
        QCOMPARE(b.exitCode, 0);
        const QStringList log = readLines(path("a.csv"));
        QCOMPARE(log.size(), 31);
        QVERIFY(log[0].startsWith("epoch,step,train_loss,val_loss,test_loss"));
        // The baselines beside the network: the same on every row; the free-running error at
        // the epochs of its schedule (the first, then every k-th), empty at the others; no
        // bits per character for a series.
        QVERIFY(log[0].endsWith(",val_rmse_persistence,val_rmse_seasonal,val_rmse_mean,"
                                "val_rmse_free_running,val_bpc"));
        const QStringList firstRow = log[1].split(','), lastRow = log[30].split(',');
        QCOMPARE(firstRow.size(), 14);
        QCOMPARE(lastRow[13], QString());
        QVERIFY(firstRow[9].toDouble() > 0);
        QCOMPARE(lastRow[9], firstRow[9]);
        QCOMPARE(lastRow[10], firstRow[10]);  // seasonal: weekly dates, 52 weeks
        QVERIFY(!firstRow[10].isEmpty());
        QCOMPARE(lastRow[11], firstRow[11]);
        QStringList freeRunning;
        for (int row = 1; row <= 30; ++row)
            if (const QString v = log[row].split(',')[12]; !v.isEmpty()) freeRunning << v;
        QVERIFY(firstRow[12].toDouble() > 0);
        QVERIFY2(freeRunning.size() >= 2, qPrintable(log.join("\n")));
        QVERIFY(freeRunning.back().toDouble() > 0 && freeRunning.back() != firstRow[12]);
        QCOMPARE(readLines(path("b.csv")), log);
        const double first = log[1].split(',')[2].toDouble();
        const double last = log[30].split(',')[2].toDouble();
        QVERIFY2(last < first / 3, qPrintable(log.join("\n")));

        // Reopen and continue: two more epochs, numbered on from the saved ones.
        const CliRun more =
            runCli({"train", "--experiment", path("a.rnnlab.json"), "--epochs", "2", "--out",
                    path("c.rnnlab.json"), "--log", path("c.csv"), "--quiet"});
        QVERIFY2(more.exitCode == 0, qPrintable(more.err));
        const QStringList continued = readLines(path("c.csv"));
        QCOMPARE(continued.size(), 33);
        QCOMPARE(continued.mid(0, 31), log);
        QVERIFY(continued[32].startsWith("32,"));
    }

    void divergenceExitsWithFiniteWeights() {
        const CliRun r = runCli({"train", "--generator", "sine", "--cell", "rnn", "--hidden", "16",
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
        CliRun r = runCli({"train", "--csv", path("nope.csv"), "--target", "x", "--cell", "lstm",
                           "--hidden", "4", "--epochs", "1", "--lr", "0.1", "--seed", "1", "--out",
                           path("x.json")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("nope.csv"), qPrintable(r.err));
        r = runCli({"train", "--generator", "sine", "--cell", "lstm"});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("missing required option --hidden"), qPrintable(r.err));
        r = runCli({"train", "--experiment",
                    QStringLiteral(RNNLAB_TEST_DATA_DIR "/bad_models/truncated.rnnlab.json"),
                    "--out", path("t.rnnlab.json")});
        QCOMPARE(r.exitCode, 1);
        // Without --out the training would be lost: refused before any work.
        r = runCli({"train", "--experiment", path("a.rnnlab.json"), "--epochs", "1"});
        QCOMPARE(r.exitCode, 2);
        QCOMPARE(r.err, QStringLiteral("rnnlab-cli train: missing required option --out: the "
                                       "trained experiment is written there and nowhere else (it "
                                       "may be the --experiment file itself)\n"));
    }

    // A course folder: the CSV beside or below the experiment is recorded relative to it, one
    // elsewhere by its absolute path; the folder, copied to another place, still trains.
    void courseFolderMoves() {
        QVERIFY(QDir(m_dir.path()).mkpath("course/data"));
        QVERIFY(QFile::copy(kSpreadsheet, path("course/data/co2.csv")));
        const QStringList flags{"--target", "CO2 (ppm)", "--missing", "interpolate", "--cell",
                                "gru",      "--hidden",  "4",         "--epochs",    "1",
                                "--lr",     "0.02",      "--seed",    "5",           "--quiet"};
        CliRun r = runCli(QStringList{"train", "--csv", path("course/data/co2.csv"), "--out",
                                      path("course/co2.rnnlab.json")} +
                          flags);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        r = runCli(QStringList{"train", "--csv", kSpreadsheet, "--out",
                               path("course/elsewhere.rnnlab.json")} +
                   flags);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const auto csvPath = [](const QString& experiment) {
            const QJsonObject data = readJsonObject(experiment).value("data").toObject();
            return data.value("csv").toObject().value("path").toString();
        };
        QCOMPARE(csvPath(path("course/co2.rnnlab.json")), QStringLiteral("data/co2.csv"));
        QCOMPARE(csvPath(path("course/elsewhere.rnnlab.json")),
                 QFileInfo(kSpreadsheet).absoluteFilePath());

        QVERIFY(QDir().rename(path("course"), path("moved")));
        // Continued into a subfolder: the CSV is not below it, so its absolute path.
        QVERIFY(QDir().mkpath(path("moved/runs")));
        r = runCli({"train", "--experiment", path("moved/co2.rnnlab.json"), "--epochs", "1",
                    "--out", path("moved/runs/co2-more.rnnlab.json"), "--quiet"});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(csvPath(path("moved/runs/co2-more.rnnlab.json")),
                 QFileInfo(path("moved/data/co2.csv")).absoluteFilePath());
        // Continued in place: still relative.
        r = runCli({"train", "--experiment", path("moved/co2.rnnlab.json"), "--epochs", "1",
                    "--out", path("moved/co2.rnnlab.json"), "--quiet"});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(csvPath(path("moved/co2.rnnlab.json")), QStringLiteral("data/co2.csv"));
    }

    // A ReLU network fed 1e300 overflows: the trace is still written, with null where a value
    // is not finite, and reads back; a warning names the first such value; exit code 3.
    void overflowingTraceWarnsAndReadsBack() {
        const QString base = QStringLiteral(RNNLAB_TEST_DATA_DIR "/reference/rnn_relu_last_mse");
        QFile input(path("huge.csv"));
        QVERIFY(input.open(QIODevice::WriteOnly));
        input.write("1e300\n2\n3\n");
        input.close();
        const CliRun r = runCli({"trace", "--model", base + ".rnnlab.json", "--input",
                                 path("huge.csv"), "--target", base + ".y.csv", "--out",
                                 path("huge.json")});
        QCOMPARE(r.exitCode, 3);
        QVERIFY2(r.err.startsWith("rnnlab-cli trace: warning: " + path("huge.json") + ": "),
                 qPrintable(r.err));
        QVERIFY2(r.err.contains("values overflowed to infinity or NaN and are written as null, "
                                "the first at loss"),
                 qPrintable(r.err));
        QFile f(path("huge.json"));
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QJsonObject trace = rnnlab::parseJsonObject(f.readAll(), "huge.json");
        QVERIFY(trace["loss"].isNull());
        QVERIFY(trace["layers"].toArray()[0].toObject()["h"].toArray()[0].toArray()[0].isDouble());
    }

    void traceErrors() {
        const QString base = QStringLiteral(RNNLAB_TEST_DATA_DIR "/reference/lstm_3layers_seq_mse");
        // The model has input size 1 (check), so a two-column input is refused by name.
        QFile two(path("two.csv"));
        QVERIFY(two.open(QIODevice::WriteOnly));
        two.write("1,2\n3,4\n");
        two.close();
        const CliRun r = runCli({"trace", "--model", base + ".rnnlab.json", "--input",
                                 path("two.csv"), "--out", path("t2.json")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("two.csv: has 2 column(s), the model's input_size is"),
                 qPrintable(r.err));
        QVERIFY(!QFile::exists(path("t2.json")));
    }
};

RNNLAB_TEST_GUILESS_MAIN(TestCliTrainTrace)
}  // namespace RNNLAB_TEST_FILE

#include "tst_cli_train_trace.moc"
