// The window's numbers for people: %g with the digits each kind of number needs, a point on
// every machine. Each expected text is worked out by hand from printf's %g rule: with P
// significant digits and decimal exponent X, fixed notation when -4 <= X < P, else scientific;
// trailing zeros dropped.
#include <cmath>
#include <limits>

#include "test_main.h"
#include "ui/number_format.h"

namespace RNNLAB_TEST_FILE {

using namespace rnnlab::ui;

class TestNumberFormat : public QObject {
    Q_OBJECT

private slots:
    void significantDigits_data() {
        QTest::addColumn<double>("value");
        QTest::addColumn<int>("digits");
        QTest::addColumn<QString>("text");
        // X = -4 >= -4: fixed, two digits 1 2.
        QTest::newRow("factor") << 0.000123456 << kFactorDigits << "0.00012";
        // 0.82449 to two digits: 0.82 (the third digit 4 rounds down).
        QTest::newRow("factor rounds") << 0.82449 << kFactorDigits << "0.82";
        // X = 6 >= 3: scientific, 1.23 and a two-digit exponent.
        QTest::newRow("summary, large") << 1234567.0 << kSummaryDigits << "1.23e+06";
        // X = -5 < -4: scientific, with the sign.
        QTest::newRow("summary, small") << -0.000012345 << kSummaryDigits << "-1.23e-05";
        // 2.5000 loses its trailing zeros.
        QTest::newRow("metric") << 2.5 << kMetricDigits << "2.5";
        QTest::newRow("setting") << 0.001 << kSettingDigits << "0.001";
        // X = 5 < 6: fixed; X = 6: scientific.
        QTest::newRow("setting, 1e5") << 100000.0 << kSettingDigits << "100000";
        QTest::newRow("setting, 1e6") << 1000000.0 << kSettingDigits << "1e+06";
        // 1/3 to eight digits.
        QTest::newRow("check") << 1.0 / 3.0 << kCheckDigits << "0.33333333";
        QTest::newRow("zero") << 0.0 << kSettingDigits << "0";
    }
    void significantDigits() {
        QFETCH(double, value);
        QFETCH(int, digits);
        QFETCH(QString, text);
        QCOMPARE(formatNumber(value, digits), text);
    }

    // A German desktop still gets a point: the numbers read and copy the same everywhere.
    void pointUnderAnyLocale() {
        const QLocale before;
        QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
        const QString text = formatNumber(0.5, kSummaryDigits);
        QLocale::setDefault(before);
        QCOMPARE(text, "0.5");
    }

    void notANumber() {
        QCOMPARE(formatNumber(std::numeric_limits<double>::quiet_NaN(), kMetricDigits), "nan");
        QCOMPARE(formatNumber(-std::numeric_limits<double>::infinity(), kMetricDigits), "-inf");
    }
};

RNNLAB_TEST_MAIN(TestNumberFormat)
}  // namespace RNNLAB_TEST_FILE

#include "tst_number_format.moc"
