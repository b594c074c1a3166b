// Normalisation: fitted on the training rows only, hand-worked parameters, round trip back to
// data units, constant columns.

#include "test_main.h"
#include "core/base/errors.h"
#include "core/data/normaliser.h"

namespace RNNLAB_TEST_FILE {

using namespace rnnlab;

class TestNormaliser : public QObject {
    Q_OBJECT
private slots:
    void parameters_data();
    void parameters();
    void fittedOnTrainingRowsOnly();
    void roundTrip_data();
    void roundTrip();
    void constantColumn();
    void names();
};

static Series twoColumns() {
    Series s;
    s.names = {"a", "b"};
    s.columns = {{2, 4, 4, 4, 5, 5, 7, 9}, {-1, 1, -1, 1, 100, 200, 300, 400}};
    s.inputs = {0, 1};
    s.target = 1;
    return s;
}

void TestNormaliser::parameters_data() {
    QTest::addColumn<int>("kind");
    QTest::addColumn<double>("offset");
    QTest::addColumn<double>("scale");
    // Column a: mean 5, population std 2 (the textbook example), min 2, max 9.
    QTest::newRow("none") << int(NormalisationKind::None) << 0.0 << 1.0;
    QTest::newRow("zscore") << int(NormalisationKind::ZScore) << 5.0 << 2.0;
    QTest::newRow("minmax") << int(NormalisationKind::MinMax) << 2.0 << 7.0;
}

void TestNormaliser::parameters() {
    QFETCH(int, kind);
    QFETCH(double, offset);
    QFETCH(double, scale);
    const Normaliser n = Normaliser::fit(NormalisationKind(kind), twoColumns(), 0, 8);
    QCOMPARE(n.params().offset[0], offset);
    QCOMPARE(n.params().scale[0], scale);
    QCOMPARE(n.transform(0, 9.0), (9.0 - offset) / scale);
}

void TestNormaliser::fittedOnTrainingRowsOnly() {
    // Rows 0-3 of b are -1, 1, -1, 1: mean 0, std 1. The large later values must not count.
    const Normaliser z = Normaliser::fit(NormalisationKind::ZScore, twoColumns(), 0, 4);
    QCOMPARE(z.params().offset[1], 0.0);
    QCOMPARE(z.params().scale[1], 1.0);
    const Normaliser m = Normaliser::fit(NormalisationKind::MinMax, twoColumns(), 0, 4);
    QCOMPARE(m.params().offset[1], -1.0);
    QCOMPARE(m.params().scale[1], 2.0);
    // Values outside the training range map outside [0, 1]; nothing is clipped.
    QCOMPARE(m.transform(1, 400.0), 200.5);
}

void TestNormaliser::roundTrip_data() {
    QTest::addColumn<int>("kind");
    QTest::newRow("none") << int(NormalisationKind::None);
    QTest::newRow("zscore") << int(NormalisationKind::ZScore);
    QTest::newRow("minmax") << int(NormalisationKind::MinMax);
}

void TestNormaliser::roundTrip() {
    QFETCH(int, kind);
    const Series original = twoColumns();
    Series s = original;
    const Normaliser n = Normaliser::fit(NormalisationKind(kind), s, 0, 5);
    n.transform(s);
    if (NormalisationKind(kind) == NormalisationKind::MinMax) {
        QCOMPARE(s.columns[0][0], 0.0);  // the training minimum
        QCOMPARE(s.columns[0][4], 1.0);  // the training maximum (5, row 4)
    }
    for (std::size_t c = 0; c < 2; ++c) {
        std::vector<double> back = s.columns[c];
        n.inverse(Index(c), back);
        for (std::size_t r = 0; r < back.size(); ++r)
            QVERIFY(std::abs(back[r] - original.columns[c][r]) <=
                    1e-12 * std::max(1.0, std::abs(original.columns[c][r])));
    }
    // The parameters alone (as an experiment file stores them) rebuild the same normaliser.
    const Normaliser rebuilt(n.params());
    QCOMPARE(rebuilt.inverse(1, s.columns[1][7]), n.inverse(1, s.columns[1][7]));
}

void TestNormaliser::constantColumn() {
    Series s;
    s.names = {"c"};
    s.columns = {{3, 3, 3, 3}};
    for (NormalisationKind kind : {NormalisationKind::ZScore, NormalisationKind::MinMax}) {
        const Normaliser n = Normaliser::fit(kind, s, 0, 4);
        QCOMPARE(n.params().offset[0], 3.0);
        QCOMPARE(n.params().scale[0], 1.0);
        QCOMPARE(n.transform(0, 3.0), 0.0);
    }
    NormaliserParams broken{NormalisationKind::ZScore, {0.0}, {0.0}};
    QVERIFY_THROWS_EXCEPTION(ConfigError, Normaliser{broken});
}

void TestNormaliser::names() {
    for (NormalisationKind k :
         {NormalisationKind::None, NormalisationKind::ZScore, NormalisationKind::MinMax})
        QVERIFY(parseNormalisationKind(toString(k)) == k);
    try {
        parseNormalisationKind("standard");
        QFAIL("unknown names must be refused");
    } catch (const ConfigError& e) {
        QCOMPARE(std::string(e.what()),
                 std::string("normalisation 'standard' is not one of: none, zscore, minmax"));
    }
}

RNNLAB_TEST_APPLESS_MAIN(TestNormaliser)
}  // namespace RNNLAB_TEST_FILE

#include "tst_normaliser.moc"
