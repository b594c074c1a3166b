// Missing cells (empty, and the markers NA, N/A, #N/A, NaN, null, None, -, ., ?, missing in
// any case, or a list of one's own): reported with their lines, then rejected, dropped or
// interpolated linearly.
#include <cmath>

#include "test_main.h"
#include "core/data/csv_reader.h"
#include "core/data/data_error.h"
#include "core/data/missing_markers.h"

namespace RNNLAB_TEST_FILE {

using namespace rnnlab;

class TestMissingMarkers : public QObject {
    Q_OBJECT
private slots:
    void tokens_data();
    void tokens();
    void markersUnderEveryPolicy_data();
    void markersUnderEveryPolicy();
    void ownMarkers();
    void report();
    void drop();
    void interpolate();
    void interpolateEdges();
    void labelsStayWithTheirRows();
};

// Every numeric column read, no label unless named: the missing cells are the point here.
static LoadedCsv load(const std::string& text, MissingPolicy policy,
                      const std::string& label = "") {
    CsvOptions o;
    o.missing = policy;
    o.allInputs = true;
    o.labelColumn = label;
    return parseCsv(text, "m.csv", o);
}

void TestMissingMarkers::tokens_data() {
    QTest::addColumn<QString>("cell");
    for (const char* t :
         {"",     "NA",  "na",       "NaN", "nan",     "NAN",     "null",    "NULL",   "Null",
          "\"\"", "  ",  "\" NA \"", "N/A", "n/a",     "#N/A",    "#n/a",    "None",   "none",
          "-",    " - ", ".",        "?",   "missing", "Missing", "MISSING", "\"n/a\""})
        QTest::newRow(t[0] ? t : "empty") << QString(t);
}

void TestMissingMarkers::tokens() {
    QFETCH(QString, cell);
    const LoadedCsv loaded =
        load("a,b\n1,2\n3," + cell.toStdString() + "\n5,6\n", MissingPolicy::Interpolate);
    QCOMPARE(loaded.missing.cells.size(), std::size_t(1));
    QCOMPARE(loaded.missing.cells[0].line, 3L);
    QCOMPARE(loaded.missing.cells[0].column, 2);
    QCOMPARE(loaded.series.columns[1][1], 4.0);
}

void TestMissingMarkers::markersUnderEveryPolicy_data() {
    QTest::addColumn<QString>("cell");
    for (const std::string& m : defaultMissingMarkers())
        QTest::newRow(m.c_str()) << QString::fromStdString(m);
}

// Each marker is a missing cell whatever the policy: named as missing when refused, never
// "not a number".
void TestMissingMarkers::markersUnderEveryPolicy() {
    QFETCH(QString, cell);
    const std::string text = "a,b\n1,2\n3," + cell.toStdString() + "\n5,6\n";
    try {
        load(text, MissingPolicy::Reject);
        QFAIL("a missing cell must be refused under reject");
    } catch (const MissingValuesError& e) {
        QCOMPARE(e.line(), 3L);
        QCOMPARE(e.column(), 2);
        QCOMPARE(e.report().cells.size(), std::size_t(1));
    }
    QCOMPARE(load(text, MissingPolicy::Drop).series.columns[1], (std::vector<double>{2, 6}));
    QCOMPARE(load(text, MissingPolicy::Interpolate).series.columns[1],
             (std::vector<double>{2, 4, 6}));
}

// A list of one's own replaces the default one; empty cells stay missing.
void TestMissingMarkers::ownMarkers() {
    CsvOptions o;
    o.missing = MissingPolicy::Interpolate;
    o.missingMarkers = parseMissingMarkers(" k.A. , x ");
    QCOMPARE(o.missingMarkers, (std::vector<std::string>{"k.A.", "x"}));
    const Series s = parseCsv("v\n1\nK.A.\n3\nX\n\"\"\n9\n", "m.csv", o).series;
    QCOMPARE(s.columns[0], (std::vector<double>{1, 2, 3, 5, 7, 9}));
    try {
        parseCsv("v\n1\nNA\n3\n", "m.csv", o);
        QFAIL("NA is not a marker of this list");
    } catch (const DataError& e) {
        QCOMPARE(std::string(e.what()),
                 std::string("m.csv:3:1: line 3, column 1 (v): 'NA' is not a number"));
    }
    QCOMPARE(joinMissingMarkers(o.missingMarkers), std::string("k.A., x"));
    QVERIFY(parseMissingMarkers(" , ").empty());
}

void TestMissingMarkers::report() {
    const LoadedCsv loaded =
        load("t,a,b\nx,1,\ny,NA,2\nz,3,4\nw,,null\n", MissingPolicy::Interpolate);
    const MissingReport& r = loaded.missing;
    QCOMPARE(r.cells.size(), std::size_t(4));
    const long lines[] = {2, 3, 5, 5};
    const int columns[] = {3, 2, 2, 3};
    const int seriesColumns[] = {1, 0, 0, 1};
    for (std::size_t i = 0; i < 4; ++i) {
        QCOMPARE(r.cells[i].line, lines[i]);
        QCOMPARE(r.cells[i].column, columns[i]);
        QCOMPARE(r.cells[i].seriesColumn, seriesColumns[i]);
    }
    QCOMPARE(r.perColumn, (std::vector<long>{2, 2}));
    QCOMPARE(r.interpolatedCells, 4L);
    QCOMPARE(r.droppedRows, 0L);
}

void TestMissingMarkers::drop() {
    const LoadedCsv loaded = load("a,b\n1,10\n2,\n3,30\nNA,40\n5,50\n", MissingPolicy::Drop);
    const Series& s = loaded.series;
    QCOMPARE(s.columns[0], (std::vector<double>{1, 3, 5}));
    QCOMPARE(s.columns[1], (std::vector<double>{10, 30, 50}));
    QCOMPARE(s.lines, (std::vector<long>{2, 4, 6}));
    QCOMPARE(loaded.missing.droppedRows, 2L);
}

void TestMissingMarkers::interpolate() {
    // b: 10, _, _, 40 -> 20, 30 (a straight line between the known neighbours).
    const Series s = load("a,b\n1,10\n2,\n4,\n8,40\n", MissingPolicy::Interpolate).series;
    QCOMPARE(s.columns[1], (std::vector<double>{10, 20, 30, 40}));
    QCOMPARE(s.columns[0], (std::vector<double>{1, 2, 4, 8}));
}

void TestMissingMarkers::interpolateEdges() {
    // Leading and trailing gaps take the nearest known value.
    const Series s = load("a,b\n,1\n,2\n7,3\n8,4\n,5\n", MissingPolicy::Interpolate).series;
    QCOMPARE(s.columns[0], (std::vector<double>{7, 7, 7, 8, 8}));
}

void TestMissingMarkers::labelsStayWithTheirRows() {
    const Series s =
        load("date,v\n2001-01,1\n2001-02,\n2001-03,3\n", MissingPolicy::Drop, "date").series;
    QCOMPARE(s.labels, (std::vector<std::string>{"2001-01", "2001-03"}));
    // A missing label is an empty label, not a missing value.
    const LoadedCsv kept =
        load("date,v\n2001-01,1\n,2\n2001-03,3\n", MissingPolicy::Reject, "date");
    QCOMPARE(kept.series.labels, (std::vector<std::string>{"2001-01", "", "2001-03"}));
    QVERIFY(kept.missing.empty());
}

RNNLAB_TEST_APPLESS_MAIN(TestMissingMarkers)
}  // namespace RNNLAB_TEST_FILE

#include "tst_missing_markers.moc"
