// Closing the window or quitting while the worker trains: closing (after Discard) pauses the run
// so no step follows, and destroying the window mid-training stops and joins the worker thread
// (its finished() fires before the destructor returns). The sanitizer builds run this too: a
// leaked worker, a use after free or a race shows there.
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QThread>
#include <atomic>

#include "test_main.h"
#include "gui_test_support.h"
#include "settings_sandbox.h"
#include "ui/application_setup.h"
#include "ui/experiment/experiment_controller.h"
#include "ui/window/lab_window.h"
#include "ui/window/speed_control.h"

namespace RNNLAB_TEST_FILE {

using namespace rnnlab;
using namespace rnnlab::ui;
using gui_test::showAndActivate;
using gui_test::waitUntilIdle;

namespace {

// The trainer's step count, read on the worker thread between two steps.
long long trainerStep(ExperimentController& c) {
    std::atomic<long long> step{-1};
    bool answered = false;
    c.session().withTrainer([&step](Trainer& t) { step = t.stepCount(); },
                            [&answered](const QString&) { answered = true; });
    return QTest::qWaitFor([&answered] { return answered; }, 60000) ? step.load() : -1;
}

// Starts free-running training with more epochs than it can finish, and waits until the
// worker has taken some steps.
bool startTraining(ExperimentController& c) {
    TrainingSettings settings = c.settings();
    settings.epochs = kMaxEpochs;
    c.setSettings(settings);
    c.setSpeedLevel(SpeedControl::kMaxLevel);
    c.play();
    return QTest::qWaitFor(
        [&c] { return c.session().running() && c.snapshot() && c.snapshot()->step > 0; }, 60000);
}

}  // namespace

class TestCloseWhileTraining : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void closingPausesTheWorker();
    void destroyingMidTrainingJoinsTheWorker();

private:
    SettingsSandbox m_settings;
};

void TestCloseWhileTraining::initTestCase() {
    setupApplication();
}

void TestCloseWhileTraining::init() {
    m_settings.clear();
}

void TestCloseWhileTraining::closingPausesTheWorker() {
    LabWindow window;
    ExperimentController& c = window.controller();
    QVERIFY(waitUntilIdle(c));
    QVERIFY(showAndActivate(window));
    QVERIFY(startTraining(c));

    bool asked = false;
    gui_test::whenDialogOpens<QMessageBox>([&asked](QMessageBox* box) {
        asked = true;
        box->button(QMessageBox::Discard)->click();
    });
    QVERIFY(window.close());
    QVERIFY(asked);  // the steps trained are unsaved work
    QVERIFY(!window.isVisible());
    QVERIFY(!c.isPlaying());
    QTRY_VERIFY_WITH_TIMEOUT(!c.session().running(), 60000);

    // Paused for good: the worker answers, and no step follows the one it stopped at (a
    // second round trip through the worker finds the same step).
    QVERIFY(waitUntilIdle(c));
    const long long stopped = trainerStep(c);
    QVERIFY(stopped > 0);
    QCOMPARE(trainerStep(c), stopped);
    QCOMPARE(c.snapshot()->step, stopped);
}

void TestCloseWhileTraining::destroyingMidTrainingJoinsTheWorker() {
    auto* window = new LabWindow;
    ExperimentController& c = window->controller();
    QVERIFY(waitUntilIdle(c));
    QVERIFY(startTraining(c));

    std::atomic<QThread*> thread{nullptr};
    c.session().withTrainer([&thread](Trainer&) { thread = QThread::currentThread(); });
    QTRY_VERIFY_WITH_TIMEOUT(thread.load() != nullptr, gui_test::kWorkerTimeoutMs);
    QThread* const worker = thread;
    QVERIFY(worker != QThread::currentThread());
    const QSignalSpy finished(worker, &QThread::finished);
    // One more job through the session's mailbox: the worker takes it after the spy exists, so
    // ThreadSanitizer sees the spy set up before the worker's last signal reaches it.
    std::atomic<bool> synced{false};
    c.session().withTrainer([&synced](Trainer&) { synced = true; });
    QTRY_VERIFY_WITH_TIMEOUT(synced.load(), gui_test::kWorkerTimeoutMs);
    QVERIFY(c.session().running());

    delete window;  // as quitting does: no close event, the worker is still training
    QCOMPARE(finished.count(), 1);
}

RNNLAB_TEST_MAIN(TestCloseWhileTraining)
}  // namespace RNNLAB_TEST_FILE

#include "tst_close_while_training.moc"
