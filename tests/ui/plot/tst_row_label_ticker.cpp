// The date labels of the time axis, with hand-worked values.

#include "test_main.h"
#include "ui/plot/row_label_ticker.h"

namespace RNNLAB_TEST_FILE {

using namespace rnnlab;
using namespace rnnlab::ui;

namespace {

// Exposes the ticker's label function.
class Ticker : public RowLabelTicker {
public:
    using RowLabelTicker::RowLabelTicker;
    QString label(double tick) { return getTickLabel(tick, QLocale::c(), QLatin1Char('g'), 0); }
    double step(const QCPRange& range) { return getTickStep(range); }
};

}  // namespace

class TestRowLabelTicker : public QObject {
    Q_OBJECT
private slots:
    void rowLabelsOnWholeRows();
};

void TestRowLabelTicker::rowLabelsOnWholeRows() {
    Ticker ticker(
        {QStringLiteral("1958-03-29"), QStringLiteral("1958-04-05"), QStringLiteral("1958-04-12")});
    QCOMPARE(ticker.label(1.0), QStringLiteral("1958-04-05"));
    QCOMPARE(ticker.label(1.5), QString());
    QCOMPARE(ticker.label(3.0), QString());
    QCOMPARE(ticker.label(-1.0), QString());
    QVERIFY(ticker.step(QCPRange(0, 2)) >= 1.0);  // never between two rows
}

RNNLAB_TEST_MAIN(TestRowLabelTicker)
}  // namespace RNNLAB_TEST_FILE

#include "tst_row_label_ticker.moc"
