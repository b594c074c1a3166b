// rnnlab-cli with symbol input: `bench --vocab` times a character model and prints the keys of
// scripts/bench/torch_reference.py --vocab; `trace` refuses symbol files it cannot read, naming
// the row. (`trace` on symbol models against PyTorch: tst_cli_trace_reference.cpp.)

#include "test_main.h"
#include "cli_runner.h"

namespace RNNLAB_TEST_FILE {

namespace {

const QString kModel = QStringLiteral(RNNLAB_TEST_DATA_DIR "/reference/symbols_gru_onehot_last");

}  // namespace

class TestCliSymbols : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;

    QString writeFile(const QString& name, const QByteArray& text) {
        return writeFileIn(m_dir, name, text);
    }

private slots:
    void benchCharacterModel_data() {
        QTest::addColumn<QStringList>("flags");
        QTest::addColumn<int>("embed");
        QTest::addColumn<QString>("output");
        QTest::newRow("one-hot, every step") << QStringList{"--vocab", "5"} << 0 << "sequence";
        QTest::newRow("embedding, last step")
            << QStringList{"--vocab",  "5",    "--embed", "3",
                           "--output", "last", "--loss",  "cross_entropy"}
            << 3 << "last";
    }
    void benchCharacterModel() {
        QFETCH(QStringList, flags);
        QFETCH(int, embed);
        QFETCH(QString, output);
        const CliRun r = runCli(QStringList{"bench", "--hidden", "4", "--seq", "3", "--batch", "2",
                                            "--steps", "2", "--cell", "gru"} +
                                flags);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
        // Every key torch_reference.py --vocab prints, with the same values.
        for (const char* key : {"impl", "cell", "hidden", "layers", "seq", "batch", "vocab",
                                "embed", "output", "threads", "dtype", "steps", "steps_per_s"})
            QVERIFY2(o.contains(key), key);
        QVERIFY(!o.contains("input"));
        QCOMPARE(o["vocab"].toInt(), 5);
        QCOMPARE(o["embed"].toInt(), embed);
        QCOMPARE(o["output"].toString(), output);
        QCOMPARE(o["cell"].toString(), "gru");
        QVERIFY(o["steps_per_s"].toDouble() > 0);
    }

    void benchUsage_data() {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("message");
        QTest::newRow("embed without vocab")
            << QStringList{"--embed", "3"}
            << "rnnlab-cli bench: --embed applies only to a character model (--vocab V)\n";
        QTest::newRow("output without vocab")
            << QStringList{"--output", "last"}
            << "rnnlab-cli bench: --output applies only to a character model (--vocab V)\n";
        QTest::newRow("mse") << QStringList{"--vocab", "5", "--loss", "mse"}
                             << "rnnlab-cli bench: --loss: a character model (--vocab V) is "
                                "trained with cross_entropy\n";
        QTest::newRow("input") << QStringList{"--vocab", "5", "--input", "2"}
                               << "rnnlab-cli bench: --input: a character model (--vocab V) "
                                  "takes one symbol per step\n";
    }
    void benchUsage() {
        QFETCH(QStringList, args);
        QFETCH(QString, message);
        const CliRun r = runCli(QStringList{"bench"} + args);
        QCOMPARE(r.exitCode, 2);
        QCOMPARE(r.err, message);
        QVERIFY(r.out.isEmpty());
    }

    void traceRefusesBadSymbols_data() {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<QString>("message");
        QTest::newRow("index V") << QByteArray("1\n4\n5\n0\n")
                                 << "row 3: 5 is not a symbol index "
                                    "(vocab_size 5: 0 to 4)";
        QTest::newRow("negative") << QByteArray("-1\n")
                                  << "row 1: -1 is not a symbol index "
                                     "(vocab_size 5: 0 to 4)";
        QTest::newRow("fraction") << QByteArray("0\n1.5\n")
                                  << "row 2: 1.5 is not a symbol index "
                                     "(vocab_size 5: 0 to 4)";
        QTest::newRow("two columns")
            << QByteArray("1,2\n3,4\n")
            << "has 2 column(s), the model takes one symbol index per row (input symbols, "
               "vocab_size 5)";
    }
    void traceRefusesBadSymbols() {
        QFETCH(QByteArray, input);
        QFETCH(QString, message);
        const QString x = writeFile("x.csv", input), out = m_dir.filePath("t.json");
        const CliRun r =
            runCli({"trace", "--model", kModel + ".rnnlab.json", "--input", x, "--out", out});
        QCOMPARE(r.exitCode, 2);
        QCOMPARE(r.err, "rnnlab-cli trace: " + x + ": " + message + "\n");
        QVERIFY(!QFile::exists(out));
    }
};

RNNLAB_TEST_GUILESS_MAIN(TestCliSymbols)
}  // namespace RNNLAB_TEST_FILE

#include "tst_cli_symbols.moc"
