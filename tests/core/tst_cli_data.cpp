// rnnlab-cli data: the JSON summary of docs/formats.md §3 on real files, and errors on stderr with
// file:line:column and a non-zero exit.
#include <cmath>

#include "test_main.h"
#include "core/data/csv_reader.h"

namespace RNNLAB_TEST_FILE {

class TestCliData : public QObject {
    Q_OBJECT
private slots:
    void nileSummary();
    void columnsAndTarget();
    void co2MissingPolicies();
    void spreadsheetExport();
    void malformedFile();
    void baselines();
    void wideTableAndMarkers();
    void usage_data();
    void usage();
};

struct Run {
    int exitCode;
    QByteArray out;
    QString err;
};

static Run cli(const QStringList& args) {
    QProcess p;
    p.start(QStringLiteral(RNNLAB_CLI_PATH), QStringList{"data"} + args);
    p.waitForFinished(60000);
    return {p.exitCode(), p.readAllStandardOutput(), QString::fromUtf8(p.readAllStandardError())};
}

static QString dataset(const char* file) {
    return QStringLiteral(RNNLAB_RESOURCES_DIR "/datasets/") + file;
}

static QJsonObject summary(const Run& r) {
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(r.out, &error);
    if (error.error != QJsonParseError::NoError) qWarning() << r.out << r.err;
    return doc.object();
}

void TestCliData::nileSummary() {
    const Run r = cli({dataset("nile.csv")});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.err.isEmpty());
    const QJsonObject o = summary(r);
    QCOMPARE(o["rows"].toInt(), 100);
    QCOMPARE(o["label_column"].toString(), QString("year"));
    QCOMPARE(o["delimiter"].toString(), QString("comma"));
    QCOMPARE(o["header"].toBool(), true);
    const QJsonArray columns = o["columns"].toArray();
    QCOMPARE(columns.size(), 1);
    const QJsonObject flow = columns[0].toObject();
    QCOMPARE(flow["name"].toString(), QString("flow"));
    QCOMPARE(flow["min"].toDouble(), 456.0);
    QCOMPARE(flow["max"].toDouble(), 1370.0);
    QCOMPARE(flow["mean"].toDouble(), 919.35);
    // Full precision: the printed std reads back to the engine's double exactly.
    const rnnlab::Series s = rnnlab::loadCsv(dataset("nile.csv").toStdString()).series;
    QCOMPARE(flow["std"].toDouble(), rnnlab::columnStats(s.columns[0]).std);
    QCOMPARE(flow["missing"].toInt(), 0);
}

void TestCliData::columnsAndTarget() {
    const Run r =
        cli({dataset("us_macro_quarterly.csv"), "--columns", "cpi,unemp", "--target", "tbilrate"});
    QCOMPARE(r.exitCode, 0);
    const QJsonObject o = summary(r);
    QCOMPARE(o["rows"].toInt(), 203);
    QCOMPARE(o["target"].toString(), QString("tbilrate"));
    QCOMPARE(o["inputs"].toArray(), (QJsonArray{"cpi", "unemp"}));
    const QJsonArray columns = o["columns"].toArray();
    QCOMPARE(columns.size(), 3);
    QCOMPARE(columns[2].toObject()["name"].toString(), QString("tbilrate"));
    QCOMPARE(columns[2].toObject()["target"].toBool(), true);
    QCOMPARE(columns[0].toObject()["input"].toBool(), true);
    QCOMPARE(o["ignored_columns"].toArray().size(), 0);  // text columns only
    QCOMPARE(o["numeric_columns"].toArray().size(), 12);
    QCOMPARE(o["column_choice"].toString(),
             QString("\u201cperiod\u201d holds quarters and labels the x axis; target "
                     "\u201ctbilrate\u201d (chosen); inputs \u201ccpi\u201d, \u201cunemp\u201d "
                     "(chosen)."));
}

void TestCliData::co2MissingPolicies() {
    const Run rejected = cli({dataset("co2_weekly.csv")});
    QCOMPARE(rejected.exitCode, 1);
    QVERIFY(rejected.out.isEmpty());
    QCOMPARE(rejected.err,
             "rnnlab-cli data: error: " + dataset("co2_weekly.csv") +
                 ":8:2: line 8, column 2 (co2): missing value (the first of 59 missing cells); "
                 "choose to drop the rows with missing values or to interpolate them\n");

    const Run interpolated = cli({dataset("co2_weekly.csv"), "--missing", "interpolate"});
    QCOMPARE(interpolated.exitCode, 0);
    QJsonObject o = summary(interpolated);
    QCOMPARE(o["rows"].toInt(), 2284);
    QCOMPARE(o["interpolated_cells"].toInt(), 59);
    const QJsonObject co2 = o["columns"].toArray()[0].toObject();
    QCOMPARE(co2["missing"].toInt(), 59);
    QCOMPARE(co2["missing_lines"].toArray().first().toInt(), 8);
    QCOMPARE(co2["missing_lines"].toArray().size(), 59);

    const Run dropped = cli({dataset("co2_weekly.csv"), "--missing=drop"});
    QCOMPARE(dropped.exitCode, 0);
    o = summary(dropped);
    QCOMPARE(o["rows"].toInt(), 2225);
    QCOMPARE(o["dropped_rows"].toInt(), 59);
    QCOMPARE(o["first_label"].toString(), QString("1958-03-29"));
}

void TestCliData::spreadsheetExport() {
    const Run r = cli({QStringLiteral(RNNLAB_TEST_DATA_DIR "/csv/spreadsheet_co2_de.csv"),
                       "--missing", "interpolate"});
    QCOMPARE(r.exitCode, 0);
    const QJsonObject o = summary(r);
    QCOMPARE(o["delimiter"].toString(), QString("semicolon"));
    QCOMPARE(o["decimal_comma"].toBool(), true);
    QCOMPARE(o["byte_order_mark"].toBool(), true);
    QCOMPARE(o["label_column"].toString(), QString("Datum"));
    QCOMPARE(o["first_label"].toString(), QString("29.03.1958"));
    QCOMPARE(o["rows"].toInt(), 104);
    const QJsonObject co2 = o["columns"].toArray()[0].toObject();
    QCOMPARE(co2["name"].toString(), QString("CO2 (ppm)"));
    QCOMPARE(co2["min"].toDouble(), 313.0);
    QCOMPARE(co2["max"].toDouble(), 318.7);
}

void TestCliData::malformedFile() {
    QTemporaryDir dir;
    const QString path = dir.filePath("prices.csv");
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("date,volume,price\n2020-01-01,10,1.5\n2020-01-02,11,1.6 USD\n");
    f.close();
    const Run r = cli({path});
    QCOMPARE(r.exitCode, 1);
    QVERIFY(r.out.isEmpty());
    QCOMPARE(r.err, "rnnlab-cli data: error: " + path +
                        ":3:3: line 3, column 3 (price): '1.6 USD' is not a number\n");
}

// What a network trained on the file has to beat: the Nile by hand (rows 71-85 validate,
// 86-100 test with the default split), against rnnlab's own computation.
void TestCliData::baselines() {
    const Run r = cli({dataset("nile.csv")});
    const QJsonObject b = summary(r)["baselines"].toObject();
    QCOMPARE(b["window"].toInt(), 20);
    QCOMPARE(b["windows"].toObject()["validation"].toInt(), 15);
    QCOMPARE(b["evaluation_warning"].toString(), QString());
    QCOMPARE(b["period"].toInt(), 0);
    const rnnlab::Series s = rnnlab::loadCsv(dataset("nile.csv").toStdString()).series;
    const std::vector<double>& flow = s.columns[0];
    double squared = 0.0, absolute = 0.0;
    for (std::size_t row = 70; row < 85; ++row) {
        squared += std::pow(flow[row] - flow[row - 1], 2);
        absolute += std::abs(flow[row] - flow[row - 1]);
    }
    const QJsonObject persistence =
        b["validation"].toObject()["persistence"].toObject();
    QVERIFY(std::abs(persistence["rmse"].toDouble() - std::sqrt(squared / 15)) < 1e-9);
    QVERIFY(std::abs(persistence["mae"].toDouble() - absolute / 15) < 1e-9);
    QCOMPARE(persistence["count"].toInt(), 15);
    QVERIFY(b["validation"].toObject()["seasonal"].isNull());
    QVERIFY(b["test"].toObject()["mean"].toObject()["rmse"].toDouble() > 0);
}

void TestCliData::wideTableAndMarkers() {
    const QString air = QStringLiteral(RNNLAB_TEST_DATA_DIR "/csv/airline_passengers.csv");
    QJsonObject o = summary(cli({air}));
    QCOMPARE(o["rows"].toInt(), 144);
    QCOMPARE(o["wide_table"].toString(), QString("year \u00d7 month"));
    QCOMPARE(o["unpivoted"].toBool(), true);
    QCOMPARE(o["baselines"].toObject()["period"].toInt(), 12);
    QCOMPARE(o["baselines"].toObject()["period_from"].toString(), QString("monthly labels"));
    o = summary(cli({air, "--unpivot", "no"}));
    QCOMPARE(o["rows"].toInt(), 12);
    QCOMPARE(o["target"].toString(), QString("Dec"));
    const QString markers = QStringLiteral(RNNLAB_TEST_DATA_DIR "/csv/co2_excel_markers.csv");
    o = summary(cli({markers, "--missing", "interpolate"}));
    QCOMPARE(o["missing"].toInt(), 11);  // 7 markers of the sheet, 4 NA of the data
    const Run own = cli({markers, "--missing-markers", "NA"});
    QCOMPARE(own.exitCode, 1);
    QVERIFY2(own.err.contains("'#N/A' is not a number"), qPrintable(own.err));
}

void TestCliData::usage_data() {
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("err");
    QTest::newRow("no file") << QStringList{} << 2 << "expected one FILE";
    QTest::newRow("unknown option")
        << QStringList{"x.csv", "--colums", "a"} << 2 << "unknown option --colums";
    QTest::newRow("bad policy")
        << QStringList{dataset("nile.csv"), "--missing", "fill"} << 2
        << "rnnlab-cli data: --missing: missing-value policy 'fill' is not one of: reject, drop, "
           "interpolate";
    QTest::newRow("unknown column")
        << QStringList{dataset("nile.csv"), "--target", "volume"} << 1
        << "there is no column 'volume'; the columns are: year, flow (or their numbers 1 to 2)";
    QTest::newRow("help") << QStringList{"--help"} << 0 << "";
}

void TestCliData::usage() {
    QFETCH(QStringList, args);
    QFETCH(int, exitCode);
    QFETCH(QString, err);
    const Run r = cli(args);
    QCOMPARE(r.exitCode, exitCode);
    QVERIFY2(r.err.contains(err), qPrintable(r.err));
    if (exitCode == 0) QVERIFY(r.out.startsWith("usage: rnnlab-cli data FILE"));
}

RNNLAB_TEST_APPLESS_MAIN(TestCliData)
}  // namespace RNNLAB_TEST_FILE

#include "tst_cli_data.moc"
