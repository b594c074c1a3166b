// The time left in a run (core/train/time_left.h), worked out by hand: from 20 % to 40 % of the
// planned epochs in 10 s is 2 % a second, and the 60 % left take 30 s.

#include "test_main.h"
#include "core/train/time_left.h"

namespace RNNLAB_TEST_FILE {

using namespace rnnlab;

class TestTimeLeft : public QObject {
    Q_OBJECT
private slots:
    void byHand() {
        QCOMPARE(secondsLeft(0.2, 0.4, 10.0), 30.0);
        // The command line measures from the start: half done in 8 s, 8 s to go.
        QCOMPARE(secondsLeft(0.0, 0.5, 8.0), 8.0);
        QCOMPARE(secondsLeft(0.0, 1.0, 8.0), 0.0);  // done
    }

    // No time or no progress between the two moments: unknown.
    void unknown() {
        QCOMPARE(secondsLeft(0.3, 0.5, 0.0), -1.0);
        QCOMPARE(secondsLeft(0.5, 0.5, 4.0), -1.0);
        QCOMPARE(secondsLeft(0.6, 0.5, 4.0), -1.0);  // went backwards: a new run
    }
};

RNNLAB_TEST_APPLESS_MAIN(TestTimeLeft)
}  // namespace RNNLAB_TEST_FILE

#include "tst_time_left.moc"
