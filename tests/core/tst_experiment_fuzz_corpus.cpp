// Replays the experiment reader's fuzz inputs (tests/fuzz/corpus/experiment/: inputs kept from
// libFuzzer runs of tests/fuzz/fuzz_experiment, including any that once crashed) through the
// same checks as the fuzzer, in the normal build.

#include "test_main.h"
#include "fuzz/experiment_fuzz_input.h"

namespace RNNLAB_TEST_FILE {

class TestExperimentFuzzCorpus : public QObject {
    Q_OBJECT
private slots:
    void replay_data();
    void replay();
};

void TestExperimentFuzzCorpus::replay_data() {
    QTest::addColumn<QString>("path");
    const QDir dir(QStringLiteral(RNNLAB_TEST_DATA_DIR "/../fuzz/corpus/experiment"));
    const QStringList files = dir.entryList(QDir::Files | QDir::NoDotAndDotDot, QDir::Name);
    QVERIFY(!files.isEmpty());
    for (const QString& f : files)
        if (!f.endsWith(".md")) QTest::newRow(qPrintable(f)) << dir.filePath(f);
}

void TestExperimentFuzzCorpus::replay() {
    QFETCH(QString, path);
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray bytes = f.readAll();
    const char* broken = rnnlab::fuzz::checkExperimentInput(
        reinterpret_cast<const std::uint8_t*>(bytes.constData()), std::size_t(bytes.size()));
    QVERIFY2(broken == nullptr, broken);
}

RNNLAB_TEST_APPLESS_MAIN(TestExperimentFuzzCorpus)
}  // namespace RNNLAB_TEST_FILE

#include "tst_experiment_fuzz_corpus.moc"
