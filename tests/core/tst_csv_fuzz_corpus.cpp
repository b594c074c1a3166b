// Replays the parser's fuzz inputs (tests/data/csv/fuzz/: inputs kept from libFuzzer runs,
// including any that once crashed) through the same checks as the fuzzer, in the normal build.

#include "test_main.h"
#include "fuzz/csv_fuzz_input.h"

namespace RNNLAB_TEST_FILE {

class TestCsvFuzzCorpus : public QObject {
    Q_OBJECT
private slots:
    void replay_data();
    void replay();
};

void TestCsvFuzzCorpus::replay_data() {
    QTest::addColumn<QString>("path");
    const QDir dir(QStringLiteral(RNNLAB_TEST_DATA_DIR "/csv/fuzz"));
    const QStringList files = dir.entryList(QDir::Files | QDir::NoDotAndDotDot, QDir::Name);
    QVERIFY(!files.isEmpty());
    for (const QString& f : files)
        if (!f.endsWith(".md")) QTest::newRow(qPrintable(f)) << dir.filePath(f);
}

void TestCsvFuzzCorpus::replay() {
    QFETCH(QString, path);
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray bytes = f.readAll();
    const char* broken = rnnlab::fuzz::checkCsvInput(
        reinterpret_cast<const std::uint8_t*>(bytes.constData()), std::size_t(bytes.size()));
    QVERIFY2(broken == nullptr, broken);
}

RNNLAB_TEST_APPLESS_MAIN(TestCsvFuzzCorpus)
}  // namespace RNNLAB_TEST_FILE

#include "tst_csv_fuzz_corpus.moc"
