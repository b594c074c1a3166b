// Whole quantities tick on whole numbers: every axis of the window that counts training steps,
// time steps, epochs or units shows no "1.5" at any zoom, and the ticker behind them never
// places a tick between two integers.
#include <cmath>

#include "test_main.h"
#include "ui/application_setup.h"
#include "ui/plot/figure.h"
#include "ui/plot/integer_ticks.h"
#include "ui/window/lab_window.h"

namespace RNNLAB_TEST_FILE {

using namespace rnnlab::ui;

namespace {

// The axis labels of whole quantities, as the views write them.
const QStringList kIntegerLabels = {QStringLiteral("training step"), QStringLiteral("time step t"),
                                    QStringLiteral("epoch"), QStringLiteral("unit")};

QString fractionalTick(const QVector<double>& ticks) {
    for (double t : ticks) {
        if (std::abs(t - std::round(t)) > 1e-9) return QString::number(t);
    }
    return {};
}

}  // namespace

class TestIntegerTicks : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { setupApplication(); }

    void tickerPlacesWholeNumbersOnly_data() {
        QTest::addColumn<double>("lower");
        QTest::addColumn<double>("upper");
        QTest::newRow("three steps") << 0.0 << 3.0;
        QTest::newRow("zoomed in") << 1.2 << 2.9;
        QTest::newRow("less than one step") << 4.1 << 4.6;
        QTest::newRow("a long run") << 0.0 << 12345.0;
    }

    void tickerPlacesWholeNumbersOnly() {
        QFETCH(double, lower);
        QFETCH(double, upper);
        auto ticker = integerTicker();
        QVector<double> ticks, subTicks;
        QVector<QString> labels;
        ticker->generate(QCPRange(lower, upper), QLocale::c(), QLatin1Char('g'), 6, ticks,
                         &subTicks, &labels);
        QCOMPARE(fractionalTick(ticks), QString());
        for (const QString& label : labels) QVERIFY2(!label.contains('.'), qPrintable(label));
        // A plain ticker would tick 1.5 on the same range.
        QCPAxisTicker plain;
        plain.generate(QCPRange(0, 3), QLocale::c(), QLatin1Char('g'), 6, ticks, nullptr, nullptr);
        QVERIFY(!fractionalTick(ticks).isEmpty());
    }

    void everyWholeQuantityAxisOfTheWindowTicksOnWholeNumbers() {
        LabWindow window;
        int checked = 0;
        for (Figure* figure : window.findChildren<Figure*>()) {
            figure->resize(600, 400);
            for (QCPAxis* axis : figure->axisRect()->axes()) {
                if (!kIntegerLabels.contains(axis->label())) continue;
                axis->setRange(0, 2.5);  // a plain ticker ticks every 0.5 here
                figure->replot(QCustomPlot::rpImmediateRefresh);
                const QString bad = fractionalTick(axis->tickVector());
                QVERIFY2(bad.isEmpty(), qPrintable(QStringLiteral("\"%1\" / \"%2\" ticks at %3")
                                                       .arg(figure->title(), axis->label(), bad)));
                ++checked;
            }
        }
        // Loss, accuracy, the heat maps, bar charts, gradient lab and Compare plots.
        QVERIFY2(checked >= 12, qPrintable(QString::number(checked)));
    }
};

RNNLAB_TEST_MAIN(TestIntegerTicks)
}  // namespace RNNLAB_TEST_FILE

#include "tst_integer_ticks.moc"
