// Missing cells (empty, NA, NaN, null): reported with their lines, then rejected, dropped or
// interpolated linearly.
#include <QtTest>
#include <cmath>

#include "core/data/csv_reader.h"
#include "core/data/data_error.h"

using namespace rnnlab;

class TestDataMissing : public QObject {
    Q_OBJECT
private slots:
    void tokens_data();
    void tokens();
    void report();
    void drop();
    void interpolate();
    void interpolateEdges();
    void labelsStayWithTheirRows();
};

static LoadedCsv load(const std::string& text, MissingPolicy policy) {
    CsvOptions o;
    o.missing = policy;
    return parseCsv(text, "m.csv", o);
}

void TestDataMissing::tokens_data() {
    QTest::addColumn<QString>("cell");
    for (const char* t :
         {"", "NA", "na", "NaN", "nan", "NAN", "null", "NULL", "Null", "\"\"", "  ", "\" NA \""})
        QTest::newRow(t[0] ? t : "empty") << QString(t);
}

void TestDataMissing::tokens() {
    QFETCH(QString, cell);
    const LoadedCsv loaded =
        load("a,b\n1,2\n3," + cell.toStdString() + "\n5,6\n", MissingPolicy::Interpolate);
    QCOMPARE(loaded.missing.cells.size(), std::size_t(1));
    QCOMPARE(loaded.missing.cells[0].line, 3L);
    QCOMPARE(loaded.missing.cells[0].column, 2);
    QCOMPARE(loaded.series.columns[1][1], 4.0);
}

void TestDataMissing::report() {
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

void TestDataMissing::drop() {
    const LoadedCsv loaded = load("a,b\n1,10\n2,\n3,30\nNA,40\n5,50\n", MissingPolicy::Drop);
    const Series& s = loaded.series;
    QCOMPARE(s.columns[0], (std::vector<double>{1, 3, 5}));
    QCOMPARE(s.columns[1], (std::vector<double>{10, 30, 50}));
    QCOMPARE(s.lines, (std::vector<long>{2, 4, 6}));
    QCOMPARE(loaded.missing.droppedRows, 2L);
}

void TestDataMissing::interpolate() {
    // b: 10, _, _, 40 -> 20, 30 (a straight line between the known neighbours).
    const Series s = load("a,b\n1,10\n2,\n3,\n4,40\n", MissingPolicy::Interpolate).series;
    QCOMPARE(s.columns[1], (std::vector<double>{10, 20, 30, 40}));
    QCOMPARE(s.columns[0], (std::vector<double>{1, 2, 3, 4}));
}

void TestDataMissing::interpolateEdges() {
    // Leading and trailing gaps take the nearest known value.
    const Series s = load("a,b\n,1\n,2\n7,3\n8,4\n,5\n", MissingPolicy::Interpolate).series;
    QCOMPARE(s.columns[0], (std::vector<double>{7, 7, 7, 8, 8}));
}

void TestDataMissing::labelsStayWithTheirRows() {
    const Series s = load("date,v\n2001-01,1\n2001-02,\n2001-03,3\n", MissingPolicy::Drop).series;
    QCOMPARE(s.labels, (std::vector<std::string>{"2001-01", "2001-03"}));
    // A missing label is an empty label, not a missing value.
    const LoadedCsv kept = load("date,v\n2001-01,1\n,2\n2001-03,3\n", MissingPolicy::Reject);
    QCOMPARE(kept.series.labels, (std::vector<std::string>{"2001-01", "", "2001-03"}));
    QVERIFY(kept.missing.empty());
}

QTEST_APPLESS_MAIN(TestDataMissing)
#include "tst_data_missing.moc"
