// The worker thread as the GUI drives it: play, pause, single step, reset, settings changed
// while running, errors as signals, and a clean stop when the session goes away mid-training.
#include <QSignalSpy>
#include <QtTest>

#include "core/train/data_source.h"
#include "ui/session/training_session.h"

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
    if (!spy.wait(10000)) return nullptr;
    return session.snapshot();
}

}  // namespace

class TestTrainingSession : public QObject {
    Q_OBJECT
private slots:
    void playPauseStepReset() {
        TrainingSession session;
        session.setTrainer(sineTrainer());
        auto first = nextSnapshot(session);
        QVERIFY(first);
        QCOMPARE(first->step, 0LL);
        QVERIFY(first->trace);  // the untrained network is traced too

        QSignalSpy running(&session, &TrainingSession::runningChanged);
        session.play();
        QTRY_VERIFY_WITH_TIMEOUT(session.snapshot()->step > 50, 10000);
        QVERIFY(session.running());

        session.pause();
        QTRY_VERIFY_WITH_TIMEOUT(!session.running(), 10000);
        QTRY_VERIFY_WITH_TIMEOUT(!session.snapshot()->running, 10000);
        const long long paused = session.snapshot()->step;
        QTest::qWait(200);
        QCOMPARE(session.snapshot()->step, paused);  // nothing runs while paused
        QVERIFY(session.snapshot()->forecasts);      // refreshed on pause

        session.stepOnce();
        QTRY_COMPARE_WITH_TIMEOUT(session.snapshot()->step, paused + 1, 10000);
        QTest::qWait(100);
        QCOMPARE(session.snapshot()->step, paused + 1);  // exactly one

        session.reset();
        QTRY_COMPARE_WITH_TIMEOUT(session.snapshot()->step, 0LL, 10000);
        QVERIFY(session.snapshot()->history.steps.items().empty());
        QCOMPARE(running.count(), 2);  // on, then off
    }

    void settingsChangeWhileRunning() {
        TrainingSession session;
        auto trainer = sineTrainer();
        TrainingSettings s = trainer->settings();
        session.setTrainer(trainer);
        session.play();
        QTRY_VERIFY_WITH_TIMEOUT(session.snapshot() && session.snapshot()->step > 5, 10000);
        s.optimizer.learningRate = 0.003;
        session.setSettings(s);
        QTRY_COMPARE_WITH_TIMEOUT(session.snapshot()->learningRate, 0.003, 10000);
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
        QVERIFY(errors.wait(10000));
        QCOMPARE(errors.first().first().toString(),
                 QString("batch size must be between 1 and 65536, got 0"));
        session.stepOnce();  // the session still works
        QTRY_COMPARE_WITH_TIMEOUT(session.snapshot()->step, 1LL, 10000);
    }

    void runEpochsStopsAtTheEpoch() {
        TrainingSession session;
        session.setTrainer(sineTrainer());
        session.runEpochs(2);
        QTRY_VERIFY_WITH_TIMEOUT(session.snapshot() && session.snapshot()->epoch == 2 &&
                                     !session.snapshot()->running,
                                 20000);
        QCOMPARE(session.snapshot()->history.epochs.size(), size_t(2));
    }

    void customTraceOfADrawnInput() {
        TrainingSession session;
        session.setTrainer(sineTrainer());
        QSignalSpy traces(&session, &TrainingSession::customTrace);
        Matrix<double> input(7, 1);
        input << 0, 0.5, 1, 0.5, 0, -0.5, -1;
        session.traceInput(input);
        QVERIFY(traces.wait(10000));
        const auto trace = traces.first().at(1).value<std::shared_ptr<const SequenceTrace>>();
        QVERIFY(trace);
        QCOMPARE(trace->steps, Index(7));
        QVERIFY(!trace->loss);
    }

    // Destroying the session while training runs stops the worker and joins its thread.
    void closingWhileTraining() {
        auto session = std::make_unique<TrainingSession>();
        session->setTrainer(sineTrainer());
        session->play();
        QTRY_VERIFY_WITH_TIMEOUT(session->snapshot() && session->snapshot()->step > 10, 10000);
        session.reset();
        QVERIFY(true);
    }
};

QTEST_GUILESS_MAIN(TestTrainingSession)
#include "tst_training_session.moc"
