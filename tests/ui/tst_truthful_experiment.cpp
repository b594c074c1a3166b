// One truthful experiment, driven through the real window as a teacher drives it, in sequence:
// a change and Play at once train the network the builder shows; another dataset asks before
// it replaces a trained run, Cancel keeps the run bit for bit and Undo brings a replaced run
// back bit for bit; New after a lesson detaches the guide; the own-input explorer follows the
// network; lesson 1's LSTM remedy clears the vanishing-gradient badge; a run that diverges again
// after "lower the learning rate" says so and offers clipping, which then holds.
#include <QComboBox>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTreeWidget>

#include "test_main.h"
#include "core/analysis/gradient_diagnosis.h"
#include "gui_test_support.h"
#include "settings_sandbox.h"
#include "ui/application_setup.h"
#include "ui/explorer/explorer_view.h"
#include "ui/explorer/sequence_picker.h"
#include "ui/gradients/gradient_badge.h"
#include "ui/gradients/gradients_view.h"
#include "ui/gradients/remedy_strip.h"
#include "ui/lessons/lesson_guide.h"
#include "ui/panels/data_panel.h"
#include "ui/panels/network_builder_panel.h"
#include "ui/session/training_session.h"
#include "ui/theme/theme.h"
#include "ui/views/divergence_banner.h"
#include "ui/views/training_dashboard.h"
#include "ui/experiment/experiment_controller.h"
#include "ui/headless/headless_run.h"
#include "ui/window/lab_window.h"
#include "ui/window/main_window_actions.h"
#include "ui/window/preparing_overlay.h"

namespace RNNLAB_TEST_FILE {

using namespace rnnlab;
using namespace rnnlab::ui;
using gui_test::kWorkerTimeoutMs;
using gui_test::waitUntilIdle;
using gui_test::whenDialogOpens;

namespace {

// The run's weights as the training thread holds them, bit for bit.
Eigen::VectorXf weightsOf(ExperimentController& c) {
    Eigen::VectorXf weights;
    bool done = false;
    c.session().withTrainer([&weights](Trainer& t) { weights = t.network().parameters().flat(); },
                            [&done](const QString&) { done = true; });
    if (!QTest::qWaitFor([&done] { return done; }, kWorkerTimeoutMs)) return {};
    return weights;
}

// Clicks a dataset in the Data panel as a user does.
void clickDataset(LabWindow& window, const QString& title) {
    QTreeWidget* tree = window.dataPanel()->sourceList();
    QTreeWidgetItem* item = tree->findItems(title, Qt::MatchExactly | Qt::MatchRecursive).value(0);
    QVERIFY2(item, qPrintable(title));
    tree->scrollToItem(item);
    QTest::mouseClick(tree->viewport(), Qt::LeftButton, {}, tree->visualItemRect(item).center());
}

// Answers the next "Unsaved Changes" question with `button`; `asked` records that it came.
void answerUnsavedChanges(QMessageBox::StandardButton button, bool* asked) {
    whenDialogOpens<QMessageBox>([button, asked](QMessageBox* box) {
        *asked = true;
        box->button(button)->click();
    });
}

QString dataName(const ExperimentController& c) {
    return QString::fromStdString(c.trainingDataSource().bundled);
}

}  // namespace

class TestTruthfulExperiment : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { setupApplication(); }
    void init() {
        m_settings.clear();
        Theme::instance().setScheme(ColorScheme::Light);
        Theme::instance().setPresentation(false);
    }
    void changeThenPlayTrainsTheNewNetwork();
    void anotherDatasetAsksAndUndoBringsTheRunBack();
    void newAfterALessonDetachesTheGuide();
    void ownInputFollowsTheNetwork();
    void lessonOneRemedyClearsTheVanishingBadge();
    void divergingAgainOffersTheNextStep();

private:
    SettingsSandbox m_settings;
};

// Hidden units 16 -> 48, then Play before the new network is built: every snapshot after the
// change is of the 48-unit network, never the old one trained on.
void TestTruthfulExperiment::changeThenPlayTrainsTheNewNetwork() {
    LabWindow window;
    ExperimentController& c = window.controller();
    QVERIFY(waitUntilIdle(c));
    std::vector<int> hiddenTrained;
    connect(&c, &ExperimentController::snapshotChanged, this,
            [&hiddenTrained](std::shared_ptr<const TrainingSnapshot> s) {
                if (s->step > 0) hiddenTrained.push_back(s->network.hiddenSize);
            });
    auto* hidden = window.networkBuilder()->findChild<QSpinBox*>(QStringLiteral("hiddenSize"));
    QVERIFY(hidden);
    hidden->setValue(48);
    window.actions().playPause->trigger();  // at once, while the new network is being built
    QTRY_VERIFY_WITH_TIMEOUT(c.snapshot() && c.snapshot()->step >= 5, kWorkerTimeoutMs);
    c.pause();
    QVERIFY(waitUntilIdle(c));
    QVERIFY(!hiddenTrained.empty());
    for (int h : hiddenTrained) QCOMPARE(h, 48);
    QCOMPARE(c.network().hiddenSize, 48);
    QVERIFY(!window.preparingOverlay()->isVisible());
}

// Train the sine, click the Nile: asked first. Cancel keeps the run as it was, bit for bit;
// Discard replaces it; Undo brings the trained run back bit for bit, Redo the Nile again.
void TestTruthfulExperiment::anotherDatasetAsksAndUndoBringsTheRunBack() {
    LabWindow window;
    ExperimentController& c = window.controller();
    QVERIFY(waitUntilIdle(c));
    QCOMPARE(trainAndWait(c, 40), QString());
    waitForWorker(c);
    const long long trainedStep = c.snapshot()->step;
    const Eigen::VectorXf trained = weightsOf(c);
    QVERIFY(trained.size() > 0);
    const QString sine = dataName(c);

    bool asked = false;
    answerUnsavedChanges(QMessageBox::Cancel, &asked);
    clickDataset(window, QStringLiteral("Nile river flow at Aswan, 1871-1970"));
    QTRY_VERIFY_WITH_TIMEOUT(asked, kWorkerTimeoutMs);
    QVERIFY(waitUntilIdle(c));
    QCOMPARE(dataName(c), sine);
    QCOMPARE(c.snapshot()->step, trainedStep);
    QVERIFY(weightsOf(c) == trained);
    // The list shows the data the run trains on, not the one clicked.
    QCOMPARE(window.dataPanel()->sourceList()->currentItem()->text(0), QStringLiteral("Sine wave"));

    asked = false;
    answerUnsavedChanges(QMessageBox::Discard, &asked);
    clickDataset(window, QStringLiteral("Nile river flow at Aswan, 1871-1970"));
    QTRY_VERIFY_WITH_TIMEOUT(asked, kWorkerTimeoutMs);
    QVERIFY(waitUntilIdle(c));
    QCOMPARE(dataName(c), QStringLiteral("nile"));
    QTRY_COMPARE_WITH_TIMEOUT(c.snapshot()->step, 0LL, kWorkerTimeoutMs);

    QVERIFY(window.actions().undo->isEnabled());
    window.actions().undo->trigger();
    QVERIFY(waitUntilIdle(c));
    QCOMPARE(dataName(c), sine);
    QCOMPARE(window.dataPanel()->sourceList()->currentItem()->text(0), QStringLiteral("Sine wave"));
    QTRY_COMPARE_WITH_TIMEOUT(c.snapshot()->step, trainedStep, kWorkerTimeoutMs);
    QVERIFY(weightsOf(c) == trained);

    window.actions().redo->trigger();
    QVERIFY(waitUntilIdle(c));
    QCOMPARE(dataName(c), QStringLiteral("nile"));
}

// A lesson, then New: the guide no longer presents the window's experiment as the lesson's.
void TestTruthfulExperiment::newAfterALessonDetachesTheGuide() {
    LabWindow window;
    ExperimentController& c = window.controller();
    QVERIFY(waitUntilIdle(c));
    window.openLesson(QStringLiteral("vanishing-gradient"));
    QVERIFY(waitUntilIdle(c));
    LessonGuide* guide = window.lessonGuide();
    QCOMPARE(guide->title(), QStringLiteral("The vanishing gradient"));
    QVERIFY(!guide->isDetached());
    window.actions().newExperiment->trigger();  // nothing trained: nothing to ask
    QVERIFY(waitUntilIdle(c));
    QVERIFY(guide->isDetached());
    QVERIFY(guide->noticeText().contains(QStringLiteral("no longer the lesson's experiment")));
    // Reopening the lesson attaches it again.
    window.openLesson(QStringLiteral("vanishing-gradient"));
    QVERIFY(waitUntilIdle(c));
    QVERIFY(!guide->isDetached());
}

// The explorer's own input runs on the network the builder shows, after every change.
void TestTruthfulExperiment::ownInputFollowsTheNetwork() {
    LabWindow window;
    ExperimentController& c = window.controller();
    QVERIFY(waitUntilIdle(c));
    ExplorerView* explorer = window.explorer();
    explorer->picker()->setSource(TraceSource::OwnInput);
    QTRY_VERIFY_WITH_TIMEOUT(explorer->trace() && explorer->trace()->config.hiddenSize == 16,
                             kWorkerTimeoutMs);
    auto* hidden = window.networkBuilder()->findChild<QSpinBox*>(QStringLiteral("hiddenSize"));
    hidden->setValue(24);
    QVERIFY(waitUntilIdle(c));
    QTRY_VERIFY_WITH_TIMEOUT(explorer->trace() && explorer->trace()->config.hiddenSize == 24,
                             kWorkerTimeoutMs);
    QVERIFY(explorer->statusText().contains(QStringLiteral("\u0177")));  // the answer, shown
}

// Lesson 1: a tanh RNN's gradient vanishes over 40 distractors (badge on). Remedies -> Cell ->
// LSTM rebuilds with its forget gates open; trained as long, the badge clears.
void TestTruthfulExperiment::lessonOneRemedyClearsTheVanishingBadge() {
    LabWindow window;
    ExperimentController& c = window.controller();
    QVERIFY(waitUntilIdle(c));
    window.openLesson(QStringLiteral("vanishing-gradient"));
    QVERIFY(waitUntilIdle(c));
    GradientsView* gradients = window.gradients();
    QCOMPARE(trainAndWait(c, 60), QString());
    window.settleViews();
    QTRY_VERIFY_WITH_TIMEOUT(gradients->vanishingBadge()->state() == BadgeState::On,
                             kWorkerTimeoutMs);

    QComboBox* cell = gradients->remedies()->cellBox();
    cell->setCurrentIndex(cell->findText(QStringLiteral("LSTM")));
    QVERIFY(waitUntilIdle(c));
    QVERIFY(c.network().cell == CellType::Lstm);
    QVERIFY(c.settings().init.forgetBias >= 1.0);
    QCOMPARE(trainAndWait(c, 300), QString());
    window.settleViews();
    QTRY_VERIFY2_WITH_TIMEOUT(gradients->snapshot()->network.cell == CellType::Lstm &&
                                  gradients->vanishingBadge()->state() == BadgeState::Off,
                              qPrintable(gradients->vanishingBadge()->summaryText()),
                              kWorkerTimeoutMs);
}

// A ReLU RNN with growing recurrent weights at lr 10 diverges; "lower and continue" at lr 1
// diverges again: the banner says so and offers clipping; with it the run trains on.
void TestTruthfulExperiment::divergingAgainOffersTheNextStep() {
    LabWindow window;
    ExperimentController& c = window.controller();
    QVERIFY(waitUntilIdle(c));
    gui_test::setUpDivergingRun(c);  // the first steps blow up
    QVERIFY(waitUntilIdle(c));
    trainAndWait(c, 50);
    QVERIFY(c.snapshot()->stopReason == StopReason::Diverged);
    DivergenceBanner* banner = window.dashboard()->banner();
    QVERIFY(!banner->isHidden());
    QVERIFY(banner->clipButton()->isHidden());

    banner->continueButton()->click();  // lr 1, from the best sound weights: diverges again
    QTRY_VERIFY_WITH_TIMEOUT(
        c.snapshot()->stopReason == StopReason::Diverged && c.snapshot()->learningRate == 1.0,
        kWorkerTimeoutMs);
    QVERIFY(waitUntilIdle(c));
    QTRY_COMPARE_WITH_TIMEOUT(banner->divergedAgain(), 1, kWorkerTimeoutMs);
    QVERIFY2(banner->message().startsWith(QStringLiteral("Diverged again, at learning rate 1.")),
             qPrintable(banner->message()));
    QVERIFY(!banner->clipButton()->isHidden());

    banner->clipButton()->click();
    QVERIFY(waitUntilIdle(c));
    QVERIFY(c.settings().clip);
    QCOMPARE(c.snapshot()->settings.clip, true);
    QTRY_VERIFY_WITH_TIMEOUT(banner->isHidden(), kWorkerTimeoutMs);
}

RNNLAB_TEST_MAIN(TestTruthfulExperiment)
}  // namespace RNNLAB_TEST_FILE

#include "tst_truthful_experiment.moc"
