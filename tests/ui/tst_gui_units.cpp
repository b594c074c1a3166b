// The small pieces behind the window, with hand-worked values: the ETA estimate, the speed
// levels, the learning rate's 1-2-5 steps, the head of a file for the CSV preview and what
// the preview marks, and the date labels of the time axis.
#include <QTemporaryDir>
#include <QtTest>

#include "gui_test_support.h"
#include "ui/panels/csv_preview.h"
#include "ui/panels/log_spin_box.h"
#include "ui/plot/row_label_ticker.h"
#include "ui/session/step_rate_meter.h"
#include "ui/window/eta_estimator.h"
#include "ui/experiment/training_pacer.h"

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

class TestGuiUnits : public QObject {
    Q_OBJECT
private slots:
    void etaFromSteadyProgress();
    void etaForgetsOldSpeedAndRestarts();
    void speedLevels();
    void stepRateOverHalfSecondWindows();
    void oneTwoFiveSteps_data();
    void oneTwoFiveSteps();
    void zeroIsOffAndBelowTheSeries();
    void fileHeadStopsAfterTheRequestedLines();
    void previewMarksMissingCells();
    void rowLabelsOnWholeRows();

private:
    QTemporaryDir m_dir;
};

void TestGuiUnits::etaFromSteadyProgress() {
    EtaEstimator eta;
    QCOMPARE(eta.update(0.10, 1.0), -1.0);  // one sample: unknown
    // 5 % a second: 0.8 left takes 16 s.
    QCOMPARE(eta.update(0.15, 2.0), 17.0);
    QCOMPARE(eta.update(0.20, 3.0), 16.0);
    QCOMPARE(eta.update(0.20, 4.0), 24.0);  // a stall lowers the rate: 0.1 in 3 s
}

void TestGuiUnits::etaForgetsOldSpeedAndRestarts() {
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

void TestGuiUnits::stepRateOverHalfSecondWindows() {
    StepRateMeter meter;
    QCOMPARE(meter.stepsPerSecond(), 0.0);
    meter.stepped(1000);  // starts the measurement
    QCOMPARE(meter.stepsPerSecond(), 0.0);
    for (qint64 t = 1100; t <= 1400; t += 100) meter.stepped(t);
    QCOMPARE(meter.stepsPerSecond(), 0.0);  // 400 ms: not half a second yet
    meter.stepped(1500);
    QCOMPARE(meter.stepsPerSecond(), 10.0);  // 5 steps in 500 ms
    // One step a second, the slowest pace: each window holds one step.
    meter.stepped(2500);
    QCOMPARE(meter.stepsPerSecond(), 1.0);
    meter.stepped(3500);
    QCOMPARE(meter.stepsPerSecond(), 1.0);
    // A pause longer than the longest pace ends the measurement; the next step starts anew.
    meter.stepped(3500 + StepRateMeter::kMaxGapMs + 1);
    QCOMPARE(meter.stepsPerSecond(), 0.0);
    meter.stepped(3500 + StepRateMeter::kMaxGapMs + 251);
    meter.stepped(3500 + StepRateMeter::kMaxGapMs + 501);
    QCOMPARE(meter.stepsPerSecond(), 4.0);  // 2 steps in 500 ms
    meter.reset();
    QCOMPARE(meter.stepsPerSecond(), 0.0);
}

void TestGuiUnits::speedLevels() {
    QCOMPARE(TrainingPacer::stepsPerSecond(1), 1.0);
    QCOMPARE(TrainingPacer::stepsPerSecond(7), 100.0);
    QCOMPARE(TrainingPacer::stepsPerSecond(9), 500.0);
    QCOMPARE(TrainingPacer::stepsPerSecond(10), 0.0);  // as fast as it goes
    QCOMPARE(TrainingPacer::stepsPerSecond(42), 0.0);  // clamped
}

void TestGuiUnits::oneTwoFiveSteps_data() {
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

void TestGuiUnits::oneTwoFiveSteps() {
    QFETCH(double, from);
    QFETCH(int, steps);
    QFETCH(double, to);
    QVERIFY(qFuzzyCompare(LogSpinBox::seriesStep(from, steps), to));
}

void TestGuiUnits::zeroIsOffAndBelowTheSeries() {
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

void TestGuiUnits::fileHeadStopsAfterTheRequestedLines() {
    const QString path = m_dir.filePath(QStringLiteral("mixed.csv"));
    QVERIFY(gui_test::writeFile(path, "h\r\n1\r\n2\r3\n4\n5\n"));
    QCOMPARE(fileHead(path, 3), QByteArray("h\r\n1\r\n2\r3\n"));
    QCOMPARE(fileHead(path, 10), QByteArray("h\r\n1\r\n2\r3\n4\n5\n"));
    QString error;
    try {
        fileHead(m_dir.filePath(QStringLiteral("none.csv")), 3);
    } catch (const std::exception& e) {
        error = QString::fromUtf8(e.what());
    }
    QVERIFY(error.startsWith(m_dir.filePath(QStringLiteral("none.csv")) +
                             QStringLiteral(": cannot read the file")));
}

void TestGuiUnits::previewMarksMissingCells() {
    // "year" holds years: it labels the rows; "note" is text and left out.
    const CsvPreview p = previewCsv("year,a,b,note\n1990,1,,x\n1991,NA,2,y\n1992,3,4,z\n",
                                    QStringLiteral("t.csv"), CsvOptions());
    QCOMPARE(p.error, QString());
    QCOMPARE(p.allColumns, (QStringList{"year", "a", "b", "note"}));
    QCOMPARE(p.missing, (QSet<QPair<long, int>>{{2, 1}, {3, 0}}));
    // Every numeric column is shown; the options' choice (the target alone) is described.
    QCOMPARE(p.loaded.series.names, (std::vector<std::string>{"a", "b"}));
    QCOMPARE(p.choice, QStringLiteral("\u201cyear\u201d holds years and labels the x axis; target "
                                      "\u201cb\u201d: the last numeric column; input: the "
                                      "target alone."));
    QCOMPARE(p.loaded.series.rows(), 3);
    // Format and label choices are the user's: no label makes "year" a number column (a time
    // axis, offered as an input but not read by default).
    CsvOptions noLabel;
    noLabel.labelColumn = std::string();
    const CsvPreview years =
        previewCsv("year,a\n1990,1\n1991,2\n", QStringLiteral("t.csv"), noLabel);
    QCOMPARE(years.loaded.series.numericColumns, (std::vector<std::string>{"year", "a"}));
    QCOMPARE(years.allColumns, (QStringList{"year", "a"}));
    const QString quote =
        previewCsv("a,b\n1,2\n3,\"4\n", QStringLiteral("t.csv"), CsvOptions()).error;
    QVERIFY2(quote.startsWith(QStringLiteral("t.csv:3:2: ")), qPrintable(quote));
}

void TestGuiUnits::rowLabelsOnWholeRows() {
    Ticker ticker(
        {QStringLiteral("1958-03-29"), QStringLiteral("1958-04-05"), QStringLiteral("1958-04-12")});
    QCOMPARE(ticker.label(1.0), QStringLiteral("1958-04-05"));
    QCOMPARE(ticker.label(1.5), QString());
    QCOMPARE(ticker.label(3.0), QString());
    QCOMPARE(ticker.label(-1.0), QString());
    QVERIFY(ticker.step(QCPRange(0, 2)) >= 1.0);  // never between two rows
}

QTEST_MAIN(TestGuiUnits)
#include "tst_gui_units.moc"
