// The measured step rate, with hand-worked values.

#include "test_main.h"
#include "ui/session/step_rate_meter.h"

namespace RNNLAB_TEST_FILE {

using namespace rnnlab;
using namespace rnnlab::ui;

class TestStepRateMeter : public QObject {
    Q_OBJECT
private slots:
    void stepRateOverHalfSecondWindows();
};

void TestStepRateMeter::stepRateOverHalfSecondWindows() {
    StepRateMeter meter;
    QCOMPARE(meter.stepsPerSecond(), 0.0);
    meter.stepped(1000);  // starts the measurement
    QCOMPARE(meter.stepsPerSecond(), 0.0);
    for (qint64 t = 1100; t <= 1400; t += 100) meter.stepped(t);
    QCOMPARE(meter.stepsPerSecond(), 0.0);  // 400 ms: not half a second yet
    meter.stepped(1500);
    QCOMPARE(meter.stepsPerSecond(), 10.0);  // 5 steps in 500 ms
    // One step a second, the slowest pace: each window holds one step.
    meter.stepped(2500);
    QCOMPARE(meter.stepsPerSecond(), 1.0);
    meter.stepped(3500);
    QCOMPARE(meter.stepsPerSecond(), 1.0);
    // A pause longer than the longest pace ends the measurement; the next step starts anew.
    meter.stepped(3500 + StepRateMeter::kMaxGapMs + 1);
    QCOMPARE(meter.stepsPerSecond(), 0.0);
    meter.stepped(3500 + StepRateMeter::kMaxGapMs + 251);
    meter.stepped(3500 + StepRateMeter::kMaxGapMs + 501);
    QCOMPARE(meter.stepsPerSecond(), 4.0);  // 2 steps in 500 ms
    meter.reset();
    QCOMPARE(meter.stepsPerSecond(), 0.0);
}

RNNLAB_TEST_MAIN(TestStepRateMeter)
}  // namespace RNNLAB_TEST_FILE

#include "tst_step_rate_meter.moc"
