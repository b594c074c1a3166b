// Replays the command-line fuzz inputs (tests/fuzz/corpus/cli/: command lines kept from
// libFuzzer runs of tests/fuzz/fuzz_cli, including any that once crashed) through the same
// checks as the fuzzer, in the normal build; and checks that a few refusals name their option.

#include "test_main.h"
#include "fuzz/cli_fuzz_input.h"

namespace RNNLAB_TEST_FILE {

class TestFuzzCorpus : public QObject {
    Q_OBJECT
private slots:
    void replay_data();
    void replay();
    void refusalsNameTheOption_data();
    void refusalsNameTheOption();
};

void TestFuzzCorpus::replay_data() {
    QTest::addColumn<QString>("path");
    const QDir dir(QStringLiteral(RNNLAB_TEST_DATA_DIR "/../fuzz/corpus/cli"));
    const QStringList files = dir.entryList(QDir::Files | QDir::NoDotAndDotDot, QDir::Name);
    QVERIFY(!files.isEmpty());
    for (const QString& f : files)
        if (!f.endsWith(".md")) QTest::newRow(qPrintable(f)) << dir.filePath(f);
}

void TestFuzzCorpus::replay() {
    QFETCH(QString, path);
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray bytes = f.readAll();
    const char* broken = rnnlab::fuzz::checkCliInput(
        reinterpret_cast<const std::uint8_t*>(bytes.constData()), std::size_t(bytes.size()));
    QVERIFY2(broken == nullptr, broken);
}

void TestFuzzCorpus::refusalsNameTheOption_data() {
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("message");
    const QStringList train{"train",    "--generator", "sine",   "--cell", "gru",   "--hidden", "4",
                            "--epochs", "1",           "--seed", "1",      "--out", "o.json"};
    QTest::newRow("accepted") << train + QStringList{"--lr", "0.01"} << "";
    QTest::newRow("trailing garbage")
        << train + QStringList{"--lr", "0.01", "--split", "0.7abc,0.15"}
        << "--split: '0.7abc' is not a finite number";
    QTest::newRow("unknown command") << QStringList{"trian"} << "unknown command 'trian'";
    QTest::newRow("empty file name") << QStringList{"train", "--csv", ""}
                                     << "option --csv needs a value, not an empty one";
    QTest::newRow("no command") << QStringList{}
                                << "no command: expected rnnlab-cli COMMAND [OPTIONS]";
    QTest::newRow("lesson") << QStringList{"lesson", "check"} << "check takes one FILE, got 0";
    QTest::newRow("trace dtype") << QStringList{"trace", "--model", "m",       "--input", "x",
                                                "--out", "t",       "--dtype", "f16"}
                                 << "--dtype must be float32 or float64, got 'f16'";
    QTest::newRow("bench memory")
        << QStringList{"bench",   "--hidden", "4096",   "--seq", "100000",
                       "--batch", "65536",    "--cell", "rnn"}
        << "the benchmark of --hidden 4096 --layers 1 --seq 100000 --batch 65536 needs about";
    QTest::newRow("bench too many parameters")  // found by fuzz_cli
        << QStringList{"bench", "--hidden", "3232"}
        << "--hidden 3232 --layers 1: hidden_size 3232 with num_layers 1 makes 41825313 "
           "parameters (cell lstm)";
}

void TestFuzzCorpus::refusalsNameTheOption() {
    QFETCH(QStringList, args);
    QFETCH(QString, message);
    std::vector<std::string> argv;
    for (const QString& a : args) argv.push_back(a.toStdString());
    QString refused;
    try {
        rnnlab::cli::checkCommandLine(argv);
    } catch (const rnnlab::cli::UsageError& e) {
        refused = QString::fromStdString(e.what());
    }
    if (message.isEmpty())
        QCOMPARE(refused, QString());
    else
        QVERIFY2(refused.startsWith(message), qPrintable(refused));
}

RNNLAB_TEST_APPLESS_MAIN(TestFuzzCorpus)
}  // namespace RNNLAB_TEST_FILE

#include "tst_fuzz_corpus.moc"
