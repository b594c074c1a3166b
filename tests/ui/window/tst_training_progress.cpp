// The toolbar's progress read-out and its ETA formatting.

#include "test_main.h"
#include "ui/window/speed_control.h"
#include "ui/window/training_progress.h"

namespace RNNLAB_TEST_FILE {

using namespace rnnlab::ui;

class TestTrainingProgress : public QObject {
    Q_OBJECT
private slots:
    void etaIsReadable_data();
    void etaIsReadable();
    void showsEpochBarAndEta();
    void clearSaysNotTraining();
    void speedLevelsAreBounded();
};

void TestTrainingProgress::etaIsReadable_data() {
    QTest::addColumn<double>("seconds");
    QTest::addColumn<QString>("text");
    QTest::newRow("unknown") << -1.0 << "";
    QTest::newRow("zero") << 0.0 << "0 s";
    QTest::newRow("rounded") << 7.6 << "8 s";
    QTest::newRow("minute") << 65.0 << "1 min 05 s";
    QTest::newRow("just under an hour") << 3599.0 << "59 min 59 s";
    QTest::newRow("hours") << 7380.0 << "2 h 03 min";
    QTest::newRow("hours, rounded minute") << 3600.0 + 29.0 * 60 + 31 << "1 h 30 min";
    QTest::newRow("infinite") << qInf() << "";
}

void TestTrainingProgress::etaIsReadable() {
    QFETCH(double, seconds);
    QFETCH(QString, text);
    QCOMPARE(formatEta(seconds), text);
}

void TestTrainingProgress::showsEpochBarAndEta() {
    TrainingProgress progress;
    progress.setProgress(12, 50, 8.0);
    QCOMPARE(progress.epochText(), QStringLiteral("epoch 12 / 50"));
    QCOMPARE(progress.percent(), 24);
    QCOMPARE(progress.etaText(), QStringLiteral("ETA 8 s"));
    progress.setProgress(1, 3, -1);  // ETA not known yet
    QCOMPARE(progress.percent(), 33);
    QCOMPARE(progress.etaText(), QString());
}

void TestTrainingProgress::clearSaysNotTraining() {
    TrainingProgress progress;
    progress.setProgress(50, 50, 0);
    progress.clear();
    QCOMPARE(progress.epochText(), QStringLiteral("not training"));
    QCOMPARE(progress.percent(), 0);
    QCOMPARE(progress.etaText(), QString());
}

void TestTrainingProgress::speedLevelsAreBounded() {
    SpeedControl speed;
    QSignalSpy spy(&speed, &SpeedControl::levelChanged);
    speed.setLevel(99);
    QCOMPARE(speed.level(), SpeedControl::kMaxLevel);
    speed.setLevel(-4);
    QCOMPARE(speed.level(), SpeedControl::kMinLevel);
    QCOMPARE(spy.count(), 2);
    QCOMPARE(spy[1][0].toInt(), SpeedControl::kMinLevel);
}

RNNLAB_TEST_MAIN(TestTrainingProgress)
}  // namespace RNNLAB_TEST_FILE

#include "tst_training_progress.moc"
