// The missing-value policies on their own (core/data/missing_values.h), on a Series built by
// hand whose missing cells are NaN: reject names the first missing cell, drop removes whole rows
// with their labels and lines, interpolate fills gaps linearly and edges with the nearest value.
// The same policies through the whole reader: tst_missing_markers.cpp.
#include <cmath>
#include <limits>

#include "test_main.h"
#include "core/data/data_error.h"
#include "core/data/missing_values.h"
#include "error_of.h"

namespace RNNLAB_TEST_FILE {

using namespace rnnlab;

namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

// Rows at lines 2..6 of "t.csv": a = 1 NaN NaN 4 5, b = NaN 20 30 40 NaN, labelled r1..r5.
Series gappy() {
    Series s;
    s.names = {"a", "b"};
    s.columns = {{1, kNaN, kNaN, 4, 5}, {kNaN, 20, 30, 40, kNaN}};
    s.labels = {"r1", "r2", "r3", "r4", "r5"};
    s.labelName = "row";
    s.lines = {2, 3, 4, 5, 6};
    return s;
}

// The report a reader makes of gappy(): file column 2 is "a", 3 is "b".
MissingReport reportOfGappy() {
    MissingReport r;
    r.cells = {{2, 3, 1}, {3, 2, 0}, {4, 2, 0}, {6, 3, 1}};
    r.perColumn = {2, 2};
    return r;
}

const std::vector<std::string> kFileNames{"row", "a", "b"};
const std::vector<UiText> kPlaces{verbatim("column 2 (a)"), verbatim("column 3 (b)")};

}  // namespace

class TestMissingValues : public QObject {
    Q_OBJECT
private slots:
    void rejectNamesTheFirstCell();
    void dropRemovesWholeRows();
    void dropThatLeavesNothingIsRefused();
    void interpolateBetweenAndAtTheEdges();
    void interpolateAColumnWithoutValuesIsRefused();
    void nothingMissingChangesNothing();
};

void TestMissingValues::rejectNamesTheFirstCell() {
    Series s = gappy();
    MissingReport r = reportOfGappy();
    QCOMPARE(errorOf<MissingValuesError>([&] {
                 applyMissingPolicy(MissingPolicy::Reject, "t.csv", kFileNames, kPlaces, s, r);
             }),
             QString("t.csv:2:3: line 2, column 3 (b): missing value (the first of 4 missing "
                     "cells); choose to drop the rows with missing values or to interpolate "
                     "them"));
}

void TestMissingValues::dropRemovesWholeRows() {
    Series s = gappy();
    MissingReport r = reportOfGappy();
    applyMissingPolicy(MissingPolicy::Drop, "t.csv", kFileNames, kPlaces, s, r);
    QCOMPARE(s.columns, (std::vector<std::vector<double>>{{4}, {40}}));
    QCOMPARE(s.labels, (std::vector<std::string>{"r4"}));
    QCOMPARE(s.lines, (std::vector<long>{5}));
    QCOMPARE(r.droppedRows, 4L);
}

void TestMissingValues::dropThatLeavesNothingIsRefused() {
    Series s = gappy();
    s.columns[0][3] = kNaN;
    MissingReport r = reportOfGappy();
    QCOMPARE(errorOf<DataError>([&] {
                 applyMissingPolicy(MissingPolicy::Drop, "t.csv", kFileNames, kPlaces, s, r);
             }),
             QString("t.csv: every row has a missing value: nothing is left after dropping them"));
}

void TestMissingValues::interpolateBetweenAndAtTheEdges() {
    Series s = gappy();
    MissingReport r = reportOfGappy();
    applyMissingPolicy(MissingPolicy::Interpolate, "t.csv", kFileNames, kPlaces, s, r);
    // a: 1 .. 4 over three rows: 2, 3. b: the edges take the nearest value, 20 and 40.
    QCOMPARE(s.columns, (std::vector<std::vector<double>>{{1, 2, 3, 4, 5}, {20, 20, 30, 40, 40}}));
    QCOMPARE(s.labels.size(), std::size_t(5));
    QCOMPARE(r.interpolatedCells, 4L);
}

void TestMissingValues::interpolateAColumnWithoutValuesIsRefused() {
    Series s = gappy();
    s.columns[1] = {kNaN, kNaN, kNaN, kNaN, kNaN};
    MissingReport r = reportOfGappy();
    QCOMPARE(errorOf<DataError>([&] {
                 applyMissingPolicy(MissingPolicy::Interpolate, "t.csv", kFileNames, kPlaces, s, r);
             }),
             QString("t.csv: column 3 (b) has no values, only missing cells"));
}

void TestMissingValues::nothingMissingChangesNothing() {
    Series s;
    s.columns = {{1, 2}};
    s.lines = {2, 3};
    MissingReport none;
    applyMissingPolicy(MissingPolicy::Reject, "t.csv", kFileNames, kPlaces, s, none);
    QCOMPARE(s.columns, (std::vector<std::vector<double>>{{1, 2}}));
}

RNNLAB_TEST_APPLESS_MAIN(TestMissingValues)
}  // namespace RNNLAB_TEST_FILE

#include "tst_missing_values.moc"
