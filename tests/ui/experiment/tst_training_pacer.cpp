// The speed levels, with hand-worked values.

#include "test_main.h"
#include "ui/experiment/training_pacer.h"

namespace RNNLAB_TEST_FILE {

using namespace rnnlab;
using namespace rnnlab::ui;

class TestTrainingPacer : public QObject {
    Q_OBJECT
private slots:
    void speedLevels();
};

void TestTrainingPacer::speedLevels() {
    QCOMPARE(TrainingPacer::stepsPerSecond(1), 1.0);
    QCOMPARE(TrainingPacer::stepsPerSecond(7), 100.0);
    QCOMPARE(TrainingPacer::stepsPerSecond(9), 500.0);
    QCOMPARE(TrainingPacer::stepsPerSecond(10), 0.0);  // as fast as it goes
    QCOMPARE(TrainingPacer::stepsPerSecond(42), 0.0);  // clamped
}

RNNLAB_TEST_MAIN(TestTrainingPacer)
}  // namespace RNNLAB_TEST_FILE

#include "tst_training_pacer.moc"
