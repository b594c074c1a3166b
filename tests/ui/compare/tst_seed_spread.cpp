// The mean and min–max band over seeds, worked out by hand: only the x every seed has, and a
// gap where any seed has none.

#include "test_main.h"
#include "ui/compare/seed_spread.h"

namespace RNNLAB_TEST_FILE {

using rnnlab::ui::SeedCurve;
using rnnlab::ui::SeedSpread;
using rnnlab::ui::spreadOverSeeds;

class TestSeedSpread : public QObject {
    Q_OBJECT
private slots:
    // Seeds at x = 1, 2, 3 (the third seed lacks x = 2 and goes on to x = 4):
    //   x = 1: 1, 3, 8  → mean 4, min 1, max 8
    //   x = 3: 2, 2, 5  → mean 3, min 2, max 5
    void meanAndBandOverTheSharedSteps() {
        const SeedSpread s =
            spreadOverSeeds({SeedCurve{{1, 2, 3}, {1, 7, 2}}, SeedCurve{{1, 2, 3}, {3, 7, 2}},
                             SeedCurve{{1, 3, 4}, {8, 5, 9}}});
        QCOMPARE(s.x, (QVector<double>{1, 3}));
        QCOMPARE(s.mean, (QVector<double>{4, 3}));
        QCOMPARE(s.low, (QVector<double>{1, 2}));
        QCOMPARE(s.high, (QVector<double>{8, 5}));
    }

    void oneSeedIsItsOwnBand() {
        const SeedSpread s = spreadOverSeeds({SeedCurve{{1, 2}, {0.5, 0.25}}});
        QCOMPARE(s.mean, (QVector<double>{0.5, 0.25}));
        QCOMPARE(s.low, s.mean);
        QCOMPARE(s.high, s.mean);
    }

    void aGapInOneSeedIsAGapInAll() {
        const SeedSpread s =
            spreadOverSeeds({SeedCurve{{1, 2}, {1, qQNaN()}}, SeedCurve{{1, 2}, {3, 4}}});
        QCOMPARE(s.x.size(), 2);
        QCOMPARE(s.mean[0], 2.0);
        QVERIFY(qIsNaN(s.mean[1]) && qIsNaN(s.low[1]) && qIsNaN(s.high[1]));
    }

    void noSeeds() { QVERIFY(spreadOverSeeds({}).x.isEmpty()); }
};

RNNLAB_TEST_APPLESS_MAIN(TestSeedSpread)
}  // namespace RNNLAB_TEST_FILE

#include "tst_seed_spread.moc"
