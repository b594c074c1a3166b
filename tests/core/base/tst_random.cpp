// rnnlab::Random (core/base/random.h): the stream is fixed (saved experiments re-create their
// weights from a seed), and its distributions are what they claim. Every test is seeded, so
// the statistical bounds (about 5 standard errors) pass or fail the same way on every run.

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <numeric>
#include <vector>

#include "test_main.h"
#include "core/base/random.h"

namespace RNNLAB_TEST_FILE {

using namespace rnnlab;

namespace {
constexpr int kSamples = 100000;
}

class TestRandom : public QObject {
    Q_OBJECT

private slots:
    void goldenStream_data();
    void goldenStream();
    void sameSeedSameStream();
    void uniformMoments();
    void uniformRange();
    void normalMoments();
    void normalIsBoxMullerPairs();
    void belowBounds_data();
    void belowBounds();
    void belowIsUniform();
    void shuffleIsPermutation();
    void shuffleIsUniform();
};

// The first outputs for two seeds, from a direct Python transcription of Vigna's reference C
// code (splitmix64 seeding, then xoshiro256**). A change here changes every saved seed's weights.
void TestRandom::goldenStream_data() {
    QTest::addColumn<quint64>("seed");
    QTest::addColumn<QVector<quint64>>("expected");
    QTest::newRow("seed 0") << quint64{0}
                            << QVector<quint64>{0x99ec5f36cb75f2b4ULL, 0xbf6e1f784956452aULL,
                                                0x1a5f849d4933e6e0ULL, 0x6aa594f1262d2d2cULL};
    QTest::newRow("seed 12345") << quint64{12345}
                                << QVector<quint64>{0xbe6a36374160d49bULL, 0x214aaa0637a688c6ULL,
                                                    0xf69d16de9954d388ULL, 0x0c60048c4e96e033ULL};
}

void TestRandom::goldenStream() {
    QFETCH(quint64, seed);
    QFETCH(QVector<quint64>, expected);
    Random rng(seed);
    for (quint64 e : expected) QCOMPARE(quint64{rng.nextU64()}, e);
}

void TestRandom::sameSeedSameStream() {
    Random a(42), b(42), c(43);
    bool differs = false;
    for (int i = 0; i < 1000; ++i) {
        const std::uint64_t x = a.nextU64();
        QCOMPARE(b.nextU64(), x);
        differs = differs || c.nextU64() != x;
    }
    QVERIFY(differs);
    // uniform() is the top 53 bits of nextU64(): seed 7's first value is
    // (first output >> 11) * 2^-53 = 0.7005764821796896.
    QCOMPARE(Random(7).uniform(), 0.7005764821796896);
}

void TestRandom::uniformMoments() {
    // U[0, 1): mean 1/2, variance 1/12. Standard error of the mean sqrt(1/12 / 1e5) = 0.00091;
    // of the variance about sqrt(1/180 / 1e5) = 0.00024.
    Random rng(1);
    double sum = 0, sumSq = 0;
    for (int i = 0; i < kSamples; ++i) {
        const double u = rng.uniform();
        sum += u;
        sumSq += u * u;
    }
    const double mean = sum / kSamples, var = sumSq / kSamples - mean * mean;
    QVERIFY2(std::abs(mean - 0.5) < 0.0046, qPrintable(QString::number(mean)));
    QVERIFY2(std::abs(var - 1.0 / 12) < 0.0012, qPrintable(QString::number(var)));
}

void TestRandom::uniformRange() {
    Random rng(2);
    double lo = 1, hi = 0;
    for (int i = 0; i < kSamples; ++i) {
        const double u = rng.uniform();
        lo = std::min(lo, u);
        hi = std::max(hi, u);
        const double v = rng.uniform(-0.25, 0.75);
        QVERIFY(v >= -0.25 && v < 0.75);
    }
    QVERIFY(lo >= 0 && lo < 1e-3);
    QVERIFY(hi < 1 && hi > 1 - 1e-3);
}

void TestRandom::normalMoments() {
    // N(0, 1): mean within 5 / sqrt(1e5) = 0.016, variance within 5 sqrt(2 / 1e5) = 0.022,
    // P(|x| < 1) = 0.6827 within 5 sqrt(0.6827 * 0.3173 / 1e5) = 0.0074, E x^4 = 3 within
    // 5 sqrt((105 - 9) / 1e5) = 0.155.
    Random rng(3);
    double sum = 0, sumSq = 0, sum4 = 0;
    int inside = 0;
    for (int i = 0; i < kSamples; ++i) {
        const double x = rng.normal();
        sum += x;
        sumSq += x * x;
        sum4 += x * x * x * x;
        inside += std::abs(x) < 1;
    }
    const double mean = sum / kSamples, var = sumSq / kSamples - mean * mean;
    QVERIFY2(std::abs(mean) < 0.016, qPrintable(QString::number(mean)));
    QVERIFY2(std::abs(var - 1) < 0.022, qPrintable(QString::number(var)));
    QVERIFY2(std::abs(double(inside) / kSamples - 0.682689) < 0.0074,
             qPrintable(QString::number(inside)));
    QVERIFY2(std::abs(sum4 / kSamples - 3) < 0.155, qPrintable(QString::number(sum4 / kSamples)));
}

// normal() draws u1, u2 and returns r cos(theta), then r sin(theta) from the same pair, with
// r = sqrt(-2 ln u1), theta = 2 pi u2.
void TestRandom::normalIsBoxMullerPairs() {
    Random uniforms(5), normals(5);
    for (int pair = 0; pair < 10; ++pair) {
        const double u1 = uniforms.uniform(), u2 = uniforms.uniform();
        const double r = std::sqrt(-2.0 * std::log(u1)), theta = 2.0 * M_PI * u2;
        QCOMPARE(normals.normal(), r * std::cos(theta));
        QCOMPARE(normals.normal(), r * std::sin(theta));
    }
}

void TestRandom::belowBounds_data() {
    QTest::addColumn<quint64>("n");
    QTest::newRow("1") << quint64{1};
    QTest::newRow("2") << quint64{2};
    QTest::newRow("7") << quint64{7};
    QTest::newRow("2^63 + 1") << (quint64{1} << 63) + 1;
    QTest::newRow("2^64 - 1") << ~quint64{0};
}

void TestRandom::belowBounds() {
    QFETCH(quint64, n);
    Random rng(n);
    std::uint64_t largest = 0;
    for (int i = 0; i < 10000; ++i) {
        const std::uint64_t x = rng.below(n);
        QVERIFY(x < n);
        largest = std::max(largest, x);
    }
    if (n == 1) QCOMPARE(largest, std::uint64_t{0});
    if (n == 7) QCOMPARE(largest, std::uint64_t{6});
    if (n > 1000) QVERIFY(largest > n / 2);  // the upper half is reached
}

void TestRandom::belowIsUniform() {
    // 100k draws over 10 values: each count 10000 +- 5 sqrt(10000 * 0.9) = 474.
    Random rng(11);
    std::vector<int> counts(10, 0);
    for (int i = 0; i < kSamples; ++i) ++counts[rng.below(10)];
    for (int c : counts) QVERIFY2(std::abs(c - 10000) < 474, qPrintable(QString::number(c)));
}

void TestRandom::shuffleIsPermutation() {
    std::vector<int> items(50);
    std::iota(items.begin(), items.end(), 0);
    std::vector<int> a = items, b = items, c = items;
    Random r1(9), r2(9), r3(10);
    r1.shuffle(a);
    r2.shuffle(b);
    r3.shuffle(c);
    QVERIFY(a == b);                // same seed, same order
    QVERIFY(a != items && a != c);  // it moves things, differently per seed
    std::sort(a.begin(), a.end());
    QVERIFY(a == items);  // nothing lost or duplicated
    std::vector<int> empty, one{5};
    r1.shuffle(empty);
    r1.shuffle(one);
    QVERIFY(empty.empty());
    QCOMPARE(one, std::vector<int>{5});
}

void TestRandom::shuffleIsUniform() {
    // Fisher-Yates gives each of the 3! orders probability 1/6: 60000 shuffles, each order
    // 10000 +- 5 sqrt(10000 * 5/6) = 456.
    Random rng(12);
    std::vector<std::vector<int>> orders;
    std::vector<int> counts;
    for (int i = 0; i < 60000; ++i) {
        std::vector<int> v{0, 1, 2};
        rng.shuffle(v);
        const auto it = std::find(orders.begin(), orders.end(), v);
        if (it == orders.end()) {
            orders.push_back(v);
            counts.push_back(1);
        } else {
            ++counts[it - orders.begin()];
        }
    }
    QCOMPARE(orders.size(), std::size_t{6});
    for (int c : counts) QVERIFY2(std::abs(c - 10000) < 456, qPrintable(QString::number(c)));
}

RNNLAB_TEST_APPLESS_MAIN(TestRandom)
}  // namespace RNNLAB_TEST_FILE

#include "tst_random.moc"
