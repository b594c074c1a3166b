// The column plan of a delimited file (core/data/csv_column_plan.h), each step on its own: the
// columns' names, their profiles from the sampled records, and the Series' names, roles and
// message places once the roles are chosen.
#include <string>

#include "test_main.h"
#include "core/data/csv_column_plan.h"
#include "core/data/csv_detection.h"
#include "core/data/data_error.h"
#include "error_of.h"

namespace RNNLAB_TEST_FILE {

using namespace rnnlab;

namespace {

const std::string kSource = "t.csv";

std::vector<std::vector<Field>> recordsOf(const std::string& text) {
    return readSample(text, Delimiter::Comma, kSource).records;
}

std::vector<std::string> englishOf(const std::vector<UiText>& texts) {
    std::vector<std::string> out;
    for (const UiText& t : texts) out.push_back(t.english());
    return out;
}

}  // namespace

class TestCsvColumnPlan : public QObject {
    Q_OBJECT
private slots:
    void namesFromTheHeader();
    void namesWithoutAHeader();
    void repeatedNameIsRefused();
    void profiles();
    void seriesNamesAndPlaces();
};

void TestCsvColumnPlan::namesFromTheHeader() {
    const std::string text = "\" date \",,price\n1,2,3\n";
    QCOMPARE(columnNames(recordsOf(text).front(), true, 1, kSource),
             (std::vector<std::string>{"date", "column 2", "price"}));
}

void TestCsvColumnPlan::namesWithoutAHeader() {
    const std::string text = "1,2\n";
    QCOMPARE(columnNames(recordsOf(text).front(), false, 1, kSource),
             (std::vector<std::string>{"column 1", "column 2"}));
}

void TestCsvColumnPlan::repeatedNameIsRefused() {
    const std::string text = "a,b,a\n1,2,3\n";
    const auto records = recordsOf(text);
    QCOMPARE(errorOf<DataError>([&] { columnNames(records.front(), true, 1, kSource); }),
             QString("t.csv:1:3: line 1, column 3: the column name 'a' is already used by "
                     "column 1; column names must differ"));
}

void TestCsvColumnPlan::profiles() {
    const std::string text =
        "year,city,price,note\n"
        "1990,Bonn,1.5,NA\n"
        "1991,Köln,n.a.,NA\n"
        "1992,Bonn,2.5,\n";
    const MissingMarkers markers(defaultMissingMarkers());
    const std::vector<ColumnProfile> p =
        profileColumns(recordsOf(text), 1, {"year", "city", "price", "note"}, false, markers);
    QCOMPARE(int(p.size()), 4);
    QCOMPARE(p[0].time, TimeForm::Year);  // increasing years
    QVERIFY(!p[0].text);
    QVERIFY(p[1].text);
    QVERIFY(!p[2].text);  // a number and a stray "n.a.": numeric, and the "n.a." is reported
    QCOMPARE(p[2].time, TimeForm::None);
    QVERIFY(!p[3].text);  // only missing cells
    QVERIFY(p[3].noNumbers);
}

void TestCsvColumnPlan::seriesNamesAndPlaces() {
    ColumnRoles roles;
    roles.label = 0;
    roles.read = {3, 2};
    roles.inputs = {0, 1};
    roles.target = 1;
    roles.numeric = {2, 3};
    roles.ignored = {1};
    roles.reason = verbatim("chosen by hand");
    const std::vector<std::string> names{"date", "city", "price", "volume"};
    Series s;
    LoadedCsv result;
    std::vector<UiText> places;
    describeColumns(roles, names, true, s, result, places);
    QCOMPARE(s.names, (std::vector<std::string>{"volume", "price"}));
    QCOMPARE(s.inputs, (std::vector<int>{0, 1}));
    QCOMPARE(s.target, 1);
    QCOMPARE(s.numericColumns, (std::vector<std::string>{"price", "volume"}));
    QCOMPARE(s.labelName, std::string("date"));
    QCOMPARE(s.columnChoice.english(), std::string("chosen by hand"));
    QCOMPARE(result.ignoredColumns, (std::vector<std::string>{"city"}));
    QCOMPARE(englishOf(places),
             (std::vector<std::string>{"column 4 (volume)", "column 3 (price)"}));

    std::vector<UiText> placesWithoutHeader;
    Series t;
    describeColumns(roles, names, false, t, result, placesWithoutHeader);
    QCOMPARE(englishOf(placesWithoutHeader), (std::vector<std::string>{"column 4", "column 3"}));
}

RNNLAB_TEST_APPLESS_MAIN(TestCsvColumnPlan)
}  // namespace RNNLAB_TEST_FILE

#include "tst_csv_column_plan.moc"
