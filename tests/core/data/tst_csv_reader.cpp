// Reading delimited text: every delimiter / header / quoting / BOM / line-end / decimal-comma
// combination, detection and its overrides, column selection and label columns.

#include "test_main.h"
#include "core/data/csv_reader.h"
#include "core/data/data_error.h"

namespace RNNLAB_TEST_FILE {

using namespace rnnlab;

class TestCsvReader : public QObject {
    Q_OBJECT
private slots:
    void combinations_data();
    void combinations();
    void delimiterOverride();
    void headerOverride();
    void decimalCommaOverride();
    void numberForms_data();
    void numberForms();
    void quotedFields();
    void blankLinesAndLineNumbers();
    void columnSelection();
    void columnSelectionByNumber();
    void labelColumns_data();
    void labelColumns();
    void labelNone();
    void numberMatrix();
};

// Every numeric column read (not only the target), for the tests of the format.
static CsvOptions everyColumn(CsvOptions options = {}) {
    options.allInputs = true;
    return options;
}

// The same table written every way a file can be written:
//   x     y
//   1.5   -2
//   3.25  0.004
//   5     6e3
void TestCsvReader::combinations_data() {
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<int>("delimiter");
    QTest::addColumn<bool>("header");
    QTest::addColumn<bool>("decimalComma");
    QTest::addColumn<bool>("bom");

    const std::vector<std::vector<std::string>> cells = {
        {"1.5", "-2"}, {"3.25", "0.004"}, {"5", "6e3"}};
    struct Delim {
        Delimiter kind;
        const char* text;
        const char* name;
    };
    for (const Delim& d :
         {Delim{Delimiter::Comma, ",", "comma"}, Delim{Delimiter::Semicolon, ";", "semicolon"},
          Delim{Delimiter::Tab, "\t", "tab"}, Delim{Delimiter::Whitespace, "   ", "whitespace"}})
        for (bool header : {false, true})
            for (bool quoted : {false, true})
                for (bool bom : {false, true})
                    for (const char* eol : {"\n", "\r\n", "\r"})
                        for (bool comma : {false, true}) {
                            if (comma && d.kind != Delimiter::Semicolon) continue;
                            auto cell = [&](std::string v) {
                                if (comma)
                                    for (char& c : v)
                                        if (c == '.') c = ',';
                                return quoted ? "\"" + v + "\"" : v;
                            };
                            std::string text = bom ? "\xEF\xBB\xBF" : "";
                            if (header) text += cell("x") + d.text + cell("y") + eol;
                            for (const auto& row : cells)
                                text += cell(row[0]) + d.text + cell(row[1]) + eol;
                            const std::string name =
                                std::string(d.name) + (header ? " header" : "") +
                                (quoted ? " quoted" : "") + (bom ? " bom" : "") +
                                (eol[0] == '\n' ? " LF"
                                 : eol[1]       ? " CRLF"
                                                : " CR") +
                                (comma ? " decimal-comma" : "");
                            QTest::newRow(name.c_str())
                                << QByteArray::fromStdString(text) << int(d.kind) << header
                                << (d.kind == Delimiter::Semicolon) << bom;
                        }
}

void TestCsvReader::combinations() {
    QFETCH(QByteArray, text);
    QFETCH(int, delimiter);
    QFETCH(bool, header);
    QFETCH(bool, decimalComma);
    QFETCH(bool, bom);

    const LoadedCsv loaded = parseCsv(text.toStdString(), "t.csv", everyColumn());
    QCOMPARE(int(loaded.format.delimiter), delimiter);
    QCOMPARE(loaded.format.header, header);
    QCOMPARE(loaded.format.decimalComma, decimalComma);
    QCOMPARE(loaded.format.byteOrderMark, bom);
    const Series& s = loaded.series;
    const std::vector<std::string> names = header
                                               ? std::vector<std::string>{"x", "y"}
                                               : std::vector<std::string>{"column 1", "column 2"};
    QCOMPARE(s.names, names);
    QCOMPARE(s.columns[0], (std::vector<double>{1.5, 3.25, 5}));
    QCOMPARE(s.columns[1], (std::vector<double>{-2, 0.004, 6e3}));
    QCOMPARE(s.lines, header ? (std::vector<long>{2, 3, 4}) : (std::vector<long>{1, 2, 3}));
    // Every numeric column an input (allInputs), the last one the target.
    QCOMPARE(s.inputs, (std::vector<int>{0, 1}));
    QCOMPARE(s.target, 1);
    QVERIFY(s.labelName.empty());
}

void TestCsvReader::delimiterOverride() {
    // Auto: ';' splits consistently, so it wins, and with it the decimal comma.
    const std::string text = "a,b;c\n1,2;3\n4,5;6\n";
    LoadedCsv loaded = parseCsv(text, "t.csv", everyColumn());
    QCOMPARE(loaded.series.names, (std::vector<std::string>{"a,b", "c"}));
    QCOMPARE(loaded.series.columns[0], (std::vector<double>{1.2, 4.5}));
    // Told it is comma-separated: three columns, the middle one "b;c" is text.
    CsvOptions comma;
    comma.delimiter = Delimiter::Comma;
    comma.inputColumns = {"a"};
    comma.targetColumn = "a";
    comma.labelColumn = "";
    loaded = parseCsv(text, "t.csv", comma);
    QCOMPARE(loaded.series.names, (std::vector<std::string>{"a"}));
    QCOMPARE(loaded.series.columns[0], (std::vector<double>{1, 4}));
    QCOMPARE(loaded.ignoredColumns, (std::vector<std::string>{"b;c"}));
}

void TestCsvReader::headerOverride() {
    CsvOptions yes;
    yes.header = HeaderMode::Yes;
    const LoadedCsv loaded = parseCsv("10,20\n1,2\n3,4\n", "t.csv", everyColumn(yes));
    QCOMPARE(loaded.series.names, (std::vector<std::string>{"10", "20"}));
    QCOMPARE(loaded.series.rows(), Index(2));

    CsvOptions no;
    no.header = HeaderMode::No;
    no.labelColumn = "";
    try {
        parseCsv("a,b\n1,2\n3,4\n", "t.csv", everyColumn(no));
        QFAIL("a header read as data must be refused");
    } catch (const DataError& e) {
        QCOMPARE(e.line(), 1L);
        QCOMPARE(e.column(), 1);
        QCOMPARE(e.problem(), std::string("'a' is not a number"));
    }
}

void TestCsvReader::decimalCommaOverride() {
    // Semicolon file with a decimal point: "auto" still reads points.
    QCOMPARE(parseCsv("a;b\n1.5;2\n3;4\n", "t.csv", everyColumn()).series.columns[0],
             (std::vector<double>{1.5, 3}));
    // A quoted decimal comma in a comma file, when told so.
    CsvOptions yes;
    yes.decimalComma = DecimalComma::Yes;
    QCOMPARE(parseCsv("a,b\n\"1,5\",2\n3,4\n", "t.csv", everyColumn(yes)).series.columns[0],
             (std::vector<double>{1.5, 3}));
    // Semicolon file told "no decimal comma": "1,5" is text.
    CsvOptions no;
    no.decimalComma = DecimalComma::No;
    QVERIFY_THROWS_EXCEPTION(DataError, parseCsv("a;b\n1,5;2\n3;4\n", "t.csv", everyColumn(no)));
}

void TestCsvReader::numberForms_data() {
    QTest::addColumn<QString>("cell");
    QTest::addColumn<double>("value");
    QTest::newRow("integer") << "42" << 42.0;
    QTest::newRow("negative") << "-7.25" << -7.25;
    QTest::newRow("plus sign") << "+3" << 3.0;
    QTest::newRow("exponent") << "1.5E+03" << 1500.0;
    QTest::newRow("small exponent") << "2e-5" << 2e-5;
    QTest::newRow("leading point") << ".5" << 0.5;
    QTest::newRow("trailing point") << "5." << 5.0;
    QTest::newRow("spaces around") << "  8.5  " << 8.5;
    QTest::newRow("quoted") << "\"9.75\"" << 9.75;
    QTest::newRow("quoted with spaces") << "\" 1.25 \"" << 1.25;
}

void TestCsvReader::numberForms() {
    QFETCH(QString, cell);
    QFETCH(double, value);
    const std::string text = "v,w\n" + cell.toStdString() + ",1\n0,2\n";
    QCOMPARE(parseCsv(text, "t.csv", everyColumn()).series.columns[0][0], value);
}

void TestCsvReader::quotedFields() {
    const std::string text =
        "label,v\n"
        "\"a, b\",1\n"
        "\"say \"\"hi\"\"\",2\n"
        "\"two\nlines\",3\n"
        "plain,4\n";
    const Series s = parseCsv(text, "t.csv").series;
    QCOMPARE(s.labelName, std::string("label"));
    QCOMPARE(s.labels, (std::vector<std::string>{"a, b", "say \"hi\"", "two\nlines", "plain"}));
    QCOMPARE(s.columns[0], (std::vector<double>{1, 2, 3, 4}));
    // The quoted line break counts: "plain" is on line 6.
    QCOMPARE(s.lines, (std::vector<long>{2, 3, 4, 6}));
}

void TestCsvReader::blankLinesAndLineNumbers() {
    const Series s =
        parseCsv("\n\na,b\r\n\r\n1,2\r\n   \r\n3,4\r\n\r\n", "t.csv", everyColumn()).series;
    QCOMPARE(s.names, (std::vector<std::string>{"a", "b"}));
    QCOMPARE(s.lines, (std::vector<long>{5, 7}));
}

void TestCsvReader::columnSelection() {
    const std::string text = "date,a,b,c,note\n2020-01-01,1,2,3,x\n2020-01-02,4,5,6,y\n";
    // Defaults: the date is the label, the last numeric column the target and the only input,
    // the text column "note" is ignored.
    LoadedCsv loaded = parseCsv(text, "t.csv");
    QCOMPARE(loaded.series.labelName, std::string("date"));
    QCOMPARE(loaded.series.names, (std::vector<std::string>{"c"}));
    QCOMPARE(loaded.series.inputs, (std::vector<int>{0}));
    QCOMPARE(loaded.series.target, 0);
    QCOMPARE(loaded.series.numericColumns, (std::vector<std::string>{"a", "b", "c"}));
    QCOMPARE(loaded.ignoredColumns, (std::vector<std::string>{"note"}));

    CsvOptions options;
    options.inputColumns = {"c", "a"};
    options.targetColumn = "b";
    loaded = parseCsv(text, "t.csv", options);
    QCOMPARE(loaded.series.names, (std::vector<std::string>{"c", "a", "b"}));
    QCOMPARE(loaded.series.inputs, (std::vector<int>{0, 1}));
    QCOMPARE(loaded.series.target, 2);
    QCOMPARE(loaded.series.columns[2], (std::vector<double>{2, 5}));
    QCOMPARE(loaded.series.labels, (std::vector<std::string>{"2020-01-01", "2020-01-02"}));
    QCOMPARE(loaded.ignoredColumns, (std::vector<std::string>{"note"}));

    // The target among the inputs is stored once.
    options.inputColumns = {"a", "b"};
    options.targetColumn = "b";
    loaded = parseCsv(text, "t.csv", options);
    QCOMPARE(loaded.series.names, (std::vector<std::string>{"a", "b"}));
    QCOMPARE(loaded.series.target, 1);
}

void TestCsvReader::columnSelectionByNumber() {
    CsvOptions options;
    options.inputColumns = {"1"};
    options.targetColumn = "3";
    const Series s = parseCsv("1,2,3\n4,5,6\n", "t.csv", options).series;
    QCOMPARE(s.names, (std::vector<std::string>{"column 1", "column 3"}));
    QCOMPARE(s.columns[1], (std::vector<double>{3, 6}));
}

void TestCsvReader::labelColumns_data() {
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("label");
    QTest::newRow("text dates") << "when,v\n2001-01,1\n2001-02,2\n"
                                << "when";
    QTest::newRow("year by name") << "Year,v\n1900,1\n1901,2\n"
                                  << "Year";
    QTest::newRow("quarter labels") << "v,period\n1,1959Q1\n2,1959Q2\n"
                                    << "period";
    QTest::newRow("numeric first column, other name") << "x,v\n1,1\n2,2\n"
                                                      << "";
    QTest::newRow("headerless text column") << "2001-01,1\n2001-02,2\n"
                                            << "column 1";
}

void TestCsvReader::labelColumns() {
    QFETCH(QString, text);
    QFETCH(QString, label);
    QCOMPARE(parseCsv(text.toStdString(), "t.csv").series.labelName, label.toStdString());
}

void TestCsvReader::labelNone() {
    CsvOptions options;
    options.labelColumn = "";
    const Series s = parseCsv("year,v\n1900,1\n1901,2\n", "t.csv", options).series;
    QVERIFY(s.labelName.empty());
    QCOMPARE(s.names, (std::vector<std::string>{"v"}));
    QCOMPARE(s.numericColumns, (std::vector<std::string>{"year", "v"}));
}

void TestCsvReader::numberMatrix() {
    QTemporaryDir dir;
    const std::string path = dir.filePath("x.csv").toStdString();
    QFile f(QString::fromStdString(path));
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("x1,x2,x3\n1,2,3\n4,5,6\n");
    f.close();
    const Matrix<double> m = loadNumberMatrix(path);
    QCOMPARE(m.rows(), Index(2));
    QCOMPARE(m.cols(), Index(3));
    QCOMPARE(m(1, 0), 4.0);
    QCOMPARE(m(0, 2), 3.0);

    // One row is a valid target file ("last" output); a text cell is not.
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write("0.5 0.25\n");
    f.close();
    const Matrix<double> one = loadNumberMatrix(path);
    QCOMPARE(one.rows(), Index(1));
    QCOMPARE(one(0, 1), 0.25);

    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write("1,2\n3,abc\n");
    f.close();
    try {
        loadNumberMatrix(path);
        QFAIL("text in a number matrix must be refused");
    } catch (const DataError& e) {
        QCOMPARE(std::string(e.what()), path + ":2:2: line 2, column 2: 'abc' is not a number");
    }
}

RNNLAB_TEST_APPLESS_MAIN(TestCsvReader)
}  // namespace RNNLAB_TEST_FILE

#include "tst_csv_reader.moc"
