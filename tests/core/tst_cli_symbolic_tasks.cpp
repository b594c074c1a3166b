// rnnlab-cli with the symbolic generators, as a student would use them: `train --generator
// remember_symbol --parameters ...` learns the task (its log has val_accuracy, no val_bpc), the
// experiment records the vocabulary and continues from the file on the same data, a changed
// vocabulary is refused, and --parameters / --embedding are refused where they do not apply.

#include "test_main.h"
#include "cli_runner.h"

namespace RNNLAB_TEST_FILE {

namespace {

const QStringList kNetwork{"--cell",  "lstm", "--hidden", "16", "--lr", "0.01", "--batch", "16",
                           "--seed", "1",    "--quiet"};

}  // namespace

class TestCliSymbolicTasks : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;

private slots:
    void trainContinueAndLog() {
        const QString out = m_dir.filePath("first.rnnlab.json"), log = m_dir.filePath("log.csv");
        CliRun r = runCli(QStringList{"train", "--generator", "remember_symbol", "--parameters",
                                      "delay=5,symbols=3,sequences=300", "--embedding", "4",
                                      "--epochs", "15", "--out", out, "--log", log} +
                          kNetwork);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));

        const QJsonObject e = readJsonObject(out);
        const QJsonObject network = e["network"].toObject();
        QCOMPARE(network["input"].toString(), QString("symbols"));
        QCOMPARE(network["vocab_size"].toInt(), 3);
        QCOMPARE(network["embedding_size"].toInt(), 4);
        QCOMPARE(network["output"].toString(), QString("last"));
        QCOMPARE(network["loss"].toString(), QString("cross_entropy"));
        const QJsonObject generator = e["data"].toObject()["generator"].toObject();
        QCOMPARE(generator["name"].toString(), QString("remember_symbol"));
        QCOMPARE(generator["parameters"].toObject()["delay"].toDouble(), 5.0);
        QCOMPARE(generator["vocabulary"].toArray(), (QJsonArray{"a", "b", "c"}));

        // The first symbol is remembered across five distractors: well above chance (1/3).
        const QStringList lines = readLines(log);
        QCOMPARE(lines.size(), 16);
        const QStringList header = lines[0].split(',');
        const QStringList last = lines.back().split(',');
        const double accuracy = last[header.indexOf("val_accuracy")].toDouble();
        QVERIFY2(accuracy > 0.9, qPrintable(lines.back()));
        QVERIFY(last[header.indexOf("val_bpc")].isEmpty());  // bits per character: texts only

        // Continued from the file: the same data, its vocabulary checked.
        const QString later = m_dir.filePath("later.rnnlab.json");
        r = runCli({"train", "--experiment", out, "--epochs", "1", "--out", later, "--quiet"});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(readJsonObject(later)["data"].toObject()["generator"].toObject()["vocabulary"],
                 generator["vocabulary"]);

        // A file whose vocabulary the generator no longer gives is refused.
        QJsonObject changed = e, data = e["data"].toObject(), g = generator;
        g["vocabulary"] = QJsonArray{"a", "b", "x"};
        data["generator"] = g;
        changed["data"] = data;
        const QString tampered =
            writeFileIn(m_dir, "tampered.rnnlab.json", QJsonDocument(changed).toJson());
        r = runCli({"train", "--experiment", tampered, "--epochs", "1", "--out", later});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("generator.vocabulary: the generator gives 3 symbols, the network "
                                "was trained with 3 (they differ from [2] on)"),
                 qPrintable(r.err));
    }

    void usage_data() {
        QTest::addColumn<QStringList>("source");
        QTest::addColumn<QString>("message");
        QTest::newRow("parameters without a generator")
            << QStringList{"--bundled", "nile", "--parameters", "length=4"}
            << "--parameters applies only to --generator NAME";
        QTest::newRow("not a pair") << QStringList{"--generator", "parity", "--parameters", "7"}
                                    << "--parameters takes name=number pairs separated by "
                                       "commas, e.g. depth=6,length=40, got '7'";
        QTest::newRow("out of range")
            << QStringList{"--generator", "brackets", "--parameters", "depth=0"}
            << "--parameters: generator brackets: depth must be between 1 and 10000, got 0";
        QTest::newRow("unknown parameter")
            << QStringList{"--generator", "parity", "--parameters", "depth=3"}
            << "--parameters: generator parity: no parameter 'depth'; its parameters are: "
               "sequences, length";
        QTest::newRow("embedding of a series")
            << QStringList{"--generator", "sine", "--embedding", "3"}
            << "--embedding applies only to --text, --labelled and the symbolic generators";
    }
    void usage() {
        QFETCH(QStringList, source);
        QFETCH(QString, message);
        const CliRun r = runCli(QStringList{"train", "--epochs", "1", "--out",
                                            m_dir.filePath("x.rnnlab.json")} +
                                source + kNetwork);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(message), qPrintable(r.err));
    }
};

RNNLAB_TEST_MAIN(TestCliSymbolicTasks)
}  // namespace RNNLAB_TEST_FILE

#include "tst_cli_symbolic_tasks.moc"
