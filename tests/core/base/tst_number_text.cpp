// The engine's numbers for people (number_text.h): N significant digits as printf's %.Ng,
// worked out by hand.
#include <cmath>
#include <limits>

#include "test_main.h"
#include "core/base/number_text.h"

namespace RNNLAB_TEST_FILE {

using namespace rnnlab;

class TestNumberText : public QObject {
    Q_OBJECT
private slots:
    void significantDigits_data() {
        QTest::addColumn<double>("value");
        QTest::addColumn<int>("digits");
        QTest::addColumn<QString>("text");
        QTest::newRow("rounds to 3") << 0.031234 << 3 << "0.0312";
        QTest::newRow("trailing zeros dropped") << 0.5 << 3 << "0.5";
        QTest::newRow("small: exponent") << 1.234e-7 << 2 << "1.2e-07";
        QTest::newRow("large: exponent") << 12345.0 << 2 << "1.2e+04";
        QTest::newRow("ten digits") << 1.0 / 3.0 << 10 << "0.3333333333";
        QTest::newRow("negative") << -0.9 << 3 << "-0.9";
        QTest::newRow("infinity") << std::numeric_limits<double>::infinity() << 3 << "inf";
        QTest::newRow("nan") << std::nan("") << 3 << "nan";
        QTest::newRow("largest double, 17 digits")
            << std::numeric_limits<double>::max() << 17 << "1.7976931348623157e+308";
    }
    void significantDigits() {
        QFETCH(double, value);
        QFETCH(int, digits);
        QFETCH(QString, text);
        QCOMPARE(QString::fromStdString(rnnlab::significantDigits(value, digits)), text);
    }
};

RNNLAB_TEST_APPLESS_MAIN(TestNumberText)
}  // namespace RNNLAB_TEST_FILE

#include "tst_number_text.moc"
