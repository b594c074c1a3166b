// rnnlab-cli with labelled data, as a student would use it: `data --labelled` summarises a
// labelled file (classes, counts per part, vocabulary), `train --labelled` trains a tiny
// classifier that learns an easy set, prints accuracy, per-class accuracy and the confusion
// matrix, writes the vocabulary and classes and a log with val_accuracy; numeric sequences
// from a CSV train too; bad input is refused with the place named.

#include "test_main.h"
#include "cli_runner.h"

namespace RNNLAB_TEST_FILE {

namespace {

// Two words, one per class, in Chinese and English: learnable in a few epochs.
QByteArray easySentences() {
    QByteArray text;
    for (int i = 0; i < 20; ++i) text += "pos\tgood\nneg\tbad\npos\t好\nneg\t坏\n";
    return text;
}

}  // namespace

class TestCliLabelled : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;

    QString writeFile(const QString& name, const QByteArray& text) {
        return writeFileIn(m_dir, name, text);
    }

private slots:
    void dataOfALabelledFile() {
        const QString file = writeFile("easy.tsv", easySentences());
        const CliRun r = runCli({"data", file, "--labelled"});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(o["sequences"].toInt(), 80);
        QCOMPARE(o["steps"].toInt(), 4);  // "good", the longest training text
        QCOMPARE(o["inputs"].toString(), QString("symbols"));
        QCOMPARE(o["classes"].toArray().size(), 2);
        // "", "\n", a b d g o, 好 坏
        QCOMPARE(o["vocabulary_size"].toInt(), 9);
        const QJsonObject train = o["train"].toObject();
        QCOMPARE(train["sequences"].toInt(), 56);
        QCOMPARE(train["per_class"].toObject()["pos"].toInt(), 28);
        QCOMPARE(o["validation"].toObject()["sequences"].toInt(), 12);

        const CliRun bundled = runCli({"data", "sentiment_zh", "--labelled"});
        QVERIFY2(bundled.exitCode == 0, qPrintable(bundled.err));
        QCOMPARE(QJsonDocument::fromJson(bundled.out.toUtf8())["sequences"].toInt(), 300);
    }

    void trainAndReport() {
        const QString file = writeFile("easy.tsv", easySentences());
        const QString out = m_dir.filePath("easy.rnnlab.json"), log = m_dir.filePath("easy.csv");
        const CliRun r = runCli({"train", "--labelled", file, "--cell", "gru", "--hidden", "8",
                                 "--embedding", "4", "--epochs", "30", "--lr", "0.02", "--batch",
                                 "8", "--seed", "1", "--out", out, "--log", log, "--quiet"});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(r.err.contains("accuracy: train 1.000 (56/56), validation 1.000 (12/12), test "
                                "1.000 (12/12); the largest training class alone: 0.500"),
                 qPrintable(r.err));
        QVERIFY2(r.err.contains("per-class accuracy (validation): neg 1.000 (6/6), pos 1.000 "
                                "(6/6)"),
                 qPrintable(r.err));
        QVERIFY2(r.err.contains("confusion matrix (validation; rows: actual class, columns: "
                                "predicted):\n         neg  pos\n    neg    6    0\n    pos    0"
                                "    6\n"),
                 qPrintable(r.err));

        const QJsonObject e = readJsonObject(out);
        QCOMPARE(e["network"].toObject()["input"].toString(), QString("symbols"));
        const QJsonObject data = e["data"].toObject();
        QCOMPARE(data["source"].toString(), QString("labelled"));
        QCOMPARE(data["window"].toObject()["length"].toInt(), 4);
        const QJsonObject source = data["labelled"].toObject();
        QCOMPARE(source["path"].toString(), QString("easy.tsv"));
        QCOMPARE(source["classes"].toArray(), QJsonArray({"neg", "pos"}));
        QCOMPARE(source["vocabulary"].toArray().size(),
                 e["network"].toObject()["vocab_size"].toInt());

        const QStringList lines = readLines(log);
        QCOMPARE(lines.size(), 31);
        const int column = lines[0].split(',').indexOf("val_accuracy");
        QVERIFY(column > 0);
        QCOMPARE(lines.back().split(',')[column].toDouble(), 1.0);

        const CliRun more = runCli({"train", "--experiment", out, "--epochs", "1", "--out", out,
                                    "--quiet"});
        QVERIFY2(more.exitCode == 0, qPrintable(more.err));
        QVERIFY2(more.err.contains("accuracy: train 1.000"), qPrintable(more.err));
    }

    void numericSequences() {
        // Rising or falling ramps of three steps, two value columns.
        QByteArray csv = "id,label,x,noise\n";
        for (int n = 0; n < 40; ++n)
            for (int t = 0; t < 3; ++t)
                csv += QByteArray::number(n) + (n % 2 ? ",up," : ",down,") +
                       QByteArray::number(n % 2 ? t : 2 - t) + "," +
                       QByteArray::number((n * 7 + t * 3) % 5) + "\n";
        const QString file = writeFile("ramps.csv", csv);
        const CliRun data = runCli({"data", file, "--labelled"});
        QVERIFY2(data.exitCode == 0, qPrintable(data.err));
        QCOMPARE(QJsonDocument::fromJson(data.out.toUtf8())["inputs"].toString(),
                 QString("values"));
        const CliRun r = runCli({"train", "--labelled", file, "--value-columns", "x", "--cell",
                                 "lstm", "--hidden", "4", "--epochs", "40", "--lr", "0.05",
                                 "--batch", "4", "--seed", "2", "--out",
                                 m_dir.filePath("ramps.rnnlab.json"), "--quiet"});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(r.err.contains("validation 1.000 (6/6)"), qPrintable(r.err));
    }

    void badInput() {
        const QString noTab = writeFile("notab.tsv", "pos\tgood\nneg bad\n");
        CliRun r = runCli({"data", noTab, "--labelled"});
        QCOMPARE(r.exitCode, 1);
        QCOMPARE(r.err, QString("rnnlab-cli data: error: %1:2: line 2: no TAB: a labelled line is "
                                "the label, a TAB, then the text\n")
                            .arg(noTab));
        const QString oneClass = writeFile("one.tsv", "pos\tgood\npos\tfine\n");
        r = runCli({"train", "--labelled", oneClass, "--cell", "gru", "--hidden", "2", "--epochs",
                    "1", "--lr", "0.01", "--seed", "1", "--out", m_dir.filePath("x.json")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(oneClass + ":1:1: line 1, column 1: every label is 'pos': "
                                           "classification needs at least two classes"),
                 qPrintable(r.err));
        r = runCli({"train", "--labelled", "sentiment_en", "--cell", "gru", "--hidden", "2",
                    "--epochs", "1", "--lr", "0.01", "--seed", "1", "--horizon", "2", "--out",
                    m_dir.filePath("x.json")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("--horizon applies to series, not to --labelled"),
                 qPrintable(r.err));
        r = runCli({"train", "--bundled", "nile", "--cell", "gru", "--hidden", "2", "--epochs",
                    "1", "--lr", "0.01", "--seed", "1", "--text-column", "t", "--out",
                    m_dir.filePath("x.json")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("--text-column applies only to --labelled FILE"),
                 qPrintable(r.err));
    }
};

RNNLAB_TEST_MAIN(TestCliLabelled)
}  // namespace RNNLAB_TEST_FILE

#include "tst_cli_labelled.moc"
