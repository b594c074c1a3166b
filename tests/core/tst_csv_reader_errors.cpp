// Every rejection of a data file: its exact message, line and column. A failed load throws and
// leaves any dataset loaded before untouched.
#include <filesystem>

#include "test_main.h"
#include "core/base/random.h"
#include "core/data/csv_reader.h"
#include "core/data/data_error.h"

namespace RNNLAB_TEST_FILE {

using namespace rnnlab;

class TestCsvReaderErrors : public QObject {
    Q_OBJECT
private slots:
    void messages_data();
    void messages();
    void readmeExampleAtLine214();
    void structuredFields();
    void missingFile();
    void folder();
    void twoGigabyteFile();
    void binaryJunkFile();
    void previousDatasetStays();
};

// Every numeric column read, so that each cell of the examples is checked.
static CsvOptions with(MissingPolicy missing) {
    CsvOptions o;
    o.missing = missing;
    o.allInputs = true;
    return o;
}

void TestCsvReaderErrors::messages_data() {
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<int>("missing");  // MissingPolicy
    QTest::addColumn<QString>("targetColumn");
    QTest::addColumn<QString>("message");
    QTest::addColumn<long>("line");
    QTest::addColumn<int>("column");
    const int reject = int(MissingPolicy::Reject);
    const int drop = int(MissingPolicy::Drop);
    const int interpolate = int(MissingPolicy::Interpolate);

    QTest::newRow("empty") << QByteArray() << reject << ""
                           << "t.csv: the file is empty" << 0L << 0;
    QTest::newRow("only a byte order mark") << QByteArray("\xEF\xBB\xBF") << reject << ""
                                            << "t.csv: the file is empty" << 0L << 0;
    QTest::newRow("blank lines") << QByteArray("\n \r\n\t\n") << reject << ""
                                 << "t.csv: the file has only blank lines" << 0L << 0;
    QTest::newRow("header only")
        << QByteArray("year,flow\n") << reject << ""
        << "t.csv:1: line 1: the file has a header (line 1) but no data rows" << 1L << 0;
    QTest::newRow("single row")
        << QByteArray("1,2\n") << reject << ""
        << "t.csv:1: line 1: this is the only data row; a series needs at least 2 rows" << 1L << 0;
    QTest::newRow("header and single row")
        << QByteArray("a,b\n1,2\n") << reject << ""
        << "t.csv:2: line 2: this is the only data row; a series needs at least 2 rows" << 2L << 0;
    QTest::newRow("ragged, too many")
        << QByteArray("a,b\n1,2\n3,4,5\n") << reject << ""
        << "t.csv:3:3: line 3, column 3: this row has 3 fields, expected 2 like the header "
           "(line 1)"
        << 3L << 3;
    QTest::newRow("ragged, too few")
        << QByteArray("a,b,c\n1,2,3\n4,5\n") << reject << ""
        << "t.csv:3:3: line 3, column 3 (c): this row has 2 fields, expected 3 like the header "
           "(line 1)"
        << 3L << 3;
    QTest::newRow("ragged without header")
        << QByteArray("1;2\n3\n") << reject << ""
        << "t.csv:2:2: line 2, column 2: this row has 1 field, expected 2 like the first row "
           "(line 1)"
        << 2L << 2;
    QTest::newRow("not a number")
        << QByteArray("date,price\n2020-01-01,1.5\n2020-01-02,1.6 USD\n") << reject << ""
        << "t.csv:3:2: line 3, column 2 (price): '1.6 USD' is not a number" << 3L << 2;
    QTest::newRow("thousands separator")
        << QByteArray("a;b\n1;2\n3;1.234,5\n") << reject << ""
        << "t.csv:3:2: line 3, column 2 (b): '1.234,5' is not a number" << 3L << 2;
    QTest::newRow("decimal comma hint")
        << QByteArray("a,b\n1,\"3,5\"\n2,4\n") << reject << ""
        << "t.csv:2:2: line 2, column 2 (b): '3,5' is not a number (if ',' is the decimal "
           "separator, choose decimal comma)"
        << 2L << 2;
    QTest::newRow("infinity") << QByteArray("a,b\n1,2\ninf,4\n") << reject << ""
                              << "t.csv:3:1: line 3, column 1 (a): 'inf' is not a finite number"
                              << 3L << 1;
    QTest::newRow("out of range")
        << QByteArray("a,b\n1,1e999\n3,4\n") << reject << ""
        << "t.csv:2:2: line 2, column 2 (b): '1e999' is out of the range of double-precision "
           "numbers"
        << 2L << 2;
    QTest::newRow("long cell is cut")
        << QByteArray("a,b\n1,2\n3,") + QByteArray(60, 'x') + "\n"
        << reject << ""
        << "t.csv:3:2: line 3, column 2 (b): 'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx...' is "
           "not a number"
        << 3L << 2;
    QTest::newRow("quote never closed")
        << QByteArray("a,b\n1,\"2\n3,4\n") << reject << ""
        << "t.csv:2:2: line 2, column 2 (b): the quote opened here is never closed" << 2L << 2;
    QTest::newRow("text after closing quote")
        << QByteArray("a,b\n1,2\n3,\"4\"x\n") << reject << ""
        << "t.csv:3:2: line 3, column 2 (b): unexpected 'x' after the closing quote: expected "
           "the delimiter or the end of the line"
        << 3L << 2;
    QTest::newRow("NUL byte") << QByteArray("a,b\n1,2\0\n", 9) << reject << ""
                              << "t.csv:2:4: line 2, byte 4: NUL byte: this is a binary file, "
                                 "not delimited text"
                              << 2L << 4;
    QTest::newRow("UTF-16 LE with BOM")
        << QByteArray(
               "\xFF\xFE"
               "a\0,\0b\0",
               8)
        << reject << ""
        << "t.csv: the file is UTF-16 text (byte order mark 0xFF 0xFE); save it as UTF-8 (in a "
           "spreadsheet: \"CSV UTF-8\")"
        << 0L << 0;
    QTest::newRow("UTF-16 BE with BOM")
        << QByteArray("\xFE\xFF\0a\0,", 6) << reject << ""
        << "t.csv: the file is UTF-16 text (byte order mark 0xFE 0xFF); save it as UTF-8 (in a "
           "spreadsheet: \"CSV UTF-8\")"
        << 0L << 0;
    QTest::newRow("UTF-16 without BOM")
        << QByteArray("a\0,\0b\0\n\0", 8) << reject << ""
        << "t.csv:1:2: line 1, byte 2: NUL byte: this looks like UTF-16 text without a byte "
           "order mark; save it as UTF-8"
        << 1L << 2;
    QTest::newRow("Latin-1")
        << QByteArray("a,b\n1,caf\xE9\n") << reject << ""
        << "t.csv:2:6: line 2, byte 6: invalid UTF-8 (byte 0xE9); the file may be Latin-1 or "
           "Windows-1252: save it as UTF-8"
        << 2L << 6;
    QTest::newRow("truncated UTF-8")
        << QByteArray("a,b\n1,2\n3,\xE2\x82") << reject << ""
        << "t.csv:3:3: line 3, byte 3: invalid UTF-8 (byte 0xE2); the file may be Latin-1 or "
           "Windows-1252: save it as UTF-8"
        << 3L << 3;
    QTest::newRow("duplicate column names")
        << QByteArray("a,a\n1,2\n3,4\n") << reject << ""
        << "t.csv:1:2: line 1, column 2: the column name 'a' is already used by column 1; "
           "column names must differ"
        << 1L << 2;
    QTest::newRow("unknown column")
        << QByteArray("a,b\n1,2\n3,4\n") << reject << "price"
        << "t.csv: there is no column 'price'; the columns are: a, b (or their numbers 1 to 2)"
        << 0L << 0;
    QTest::newRow("no numeric column")
        << QByteArray("name\nx\ny\n") << reject << ""
        << "t.csv: no column holds numbers (columns: column 1); choose the target column by name"
        << 0L << 0;
    QTest::newRow("missing, rejected")
        << QByteArray("a,b\n1,2\n3,\n4,NA\n") << reject << ""
        << "t.csv:3:2: line 3, column 2 (b): missing value (the first of 2 missing cells); "
           "choose to drop the rows with missing values or to interpolate them"
        << 3L << 2;
    QTest::newRow("missing, all dropped")
        << QByteArray("a,b\n1,\nnull,2\n") << drop << ""
        << "t.csv: every row has a missing value: nothing is left after dropping them" << 0L << 0;
    QTest::newRow("missing, one row left")
        << QByteArray("a,b\n1,\n2,2\n3,NaN\n") << drop << ""
        << "t.csv:3: line 3: only 1 data row is left; a series needs at least 2 rows" << 3L << 0;
    QTest::newRow("missing, nothing to interpolate from")
        << QByteArray("a,b\n1,\n2,na\n") << interpolate << "b"
        << "t.csv: column 2 (b) has no values, only missing cells" << 0L << 0;
}

void TestCsvReaderErrors::messages() {
    QFETCH(QByteArray, text);
    QFETCH(int, missing);
    QFETCH(QString, targetColumn);
    QFETCH(QString, message);
    QFETCH(long, line);
    QFETCH(int, column);
    CsvOptions options = with(MissingPolicy(missing));
    options.targetColumn = targetColumn.toStdString();
    try {
        parseCsv(std::string_view(text.constData(), std::size_t(text.size())), "t.csv", options);
        QFAIL("the input must be refused");
    } catch (const DataError& e) {
        QCOMPARE(QString::fromStdString(e.what()), message);
        QCOMPARE(e.line(), line);
        QCOMPARE(e.column(), column);
        QCOMPARE(e.file(), std::string("t.csv"));
    }
}

void TestCsvReaderErrors::readmeExampleAtLine214() {
    std::string text = "date,volume,price\n";
    for (int i = 2; i < 214; ++i) text += "2020-01-01," + std::to_string(i) + ",1.5\n";
    text += "2020-08-01,7,1.6 USD\n";
    try {
        parseCsv(text, "prices.csv");
        QFAIL("1.6 USD must be refused");
    } catch (const DataError& e) {
        QCOMPARE(std::string(e.what()),
                 std::string("prices.csv:214:3: line 214, column 3 (price): '1.6 USD' is not a "
                             "number"));
    }
}

void TestCsvReaderErrors::structuredFields() {
    try {
        parseCsv("x;price\n1;2\n3;abc\n", "p.csv");
        QFAIL("abc must be refused");
    } catch (const DataError& e) {
        QCOMPARE(e.file(), std::string("p.csv"));
        QCOMPARE(e.line(), 3L);
        QCOMPARE(e.column(), 2);
        QCOMPARE(e.columnName(), std::string("price"));
        QCOMPARE(e.columnUnit(), DataError::ColumnUnit::Field);
        QCOMPARE(e.problem(), std::string("'abc' is not a number"));
    }
    // A rejected missing value carries every missing cell for the data panel.
    try {
        parseCsv("a,b\n1,\nNA,2\n3,4\n5,null\n", "m.csv", with(MissingPolicy::Reject));
        QFAIL("missing values must be refused by default");
    } catch (const MissingValuesError& e) {
        const MissingReport& r = e.report();
        QCOMPARE(r.cells.size(), std::size_t(3));
        QCOMPARE(r.cells[0].line, 2L);
        QCOMPARE(r.cells[0].column, 2);
        QCOMPARE(r.cells[1].line, 3L);
        QCOMPARE(r.cells[1].column, 1);
        QCOMPARE(r.cells[2].line, 5L);
        QCOMPARE(r.perColumn, (std::vector<long>{1, 2}));
    }
}

void TestCsvReaderErrors::missingFile() {
    QTemporaryDir dir;
    const std::string path = dir.filePath("nothing.csv").toStdString();
    try {
        loadCsv(path);
        QFAIL("a missing file must be refused");
    } catch (const DataError& e) {
        QCOMPARE(std::string(e.what()), path + ": no such file");
    }
}

void TestCsvReaderErrors::folder() {
    QTemporaryDir dir;
    try {
        loadCsv(dir.path().toStdString());
        QFAIL("a folder must be refused");
    } catch (const DataError& e) {
        QCOMPARE(std::string(e.what()),
                 dir.path().toStdString() + ": this is a folder, not a file");
    }
}

void TestCsvReaderErrors::twoGigabyteFile() {
    // A sparse file: 2 GiB long, no disk used. It is refused from its size, before reading.
    QTemporaryDir dir;
    const std::string path = dir.filePath("huge.csv").toStdString();
    {
        QFile f(QString::fromStdString(path));
        QVERIFY(f.open(QIODevice::WriteOnly));
    }
    std::filesystem::resize_file(path, std::uintmax_t(2) << 30);
    try {
        loadCsv(path);
        QFAIL("a 2 GiB file must be refused");
    } catch (const DataError& e) {
        QCOMPARE(std::string(e.what()),
                 path +
                     ": the file is 2.0 GiB; files up to 1.0 GiB can be read (keep fewer "
                     "rows, or split the file)");
    }
    // The limit is an option; data in memory is held to it too.
    CsvOptions small;
    small.maxBytes = 10;
    QVERIFY_THROWS_EXCEPTION(DataError, parseCsv("a,b\n1,2\n3,4\n", "t.csv", small));
}

void TestCsvReaderErrors::binaryJunkFile() {
    QTemporaryDir dir;
    const QString path = dir.filePath("junk.bin");
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    Random rng(7);
    QByteArray junk;
    for (int i = 0; i < 4096; ++i) junk.append(char(rng.below(256)));
    junk[100] = '\0';
    f.write(junk);
    f.close();
    try {
        loadCsv(path.toStdString());
        QFAIL("binary junk must be refused");
    } catch (const DataError& e) {
        // Refused at the first byte that is not text: invalid UTF-8 or the NUL at offset 100.
        QVERIFY2(e.problem().find("NUL byte") == 0 || e.problem().find("invalid UTF-8") == 0,
                 e.what());
        QCOMPARE(e.columnUnit(), DataError::ColumnUnit::Byte);
        QVERIFY(e.line() >= 1);
    }
}

void TestCsvReaderErrors::previousDatasetStays() {
    Series current = parseCsv("a,b\n1,2\n3,4\n", "good.csv").series;
    QVERIFY_THROWS_EXCEPTION(DataError, current = parseCsv("a,b\n1,2\n3,x\n", "bad.csv").series);
    QCOMPARE(current.source, std::string("good.csv"));
    QCOMPARE(current.columns[0], (std::vector<double>{2, 4}));
}

RNNLAB_TEST_APPLESS_MAIN(TestCsvReaderErrors)
}  // namespace RNNLAB_TEST_FILE

#include "tst_csv_reader_errors.moc"
