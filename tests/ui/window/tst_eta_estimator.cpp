// The ETA estimate, with hand-worked values.

#include "test_main.h"
#include "ui/window/eta_estimator.h"

namespace RNNLAB_TEST_FILE {

using namespace rnnlab;
using namespace rnnlab::ui;

class TestEtaEstimator : public QObject {
    Q_OBJECT
private slots:
    void etaFromSteadyProgress();
    void etaForgetsOldSpeedAndRestarts();
};

void TestEtaEstimator::etaFromSteadyProgress() {
    EtaEstimator eta;
    QCOMPARE(eta.update(0.10, 1.0), -1.0);  // one sample: unknown
    // 5 % a second: 0.8 left takes 16 s.
    QCOMPARE(eta.update(0.15, 2.0), 17.0);
    QCOMPARE(eta.update(0.20, 3.0), 16.0);
    QCOMPARE(eta.update(0.20, 4.0), 24.0);  // a stall lowers the rate: 0.1 in 3 s
}

void TestEtaEstimator::etaForgetsOldSpeedAndRestarts() {
    EtaEstimator eta;
    eta.update(0.0, 0.0);
    eta.update(0.1, 1.0);                                                       // 10 %/s at first
    for (int s = 2; s <= 12; ++s) eta.update(0.1 + 0.01 * (s - 1), double(s));  // then 1 %/s
    // Only the last 5 s count: 1 %/s, 0.78 left.
    QCOMPARE(eta.update(0.22, 13.0), 78.0);
    QCOMPARE(eta.update(0.05, 14.0), -1.0);  // went back: a new run
    eta.reset();
    QCOMPARE(eta.update(0.5, 20.0), -1.0);
}

RNNLAB_TEST_MAIN(TestEtaEstimator)
}  // namespace RNNLAB_TEST_FILE

#include "tst_eta_estimator.moc"
