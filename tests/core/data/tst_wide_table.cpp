// A year x month (or x quarter) table read as one series (core/data/wide_table.h): the airline
// passengers, a table with a yearly total and an unfinished last year, month names in German,
// missing cells, and the refusals.

#include "test_main.h"
#include "core/data/csv_reader.h"
#include "core/data/data_error.h"
#include "core/data/time_axis.h"

namespace RNNLAB_TEST_FILE {

using namespace rnnlab;

class TestWideTable : public QObject {
    Q_OBJECT
private slots:
    void airlinePassengers();
    void quartersWithTotalAndUnfinishedYear();
    void readAsColumns();
    void germanMonthNames();
    void missingCellsFollowThePolicy();
    void refusals();
};

namespace {
std::string testFile(const std::string& name) {
    return RNNLAB_TEST_DATA_DIR "/csv/" + name;
}
}  // namespace

void TestWideTable::airlinePassengers() {
    const LoadedCsv loaded = loadCsv(testFile("airline_passengers.csv"));
    QCOMPARE(loaded.wideTable, std::string("year \u00d7 month"));
    QVERIFY(loaded.unpivoted);
    const Series& s = loaded.series;
    QCOMPARE(s.rows(), Index(144));
    QCOMPARE(s.names, std::vector<std::string>{"airline_passengers"});
    QCOMPARE(s.labelName, std::string("month"));
    QCOMPARE(s.labels.front(), std::string("1949-01"));
    QCOMPARE(s.labels[13], std::string("1950-02"));
    QCOMPARE(s.labels.back(), std::string("1960-12"));
    QCOMPARE(s.columns[0].front(), 112.0);
    QCOMPARE(s.columns[0][13], 126.0);  // February 1950
    QCOMPARE(s.columns[0].back(), 432.0);
    QCOMPARE(s.lines[13], 3L);  // the row of 1950
    QCOMPARE(seasonalPeriodOfLabels(s.labels), 12);
    QCOMPARE(s.columnChoice.english(),
             std::string("A year \u00d7 month table (\u201cYear\u201d and \u201cJan\u201d \u2026 "
                         "\u201cDec\u201d): read as one series, 1949-01 to 1960-12."));
}

// The "Total" column is left out; the unobserved quarters of 1965 are not part of the series.
void TestWideTable::quartersWithTotalAndUnfinishedYear() {
    const LoadedCsv loaded = loadCsv(testFile("gdp_quarters_wide.csv"));
    QCOMPARE(loaded.wideTable, std::string("year \u00d7 quarter"));
    const Series& s = loaded.series;
    QCOMPARE(s.rows(), Index(26));
    QCOMPARE(s.labels.front(), std::string("1959Q1"));
    QCOMPARE(s.labels.back(), std::string("1965Q2"));
    QCOMPARE(s.columns[0].front(), 2710.349);
    QVERIFY(loaded.missing.empty());
    QCOMPARE(seasonalPeriodOfLabels(s.labels), 4);
}

// Told not to unpivot: the years label the rows and the columns are columns.
void TestWideTable::readAsColumns() {
    CsvOptions o;
    o.unpivot = Unpivot::No;
    const LoadedCsv loaded = loadCsv(testFile("airline_passengers.csv"), o);
    QCOMPARE(loaded.wideTable, std::string("year \u00d7 month"));
    QVERIFY(!loaded.unpivoted);
    QCOMPARE(loaded.series.labelName, std::string("Year"));
    QCOMPARE(loaded.series.names, std::vector<std::string>{"Dec"});
    QCOMPARE(loaded.series.rows(), Index(12));
    QCOMPARE(loaded.series.numericColumns.size(), std::size_t(12));
}

void TestWideTable::germanMonthNames() {
    std::string text = "Jahr;Jan;Feb;M\u00e4r;Apr;Mai;Jun;Jul;Aug;Sep;Okt;Nov;Dez\n";
    for (int y = 2001; y <= 2003; ++y) {
        text += std::to_string(y);
        for (int m = 1; m <= 12; ++m)
            text += ";" + std::to_string(y - 2000) + "," + std::to_string(m);
        text += "\n";
    }
    const Series s = parseCsv(text, "Verbrauch.csv").series;
    QCOMPARE(s.names, std::vector<std::string>{"Verbrauch"});
    QCOMPARE(s.rows(), Index(36));
    QCOMPARE(s.labels[14], std::string("2002-03"));
    QCOMPARE(s.columns[0][14], 2.3);  // decimal comma with ';'
}

void TestWideTable::missingCellsFollowThePolicy() {
    const std::string text = "Year,Q1,Q2,Q3,Q4\n2001,1,2,-,4\n2002,5,#N/A,7,8\n2003,9,10,,\n";
    try {
        parseCsv(text, "q.csv");
        QFAIL("missing cells must be refused by default");
    } catch (const MissingValuesError& e) {
        QCOMPARE(std::string(e.what()),
                 std::string("q.csv:2:4: line 2, column 4 (Q3): missing value (the first of 2 "
                             "missing cells); choose to drop the rows with missing values or to "
                             "interpolate them"));
        QCOMPARE(e.report().cells.size(), std::size_t(2));  // the empty 2003Q3-Q4 are unobserved
    }
    CsvOptions o;
    o.missing = MissingPolicy::Interpolate;
    const LoadedCsv filled = parseCsv(text, "q.csv", o);
    QCOMPARE(filled.series.columns[0], (std::vector<double>{1, 2, 3, 4, 5, 6, 7, 8, 9, 10}));
    QCOMPARE(filled.missing.interpolatedCells, 2L);
    o.missing = MissingPolicy::Drop;
    const Series dropped = parseCsv(text, "q.csv", o).series;
    QCOMPARE(dropped.labels, (std::vector<std::string>{"2001Q1", "2001Q2", "2001Q4", "2002Q1",
                                                       "2002Q3", "2002Q4", "2003Q1", "2003Q2"}));
}

void TestWideTable::refusals() {
    CsvOptions yes;
    yes.unpivot = Unpivot::Yes;
    try {
        parseCsv("year,v\n2001,1\n2002,2\n2003,3\n", "n.csv", yes);
        QFAIL("a table that is not wide cannot be unpivoted");
    } catch (const DataError& e) {
        QCOMPARE(std::string(e.what()),
                 std::string("n.csv: unpivot: this is not a wide table (expected a column of "
                             "years and, after it, 12 columns named for the months or 4 for the "
                             "quarters)"));
    }
    try {
        parseCsv("Year,Q1,Q2,Q3,Q4\n2002,1,2,3,4\n2001,5,6,7,8\n2003,1,2,3,4\n", "q.csv");
        QFAIL("years out of order must be refused");
    } catch (const DataError& e) {
        QCOMPARE(std::string(e.what()),
                 std::string("q.csv:3:1: line 3, column 1 (Year): '2001' is not a year after "
                             "2002: a year \u00d7 quarter table has one row per year, in order"));
    }
    CsvOptions target;
    target.targetColumn = "Q1";
    try {
        parseCsv("Year,Q1,Q2,Q3,Q4\n2001,1,2,3,4\n2002,5,6,7,8\n2003,1,2,3,4\n", "q.csv", target);
        QFAIL("a column of a table read as one series cannot be the target");
    } catch (const DataError& e) {
        QCOMPARE(std::string(e.what()),
                 std::string("q.csv: this wide table is read as one series, 'q': to choose "
                             "other columns, read it as columns (unpivot: no)"));
    }
}

RNNLAB_TEST_APPLESS_MAIN(TestWideTable)
}  // namespace RNNLAB_TEST_FILE

#include "tst_wide_table.moc"
