// rnnlab-cli with texts, as a student would use it: `data --text` summarises a text (bundled or
// a file), `train --text` trains a character model and writes its vocabulary and a log with
// val_bpc, `sample` writes with it (greedy twice the same, a seed twice the same), and bad
// input is refused with the place named: a Latin-1 file, an unknown character in --prime,
// options that belong to series, sample on an experiment that is not a text's.

#include "test_main.h"
#include "cli_runner.h"

namespace RNNLAB_TEST_FILE {

namespace {

// Ten lines of a few words, repeated: easy to learn in seconds.
QByteArray easyText() {
    QByteArray text;
    for (int i = 0; i < 40; ++i) text += "the cat sat on the mat.\n一只猫坐在垫子上。\n";
    return text;
}

}  // namespace

class TestCliText : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;

    QString writeFile(const QString& name, const QByteArray& text) {
        return writeFileIn(m_dir, name, text);
    }

private slots:
    void dataOfABundledText() {
        const CliRun r = runCli({"data", "us_constitution", "--text"});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(o["characters"].toInt(), 45345);
        QCOMPARE(o["vocabulary_size"].toInt(), o["vocabulary"].toArray().size());
        QCOMPARE(o["vocabulary"].toArray()[0].toString(), QString(""));
        QCOMPARE(o["window"].toInt(), 100);
        const QJsonObject train = o["train"].toObject();
        QCOMPARE(train["characters"].toInt(), 31741);  // 0.7 · 45345 = 31741.4999... in double
        QCOMPARE(train["windows"].toInt(), 317);       // (31741 - 1) / 100
        QCOMPARE(train["unknown_characters"].toInt(), 0);
        QCOMPARE(o["validation"].toObject()["first_character"].toInt(), 31741);
        const double H = o["unigram_entropy_bits"].toDouble();
        QVERIFY(H > 4.0 && H < 5.0);  // English letters: about 4.1 to 4.5 bits
    }

    void trainSampleAndLog() {
        const QString text = writeFile("cat.txt", easyText());
        const QString out = m_dir.filePath("cat.rnnlab.json"), log = m_dir.filePath("cat.csv");
        CliRun r = runCli({"train", "--text",      text,   "--cell",   "lstm", "--hidden",
                           "32",    "--embedding", "8",    "--window", "20",   "--epochs",
                           "40",    "--lr",        "0.01", "--batch",  "8",    "--seed",
                           "1",     "--out",       out,    "--log",    log,    "--quiet"});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(r.err.contains("bits per character: train "), qPrintable(r.err));
        QVERIFY2(r.err.contains("unigram entropy of the training part: "), qPrintable(r.err));

        QFile saved(out);
        QVERIFY(saved.open(QIODevice::ReadOnly));
        const QJsonObject e = QJsonDocument::fromJson(saved.readAll()).object();
        QCOMPARE(e["network"].toObject()["input"].toString(), QString("symbols"));
        const QJsonObject source = e["data"].toObject()["text"].toObject();
        QCOMPARE(source["path"].toString(), QString("cat.txt"));  // beside the experiment
        QCOMPARE(source["vocabulary"].toArray().size(),
                 e["network"].toObject()["vocab_size"].toInt());

        QFile csv(log);
        QVERIFY(csv.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = csv.readAll().trimmed().split('\n');
        QVERIFY(lines[0].endsWith(",val_rmse_free_running,val_bpc"));
        const double bpc = lines.back().split(',').back().toDouble();
        QVERIFY2(bpc > 0 && bpc < 1.0, lines.back().constData());  // far below the unigram

        // Greedy: the same text each time; it has learned the sentence.
        const QStringList greedy{"sample", "--experiment",  out, "--prime", "the c", "--length",
                                 "22",     "--temperature", "0"};
        r = runCli(greedy);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(r.out, QString("the cat sat on the mat.\n一只猫\n"));
        QCOMPARE(runCli(greedy).out, r.out);
        // The same seed, the same text; in Chinese as in English.
        const QStringList seeded{"sample", "--experiment", out, "--prime", "一只", "--length",
                                 "40",     "--seed",       "5", "--top-k", "3"};
        const CliRun first = runCli(seeded);
        QVERIFY2(first.exitCode == 0, qPrintable(first.err));
        QCOMPARE(first.out.size(), 2 + 40 + 1);
        QCOMPARE(runCli(seeded).out, first.out);

        // Continued from the experiment into another folder: the text is found from there.
        QVERIFY(QDir(m_dir.path()).mkdir("later"));
        const QString later = m_dir.filePath("later/cat.rnnlab.json");
        r = runCli({"train", "--experiment", out, "--epochs", "1", "--out", later, "--quiet"});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QFile continued(later);
        QVERIFY(continued.open(QIODevice::ReadOnly));
        QCOMPARE(QJsonDocument::fromJson(continued.readAll())["data"]["text"]["path"].toString(),
                 text);  // outside the folder of --out: absolute

        r = runCli({"sample", "--experiment", out, "--prime", "the dog"});
        QCOMPARE(r.exitCode, 2);
        QCOMPARE(r.err, QString("rnnlab-cli sample: --prime, column 5: 'd' (U+0064) is not in the "
                                "vocabulary (the text the network learned from has no such "
                                "character)\n"));
    }

    void badInput() {
        const QString latin1 = writeFile("latin1.txt", "caf\xE9 au lait\n");
        CliRun r = runCli({"data", latin1, "--text"});
        QCOMPARE(r.exitCode, 1);
        QCOMPARE(r.err,
                 QString("rnnlab-cli data: error: %1:1:4: line 1, byte 4: invalid UTF-8 (byte "
                         "0xE9); the file may be Latin-1 or Windows-1252: save it as "
                         "UTF-8\n")
                     .arg(latin1));
        r = runCli({"train", "--text", "us_constitution", "--cell", "lstm", "--hidden", "4",
                    "--epochs", "1", "--lr", "0.01", "--seed", "1", "--horizon", "2", "--out",
                    m_dir.filePath("x.json")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("--horizon applies to series, not to --text"), qPrintable(r.err));
        r = runCli({"train", "--bundled", "nile", "--cell", "lstm", "--hidden", "4", "--epochs",
                    "1", "--lr", "0.01", "--seed", "1", "--embedding", "3", "--out",
                    m_dir.filePath("x.json")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("--embedding applies only to --text"), qPrintable(r.err));

        // A series experiment has no vocabulary to write with.
        const QString series = m_dir.filePath("nile.rnnlab.json");
        r = runCli({"train", "--bundled", "nile", "--cell", "rnn", "--hidden", "2", "--epochs", "1",
                    "--lr", "0.01", "--seed", "1", "--out", series, "--quiet"});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        r = runCli({"sample", "--experiment", series});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("data.text.vocabulary is missing"), qPrintable(r.err));
    }
};

RNNLAB_TEST_MAIN(TestCliText)
}  // namespace RNNLAB_TEST_FILE

#include "tst_cli_text.moc"
