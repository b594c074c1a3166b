// The worker thread as the GUI drives it: play, pause, single step, reset, settings changed
// while running, errors as signals, and a clean stop when the session goes away mid-training.
#include <QSignalSpy>
#include <atomic>

#include "test_main.h"
#include "core/train/data_source.h"
#include "gui_test_support.h"
#include "ui/session/thread_niceness.h"
#include "ui/session/training_session.h"

#ifdef Q_OS_LINUX
#include <sys/resource.h>
#include <sys/syscall.h>
#include <unistd.h>
#endif

namespace RNNLAB_TEST_FILE {

using namespace rnnlab;
using rnnlab::ui::TrainingSession;

namespace {

std::shared_ptr<Trainer> sineTrainer(int epochs = 1000) {
    DataSource d;
    d.kind = DataSourceKind::Generator;
    d.generator.kind = GeneratorKind::Sine;
    d.window.window = 10;
    NetworkConfig c;
    c.cell = CellType::Gru;
    c.hiddenSize = 8;
    TrainingSettings s;
    s.epochs = epochs;
    s.optimizer.learningRate = 0.01;
    return std::make_shared<Trainer>(c, s, buildTrainingData(d));
}

// Waits for the next snapshot and returns it.
std::shared_ptr<const TrainingSnapshot> nextSnapshot(TrainingSession& session) {
    QSignalSpy spy(&session, &TrainingSession::snapshotChanged);
    if (!spy.wait(gui_test::kWorkerTimeoutMs)) return nullptr;
    return session.snapshot();
}

// The trainer's step count, read on the worker thread after every command sent before: a
// round trip through the worker (-1 when it does not answer).
long long workerStep(TrainingSession& session) {
    std::atomic<long long> step{-1};
    bool answered = false;
    session.withTrainer([&step](Trainer& t) { step = t.stepCount(); },
                        [&answered](const QString&) { answered = true; });
    return QTest::qWaitFor([&answered] { return answered; }, gui_test::kWorkerTimeoutMs)
               ? step.load()
               : -1;
}

}  // namespace

class TestTrainingSession : public QObject {
    Q_OBJECT
private slots:
#ifdef Q_OS_LINUX
    // The training thread runs niced below the window, which has the nice value it started
    // with (ui/session/thread_niceness.h): a frame does not wait behind training on 2 cores.
    void trainingYieldsToTheWindow() {
        const int window = getpriority(PRIO_PROCESS, id_t(syscall(SYS_gettid)));
        TrainingSession session;
        session.setTrainer(sineTrainer());
        std::atomic<int> training{-100};
        bool answered = false;
        session.withTrainer(
            [&training](Trainer&) {
                training = getpriority(PRIO_PROCESS, id_t(syscall(SYS_gettid)));
            },
            [&answered](const QString&) { answered = true; });
        QTRY_VERIFY_WITH_TIMEOUT(answered, gui_test::kWorkerTimeoutMs);
        QCOMPARE(training.load(), std::min(window + rnnlab::ui::kTrainingNiceness, 19));
        QCOMPARE(getpriority(PRIO_PROCESS, id_t(syscall(SYS_gettid))), window);
    }
#endif

    void playPauseStepReset() {
        TrainingSession session;
        session.setTrainer(sineTrainer());
        auto first = nextSnapshot(session);
        QVERIFY(first);
        QCOMPARE(first->step, 0LL);
        QVERIFY(first->trace);  // the untrained network is traced too

        QSignalSpy running(&session, &TrainingSession::runningChanged);
        session.play();
        QTRY_VERIFY_WITH_TIMEOUT(session.snapshot()->step > 50, gui_test::kWorkerTimeoutMs);
        QVERIFY(session.running());

        session.pause();
        QTRY_VERIFY_WITH_TIMEOUT(!session.running(), gui_test::kWorkerTimeoutMs);
        QTRY_VERIFY_WITH_TIMEOUT(!session.snapshot()->running, gui_test::kWorkerTimeoutMs);
        const long long paused = session.snapshot()->step;
        // Nothing runs while paused: two round trips through the worker find the same step.
        QCOMPARE(workerStep(session), paused);
        QCOMPARE(workerStep(session), paused);
        QCOMPARE(session.snapshot()->step, paused);
        QVERIFY(session.snapshot()->forecasts);  // refreshed on pause

        session.stepOnce();
        QTRY_COMPARE_WITH_TIMEOUT(session.snapshot()->step, paused + 1, gui_test::kWorkerTimeoutMs);
        QCOMPARE(workerStep(session), paused + 1);  // exactly one

        session.reset();
        QTRY_COMPARE_WITH_TIMEOUT(session.snapshot()->step, 0LL, gui_test::kWorkerTimeoutMs);
        QVERIFY(session.snapshot()->history.steps.items().empty());
        QCOMPARE(running.count(), 2);  // on, then off
    }

    void settingsChangeWhileRunning() {
        TrainingSession session;
        auto trainer = sineTrainer();
        TrainingSettings s = trainer->settings();
        session.setTrainer(trainer);
        session.play();
        QTRY_VERIFY_WITH_TIMEOUT(session.snapshot() && session.snapshot()->step > 5,
                                 gui_test::kWorkerTimeoutMs);
        s.optimizer.learningRate = 0.003;
        session.setSettings(s);
        QTRY_COMPARE_WITH_TIMEOUT(session.snapshot()->learningRate, 0.003,
                                  gui_test::kWorkerTimeoutMs);
        QVERIFY(session.running());
        session.pause();
    }

    void errorsBecomeSignals() {
        TrainingSession session;
        auto trainer = sineTrainer();
        TrainingSettings bad = trainer->settings();
        bad.batchSize = 0;
        session.setTrainer(trainer);
        QSignalSpy errors(&session, &TrainingSession::errorOccurred);
        session.setSettings(bad);
        QVERIFY(errors.wait(gui_test::kWorkerTimeoutMs));
        QCOMPARE(errors.first().first().toString(),
                 QString("batch size must be between 1 and 65536, got 0"));
        session.stepOnce();  // the session still works
        QTRY_COMPARE_WITH_TIMEOUT(session.snapshot()->step, 1LL, gui_test::kWorkerTimeoutMs);
    }

    void runEpochsStopsAtTheEpoch() {
        TrainingSession session;
        session.setTrainer(sineTrainer());
        session.runEpochs(2);
        QTRY_VERIFY_WITH_TIMEOUT(
            session.snapshot() && session.snapshot()->epoch == 2 && !session.snapshot()->running,
            gui_test::kWorkerTimeoutMs);
        QCOMPARE(session.snapshot()->history.epochs.size(), size_t(2));
    }

    void customTraceOfADrawnInput() {
        TrainingSession session;
        session.setTrainer(sineTrainer());
        QSignalSpy traces(&session, &TrainingSession::customTrace);
        Matrix<double> input(7, 1);
        input << 0, 0.5, 1, 0.5, 0, -0.5, -1;
        session.traceInput(input);
        QVERIFY(traces.wait(gui_test::kWorkerTimeoutMs));
        const auto trace = traces.first().at(1).value<std::shared_ptr<const SequenceTrace>>();
        QVERIFY(trace);
        QCOMPARE(trace->steps, Index(7));
        QVERIFY(!trace->loss);
    }

    // Destroying the session while training runs stops the worker and joins its thread: the
    // trainer is no longer shared with anyone, and its step count stays where it stopped.
    void closingWhileTraining() {
        auto session = std::make_unique<TrainingSession>();
        const std::shared_ptr<Trainer> trainer = sineTrainer();
        session->setTrainer(trainer);
        session->play();
        QTRY_VERIFY_WITH_TIMEOUT(session->snapshot() && session->snapshot()->step > 10,
                                 gui_test::kWorkerTimeoutMs);
        QVERIFY(session->running());
        session.reset();
        QCOMPARE(trainer.use_count(), 1L);
        const long long stopped = trainer->stepCount();
        QVERIFY(stopped > 10);
        QCoreApplication::processEvents();
        QCOMPARE(trainer->stepCount(), stopped);
    }
};

RNNLAB_TEST_GUILESS_MAIN(TestTrainingSession)
}  // namespace RNNLAB_TEST_FILE

#include "tst_training_session.moc"
