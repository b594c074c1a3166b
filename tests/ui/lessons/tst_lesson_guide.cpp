// The lesson side panel and the Lessons menu: the bundled lessons compiled into the application
// are the files in resources/lessons/; the panel shows a lesson's title and numbered steps,
// walks through them asking for each step's view, and "Start lesson" hands the lesson over.
#include <QMenu>
#include <QPushButton>
#include <QSignalSpy>
#include <QTextBrowser>

#include "test_main.h"
#include "core/lessons/lesson_catalog.h"
#include "ui/compare/run_spec.h"
#include "ui/lessons/bundled_lessons.h"
#include "ui/lessons/lesson_guide.h"
#include "ui/lessons/lesson_menu.h"

namespace RNNLAB_TEST_FILE {

using namespace rnnlab;
using namespace rnnlab::ui;

class TestLessonGuide : public QObject {
    Q_OBJECT
private:
    std::vector<Lesson> m_lessons;

private slots:
    void initTestCase() { m_lessons = bundledLessons(); }

    // resources/lessons.qrc lists every lesson file of the source tree.
    void bundledLessonsAreTheResourceFiles() {
        const std::vector<Lesson> files = readLessons(RNNLAB_RESOURCES_DIR "/lessons");
        QCOMPARE(m_lessons.size(), files.size());
        for (std::size_t i = 0; i < files.size(); ++i) {
            QCOMPARE(m_lessons[i].name, files[i].name);
            QCOMPARE(m_lessons[i].title, files[i].title);
        }
        QCOMPARE(m_lessons.front().name, std::string("hidden-state"));
    }

    void showsTitleAndNumberedSteps() {
        LessonGuide guide;
        QCOMPARE(guide.title(), QString("Welcome to RNN Lab"));
        QVERIFY(!guide.startButton()->isEnabled());

        const Lesson& lesson = findLesson(m_lessons, "vanishing-gradient");
        guide.setLesson(lesson);
        QCOMPARE(guide.title(), QString("The vanishing gradient"));
        QCOMPARE(guide.summary(), QString::fromStdString(lesson.summary));
        QCOMPARE(guide.goal(), "<b>Goal:</b> " + QString::fromStdString(lesson.goal));
        QCOMPARE(guide.stepCount(), 7);
        QCOMPARE(guide.currentStep(), 0);
        const QString text = guide.stepsText();
        int at = 0;
        for (const LessonStep& step : lesson.text) {
            const int found = text.indexOf(QString::fromStdString(step.title), at);
            QVERIFY2(found >= 0, step.title.c_str());  // every step, in order
            at = found;
        }
        QVERIFY(text.contains("40 random distractor numbers"));  // the body's HTML as text
        QVERIFY(guide.startButton()->isEnabled());
        QVERIFY(!guide.backButton()->isEnabled());
        QVERIFY(guide.nextButton()->isEnabled());
    }

    void walksThroughTheSteps() {
        LessonGuide guide;
        const Lesson& lesson = findLesson(m_lessons, "vanishing-gradient");
        guide.setLesson(lesson);
        QSignalSpy views(&guide, &LessonGuide::viewRequested);
        QSignalSpy steps(&guide, &LessonGuide::currentStepChanged);

        guide.nextButton()->click();
        QCOMPARE(guide.currentStep(), 1);
        QCOMPARE(views.takeFirst().at(0).toString(), QString("training"));
        guide.nextButton()->click();
        QCOMPARE(views.takeFirst().at(0).toString(), QString("gradients"));
        guide.setCurrentStep(99);  // clamped to the last step
        QCOMPARE(guide.currentStep(), 6);
        QCOMPARE(views.takeFirst().at(0).toString(), QString("training"));
        QVERIFY(!guide.nextButton()->isEnabled());
        guide.backButton()->click();
        QCOMPARE(guide.currentStep(), 5);
        QCOMPARE(steps.count(), 4);

        // A step's title is a link that selects it.
        auto* browser = guide.findChild<QTextBrowser*>();
        QVERIFY(browser);
        emit browser->anchorClicked(QUrl("step:1"));
        QCOMPARE(guide.currentStep(), 1);
    }

    void startHandsTheLessonOver() {
        LessonGuide guide;
        const Lesson& lesson = findLesson(m_lessons, "lstm-remembers");
        guide.setLesson(lesson);
        guide.setCurrentStep(3);
        QSignalSpy started(&guide, &LessonGuide::startRequested);
        QSignalSpy views(&guide, &LessonGuide::viewRequested);
        guide.startButton()->click();
        QCOMPARE(started.count(), 1);
        const auto handed = started.at(0).at(0).value<Lesson>();
        QCOMPARE(handed.name, std::string("lstm-remembers"));
        QVERIFY(handed.experiment.network.cell == CellType::Lstm);
        // The guide stays where it is until the lesson has started (its owner then shows it
        // from the first step: tst_lesson_coordinator).
        QCOMPARE(guide.currentStep(), 3);
        QCOMPARE(views.count(), 0);

        // The comparison runs the controller gives the Compare view.
        const std::vector<RunSpec> runs = runSpecs(handed);
        QCOMPARE(runs.size(), std::size_t(2));
        QCOMPARE(runs[0].label, QString("tanh RNN"));
        QVERIFY(runs[0].network.cell == CellType::Rnn);
        QVERIFY(runs[1].network.cell == CellType::Lstm);
        QCOMPARE(runs[1].settings.seed, handed.experiment.training.seed);
    }

    void menuListsTheLessons() {
        QMenu menu;
        menu.addAction("Lesson panel");
        LessonMenu lessons(&menu, m_lessons);
        QCOMPARE(menu.actions().size(), int(m_lessons.size()) + 2);  // + separator
        QCOMPARE(lessons.action(0)->text(), QString("&1  What a hidden state is"));
        QCOMPARE(lessons.action(9)->text(),
                 QString("10  Learning rate: too small, right, too large"));
        QCOMPARE(lessons.action(6)->objectName(), QString("lesson-exploding-gradients"));
        QCOMPARE(lessons.action(6)->statusTip(),
                 QString::fromStdString(findLesson(m_lessons, "exploding-gradients").summary));
        QSignalSpy chosen(&lessons, &LessonMenu::lessonChosen);
        lessons.action(12)->trigger();
        QCOMPARE(chosen.count(), 1);
        QCOMPARE(chosen.at(0).at(0).value<Lesson>().name, std::string("gru-lstm-rnn"));
    }
};

RNNLAB_TEST_MAIN(TestLessonGuide)
}  // namespace RNNLAB_TEST_FILE

#include "tst_lesson_guide.moc"
