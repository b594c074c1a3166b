// The learning rate's 1-2-5 steps, with hand-worked values.

#include "test_main.h"
#include "ui/panels/log_spin_box.h"

namespace RNNLAB_TEST_FILE {

using namespace rnnlab;
using namespace rnnlab::ui;

class TestLogSpinBox : public QObject {
    Q_OBJECT
private slots:
    void oneTwoFiveSteps_data();
    void oneTwoFiveSteps();
    void zeroIsOffAndBelowTheSeries();
};

void TestLogSpinBox::oneTwoFiveSteps_data() {
    QTest::addColumn<double>("from");
    QTest::addColumn<int>("steps");
    QTest::addColumn<double>("to");
    QTest::newRow("up from 1e-3") << 1e-3 << 1 << 2e-3;
    QTest::newRow("up twice") << 1e-3 << 2 << 5e-3;
    QTest::newRow("up a decade") << 5e-3 << 1 << 1e-2;
    QTest::newRow("between") << 3e-3 << 1 << 5e-3;
    QTest::newRow("down from 0.01") << 1e-2 << -1 << 5e-3;
    QTest::newRow("down between") << 3e-3 << -1 << 2e-3;
    QTest::newRow("down three") << 1.0 << -3 << 0.1;
    QTest::newRow("large") << 2.0 << 2 << 10.0;
}

void TestLogSpinBox::oneTwoFiveSteps() {
    QFETCH(double, from);
    QFETCH(int, steps);
    QFETCH(double, to);
    QVERIFY(qFuzzyCompare(LogSpinBox::seriesStep(from, steps), to));
}

void TestLogSpinBox::zeroIsOffAndBelowTheSeries() {
    LogSpinBox decay(0, 1);
    QCOMPARE(decay.text(), QStringLiteral("0"));
    decay.stepDown();
    QCOMPARE(decay.value(), 0.0);
    decay.stepUp();
    QCOMPARE(decay.text(), QStringLiteral("1e-06"));
    decay.stepUp();
    QCOMPARE(decay.text(), QStringLiteral("2e-06"));
    decay.stepBy(-2);
    QCOMPARE(decay.value(), 0.0);
}

RNNLAB_TEST_MAIN(TestLogSpinBox)
}  // namespace RNNLAB_TEST_FILE

#include "tst_log_spin_box.moc"
