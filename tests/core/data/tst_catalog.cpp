// The real datasets in resources/datasets/ load as the catalog describes them, with the
// numbers of the statsmodels files they were copied from; the spreadsheet-style copy of the
// CO2 series (BOM, ';', decimal comma, CRLF, dates) loads to the same values; the labelled
// sets are compiled in, listed with their licence and balanced.

#include "test_main.h"
#include "core/data/bundled_files.h"
#include "core/data/catalog.h"
#include "core/data/data_error.h"
#include "core/data/labelled_file.h"

namespace RNNLAB_TEST_FILE {

using namespace rnnlab;

class TestCatalog : public QObject {
    Q_OBJECT
private slots:
    void everyDatasetLoads_data();
    void everyDatasetLoads();
    void nileSummary();
    void sunspotsSummary();
    void co2MissingWeeks();
    void usMacroColumns();
    void provenanceIsWritten();
    void spreadsheetExport();
    void labelledSetsAreWritten();
};

static std::string datasetPath(const std::string& file) {
    return std::string(RNNLAB_RESOURCES_DIR) + "/datasets/" + file;
}

static LoadedCsv loadBundled(const std::string& name) {
    const BundledDataset& d = bundledDataset(name);
    return loadCsv(datasetPath(d.file), bundledOptions(d));
}

void TestCatalog::everyDatasetLoads_data() {
    QTest::addColumn<QString>("name");
    QTest::addColumn<int>("rows");
    QTest::addColumn<QString>("firstLabel");
    QTest::addColumn<QString>("lastLabel");
    QTest::addColumn<double>("firstTarget");
    QTest::addColumn<double>("lastTarget");
    QTest::newRow("sunspots") << "sunspots" << 309 << "1700"
                              << "2008" << 5.0 << 2.9;
    QTest::newRow("nile") << "nile" << 100 << "1871"
                          << "1970" << 1120.0 << 740.0;
    QTest::newRow("co2") << "co2" << 2284 << "1958-03-29"
                         << "2001-12-29" << 316.1 << 371.5;
    QTest::newRow("elnino") << "elnino" << 732 << "1950-01"
                            << "2010-12" << 23.11 << 22.07;
    QTest::newRow("us_macro") << "us_macro" << 203 << "1959Q1"
                              << "2009Q3" << 2710.349 << 12990.341;
}

void TestCatalog::everyDatasetLoads() {
    QFETCH(QString, name);
    QFETCH(int, rows);
    QFETCH(QString, firstLabel);
    QFETCH(QString, lastLabel);
    QFETCH(double, firstTarget);
    QFETCH(double, lastTarget);
    const BundledDataset& d = bundledDataset(name.toStdString());
    const Series s = loadBundled(d.name).series;
    QCOMPARE(s.rows(), Index(rows));
    QCOMPARE(s.labelName, d.labelColumn);
    QCOMPARE(s.names[std::size_t(s.target)], d.targetColumn);
    QCOMPARE(QString::fromStdString(s.labels.front()), firstLabel);
    QCOMPARE(QString::fromStdString(s.labels.back()), lastLabel);
    QCOMPARE(s.columns[std::size_t(s.target)].front(), firstTarget);
    QCOMPARE(s.columns[std::size_t(s.target)].back(), lastTarget);
}

void TestCatalog::nileSummary() {
    // Reference values: Python's statistics.fmean / pstdev on statsmodels' nile.csv.
    const Series s = loadBundled("nile").series;
    const ColumnStats stats = columnStats(s.columns[0]);
    QCOMPARE(stats.min, 456.0);
    QCOMPARE(stats.max, 1370.0);
    QCOMPARE(stats.mean, 919.35);
    QVERIFY(std::abs(stats.std - 168.3792371404503) < 1e-9);
}

void TestCatalog::sunspotsSummary() {
    const Series s = loadBundled("sunspots").series;
    const ColumnStats stats = columnStats(s.columns[0]);
    QCOMPARE(stats.min, 0.0);
    QCOMPARE(stats.max, 190.2);
    QVERIFY(std::abs(stats.mean - 49.75210355987055) < 1e-9);
    QVERIFY(std::abs(stats.std - 40.387084638624245) < 1e-9);
}

void TestCatalog::co2MissingWeeks() {
    const LoadedCsv interpolated = loadBundled("co2");
    QCOMPARE(interpolated.missing.cells.size(), std::size_t(59));
    QCOMPARE(interpolated.missing.cells.front().line, 8L);  // 1958-05-10
    QCOMPARE(interpolated.series.labels[6], std::string("1958-05-10"));
    // The missing week 1958-05-10 becomes the mean of the weeks before and after it.
    const std::vector<double>& co2 = interpolated.series.columns[0];
    QCOMPARE(co2[6], 0.5 * (co2[5] + co2[7]));

    CsvOptions reject = bundledOptions(bundledDataset("co2"));
    reject.missing = MissingPolicy::Reject;
    QVERIFY_THROWS_EXCEPTION(MissingValuesError, loadCsv(datasetPath("co2_weekly.csv"), reject));

    CsvOptions drop = reject;
    drop.missing = MissingPolicy::Drop;
    const LoadedCsv dropped = loadCsv(datasetPath("co2_weekly.csv"), drop);
    QCOMPARE(dropped.series.rows(), Index(2225));  // statsmodels: 2225 observations
    QVERIFY(std::abs(columnStats(dropped.series.columns[0]).mean - 340.1422471910112) < 1e-9);
}

void TestCatalog::usMacroColumns() {
    // Opened as the catalog says: real GDP predicted from itself; the other 11 one click away.
    const Series s = loadBundled("us_macro").series;
    QCOMPARE(s.names, (std::vector<std::string>{"realgdp"}));
    QCOMPARE(s.inputs, (std::vector<int>{0}));
    QCOMPARE(s.numericColumns.size(), std::size_t(12));
    CsvOptions every = bundledOptions(bundledDataset("us_macro"));
    every.allInputs = true;
    const Series all = loadCsv(datasetPath("us_macro_quarterly.csv"), every).series;
    QCOMPARE(all.names, s.numericColumns);
    QCOMPARE(all.inputs.size(), std::size_t(12));
    QCOMPARE(all.names[std::size_t(all.target)], std::string("realgdp"));
    QCOMPARE(all.columns[std::size_t(all.columnIndex("cpi"))].front(), 28.98);
}

void TestCatalog::provenanceIsWritten() {
    QFile readme(QString::fromStdString(datasetPath("README.md")));
    QVERIFY(readme.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(readme.readAll());
    for (const BundledDataset& d : bundledDatasets()) {
        QVERIFY2(text.contains(QString::fromStdString(d.file)), d.file.c_str());
        QVERIFY(d.licence.find("Public domain") == 0);
        QVERIFY(!d.source.empty() && !d.description.empty());
    }
    QVERIFY(text.contains("public domain"));
    QVERIFY_THROWS_EXCEPTION(ConfigError, bundledDataset("airline"));
}

void TestCatalog::labelledSetsAreWritten() {
    QFile readme(QString::fromStdString(datasetPath("README.md")));
    QVERIFY(readme.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(readme.readAll());
    QVERIFY(text.contains("CC0 1.0"));
    for (const BundledText& t : bundledLabelledSets()) {
        QVERIFY2(text.contains(QString::fromStdString(t.file)), t.file.c_str());
        QVERIFY(t.licence.find("CC0") == 0);
        LabelledShape shape;
        shape.split = SplitSpec{1.0, 0.0};
        const auto data = readLabelled(bundledFileContents(t.file), t.file, shape);
        QCOMPARE(data->classes(), std::vector<std::string>({"neg", "pos"}));
        QCOMPARE(data->classCounts(Split::Train), std::vector<Index>({150, 150}));
    }
    QVERIFY_THROWS_EXCEPTION(ConfigError, bundledLabelledSet("reviews"));
}

void TestCatalog::spreadsheetExport() {
    const std::string path = std::string(RNNLAB_TEST_DATA_DIR) + "/csv/spreadsheet_co2_de.csv";
    CsvOptions options;
    options.missing = MissingPolicy::Drop;
    const LoadedCsv sheet = loadCsv(path, options);
    QVERIFY(sheet.format.byteOrderMark);
    QVERIFY(sheet.format.delimiter == Delimiter::Semicolon);
    QVERIFY(sheet.format.decimalComma);
    QVERIFY(sheet.format.header);
    QCOMPARE(sheet.series.labelName, std::string("Datum"));
    QCOMPARE(sheet.series.names, (std::vector<std::string>{"CO2 (ppm)"}));
    QCOMPARE(sheet.series.labels.front(), std::string("29.03.1958"));
    QCOMPARE(sheet.missing.cells.size(), std::size_t(19));

    // The same weeks as the bundled CSV, value for value.
    CsvOptions drop = bundledOptions(bundledDataset("co2"));
    drop.missing = MissingPolicy::Drop;
    const Series original = loadCsv(datasetPath("co2_weekly.csv"), drop).series;
    const Index n = sheet.series.rows();
    QCOMPARE(n, Index(85));
    for (Index r = 0; r < n; ++r)
        QCOMPARE(sheet.series.columns[0][std::size_t(r)], original.columns[0][std::size_t(r)]);
    QCOMPARE(sheet.series.lines,
             std::vector<long>(original.lines.begin(), original.lines.begin() + n));
}

RNNLAB_TEST_APPLESS_MAIN(TestCatalog)
}  // namespace RNNLAB_TEST_FILE

#include "tst_catalog.moc"
