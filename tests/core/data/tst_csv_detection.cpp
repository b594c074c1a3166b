// Detecting how a delimited text is written (core/data/csv_detection.h), each stage on its own:
// the encoding and its byte order mark, the delimiter, the sample of first records and the
// header. The whole reader's detection is checked through parseCsv in tst_csv_reader.cpp.
#include <string>

#include "test_main.h"
#include "core/data/csv_detection.h"
#include "core/data/data_error.h"
#include "error_of.h"

namespace RNNLAB_TEST_FILE {

using namespace rnnlab;

class TestCsvDetection : public QObject {
    Q_OBJECT
private slots:
    void byteOrderMark();
    void encodingRefusals();
    void delimiterOfConsistentRecords();
    void delimiterOfARaggedFile();
    void sampleHasItsLines();
    void sampleOfBlankLinesIsRefused();
    void header();
};

void TestCsvDetection::byteOrderMark() {
    QVERIFY(
        checkEncoding("\xEF\xBB\xBF"
                      "a,b\n1,2\n",
                      "t.csv"));
    QVERIFY(!checkEncoding("a,b\n1,2\n", "t.csv"));
    QVERIFY(
        !checkEncoding("Zeit,Temperatur (\xC2\xB0"
                       "C)\n1,2\n",
                       "t.csv"));  // valid UTF-8 without a mark
}

void TestCsvDetection::encodingRefusals() {
    QCOMPARE(errorOf<DataError>([] { checkEncoding("a,b\n1,\xE9\n", "t.csv"); }),
             QString("t.csv:2:3: line 2, byte 3: invalid UTF-8 (byte 0xE9); the file may be "
                     "Latin-1 or Windows-1252: save it as UTF-8"));
    QCOMPARE(errorOf<DataError>([] {
                 checkEncoding(std::string("\xFF\xFE"
                                           "a\0",
                                           4),
                               "t.csv");
             }),
             QString("t.csv: the file is UTF-16 text (byte order mark 0xFF 0xFE); save it as "
                     "UTF-8 (in a spreadsheet: \"CSV UTF-8\")"));
}

void TestCsvDetection::delimiterOfConsistentRecords() {
    QCOMPARE(toString(detectDelimiter("a;b\n1,5;2\n", "t.csv")), std::string("semicolon"));
    QCOMPARE(toString(detectDelimiter("a\tb\n1\t2\n", "t.csv")), std::string("tab"));
    QCOMPARE(toString(detectDelimiter("a,b,c\n1,2,3\n", "t.csv")), std::string("comma"));
    QCOMPARE(toString(detectDelimiter("a  b\n1  2\n", "t.csv")), std::string("whitespace"));
}

void TestCsvDetection::delimiterOfARaggedFile() {
    // No delimiter splits every record alike: the one giving the first record the most fields,
    // so that the short row is the one reported.
    QCOMPARE(toString(detectDelimiter("a;b;c\n1;2\n", "t.csv")), std::string("semicolon"));
}

void TestCsvDetection::sampleHasItsLines() {
    const CsvSample s = readSample("a,b\n\n1,2\n3,4\n", Delimiter::Comma, "t.csv");
    QCOMPARE(int(s.records.size()), 3);
    QCOMPARE(s.lines, (std::vector<long>{1, 3, 4}));  // the blank line 2 is skipped
    QCOMPARE(std::string(s.records[1][1].text), std::string("2"));
    std::string many;
    for (int r = 0; r < 3 * kCsvSampleRecords; ++r) many += std::to_string(r) + ",1\n";
    QCOMPARE(int(readSample(many, Delimiter::Comma, "t.csv").records.size()),
             kCsvSampleRecords + 1);
}

void TestCsvDetection::sampleOfBlankLinesIsRefused() {
    QCOMPARE(errorOf<DataError>([] { readSample("\n\n", Delimiter::Comma, "t.csv"); }),
             QString("t.csv: the file has only blank lines"));
}

void TestCsvDetection::header() {
    const MissingMarkers markers(defaultMissingMarkers());
    auto detect = [&](const std::string& text) {
        return detectHeader(readSample(text, Delimiter::Comma, "t.csv").records, false, markers);
    };
    QVERIFY(detect("date,price\n2020-01-01,1.5\n"));  // text above a number
    QVERIFY(!detect("1,2\n3,4\n"));
    QVERIFY(!detect("NA,2\n3,4\n"));                       // a missing cell is not a name
    QVERIFY(!detect("2020-01-01,1.5\n2020-01-02,1.6\n"));  // text above text
    QVERIFY(detect("a,b\n"));                              // one record: all its cells text
    QVERIFY(!detect("a,1\n"));                             // ... but a number makes it data
}

RNNLAB_TEST_APPLESS_MAIN(TestCsvDetection)
}  // namespace RNNLAB_TEST_FILE

#include "tst_csv_detection.moc"
