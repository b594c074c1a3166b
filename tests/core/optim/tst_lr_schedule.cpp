// Learning-rate schedules (core/optim/lr_schedule.h), worked by hand below and compared with the
// values torch 1.13's StepLR and CosineAnnealingLR print for the same settings (the cosine's
// closed form, scheduler.step(epoch); its recursive form differs in the last bit after T_max).

#include <cmath>

#include "metatypes.h"
#include "test_main.h"
#include "core/base/errors.h"
#include "core/optim/lr_schedule.h"

namespace RNNLAB_TEST_FILE {

using namespace rnnlab;

class TestLrSchedule : public QObject {
    Q_OBJECT

private slots:
    void constant();
    void stepDecay();
    void cosineAnnealing();
    void invalid_data();
    void invalid();
    void kindNames();
};

void TestLrSchedule::constant() {
    const LrSchedule s;
    for (int e : {0, 1, 50, 100000}) QCOMPARE(learningRateAt(s, 0.003, e), 0.003);
}

void TestLrSchedule::stepDecay() {
    // StepLR(step_size=3, gamma=0.5), lr 0.1: 0.1 * 0.5^floor(e / 3)
    LrSchedule s;
    s.kind = LrScheduleKind::Step;
    s.stepSize = 3;
    s.gamma = 0.5;
    const double expected[] = {0.1, 0.1, 0.1, 0.05, 0.05, 0.05, 0.025, 0.025, 0.025, 0.0125};
    for (int e = 0; e < 10; ++e) QCOMPARE(learningRateAt(s, 0.1, e), expected[e]);
}

void TestLrSchedule::cosineAnnealing() {
    // CosineAnnealingLR(T_max=4, eta_min=0.01), lr 0.1:
    //   0.01 + 0.09 (1 + cos(pi e / 4)) / 2
    //   e = 0: 0.1;  1: 0.01 + 0.09 * 0.853553 = 0.0868198;  2: 0.055;  3: 0.0231802;  4: 0.01
    //   then up again as torch's: 5: 0.0231802 ... 8: 0.1
    LrSchedule s;
    s.kind = LrScheduleKind::Cosine;
    s.tMax = 4;
    s.etaMin = 0.01;
    const double torch[] = {0.1,
                            0.08681980515339464,
                            0.05500000000000001,
                            0.023180194846605363,
                            0.01,
                            0.023180194846605356,
                            0.055,
                            0.08681980515339464,
                            0.1};
    for (int e = 0; e < 9; ++e)
        QVERIFY2(
            std::abs(learningRateAt(s, 0.1, e) - torch[e]) < 1e-17,
            qPrintable(QString("epoch %1: %2").arg(e).arg(learningRateAt(s, 0.1, e), 0, 'g', 17)));
    s.etaMin = 0;
    QCOMPARE(learningRateAt(s, 0.1, 4), 0.0);  // an optimizer accepts this (setLearningRate)
}

void TestLrSchedule::invalid_data() {
    QTest::addColumn<LrSchedule>("schedule");
    QTest::addColumn<QString>("message");
    LrSchedule s;
    s.kind = LrScheduleKind::Step;
    s.stepSize = 0;
    QTest::newRow("step size") << s << "step size must be at least 1, got 0";
    s.stepSize = 2;
    s.gamma = -0.5;
    QTest::newRow("gamma") << s << "gamma must be positive and finite, got -0.5";
    s = LrSchedule{};
    s.kind = LrScheduleKind::Cosine;
    s.tMax = -3;
    QTest::newRow("T_max") << s << "T_max must be at least 1, got -3";
    s.tMax = 10;
    s.etaMin = NAN;
    QTest::newRow("eta_min") << s << "eta_min must be non-negative and finite, got nan";
    s = LrSchedule{};
    s.stepSize = 0;  // a constant schedule reads no setting
    QTest::newRow("constant ignores step size") << s << QString();
}

void TestLrSchedule::invalid() {
    QFETCH(LrSchedule, schedule);
    QFETCH(QString, message);
    try {
        validate(schedule);
        QVERIFY2(message.isEmpty(), "no ConfigError");
    } catch (const ConfigError& e) {
        QCOMPARE(QString(e.what()), message);
    }
}

void TestLrSchedule::kindNames() {
    for (LrScheduleKind k :
         {LrScheduleKind::Constant, LrScheduleKind::Step, LrScheduleKind::Cosine})
        QVERIFY(parseLrScheduleKind(toString(k)) == k);
    QCOMPARE(QString::fromStdString(toString(LrScheduleKind::Cosine)), QString("cosine"));
    try {
        parseLrScheduleKind("exponential");
        QFAIL("no ConfigError");
    } catch (const ConfigError& e) {
        QCOMPARE(QString(e.what()), QString("unknown learning-rate schedule 'exponential' "
                                            "(expected constant, step or cosine)"));
    }
}

RNNLAB_TEST_APPLESS_MAIN(TestLrSchedule)
}  // namespace RNNLAB_TEST_FILE

#include "tst_lr_schedule.moc"
