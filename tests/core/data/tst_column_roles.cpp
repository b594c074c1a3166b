// Which column is the label, the target and the inputs (core/data/column_roles.h): every CSV
// under tests/data/csv and every bundled dataset opens with the label and target a person would
// pick, the inputs default to the target alone, and the one-line reason says why.

#include "test_main.h"
#include "core/data/bundled_files.h"
#include "core/data/catalog.h"
#include "core/data/column_roles.h"
#include "core/data/csv_reader.h"
#include "core/data/data_error.h"

namespace RNNLAB_TEST_FILE {

using namespace rnnlab;

class TestColumnRoles : public QObject {
    Q_OBJECT
private slots:
    void everyTestFile_data();
    void everyTestFile();
    void bundledFiles_data();
    void bundledFiles();
    void reasons_data();
    void reasons();
    void numericLabelNeedsAnotherColumn();
    void everyColumnATimeAxis();
    void allInputsLeaveTimeAxesOut();
    void yearAndMonthColumns();
    void choicesRefused();
    void manyColumns();
};

namespace {

struct Expected {
    const char* file;
    const char* label;
    const char* firstLabel;
    const char* target;
    Index rows;
};

// Every CSV in tests/data/csv (fuzz inputs aside) and what a person would pick in it.
const Expected kTestFiles[] = {
    {"airline_passengers.csv", "month", "1949-01", "airline_passengers", 144},
    {"co2_excel_markers.csv", "date", "1958-03-29", "co2", 23},
    {"co2_yyyymmdd.csv", "date", "1958-03-29", "co2", 16},
    {"commodity_time_index.csv", "TIME", "1", "wheat", 25},
    {"elnino_year_month.csv", "year-month", "1950-01", "sst", 24},
    {"eurostat_sdmx.csv", "TIME_PERIOD", "2001-01", "OBS_VALUE", 24},
    {"gdp_quarters_wide.csv", "quarter", "1959Q1", "gdp_quarters_wide", 26},
    {"nile_datum_wert_de.csv", "Datum", "1871", "Wert", 25},
    {"sensor_seconds_de.csv", "Zeit (s)", "0,0", "Temperatur", 30},
    {"spreadsheet_co2_de.csv", "Datum", "29.03.1958", "CO2 (ppm)", 104},
};

std::string testFile(const std::string& name) {
    return RNNLAB_TEST_DATA_DIR "/csv/" + name;
}

CsvOptions interpolating() {
    CsvOptions o;
    o.missing = MissingPolicy::Interpolate;
    return o;
}

}  // namespace

void TestColumnRoles::everyTestFile_data() {
    QTest::addColumn<QString>("file");
    const QDir dir(QStringLiteral(RNNLAB_TEST_DATA_DIR "/csv"));
    for (const QString& f : dir.entryList({"*.csv"}, QDir::Files, QDir::Name))
        QTest::newRow(qPrintable(f)) << f;
}

// Opened with the defaults (missing cells interpolated): the label, the target and the target
// alone as input.
void TestColumnRoles::everyTestFile() {
    QFETCH(QString, file);
    const Expected* e = nullptr;
    for (const Expected& x : kTestFiles)
        if (file == x.file) e = &x;
    QVERIFY2(e != nullptr, "every test CSV needs its expected columns here");
    const Series s = loadCsv(testFile(e->file), interpolating()).series;
    QCOMPARE(s.labelName, std::string(e->label));
    QCOMPARE(s.labels.front(), std::string(e->firstLabel));
    QCOMPARE(s.names, std::vector<std::string>{e->target});
    QCOMPARE(s.inputs, std::vector<int>{0});
    QCOMPARE(s.rows(), e->rows);
    QVERIFY(!s.columnChoice.empty());
}

void TestColumnRoles::bundledFiles_data() {
    QTest::addColumn<QString>("name");
    for (const BundledDataset& d : bundledDatasets())
        QTest::newRow(d.name.c_str()) << QString::fromStdString(d.name);
}

// The catalog's label is also what the detection picks from the file alone; without the
// catalog's target the single-series files pick the same target.
void TestColumnRoles::bundledFiles() {
    QFETCH(QString, name);
    const BundledDataset& d = bundledDataset(name.toStdString());
    CsvOptions detect = interpolating();
    const Series s = parseCsv(bundledFileContents(d.file), d.file, detect).series;
    QCOMPARE(s.labelName, d.labelColumn);
    QCOMPARE(s.inputs, std::vector<int>{0});
    if (s.numericColumns.size() == 1) QCOMPARE(s.names.front(), d.targetColumn);
    CsvOptions catalog = bundledOptions(d);
    const Series opened = parseCsv(bundledFileContents(d.file), d.file, catalog).series;
    QCOMPARE(opened.names, std::vector<std::string>{d.targetColumn});
    QCOMPARE(opened.labelName, d.labelColumn);
}

void TestColumnRoles::reasons_data() {
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("target");
    QTest::addColumn<QString>("reason");
    QTest::newRow("an index") << "TIME,a,b\n1,0.5,7.5\n2,0.25,8.5\n3,0.75,6.5\n"
                              << ""
                              << "\u201cTIME\u201d counts 1, 2, 3, \u2026 and labels the x axis; "
                                 "target \u201cb\u201d: the last numeric column; input: the "
                                 "target alone.";
    QTest::newRow("an index at the end")
        << "a,b,n\n0.5,7.5,1\n0.25,8.5,2\n0.75,6.5,3\n"
        << ""
        << "\u201cn\u201d counts 1, 2, 3, \u2026 and labels the x axis; target \u201cb\u201d: the "
           "last numeric column; input: the target alone.";
    QTest::newRow("years by value") << "Jahr;Wert\n1871;1120\n1872;1160\n1873;963\n"
                                    << ""
                                    << "\u201cJahr\u201d holds years and labels the x axis; "
                                       "target \u201cWert\u201d: the last numeric column; input: "
                                       "the target alone.";
    QTest::newRow("text and another index")
        << "date,v,id\n2001-01-01,0.5,1\n2001-01-02,0.25,2\n2001-01-03,0.75,3\n"
        << ""
        << "\u201cdate\u201d holds dates and labels the x axis; \u201cid\u201d is a time axis too "
           "and is left out; target \u201cv\u201d: the last numeric column that is not a time "
           "axis; input: the target alone.";
    QTest::newRow("a name") << "city,v\nRome,3.5\nOslo,1.5\n"
                            << ""
                            << "\u201ccity\u201d is text and labels the x axis; target "
                               "\u201cv\u201d: the last numeric column; input: the target alone.";
    QTest::newRow("nothing for the x axis")
        << "a,b\n0.5,7.5\n0.25,8.5\n"
        << "a"
        << "No column holds dates, years or an index: the x axis counts rows; target "
           "\u201ca\u201d (chosen); input: the target alone.";
}

void TestColumnRoles::reasons() {
    QFETCH(QString, text);
    QFETCH(QString, target);
    QFETCH(QString, reason);
    CsvOptions o;
    o.targetColumn = target.toStdString();
    QCOMPARE(QString::fromStdString(
                 parseCsv(text.toStdString(), "r.csv", o).series.columnChoice.english()),
             reason);
}

// A counting column that is the only numeric one is the data, not the x axis.
void TestColumnRoles::numericLabelNeedsAnotherColumn() {
    const Series s = parseCsv("name,v\na,1\nb,2\nc,3\n", "n.csv").series;
    QCOMPARE(s.labelName, std::string("name"));
    QCOMPARE(s.names, std::vector<std::string>{"v"});
    const Series alone = parseCsv("v\n1\n2\n3\n", "n.csv").series;
    QVERIFY(alone.labelName.empty());
    QCOMPARE(alone.names, std::vector<std::string>{"v"});
}

// When every numeric column is a time axis, the last one left is still the target.
void TestColumnRoles::everyColumnATimeAxis() {
    const Series s = parseCsv("year,n\n1990,1\n1991,2\n1992,3\n", "t.csv").series;
    QCOMPARE(s.labelName, std::string("year"));
    QCOMPARE(s.names, std::vector<std::string>{"n"});
}

// All inputs: every numeric column but the label and the other time axes.
void TestColumnRoles::allInputsLeaveTimeAxesOut() {
    CsvOptions o;
    o.allInputs = true;
    const std::string text = "date,id,a,b\n2001-01,1,0.5,7\n2001-02,2,0.25,9\n2001-03,3,0.75,8\n";
    const Series s = parseCsv(text, "a.csv", o).series;
    QCOMPARE(s.names, (std::vector<std::string>{"a", "b"}));
    QCOMPARE(s.inputs, (std::vector<int>{0, 1}));
    QCOMPARE(s.target, 1);
    QCOMPARE(s.numericColumns, (std::vector<std::string>{"id", "a", "b"}));
    QVERIFY(s.columnChoice.english().find("inputs: every numeric column but the time axes (2)") !=
            std::string::npos);
    // Chosen inputs may include a time axis.
    o.inputColumns = {"id", "b"};
    QCOMPARE(parseCsv(text, "a.csv", o).series.names, (std::vector<std::string>{"id", "b"}));
}

// A year column that repeats and a month or quarter column: one label, 1950-01 or 1959Q1.
void TestColumnRoles::yearAndMonthColumns() {
    const Series months =
        parseCsv("year,month,v\n1950,11,1.5\n1950,12,2.5\n1951,1,3.5\n", "m.csv").series;
    QCOMPARE(months.labelName, std::string("year-month"));
    QCOMPARE(months.labels, (std::vector<std::string>{"1950-11", "1950-12", "1951-01"}));
    QCOMPARE(months.names, std::vector<std::string>{"v"});
    const Series quarters =
        parseCsv("year,quarter,v\n1959,3,1.5\n1959,4,2.5\n1960,1,3.5\n", "q.csv").series;
    QCOMPARE(quarters.labels, (std::vector<std::string>{"1959Q3", "1959Q4", "1960Q1"}));
    // Going backwards is no time axis.
    const Series back =
        parseCsv("year,month,v\n1950,11,1.5\n1950,10,2.5\n1951,1,3.5\n", "b.csv").series;
    QVERIFY(back.labelName.empty());
}

void TestColumnRoles::choicesRefused() {
    CsvOptions o;
    o.targetColumn = "nope";
    try {
        parseCsv("a,b\n1,2\n3,5\n", "c.csv", o);
        QFAIL("an unknown column must be refused");
    } catch (const DataError& e) {
        QCOMPARE(std::string(e.what()),
                 std::string("c.csv: there is no column 'nope'; the columns are: a, b (or their "
                             "numbers 1 to 2)"));
    }
    o.targetColumn = "b";
    o.labelColumn = "b";
    QVERIFY_THROWS_EXCEPTION(DataError, parseCsv("a,b\n1,2\n3,5\n", "c.csv", o));
}

// 200,000 columns and 3 rows: read in one pass (the names' check and the column choice are
// linear in the number of columns).
void TestColumnRoles::manyColumns() {
    constexpr int kColumns = 200000;
    std::string text;
    for (int r = 0; r < 4; ++r) {
        for (int j = 0; j < kColumns; ++j) {
            if (j) text += ',';
            text += r == 0 ? "c" + std::to_string(j) : std::to_string((j * 7 + r * 3) % 11);
        }
        text += '\n';
    }
    const LoadedCsv loaded = parseCsv(text, "wide.csv");
    QCOMPARE(loaded.series.names, std::vector<std::string>{"c199999"});
    QCOMPARE(loaded.series.numericColumns.size(), std::size_t(kColumns));
    CsvOptions every;
    every.allInputs = true;
    QCOMPARE(parseCsv(text, "wide.csv", every).series.columns.size(), std::size_t(kColumns));
}

RNNLAB_TEST_APPLESS_MAIN(TestColumnRoles)
}  // namespace RNNLAB_TEST_FILE

#include "tst_column_roles.moc"
