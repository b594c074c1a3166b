// The data behind a figure as CSV: exact text for the wide form (shared x) and the long form
// (different x, curves, colour maps), quoting, and number formatting; dates in the x column,
// and an exported series read back with its dates.
#include <QFile>
#include <QTemporaryDir>
#include <cmath>
#include <limits>

#include "test_main.h"
#include "core/data/csv_reader.h"
#include "ui/plot/figure.h"
#include "ui/plot/figure_csv.h"
#include "ui/plot/figure_export.h"
#include "ui/plot/row_label_ticker.h"
#include "ui/views/row_axis.h"

namespace RNNLAB_TEST_FILE {

using namespace rnnlab::ui;

class TestFigureCsv : public QObject {
    Q_OBJECT
private slots:
    void sharedKeysGiveOneColumnPerSeries();
    void differentKeysGiveOneRowPerPoint();
    void curvesAndColorMapsUseTheLongForm();
    void emptyNamesAndLabelsGetDefaults();
    void exportWritesTheSameText();
    void fieldsAreQuoted_data();
    void fieldsAreQuoted();
    void numbersRoundTrip_data();
    void numbersRoundTrip();
    void wideFormReadsBack();
    void longFormReadsBack();
    void datesInTheXColumn();
    void exportReadsBackWithItsDates();
};

namespace {

// A figure's CSV read by RNN Lab's own reader, gaps interpolated.
// Every column read as numbers, but the label column (none: "").
rnnlab::Series readBack(Figure& figure, const std::string& label) {
    const std::string text = figureCsv(figure).toStdString();
    rnnlab::CsvOptions options;
    options.missing = rnnlab::MissingPolicy::Interpolate;
    options.labelColumn = label;
    options.allInputs = true;                   // the step column too,
    options.everyColumnNumeric = label.empty();  // even though it counts 1, 2, 3
    return rnnlab::parseCsv(text, "figure.csv", options).series;
}

}  // namespace

void TestFigureCsv::sharedKeysGiveOneColumnPerSeries() {
    Figure figure(QStringLiteral("Loss"), QStringLiteral("epoch"), QStringLiteral("loss"));
    figure.addSeries(QStringLiteral("train"))->setData({1, 2, 3}, {0.5, 0.25, 0.125});
    figure.addSeries(QStringLiteral("validation"))->setData({1, 2, 3}, {0.75, 0.5, 0.1});
    QCOMPARE(figureCsv(figure), QStringLiteral("epoch,train,validation\n"
                                               "1,0.5,0.75\n"
                                               "2,0.25,0.5\n"
                                               "3,0.125,0.1\n"));
}

void TestFigureCsv::differentKeysGiveOneRowPerPoint() {
    Figure figure(QStringLiteral("Series"), QStringLiteral("time step"), QStringLiteral("value"));
    figure.addSeries(QStringLiteral("input"))->setData({0, 1}, {1.5, -2});
    auto* gap = figure.addSeries(QStringLiteral("prediction"));
    gap->setData({1, 2, 3}, {-1, std::numeric_limits<double>::quiet_NaN(), 3});
    QCOMPARE(figureCsv(figure), QStringLiteral("series,time step,value\n"
                                               "input,0,1.5\n"
                                               "input,1,-2\n"
                                               "prediction,1,-1\n"
                                               "prediction,2,\n"
                                               "prediction,3,3\n"));
}

void TestFigureCsv::curvesAndColorMapsUseTheLongForm() {
    Figure figure(QStringLiteral("Hidden state"), QStringLiteral("t"), QStringLiteral("unit"));
    // A curve keeps its drawing order: (2,0) comes before (1,1).
    figure.addCurve(QStringLiteral("orbit"))->setData({2, 1}, {0, 1});
    QCPColorMap* map = figure.addColorMap(QStringLiteral("h"), QStringLiteral("activation"),
                                          ColorMapKind::Diverging);
    // 2 steps x 2 units, cells centred on t = 0, 1 and unit = 0, 1.
    map->data()->setSize(2, 2);
    map->data()->setRange(QCPRange(0, 1), QCPRange(0, 1));
    map->data()->setCell(0, 0, 0.25);
    map->data()->setCell(1, 0, -0.5);
    map->data()->setCell(0, 1, 1);
    map->data()->setCell(1, 1, 0);
    QCOMPARE(figureCsv(figure), QStringLiteral("series,t,unit,activation\n"
                                               "orbit,2,0,\n"
                                               "orbit,1,1,\n"
                                               "h,0,0,0.25\n"
                                               "h,1,0,-0.5\n"
                                               "h,0,1,1\n"
                                               "h,1,1,0\n"));
}

void TestFigureCsv::emptyNamesAndLabelsGetDefaults() {
    Figure figure(QStringLiteral("Untitled"), QString(), QString());
    figure.addSeries(QString())->setData({0}, {1});
    figure.addSeries(QStringLiteral("b"))->setData({5}, {2});
    QCOMPARE(figureCsv(figure), QStringLiteral("series,x,y\nseries 1,0,1\nb,5,2\n"));
}

void TestFigureCsv::exportWritesTheSameText() {
    QTemporaryDir dir;
    Figure figure(QStringLiteral("Gate \"f\", layer 1"), QStringLiteral("t"), QStringLiteral("f"));
    figure.addSeries(QStringLiteral("f, unit 0"))->setData({0, 1}, {0.25, 0.75});
    const QString path = dir.filePath(QStringLiteral("gate.csv"));
    exportFigure(figure, path, FigureFormat::Csv, ExportOptions{});
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(QString::fromUtf8(file.readAll()),
             QStringLiteral("t,\"f, unit 0\"\n0,0.25\n1,0.75\n"));
}

void TestFigureCsv::fieldsAreQuoted_data() {
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("field");
    QTest::newRow("plain") << "loss"
                           << "loss";
    QTest::newRow("comma") << "a,b"
                           << "\"a,b\"";
    QTest::newRow("quote") << "say \"hi\""
                           << "\"say \"\"hi\"\"\"";
    QTest::newRow("newline") << "two\nlines"
                             << "\"two\nlines\"";
    QTest::newRow("unicode") << QStringLiteral("\u03c3(x)") << QStringLiteral("\u03c3(x)");
}

void TestFigureCsv::fieldsAreQuoted() {
    QFETCH(QString, text);
    QFETCH(QString, field);
    QCOMPARE(csvField(text), field);
}

void TestFigureCsv::numbersRoundTrip_data() {
    QTest::addColumn<double>("value");
    QTest::addColumn<QString>("text");
    QTest::newRow("integer") << 3.0 << "3";
    QTest::newRow("tenth") << 0.1 << "0.1";
    QTest::newRow("third") << 1.0 / 3.0 << "0.3333333333333333";
    QTest::newRow("tiny") << 1.5e-12 << "1.5e-12";
    QTest::newRow("negative") << -2.5 << "-2.5";
    QTest::newRow("nan") << std::numeric_limits<double>::quiet_NaN() << "";
    QTest::newRow("inf") << std::numeric_limits<double>::infinity() << "";
    QTest::newRow("-inf") << -std::numeric_limits<double>::infinity() << "";
}

void TestFigureCsv::numbersRoundTrip() {
    QFETCH(double, value);
    QFETCH(QString, text);
    QCOMPARE(csvNumber(value), text);
    if (std::isfinite(value)) QCOMPARE(text.toDouble(), value);
}

// Everything written reads back: the wide form with its gaps (NaN and an infinity, which no
// plot draws), exactly to the last bit...
void TestFigureCsv::wideFormReadsBack() {
    Figure figure(QStringLiteral("Gradient norm"), QStringLiteral("step"), QStringLiteral("norm"));
    const double third = 1.0 / 3.0;
    figure.addSeries(QStringLiteral("total, before"))
        ->setData({1, 2, 3, 4}, {third, std::numeric_limits<double>::infinity(), 1e-300, 2});
    figure.addSeries(QStringLiteral("σ \"after\""))
        ->setData({1, 2, 3, 4}, {0.1, 0.2, std::numeric_limits<double>::quiet_NaN(), 0.4});
    const rnnlab::Series s = readBack(figure, "");
    QCOMPARE(s.names, (std::vector<std::string>{"step", "total, before", "σ \"after\""}));
    QCOMPARE(s.columns[0], (std::vector<double>{1, 2, 3, 4}));
    QCOMPARE(s.columns[1][0], third);
    QCOMPARE(s.columns[1][2], 1e-300);
    QCOMPARE(s.columns[2][3], 0.4);
}

// ... and the long form, whose first column names the series (read as the labels).
void TestFigureCsv::longFormReadsBack() {
    Figure figure(QStringLiteral("Hidden state"), QStringLiteral("t"), QStringLiteral("unit"));
    figure.addSeries(QStringLiteral("input"))->setData({0, 1}, {1.5, -2});
    QCPColorMap* map = figure.addColorMap(QStringLiteral("h"), QStringLiteral("activation"),
                                          ColorMapKind::Diverging);
    map->data()->setSize(2, 2);
    map->data()->setRange(QCPRange(0, 1), QCPRange(0, 1));
    map->data()->setCell(0, 0, 0.25);
    map->data()->setCell(1, 0, -0.5);
    map->data()->setCell(0, 1, 1);
    map->data()->setCell(1, 1, 0);
    const rnnlab::Series s = readBack(figure, "series");
    QCOMPARE(s.labelName, "series");
    QCOMPARE(s.labels, (std::vector<std::string>{"input", "input", "h", "h", "h", "h"}));
    QCOMPARE(s.names, (std::vector<std::string>{"t", "unit", "activation"}));
    QCOMPARE(s.columns[0], (std::vector<double>{0, 1, 0, 1, 0, 1}));
    QCOMPARE(s.columns[1], (std::vector<double>{1.5, -2, 0, 0, 1, 1}));
    // The series' rows have no colour value: read as missing, here interpolated from the map's.
    QCOMPARE(s.columns[2], (std::vector<double>{0.25, 0.25, 0.25, -0.5, 1, 0}));
}

// A dated axis writes the dates, in both forms; a hidden line is left out.
void TestFigureCsv::datesInTheXColumn() {
    Figure figure(QStringLiteral("Data"), QString(), QStringLiteral("co2"));
    figure.xAxis->setTicker(QSharedPointer<QCPAxisTicker>(
        new RowLabelTicker({"1958-03-29", "1958-04-05", "1958-04-12"})));
    figure.xAxis->setLabel(QStringLiteral("date"));
    figure.addSeries(QStringLiteral("co2"))->setData({0, 1, 2}, {316.1, 317.3, 317.6});
    QCPGraph* hidden = figure.addSeries(QStringLiteral("baseline"));
    hidden->setData({1, 2}, {316.1, 317.3});
    hidden->setVisible(false);
    QCOMPARE(figureCsv(figure), QStringLiteral("date,co2\n"
                                               "1958-03-29,316.1\n"
                                               "1958-04-05,317.3\n"
                                               "1958-04-12,317.6\n"));
    hidden->setVisible(true);
    // Long form; a key between rows has no date and keeps its number.
    figure.addSeries(QStringLiteral("between"))->setData({1.5}, {1});
    QCOMPARE(figureCsv(figure), QStringLiteral("series,date,co2\n"
                                               "co2,1958-03-29,316.1\n"
                                               "co2,1958-04-05,317.3\n"
                                               "co2,1958-04-12,317.6\n"
                                               "baseline,1958-04-05,316.1\n"
                                               "baseline,1958-04-12,317.3\n"
                                               "between,1.5,1\n"));
}

// Export, then open the CSV as a student would: the same dates label the same values.
void TestFigureCsv::exportReadsBackWithItsDates() {
    rnnlab::CsvOptions options;
    options.missing = rnnlab::MissingPolicy::Interpolate;
    const rnnlab::Series series =
        rnnlab::loadCsv(RNNLAB_TEST_DATA_DIR "/csv/co2_yyyymmdd.csv", options).series;
    Figure figure(QStringLiteral("co2"), QString(), QStringLiteral("co2"));
    setRowAxis(figure, series);
    const std::vector<double>& co2 = series.columns[0];
    figure.addSeries(QStringLiteral("co2"))
        ->setData(rowKeys(series.rows()), QVector<double>(co2.begin(), co2.end()));
    const QByteArray csv = figureCsv(figure).toUtf8();
    QVERIFY(csv.startsWith("date,co2\n1958-03-29,316.1\n"));
    const rnnlab::Series back =
        rnnlab::parseCsv(std::string_view(csv.constData(), std::size_t(csv.size())), "back.csv")
            .series;
    QCOMPARE(back.labelName, std::string("date"));
    QCOMPARE(back.labels, series.labels);
    QCOMPARE(back.columns[0], co2);
}

RNNLAB_TEST_MAIN(TestFigureCsv)
}  // namespace RNNLAB_TEST_FILE

#include "tst_figure_csv.moc"
