// Replays the lesson reader's fuzz inputs (tests/fuzz/corpus/lesson/: inputs kept from
// libFuzzer runs of tests/fuzz/fuzz_lesson, including any that once crashed) and the bundled
// lessons through the same checks as the fuzzer, in the normal build.

#include "test_main.h"
#include "fuzz/lesson_fuzz_input.h"

namespace RNNLAB_TEST_FILE {

class TestLessonFuzzCorpus : public QObject {
    Q_OBJECT
private slots:
    void replay_data();
    void replay();
};

void TestLessonFuzzCorpus::replay_data() {
    QTest::addColumn<QString>("path");
    for (const QString& folder : {QStringLiteral(RNNLAB_TEST_DATA_DIR "/../fuzz/corpus/lesson"),
                                  QStringLiteral(RNNLAB_RESOURCES_DIR "/lessons")}) {
        const QDir dir(folder);
        const QStringList files = dir.entryList(QDir::Files | QDir::NoDotAndDotDot, QDir::Name);
        QVERIFY2(!files.isEmpty(), qPrintable(folder));
        for (const QString& f : files)
            if (!f.endsWith(".md")) QTest::newRow(qPrintable(f)) << dir.filePath(f);
    }
}

void TestLessonFuzzCorpus::replay() {
    QFETCH(QString, path);
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray bytes = f.readAll();
    const char* broken = rnnlab::fuzz::checkLessonInput(
        reinterpret_cast<const std::uint8_t*>(bytes.constData()), std::size_t(bytes.size()));
    QVERIFY2(broken == nullptr, broken);
}

RNNLAB_TEST_APPLESS_MAIN(TestLessonFuzzCorpus)
}  // namespace RNNLAB_TEST_FILE

#include "tst_lesson_fuzz_corpus.moc"
