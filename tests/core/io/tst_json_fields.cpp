// JSON reading helpers: documents (empty, invalid with line:column) and checked
// field access whose messages name the field and what was found.

#include <QJsonDocument>
#include <cfloat>
#include <cstring>

#include "test_main.h"
#include "core/base/errors.h"
#include "core/base/random.h"
#include "core/io/json_document.h"
#include "core/io/json_fields.h"
#include "error_of.h"

namespace RNNLAB_TEST_FILE {

using namespace rnnlab;

namespace {

QJsonObject object(const char* json) {
    return QJsonDocument::fromJson(json).object();
}

}  // namespace

class TestJsonFields : public QObject {
    Q_OBJECT

private slots:
    void textPositionCountsLinesAndColumns() {
        const QByteArray text = "ab\ncd\n\nx";
        QCOMPARE(textPosition(text, 0).line, 1);
        QCOMPARE(textPosition(text, 0).column, 1);
        QCOMPARE(textPosition(text, 2).column, 3);  // the '\n' itself is on line 1
        QCOMPARE(textPosition(text, 4).line, 2);
        QCOMPARE(textPosition(text, 4).column, 2);
        QCOMPARE(textPosition(text, 7).line, 4);
        QCOMPARE(textPosition(text, 7).column, 1);
    }

    void parseErrors_data() {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QString>("message");
        QTest::newRow("empty") << QByteArray() << "f.json: the file is empty";
        QTest::newRow("blank") << QByteArray(" \n\t\r\n") << "f.json: the file is empty";
        QTest::newRow("unterminated string") << QByteArray("{\n  \"a\": 1,\n  \"b\": \"abc")
                                             << "f.json:3:12: invalid JSON: unterminated string";
        QTest::newRow("unterminated object")
            << QByteArray("{\"a\": [1, 2]") << "f.json:1:13: invalid JSON: unterminated object";
        QTest::newRow("missing comma") << QByteArray("{\"a\": 1\n \"b\": 2}")
                                       << "f.json:2:3: invalid JSON: unterminated object";
        QTest::newRow("1e999")
            << QByteArray("{\"a\":\n 1e999}")
            << "f.json:2:7: invalid JSON: illegal number (malformed or out of range)";
        QTest::newRow("NaN literal")
            << QByteArray("{\"a\": NaN}")
            << "f.json:1:7: invalid JSON: illegal number (malformed or out of range)";
        QTest::newRow("trailing garbage")
            << QByteArray("{}\n}")
            << "f.json:2:1: invalid JSON: garbage at the end of the document";
        QTest::newRow("bare number")
            << QByteArray("42") << "f.json:1:2: invalid JSON: illegal value";
        QTest::newRow("array") << QByteArray("[1, 2]")
                               << "f.json: the top level must be a JSON object, got an array";
    }
    void parseErrors() {
        QFETCH(QByteArray, text);
        QFETCH(QString, message);
        QCOMPARE(errorOf<FileError>([&] { parseJsonObject(text, "f.json"); }), message);
    }

    // Qt keeps the last of two equal keys; the reader names both places instead.
    void duplicateKeys_data() {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QString>("message");
        QTest::newRow("top level")
            << QByteArray("{\"a\": 1,\n \"a\": 2}")
            << "f.json:2:2: a is given twice (first at line 1, column 2); remove one of them";
        QTest::newRow("nested") << QByteArray(
                                       "{\"network\": {\"cell\": \"gru\",\n  \"cell\": \"lstm\"}}")
                                << "f.json:2:3: network.cell is given twice (first at line 1, "
                                   "column 14); remove one of them";
        QTest::newRow("in an array")
            << QByteArray("{\"x\": [{\"a\": 1}, {\"b\": [1, {}], \"b\": 2}]}")
            << "f.json:1:33: x[1].b is given twice (first at line 1, column 19); remove one of "
               "them";
        QTest::newRow("escaped")
            << QByteArray("{\"cell\": 1, \"c\\u0065ll\": 2}")
            << "f.json:1:13: cell is given twice (first at line 1, column 2); remove one of them";
        QTest::newRow("surrogate pair")
            << QByteArray("{\"\\ud83d\\ude00\": 1, \"\xf0\x9f\x98\x80\": 2}")
            << QString::fromUtf8(
                   "f.json:1:21: \xf0\x9f\x98\x80 is given twice (first at line 1, "
                   "column 2); remove one of them");
        QTest::newRow("long key")
            << QByteArray("{\"" + QByteArray(50, 'k') + "\": 1, \"" + QByteArray(50, 'k') +
                          "\": 2}")
            << "f.json:1:59: " + QString(40, 'k') +
                   "... is given twice (first at line 1, column 2); remove one of them";
    }
    void duplicateKeys() {
        QFETCH(QByteArray, text);
        QFETCH(QString, message);
        QCOMPARE(errorOf<FileError>([&] { parseJsonObject(text, "f.json"); }), message);
    }

    // The same key in different objects, or as a value, is not a duplicate.
    void equalKeysInDifferentObjects() {
        const QJsonObject o = parseJsonObject(
            "{\"a\": {\"k\": 1}, \"b\": {\"k\": \"a\"}, \"c\": [{\"k\": 1}, {\"k\": 2}], "
            "\"d\": \"a\", \"e\": [\"a\", \"a\"], \"s\": \"x\\\"y\"}",
            "f.json");
        QCOMPARE(o.size(), 6);
    }

    void parsesObject() {
        const QJsonObject obj = parseJsonObject("\xef\xbb\xbf{\"a\": [1, 2.5]}", "f.json");
        QCOMPARE(obj.value("a").toArray().at(1).toDouble(), 2.5);
    }

    void describesValues_data() {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("shown");
        QTest::newRow("string") << QByteArray("[\"16\"]") << "\"16\"";
        QTest::newRow("long string")
            << QByteArray("[\"" + QByteArray(50, 'a') + "\"]") << "\"" + QString(40, 'a') + "...\"";
        QTest::newRow("integer") << QByteArray("[16]") << "16";
        QTest::newRow("fraction") << QByteArray("[16.5]") << "16.5";
        QTest::newRow("small") << QByteArray("[1e-300]") << "1e-300";
        QTest::newRow("bool") << QByteArray("[false]") << "false";
        QTest::newRow("null") << QByteArray("[null]") << "null";
        QTest::newRow("array") << QByteArray("[[]]") << "an array";
        QTest::newRow("object") << QByteArray("[{}]") << "an object";
    }
    void describesValues() {
        QFETCH(QByteArray, json);
        QFETCH(QString, shown);
        QCOMPARE(QString::fromStdString(describeJson(QJsonDocument::fromJson(json).array().at(0))),
                 shown);
    }

    void formatDoubleIsShortestAndExact() {
        QCOMPARE(formatDouble(0.1), std::string("0.1"));
        QCOMPARE(formatDouble(static_cast<double>(0.1f)), std::string("0.10000000149011612"));
        QCOMPARE(formatDouble(123456789.123456789), std::string("123456789.12345679"));
        QCOMPARE(formatDouble(-DBL_MIN), std::string("-2.2250738585072014e-308"));
        QCOMPARE(formatDouble(16.0), std::string("16"));
        QCOMPARE(formatDouble(-0.0), std::string("-0"));
    }

    // Qt's reader gives back exactly the double formatDouble() wrote: random bit patterns
    // cover every exponent and subnormals.
    void formatDoubleRoundTripsThroughQtJson() {
        Random rng(2024);
        QByteArray text = "[";
        std::vector<double> values;
        while (values.size() < 20000) {
            const std::uint64_t bits = rng.nextU64();
            double d;
            std::memcpy(&d, &bits, sizeof d);
            if (!std::isfinite(d) || d == 0.0) continue;
            values.push_back(d);
            text += QByteArray::fromStdString((values.size() > 1 ? "," : "") + formatDouble(d));
        }
        const QJsonArray back = QJsonDocument::fromJson(text + "]").array();
        QCOMPARE(back.size(), qsizetype(values.size()));
        for (std::size_t i = 0; i < values.size(); ++i) {
            const double d = back.at(qsizetype(i)).toDouble();
            if (std::memcmp(&d, &values[i], sizeof d) != 0)
                QFAIL(qPrintable(QString("%1 read back as %2")
                                     .arg(QString::fromStdString(formatDouble(values[i])))
                                     .arg(QString::fromStdString(formatDouble(d)))));
        }
    }

    void typedFieldErrors_data() {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("message");
        const QString f = "f.json: net.";
        QTest::newRow("missing") << "int" << QByteArray("{}") << f + "k is missing";
        QTest::newRow("int from string")
            << "int" << QByteArray(R"({"k": "16"})") << f + "k must be an integer, got \"16\"";
        QTest::newRow("int from fraction")
            << "int" << QByteArray(R"({"k": 16.5})") << f + "k must be an integer, got 16.5";
        QTest::newRow("int from bool")
            << "int" << QByteArray(R"({"k": true})") << f + "k must be an integer, got true";
        QTest::newRow("int below range")
            << "int" << QByteArray(R"({"k": -3})") << f + "k must be between 1 and 10, got -3";
        QTest::newRow("int above range")
            << "int" << QByteArray(R"({"k": 1e20})") << f + "k must be between 1 and 10, got 1e+20";
        QTest::newRow("double from null") << "double" << QByteArray(R"({"k": null})")
                                          << f + "k must be a finite number, got null";
        QTest::newRow("double out of range")
            << "double" << QByteArray(R"({"k": 2.5})") << f + "k must be between 0 and 1, got 2.5";
        QTest::newRow("string from number")
            << "string" << QByteArray(R"({"k": 3})") << f + "k must be a string, got 3";
        QTest::newRow("bool from string") << "bool" << QByteArray(R"({"k": "yes"})")
                                          << f + "k must be true or false, got \"yes\"";
        QTest::newRow("object from array")
            << "object" << QByteArray(R"({"k": [1]})") << f + "k must be an object, got an array";
        QTest::newRow("array from object")
            << "array" << QByteArray(R"({"k": {}})") << f + "k must be an array, got an object";
    }
    void typedFieldErrors() {
        QFETCH(QString, kind);
        QFETCH(QByteArray, json);
        QFETCH(QString, message);
        const QJsonObject obj = object(json);
        const JsonPath where("f.json", "net");
        QCOMPARE(errorOf<FileError>([&] {
                     if (kind == "int") requireInt(obj, "k", where, 1, 10);
                     if (kind == "double") requireDouble(obj, "k", where, 0.0, 1.0);
                     if (kind == "string") requireString(obj, "k", where);
                     if (kind == "bool") requireBool(obj, "k", where);
                     if (kind == "object") requireObject(obj, "k", where);
                     if (kind == "array") requireArray(obj, "k", where);
                 }),
                 message);
    }

    void typedFieldsRead() {
        const QJsonObject obj =
            object(R"({"i": 16.0, "d": 0.25, "s": "lstm", "b": true, "o": {"x": 1}, "a": [1, 2]})");
        const JsonPath where("f.json");
        QCOMPARE(requireInt(obj, "i", where, 1, 16), 16);
        QCOMPARE(requireDouble(obj, "d", where), 0.25);
        QCOMPARE(requireString(obj, "s", where), std::string("lstm"));
        QCOMPARE(requireBool(obj, "b", where), true);
        QCOMPARE(requireObject(obj, "o", where).value("x").toInt(), 1);
        QCOMPARE(requireArray(obj, "a", where).size(), 2);
    }

    void optionalFields() {
        const QJsonObject obj = object(R"({"i": 3, "d": 0.5, "s": "adam", "b": false, "o": {}})");
        const JsonPath where("f.json", "training");
        QCOMPARE(optionalInt(obj, "i", where, 7), 3);
        QCOMPARE(optionalInt(obj, "absent", where, 7), 7);
        QCOMPARE(optionalDouble(obj, "d", where, 1.5), 0.5);
        QCOMPARE(optionalDouble(obj, "absent", where, 1.5), 1.5);
        QCOMPARE(optionalString(obj, "s", where, "sgd"), std::string("adam"));
        QCOMPARE(optionalString(obj, "absent", where, "sgd"), std::string("sgd"));
        QCOMPARE(optionalBool(obj, "b", where, true), false);
        QCOMPARE(optionalBool(obj, "absent", where, true), true);
        QVERIFY(optionalObject(obj, "absent", where).isEmpty());
        // Present but wrong is an error, not the fallback.
        QCOMPARE(errorOf<FileError>([&] { optionalInt(obj, "i", where, 7, 5, 9); }),
                 QString("f.json: training.i must be between 5 and 9, got 3"));
        QCOMPARE(errorOf<FileError>([&] { optionalString(obj, "d", where, "x"); }),
                 QString("f.json: training.d must be a string, got 0.5"));
    }

    void elementPaths() {
        const QJsonArray arr = QJsonDocument::fromJson("[1, \"NaN\"]").array();
        const JsonPath at = JsonPath("f.json").field("weights").field("fc.bias").field("data");
        QCOMPARE(asDouble(arr.at(0), at.element(0)), 1.0);
        QCOMPARE(errorOf<FileError>([&] { asDouble(arr.at(1), at.element(1)); }),
                 QString("f.json: weights.fc.bias.data[1] must be a finite number, got \"NaN\""));
    }

    void unknownFields() {
        const QJsonObject obj = object(R"({"cell": "rnn", "hiden_size": 4})");
        QCOMPARE(
            errorOf<FileError>([&] {
                rejectUnknownFields(obj, JsonPath("f.json", "network"), {"cell", "hidden_size"});
            }),
            QString("f.json: network.hiden_size: unknown field (expected cell, hidden_size)"));
        rejectUnknownFields(obj, JsonPath("f.json"), {"cell", "hiden_size", "other"});
    }
};

RNNLAB_TEST_APPLESS_MAIN(TestJsonFields)
}  // namespace RNNLAB_TEST_FILE

#include "tst_json_fields.moc"
