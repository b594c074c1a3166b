// A student's path through a lesson's quizzes in the window: open the lesson, reach the quiz
// step, answer before the run has what the quiz needs (not yet), train, answer wrong (the
// feedback names the right answer, computed from the run on screen, and why), answer right
// (the score goes up), and teacher mode shows the answer.
#include <QCheckBox>
#include <QLineEdit>
#include <QPushButton>

#include "test_main.h"
#include "core/lessons/quiz.h"
#include "gui_test_support.h"
#include "settings_sandbox.h"
#include "ui/application_setup.h"
#include "ui/compare/compare_view.h"
#include "ui/experiment/experiment_controller.h"
#include "ui/explorer/explorer_view.h"
#include "ui/gradients/gradient_profile_view.h"
#include "ui/gradients/gradients_view.h"
#include "ui/headless/headless_run.h"
#include "ui/lessons/lesson_guide.h"
#include "ui/lessons/quiz_panel.h"
#include "ui/plot/figure.h"
#include "ui/session/training_session.h"
#include "ui/theme/theme.h"
#include "ui/window/lab_window.h"
#include "ui/window/time_bar.h"

namespace RNNLAB_TEST_FILE {

using namespace rnnlab;
using namespace rnnlab::ui;
using gui_test::kWorkerTimeoutMs;

namespace {

// Trains the lesson on screen to its end, as pressing Play does.
bool trainToTheEnd(LabWindow& window) {
    ExperimentController& c = window.controller();
    c.play();
    return QTest::qWaitFor(
               [&c] { return c.snapshot() && c.snapshot()->stopReason != StopReason::None; },
               kWorkerTimeoutMs) &&
           gui_test::waitUntilIdle(c);
}

void goToStep(LessonGuide* guide, int step) {
    while (guide->currentStep() < step) QTest::mouseClick(guide->nextButton(), Qt::LeftButton);
}

QPushButton* choiceButton(QuizPanel* quiz, const QString& text) {
    for (QPushButton* b : quiz->choiceButtons())
        if (b->text() == text) return b;
    return nullptr;
}

// The mean over the units of each gate at step t (1-based) of the trace, worked out here.
std::map<std::string, double> gateMeans(const SequenceTrace& trace, int t) {
    std::map<std::string, double> means;
    for (const GateTrace& g : trace.layers[0].gates) {
        double sum = 0.0;
        for (Index j = 0; j < g.value.cols(); ++j) sum += g.value(t - 1, j);
        means[g.name] = sum / double(g.value.cols());
    }
    return means;
}

}  // namespace

class TestLessonQuiz : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { setupApplication(); }
    void init() { m_settings.clear(); }

    // lstm-gates, step 5: "which gate's mean over the 8 units is nearest 1 at t = 5?"
    void wrongChoiceNamesTheAnswerAndWhy() {
        LabWindow window;
        QVERIFY(gui_test::showAndActivate(window));
        window.openLesson("lstm-gates");
        QVERIFY(gui_test::waitUntilIdle(window.controller()));
        LessonGuide* guide = window.lessonGuide();
        QuizPanel* quiz = guide->quizPanel();
        QVERIFY(!quiz->quiz());  // step 1 asks nothing
        QVERIFY(quiz->teacherToggle()->isVisible());
        goToStep(guide, 4);
        QVERIFY(quiz->quiz());
        QVERIFY(quiz->questionText().contains("nearest 1"));
        QCOMPARE(quiz->choiceButtons().size(), 4);  // i, f, g, o
        QVERIFY(quiz->feedbackText().isEmpty());    // the question comes before the answer
        QVERIFY(quiz->teacherText().isEmpty());

        QVERIFY(trainToTheEnd(window));
        const auto snapshot = window.controller().snapshot();
        QVERIFY(snapshot->trace);
        const std::map<std::string, double> means = gateMeans(*snapshot->trace, 5);
        std::string nearest, wrong;
        for (const auto& [gate, mean] : means)
            if (nearest.empty() || std::abs(mean - 1) < std::abs(means.at(nearest) - 1))
                nearest = gate;
        wrong = nearest == "g" ? "i" : "g";

        QSignalSpy answered(quiz, &QuizPanel::answered);
        QTest::mouseClick(choiceButton(quiz, QString::fromStdString(gateTitle(wrong).english())),
                          Qt::LeftButton);
        QCOMPARE(answered.count(), 1);
        QCOMPARE(answered.at(0).at(0).toBool(), false);
        const QString feedback = quiz->feedbackText();
        QVERIFY2(feedback.startsWith("Not quite: you answered " +
                                     QString::fromStdString(gateTitle(wrong).english()) +
                                     ", the answer is " +
                                     QString::fromStdString(gateTitle(nearest).english()) + "."),
                 qPrintable(feedback));
        // Why: the computed mean, as the views show it, and the lesson's explanation.
        QVERIFY2(feedback.contains(QString::fromStdString(lessonNumber(means.at(nearest)))),
                 qPrintable(feedback));
        QVERIFY2(feedback.contains("lets its signal through"), qPrintable(feedback));
        // The last step shows the score; only the first answer counts.
        QCOMPARE(quiz->scoreText(), QString("Score: 0 of 1 quizzes right"));
        QTest::mouseClick(choiceButton(quiz, QString::fromStdString(gateTitle(nearest).english())),
                          Qt::LeftButton);
        QVERIFY(quiz->feedbackText().startsWith(
            "Right: " + QString::fromStdString(gateTitle(nearest).english())));
        QCOMPARE(quiz->scoreText(), QString("Score: 0 of 1 quizzes right"));

        // Teacher mode shows the answer without an answer being given.
        QTest::mouseClick(guide->backButton(), Qt::LeftButton);
        QTest::mouseClick(guide->nextButton(), Qt::LeftButton);
        QVERIFY(quiz->feedbackText().isEmpty());
        quiz->teacherToggle()->click();
        QVERIFY2(
            quiz->teacherText().startsWith("Answer (teacher mode): " +
                                           QString::fromStdString(gateTitle(nearest).english())),
            qPrintable(quiz->teacherText()));
    }

    // hidden-state, step 5: "which unit's |h₁₀| is largest?", answered by a click in the
    // Explorer; right raises the score.
    void rightClickAnswerRaisesTheScore() {
        LabWindow window;
        QVERIFY(gui_test::showAndActivate(window));
        window.openLesson("hidden-state");
        QVERIFY(gui_test::waitUntilIdle(window.controller()));
        LessonGuide* guide = window.lessonGuide();
        QuizPanel* quiz = guide->quizPanel();
        QVERIFY(trainToTheEnd(window));
        goToStep(guide, 4);
        QVERIFY(quiz->quiz());
        QVERIFY(quiz->answerButton()->isVisible());
        QVERIFY(!quiz->numberField()->isVisible());

        const SequenceTrace& trace = *window.controller().snapshot()->trace;
        Index largest = 0;
        for (Index j = 1; j < trace.layers[0].h.cols(); ++j)
            if (std::abs(trace.layers[0].h(9, j)) > std::abs(trace.layers[0].h(9, largest)))
                largest = j;
        // What a click on the unit's row of a heat map or its bar does.
        ExplorerView* explorer = window.explorer();
        QTRY_VERIFY_WITH_TIMEOUT(explorer->trace() != nullptr, kWorkerTimeoutMs);
        explorer->setUnit(int(largest));
        QCOMPARE(quiz->pickedText(), QString("Your answer: unit %1").arg(largest + 1));
        QTest::mouseClick(quiz->answerButton(), Qt::LeftButton);
        QVERIFY2(quiz->feedbackText().startsWith(QString("Right: unit %1.").arg(largest + 1)),
                 qPrintable(quiz->feedbackText()));
        QCOMPARE(quiz->right(), 1);
        QCOMPARE(quiz->scoreText(), QString("Score: 1 of 1 quizzes right"));
    }

    // vanishing-gradient, step 5 asks about the Compare runs: before they have trained the
    // guide says so and keeps no score; step 3 is answered by a time step, from the time bar.
    void notYetWithoutTheRunsAndAStepFromTheTimeBar() {
        LabWindow window;
        QVERIFY(gui_test::showAndActivate(window));
        window.openLesson("vanishing-gradient");
        QVERIFY(gui_test::waitUntilIdle(window.controller()));
        LessonGuide* guide = window.lessonGuide();
        QuizPanel* quiz = guide->quizPanel();
        goToStep(guide, 4);
        QCOMPARE(quiz->choiceButtons().size(), 2);
        QTest::mouseClick(quiz->choiceButtons().at(1), Qt::LeftButton);
        QCOMPARE(quiz->feedbackText(),
                 QString("Not yet: no run has trained yet: press Play all in Compare."));
        QCOMPARE(quiz->answeredCount(), 0);

        QTest::mouseClick(guide->backButton(), Qt::LeftButton);
        QTest::mouseClick(guide->backButton(), Qt::LeftButton);
        QCOMPARE(guide->currentStep(), 2);
        window.timeBar()->setCurrentStep(5);
        QCOMPARE(quiz->pickedText(), QString("Your answer: t = 6"));
        // A click on the Gradients view's ‖dL/dhₜ‖ plot picks the step under it.
        Figure* profile = window.gradients()->profileView()->profileFigure();
        QTRY_VERIFY_WITH_TIMEOUT(profile->isVisible() && profile->graphCount() > 0 &&
                                     profile->graph(0)->data()->size() > 0,
                                 kWorkerTimeoutMs);
        profile->replot();
        const QPoint at(int(profile->xAxis->coordToPixel(12.2)),
                        profile->axisRect()->rect().center().y());
        QTest::mouseClick(profile, Qt::LeftButton, {}, at);
        QCOMPARE(quiz->pickedText(), QString("Your answer: t = 12"));
        window.timeBar()->setCurrentStep(5);
        QTest::mouseClick(quiz->answerButton(), Qt::LeftButton);
        QCOMPARE(quiz->answeredCount(), 1);  // the fresh run's trace has its gradient
        QVERIFY2(quiz->feedbackText().contains("\u2016dL/dh\u2016 is largest at t = "),
                 qPrintable(quiz->feedbackText()));
    }

    // vanishing-gradient, step 5, with two seeds per run in Compare: the run that ends lowest
    // is judged on the mean over its seeds, as the status lines show it.
    void runQuizUsesTheMeanOverTheSeeds() {
        LabWindow window;
        QVERIFY(gui_test::showAndActivate(window));
        window.openLesson("vanishing-gradient");
        QVERIFY(gui_test::waitUntilIdle(window.controller()));
        CompareView* compare = window.compareView();
        compare->setSeedCount(2);
        trainRunsAndWait(*compare, 660);
        std::map<QString, double> means;
        for (int run = 0; run < 2; ++run) {
            for (int seed = 0; seed < 2; ++seed) {
                const auto s = compare->seedSession(run, seed)->snapshot();
                QCOMPARE(s->step, 660LL);
                means[compare->run(run).label] += *s->history.epochs.back().validationLoss / 2;
            }
        }
        const QString lowest = means.begin()->second < std::next(means.begin())->second
                                   ? means.begin()->first
                                   : std::next(means.begin())->first;
        LessonGuide* guide = window.lessonGuide();
        goToStep(guide, 4);
        QuizPanel* quiz = guide->quizPanel();
        QTest::mouseClick(choiceButton(quiz, lowest), Qt::LeftButton);
        QVERIFY2(quiz->feedbackText().startsWith("Right: " + lowest + "."),
                 qPrintable(quiz->feedbackText()));
        QVERIFY2(quiz->feedbackText().contains(QString::fromStdString(lessonNumber(means[lowest]))),
                 qPrintable(quiz->feedbackText()));
    }

private:
    SettingsSandbox m_settings;
};

RNNLAB_TEST_MAIN(TestLessonQuiz)
}  // namespace RNNLAB_TEST_FILE

#include "tst_lesson_quiz.moc"
