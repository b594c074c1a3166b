// `rnnlab-cli export --experiment E.rnnlab.json --dir OUT --format png|pdf|svg|csv|html`: every
// figure of the experiment drawn headless by the GUI's own widgets, valid files named after
// the figures; a character model's coloured text as SVG and HTML with the text as text and as
// CSV with a value per character; clear errors with exit codes for bad usage (2) and bad
// files (1).
#include <QImage>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>

#include "core/io/experiment_file.h"
#include "core/train/data_source.h"
#include "core/train/network_for_data.h"
#include "test_main.h"
#include "gui_test_support.h"
#include "settings_sandbox.h"
#include "ui/experiment/experiment_controller.h"
#include "ui/headless/headless_run.h"

namespace RNNLAB_TEST_FILE {

using namespace rnnlab::ui;

namespace {

struct Run {
    int exitCode = -1;
    QString out;
    QString err;
};

// Runs the CLI without a platform set: the command must choose offscreen itself.
Run cli(const QStringList& args) {
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("QT_QPA_PLATFORM"));
    env.remove(QStringLiteral("DISPLAY"));
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(RNNLAB_CLI_PATH), QStringList{QStringLiteral("export")} + args);
    p.waitForFinished(300000);
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1,
            QString::fromUtf8(p.readAllStandardOutput()),
            QString::fromUtf8(p.readAllStandardError())};
}

}  // namespace

class TestGuiExportCli : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void exportsEveryFigureOfATrainedExperiment();
    void exportsSeveralFormatsAtOnce();
    void exportsTheColouredTextAsTextHtmlAndCsv();
    void badUsageAndBadFilesAreErrors_data();
    void badUsageAndBadFilesAreErrors();

private:
    SettingsSandbox m_settings;
    QTemporaryDir m_dir;
    QString m_experiment;
};

void TestGuiExportCli::initTestCase() {
    // A CSV experiment trained 40 steps, saved as a teacher would.
    const QString csv = m_dir.filePath(QStringLiteral("levels.csv"));
    QVERIFY(gui_test::writeFile(csv, gui_test::datedSeries(240)));
    m_experiment = m_dir.filePath(QStringLiteral("levels.rnnlab.json"));
    ExperimentController c;
    openAndWait(c, csv);
    trainAndWait(c, 40);
    QSignalSpy saved(&c, &ExperimentController::experimentSaved);
    c.saveExperiment(m_experiment);
    QVERIFY(saved.wait(gui_test::kWorkerTimeoutMs));
}

void TestGuiExportCli::exportsEveryFigureOfATrainedExperiment() {
    const QString out = m_dir.filePath(QStringLiteral("png"));
    const Run r = cli({"--experiment", m_experiment, "--dir", out, "--format", "png", "--size",
                       "800x500", "--dpi", "192"});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    const QStringList files = QDir(out).entryList(QDir::Files, QDir::Name);
    // Every view's figures: the data, the training dashboard, the explorer (an LSTM: h, c and
    // four gates, and the unrolled network, a picture) and the gradient lab; the empty
    // comparison plots are left out.
    for (const char* name :
         {"levels-csv.png", "loss.png", "predictions-level.png", "hidden-state-ht.png",
          "cell-state-ct.png", "forget-gate-ft.png", "gradient-through-time-dl-dht.png",
          "total-gradient-norm-and-clipping.png", "unrolled-network.png"}) {
        QVERIFY2(files.contains(QLatin1String(name)), name);
    }
    QVERIFY(!files.contains(QStringLiteral("gradient-through-time.png")));  // Compare: no runs
    QCOMPARE(r.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts).size(), files.size());
    for (const QString& f : files) {
        const QImage image(QDir(out).filePath(f));
        QCOMPARE(image.size(), QSize(1600, 1000));  // 800x500 at twice the screen's DPI
    }
}

void TestGuiExportCli::exportsSeveralFormatsAtOnce() {
    const QString out = m_dir.filePath(QStringLiteral("slides"));
    const Run r =
        cli({"--experiment", m_experiment, "--dir", out, "--format", "pdf,svg,csv", "--dark"});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    // Each figure in the three formats; the unrolled network, a picture, in PDF and SVG only.
    const QStringList files = QDir(out).entryList(QDir::Files);
    QVERIFY(files.contains(QStringLiteral("unrolled-network.pdf")));
    QVERIFY(files.contains(QStringLiteral("unrolled-network.svg")));
    QVERIFY(!files.contains(QStringLiteral("unrolled-network.csv")));
    const int figures = (int(r.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts).size()) - 2) / 3;
    QVERIFY(figures > 3);
    QCOMPARE(files.size(), 3 * figures + 2);
    QCOMPARE(QDir(out).entryList({QStringLiteral("*.svg")}, QDir::Files).size(), figures + 1);
    QFile pdf(QDir(out).filePath(QStringLiteral("loss.pdf")));
    QVERIFY(pdf.open(QIODevice::ReadOnly));
    QVERIFY(pdf.readAll().startsWith("%PDF-"));
    QFile csv(QDir(out).filePath(QStringLiteral("loss.csv")));
    QVERIFY(csv.open(QIODevice::ReadOnly));
    // 40 steps and the epochs they completed.
    const QByteArray rows = csv.readAll();
    QCOMPARE(rows.count("\neach step,"), 40);
}

void TestGuiExportCli::exportsTheColouredTextAsTextHtmlAndCsv() {
    // A character model of the US constitution (windows of 50), one step trained.
    rnnlab::DataSource source;
    source.kind = rnnlab::DataSourceKind::Text;
    source.text.bundled = "us_constitution";
    source.window.window = 50;
    rnnlab::NetworkConfig network;
    network.hiddenSize = 16;
    auto trainer = rnnlab::trainerForData(network, rnnlab::TrainingSettings{},
                                          rnnlab::buildTrainingData(source));
    trainer->step();
    const QString experiment = m_dir.filePath(QStringLiteral("text.rnnlab.json"));
    rnnlab::saveTrainer(experiment.toStdString(), *trainer, source);

    const QString out = m_dir.filePath(QStringLiteral("text"));
    const Run r = cli({"--experiment", experiment, "--dir", out, "--format", "svg,html,csv"});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    const QString stem = QStringLiteral("text-surprise-log2-p-of-the-next-character-bits");
    const auto read = [&](const QString& suffix) {
        QFile f(QDir(out).filePath(stem + suffix));
        return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
    };
    // The HTML holds the characters as text, line ends drawn as ↵ and kept.
    const QString html = read(QStringLiteral(".html"));
    QVERIFY2(html.startsWith(QStringLiteral("<!DOCTYPE html>")), qPrintable(r.out));
    QVERIFY(html.contains(QStringLiteral("white-space: pre-wrap")));
    QVERIFY(html.contains(QStringLiteral("\u21b5\n")));
    QVERIFY(html.contains(QStringLiteral("background-color:#")));
    // The CSV: a header naming the quantity, then one row per character read (whole windows
    // of 50), numbered from 0, each with a surprise in bits.
    // (A line end in the text is a quoted field: its row goes on on the next line, which
    // starts with the closing quote.)
    const QStringList rows = read(QStringLiteral(".csv"))
                                 .split(QLatin1Char('\n'), Qt::SkipEmptyParts)
                                 .filter(QRegularExpression(QStringLiteral("^(n|\\d+),")));
    QVERIFY(rows.size() > 1);
    QCOMPARE(rows.first(), QStringLiteral("n,character,window,step,next,surprise \u2212log\u2082 p "
                                          "of the next character (bits)"));
    QCOMPARE((rows.size() - 1) % 50, 0);
    QVERIFY(rows.at(1).startsWith(QStringLiteral("0,")));
    QVERIFY(rows.last().startsWith(QString::number(rows.size() - 2) + QLatin1Char(',')));
    bool isNumber = false;
    const double bits = rows.at(1).section(QLatin1Char(','), -1).toDouble(&isNumber);
    QVERIFY(isNumber && bits > 0 && bits < 20);
    // The SVG keeps the text as <text> elements, not outlines.
    const QString svg = read(QStringLiteral(".svg"));
    QVERIFY(svg.contains(QStringLiteral("<text")));
    QVERIFY(svg.contains(QStringLiteral("weights of step 1")));
}

void TestGuiExportCli::badUsageAndBadFilesAreErrors_data() {
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("message");
    QTest::newRow("no format") << QStringList{"--experiment", "e.rnnlab.json", "--dir", "out"} << 2
                               << "rnnlab-cli export: missing required option --format";
    QTest::newRow("bad format") << QStringList{"--experiment", "e.rnnlab.json", "--dir",
                                               "out",          "--format",      "gif"}
                                << 2
                                << "rnnlab-cli export: --format: 'gif' is not one of png, pdf, "
                                   "svg, csv, html";
    QTest::newRow("bad size") << QStringList{"--experiment", "e.rnnlab.json", "--dir",  "out",
                                             "--format",     "png",           "--size", "big"}
                              << 2
                              << "rnnlab-cli export: --size: 'big' is not WIDTHxHEIGHT, e.g. "
                                 "1200x800";
    QTest::newRow("missing file") << QStringList{"--experiment", "/nonexistent/e.rnnlab.json",
                                                 "--dir",        "out",
                                                 "--format",     "png"}
                                  << 1 << "rnnlab-cli export: error: /nonexistent/e.rnnlab.json";
}

void TestGuiExportCli::badUsageAndBadFilesAreErrors() {
    QFETCH(QStringList, args);
    QFETCH(int, exitCode);
    QFETCH(QString, message);
    const Run r = cli(args);
    QCOMPARE(r.exitCode, exitCode);
    QVERIFY2(r.err.startsWith(message), qPrintable(r.err));
}

RNNLAB_TEST_MAIN(TestGuiExportCli)
}  // namespace RNNLAB_TEST_FILE

#include "tst_gui_export_cli.moc"
