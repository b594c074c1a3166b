// Compare's connectivity, as a teacher goes through it: a character model of the US constitution
// is open; Train ▸ Compare RNN, LSTM and GRU (Ctrl+K) trains the three cells side by side, and
// under the loss plots each reads the same validation window, coloured by its connectivity
// g_t = ‖∂ log p(next) / ∂x_t‖ to the window's last character on one shared log scale, with one
// curve per cell. A click on a character in any strip looks back from it in all three; another
// window is read by all three; training moves the numbers on; the strips export as a picture,
// an HTML page and a CSV table; series data has no connectivity row.
#include <QRegularExpression>
#include <QSpinBox>
#include <QTabBar>
#include <QTabWidget>
#include <QTemporaryDir>
#include <cmath>

#include "core/data/text_dataset.h"
#include "core/io/experiment_file.h"
#include "core/train/data_source.h"
#include "core/train/network_for_data.h"
#include "core/train/trainer.h"
#include "gui_test_support.h"
#include "settings_sandbox.h"
#include "test_main.h"
#include "ui/application_setup.h"
#include "ui/compare/compare_view.h"
#include "ui/compare/connectivity_comparison.h"
#include "ui/compare/connectivity_strips.h"
#include "ui/experiment/experiment_controller.h"
#include "ui/headless/headless_run.h"
#include "ui/headless/window_screenshot.h"
#include "ui/plot/figure.h"
#include "ui/plot/figure_collection.h"
#include "ui/session/training_session.h"
#include "ui/text/connectivity_panel.h"
#include "ui/text/strip_legend.h"
#include "ui/text/text_strip.h"
#include "ui/window/lab_window.h"
#include "ui/window/main_window_actions.h"

namespace RNNLAB_TEST_FILE {

using namespace rnnlab;
using namespace rnnlab::ui;

namespace {

constexpr Index kCompareWindow = 24;

// An LSTM of 16 units on the US constitution in windows of 24, saved untrained.
QString compareTextExperiment(const QTemporaryDir& dir) {
    DataSource s;
    s.kind = DataSourceKind::Text;
    s.text.bundled = "us_constitution";
    s.window.window = int(kCompareWindow);
    NetworkConfig network;
    network.hiddenSize = 16;
    TrainingSettings settings;
    settings.batchSize = 8;
    settings.optimizer.learningRate = 0.01;
    auto trainer = trainerForData(network, settings, buildTrainingData(s));
    const QString path = dir.filePath(QStringLiteral("compare-text.rnnlab.json"));
    saveTrainer(path.toStdString(), *trainer, s);
    return path;
}

// Trains every run `steps` steps and waits until the connectivity row shows numbers for the
// weights each run has then.
void trainRunsAndRead(CompareView& compare, int steps) {
    trainRunsAndWait(compare, steps);
    const ConnectivityStrips& strips = *compare.connectivity()->strips();
    for (int i = 0; i < compare.runCount(); ++i) {
        const QString step = QStringLiteral("weights of step %1")
                                 .arg(compare.session(i)->snapshot()->step);
        QTRY_VERIFY_WITH_TIMEOUT(strips.rowTitle(i).contains(step), gui_test::kWorkerTimeoutMs);
    }
}

// Why the strips do not all show the same window, each coloured by positive g_t up to t̃ and
// nothing after, on one scale spanning every strip's numbers; empty when they do.
QString stripsProblem(const ConnectivityStrips& strips, Index target) {
    const TextReading* first = strips.strip(0)->reading().get();
    if (!first) return QStringLiteral("strip 0 has no text");
    double low = INFINITY, high = 0.0;
    for (int row = 0; row < strips.rowCount(); ++row) {
        const TextStrip& strip = *strips.strip(row);
        if (!strip.reading()) return QStringLiteral("strip %1 has no text").arg(row);
        if (strip.reading()->characters != first->characters)
            return QStringLiteral("strip %1 reads another text").arg(row);
        if (strip.selected() != target) return QStringLiteral("strip %1's selection").arg(row);
        const std::vector<float>& v = strip.values();
        for (Index t = 0; t < Index(v.size()); ++t) {
            const float g = v[std::size_t(t)];
            if (t <= target && !(g > 0.0f && std::isfinite(g)))
                return QStringLiteral("strip %1, character %2: %3").arg(row).arg(t).arg(g);
            if (t > target && !std::isnan(g))
                return QStringLiteral("strip %1, character %2 after t\u0303").arg(row).arg(t);
            if (t <= target) {
                low = std::min(low, double(g));
                high = std::max(high, double(g));
            }
        }
    }
    for (int row = 0; row < strips.rowCount(); ++row) {
        const StripScale& scale = strips.strip(row)->scale();
        if (scale.kind != StripScale::Kind::Logarithmic)
            return QStringLiteral("strip %1 is not on a log scale").arg(row);
        if (std::abs(scale.low - low) > 1e-6 * low || std::abs(scale.high - high) > 1e-6 * high)
            return QStringLiteral("strip %1's scale %2 .. %3, the numbers span %4 .. %5")
                .arg(row)
                .arg(scale.low)
                .arg(scale.high)
                .arg(low)
                .arg(high);
    }
    return {};
}

QStringList curveNames(const Figure& figure) {
    QStringList names;
    for (int i = 0; i < figure.graphCount(); ++i) names << figure.graph(i)->name();
    return names;
}

}  // namespace

class TestCompareConnectivity : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { setupApplication(); }
    void init() { m_settings.clear(); }
    void threeCellsOnTheSameWindow();

private:
    SettingsSandbox m_settings;
    QTemporaryDir m_dir;
};

void TestCompareConnectivity::threeCellsOnTheSameWindow() {
    LabWindow window;
    ExperimentController& c = window.controller();
    window.resize(1280, 720);
    QVERIFY(gui_test::showAndActivate(window));
    openAndWait(c, compareTextExperiment(m_dir));

    // Ctrl+K, then one seed each so that the runs are the three cells themselves.
    window.actions().compareCells->trigger();
    CompareView& compare = *window.compareView();
    QVERIFY(compare.isVisible());
    compare.setSeedCount(1);
    QCOMPARE(compare.runCount(), 3);
    // Text data: a second page, Connectivity, read once it is shown.
    QTabWidget& pages = *compare.pages();
    QVERIFY(pages.tabBar()->isVisible());
    QCOMPARE(pages.tabText(1), QStringLiteral("Connectivity"));
    ConnectivityComparison& row = *compare.connectivity();
    QVERIFY(!row.isVisible());
    QTest::mouseClick(pages.tabBar(), Qt::LeftButton, {},
                      pages.tabBar()->tabRect(1).center());
    QVERIFY(row.isVisible());
    const ConnectivityStrips& strips = *row.strips();
    QCOMPARE(strips.rowCount(), 3);
    trainRunsAndRead(compare, 5);

    // The window's last character first: t̃ = 23, 24 values per cell, one curve per cell.
    QCOMPARE(row.target(), kCompareWindow - 1);
    QVERIFY2(stripsProblem(strips, kCompareWindow - 1).isEmpty(),
             qPrintable(stripsProblem(strips, kCompareWindow - 1)));
    const ConnectivityPanel& curves = *row.curves();
    QCOMPARE(curveNames(*curves.figure()),
             QStringList({QStringLiteral("RNN"), QStringLiteral("LSTM"), QStringLiteral("GRU")}));
    QCOMPARE(curves.pointCount(), int(kCompareWindow));
    QCOMPARE(curves.figure()->yAxis->scaleType(), QCPAxis::stLogarithmic);
    QVERIFY(strips.legend()->hasScale());
    // Each curve is its strip's numbers, x = steps back from t̃.
    for (int i = 0; i < 3; ++i) {
        const auto data = curves.figure()->graph(i)->data();
        const std::vector<float>& v = strips.strip(i)->values();
        for (Index back = 0; back < kCompareWindow; ++back) {
            const double g = data->findBegin(double(back), false)->value;
            QVERIFY(std::abs(g - double(v[std::size_t(kCompareWindow - 1 - back)])) <= 1e-6 * g);
        }
    }
    const TextReading firstWindow = *strips.strip(0)->reading();

    // A click on character 8 of the LSTM's strip looks back from it in all three.
    TextStrip& lstm = *strips.strip(1);
    QTest::mouseClick(&lstm, Qt::LeftButton, {}, lstm.cellRect(8).center().toPoint());
    QCOMPARE(row.target(), Index(8));
    QTRY_COMPARE_WITH_TIMEOUT(curves.pointCount(), 9, gui_test::kWorkerTimeoutMs);
    QTRY_VERIFY_WITH_TIMEOUT(stripsProblem(strips, 8).isEmpty(), gui_test::kWorkerTimeoutMs);
    QVERIFY(curves.figure()->title().startsWith(QStringLiteral("Connectivity to \u2018")));

    // Window 3 of the validation text: all three read it, from the same t̃.
    QSpinBox& picker = *row.windowPicker();
    QVERIFY(picker.maximum() > 3);
    QVERIFY(picker.suffix().contains(QString::number(picker.maximum())));
    picker.setValue(3);
    QCOMPARE(row.window(), Index(2));
    QTRY_VERIFY_WITH_TIMEOUT(strips.strip(2)->reading() &&
                                 strips.strip(2)->reading()->characters != firstWindow.characters,
                             gui_test::kWorkerTimeoutMs);
    QTRY_VERIFY_WITH_TIMEOUT(stripsProblem(strips, 8).isEmpty(), gui_test::kWorkerTimeoutMs);

    // Training on: every cell's numbers follow its new weights.
    trainRunsAndRead(compare, 10);
    QVERIFY2(stripsProblem(strips, 8).isEmpty(), qPrintable(stripsProblem(strips, 8)));
    QVERIFY(
        grabWindow(window).save(gui_test::screenshotPath(QStringLiteral("compare-connectivity.png"))));

    // Exports: the strips as one picture and page, the curves as a figure.
    const QString html = strips.pictureHtml();
    for (const char* cell : {"RNN", "LSTM", "GRU"})
        QVERIFY(html.contains(QStringLiteral("<b>%1</b>").arg(QLatin1String(cell))));
    QVERIFY(html.contains(QStringLiteral("log scale")));
    // One row per character (a line end is a quoted field over two lines).
    const QStringList csv = strips.pictureCsv().split(QLatin1Char('\n'), Qt::SkipEmptyParts)
                                .filter(QRegularExpression(QStringLiteral("^(n|\\d+),")));
    QCOMPARE(csv.size(), int(kCompareWindow) + 1);
    QVERIFY(csv[0].startsWith(QStringLiteral("n,character,next,g RNN (weights of step 15)")));
    for (int field = -3; field <= -1; ++field) {  // t = 8: three numbers
        bool number = false;
        csv[9].section(QLatin1Char(','), field, field).toDouble(&number);
        QVERIFY(number);
    }
    QVERIFY(csv[10].endsWith(QStringLiteral(",,,")));      // t = 9: after t̃, none
    QVERIFY(picturesIn(window).contains(&strips));
    QVERIFY(figuresIn(window).contains(curves.figure()));

    // Series data: the comparison has no connectivity row.
    DataSource sine;
    sine.kind = DataSourceKind::Generator;
    sine.generator.kind = GeneratorKind::Sine;
    loadAndWait(c, [&] { c.setDataSource(sine); });
    window.actions().compareCells->trigger();
    QCOMPARE(compare.runCount(), 3);
    QVERIFY(!pages.isTabVisible(1));
    QVERIFY(!pages.tabBar()->isVisible());
    QVERIFY(!row.isVisible());
    QVERIFY(!picturesIn(window).contains(&strips));
    compare.pauseAll();
}

RNNLAB_TEST_MAIN(TestCompareConnectivity)
}  // namespace RNNLAB_TEST_FILE

#include "tst_compare_connectivity.moc"
