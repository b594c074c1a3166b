// docs/lessons.md cannot go stale: its complete example is extracted from the page, read as a
// lesson file and trained, and every one of its checks must hold; the page names every check
// kind and every view a lesson may use.

#include "test_main.h"
#include "core/lessons/lesson_file.h"
#include "core/lessons/lesson_runner.h"

namespace RNNLAB_TEST_FILE {

using namespace rnnlab;

namespace {

QString readDoc() {
    QFile f(RNNLAB_RESOURCES_DIR "/../docs/lessons.md");
    if (!f.open(QIODevice::ReadOnly)) qFatal("cannot read docs/lessons.md");
    return QString::fromUtf8(f.readAll());
}

// The first ```json block after the heading "## A complete example".
QString exampleOf(const QString& doc) {
    const qsizetype heading = doc.indexOf(QLatin1String("## A complete example"));
    const QString open = QStringLiteral("```json\n");
    const qsizetype start = doc.indexOf(open, heading);
    const qsizetype end = doc.indexOf(QLatin1String("\n```"), start + open.size());
    if (heading < 0 || start < 0 || end < 0) return {};
    return doc.mid(start + open.size(), end - start - open.size());
}

}  // namespace

class TestLessonsDoc : public QObject {
    Q_OBJECT
private slots:
    void exampleHoldsItsChecks() {
        const QString example = exampleOf(readDoc());
        QVERIFY2(!example.isEmpty(), "docs/lessons.md has no example");
        QTemporaryDir dir;
        const QString path = dir.filePath("sine-rnn-gru.lesson.json");
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(example.toUtf8());
        f.close();

        const Lesson lesson = readLesson(path.toStdString());
        QVERIFY(!lesson.goal.empty());
        QCOMPARE(lesson.runs.size(), std::size_t(2));
        QVERIFY(!lesson.checks.empty());
        LessonRuns runs(lesson);
        bool seeded = false;
        for (const LessonCheckResult& r : checkLesson(lesson, runs)) {
            qInfo("%s %s", r.passed ? "holds:" : "FAILS:", r.message.c_str());
            QVERIFY2(r.passed, r.message.c_str());
            seeded = seeded || (r.check.seeds > 1 && r.check.atLeast < r.check.seeds);
        }
        QVERIFY2(seeded, "the example shows a check over seeds with at_least");
        // Its quiz has an answer on the trained run, and that answer is right by its own rule.
        const std::vector<LessonQuizResult> quizzes = answerQuizzes(lesson, runs);
        QVERIFY2(!quizzes.empty(), "the example shows a quiz");
        for (const LessonQuizResult& q : quizzes) {
            const Quiz& quiz = *lesson.text[q.step].quiz;
            qInfo("quiz: %s %s", q.answer.shown.english().c_str(), q.answer.why.english().c_str());
            QVERIFY2(q.answer.available(), q.answer.unavailable.english().c_str());
            QVERIFY(isCorrect(quiz, q.answer, {q.answer.label, q.answer.value}));
        }
    }

    // The format's tables name every check kind and view, in the page's `code` spelling.
    void namesEveryCheckKindAndView() {
        const QString doc = readDoc();
        for (int k = int(LessonCheckKind::GradientRatioBelow);
             k <= int(LessonCheckKind::StopsEarly); ++k) {
            const QString name = QString::fromStdString(toString(LessonCheckKind(k)));
            QVERIFY2(doc.contains('`' + name + '`'), qPrintable(name));
        }
        for (int k = int(QuizQueryKind::LargestGradientStep); k <= int(QuizQueryKind::FinalLoss);
             ++k) {
            const QString name = QString::fromStdString(toString(QuizQueryKind(k)));
            QVERIFY2(doc.contains('`' + name + '`'), qPrintable(name));
        }
        for (const char* field : {"`seeds`", "`at_least`", "`tolerance`", "`explanation`"})
            QVERIFY2(doc.contains(QLatin1String(field)), field);
        for (const std::string& view : lessonViewNames())
            QVERIFY2(doc.contains('`' + QString::fromStdString(view) + '`'), view.c_str());
    }
};

RNNLAB_TEST_APPLESS_MAIN(TestLessonsDoc)
}  // namespace RNNLAB_TEST_FILE

#include "tst_lessons_doc.moc"
