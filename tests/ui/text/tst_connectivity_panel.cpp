// Connectivity in the Text view, as a user goes through it: a character model of the US
// constitution trains a few steps; colouring by "connectivity to the selected character" and
// clicking a character colours the characters of its window up to it by g_t =
// ‖∂ log p(next) / ∂x_t‖ on a log scale and draws the curve of its t̃ + 1 values; another
// character moves both; another network drops the curve at once and the new network's comes.
#include <QComboBox>
#include <QScrollArea>
#include <QTemporaryDir>
#include <cmath>

#include "core/data/text_dataset.h"
#include "core/io/experiment_file.h"
#include "core/train/data_source.h"
#include "core/train/network_for_data.h"
#include "gui_test_support.h"
#include "settings_sandbox.h"
#include "test_main.h"
#include "ui/application_setup.h"
#include "ui/experiment/experiment_controller.h"
#include "ui/headless/headless_run.h"
#include "ui/headless/window_screenshot.h"
#include "ui/plot/figure.h"
#include "ui/text/connectivity_panel.h"
#include "ui/text/strip_legend.h"
#include "ui/text/text_strip.h"
#include "ui/text/text_view.h"
#include "ui/window/lab_window.h"

namespace RNNLAB_TEST_FILE {

using namespace rnnlab;
using namespace rnnlab::ui;

namespace {

constexpr int kConnectivityWindow = 32;

// An LSTM of 32 units on the US constitution in windows of 32, trained one step and saved.
QString connectivityExperiment(const QTemporaryDir& dir) {
    DataSource s;
    s.kind = DataSourceKind::Text;
    s.text.bundled = "us_constitution";
    s.window.window = kConnectivityWindow;
    NetworkConfig network;
    network.hiddenSize = 32;
    TrainingSettings settings;
    settings.batchSize = 8;
    settings.optimizer.learningRate = 0.01;
    auto trainer = trainerForData(network, settings, buildTrainingData(s));
    trainer->step();
    const QString path = dir.filePath(QStringLiteral("connectivity.rnnlab.json"));
    saveTrainer(path.toStdString(), *trainer, s);
    return path;
}

// Clicks character n of the strip, scrolled into view.
void clickCharacter(TextView& view, Index n) {
    auto* scroll = view.findChild<QScrollArea*>();
    const QRectF cell = view.strip()->cellRect(n);
    scroll->ensureVisible(int(cell.center().x()), int(cell.center().y()));
    QTest::mouseClick(view.strip(), Qt::LeftButton, {}, cell.center().toPoint());
}

// Why the strip's connectivity to character n is not g_t on n's window up to n and nothing
// elsewhere, or empty.
QString connectivityProblem(const TextView& view, Index n) {
    const StripColouring colouring = view.colouring();
    if (!colouring.connectivity) return QStringLiteral("no connectivity");
    const std::vector<float>& v = *colouring.connectivity;
    const Index first = n - n % kConnectivityWindow;
    for (Index i = 0; i < Index(v.size()); ++i) {
        const bool wanted = i >= first && i <= n;
        const float x = v[std::size_t(i)];
        if (wanted && !(std::isfinite(x) && x > 0))
            return QStringLiteral("character %1: %2").arg(i).arg(x);
        if (!wanted && !std::isnan(x)) return QStringLiteral("character %1 has %2").arg(i).arg(x);
        if (view.strip()->cellColour(i).alpha() != (wanted ? 255 : 0))
            return QStringLiteral("character %1's colour").arg(i);
    }
    return {};
}

}  // namespace

class TestTextConnectivity : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { setupApplication(); }
    void init() { m_settings.clear(); }
    void coloursAndDrawsTheSelectedCharacter();

private:
    SettingsSandbox m_settings;
    QTemporaryDir m_dir;
};

void TestTextConnectivity::coloursAndDrawsTheSelectedCharacter() {
    LabWindow window;
    ExperimentController& c = window.controller();
    window.resize(1280, 720);
    QVERIFY(gui_test::showAndActivate(window));
    openAndWait(c, connectivityExperiment(m_dir));
    trainAndWait(c, 20);
    QVERIFY(window.showView(QStringLiteral("text")));
    TextView& view = *window.textView();
    waitForWorker(c);
    view.requestReading();
    QTRY_VERIFY_WITH_TIMEOUT(view.reading() && view.readingStep() == c.snapshot()->step,
                             gui_test::kWorkerTimeoutMs);
    ConnectivityPanel& panel = *view.connectivityPanel();
    QVERIFY(!panel.isVisible());

    // Connectivity to the selected character: the first one until another is clicked.
    QComboBox& quantity = *view.quantityPicker();
    quantity.setCurrentIndex(
        quantity.findText(QStringLiteral("connectivity to the selected "
                                         "character")));
    QCOMPARE(view.colouring().quantity, StripColouring::Quantity::Connectivity);
    QVERIFY(panel.isVisible());
    QVERIFY(!view.unitPicker()->isEnabled());
    QTRY_COMPARE_WITH_TIMEOUT(panel.pointCount(), 1, gui_test::kWorkerTimeoutMs);

    // Character 10 of window 2: t̃ = 10, eleven values, the window's characters up to it.
    const Index chosen = 2 * kConnectivityWindow + 10;
    clickCharacter(view, chosen);
    QCOMPARE(view.strip()->selected(), chosen);
    QTRY_COMPARE_WITH_TIMEOUT(panel.pointCount(), 11, gui_test::kWorkerTimeoutMs);
    QVERIFY2(connectivityProblem(view, chosen).isEmpty(),
             qPrintable(connectivityProblem(view, chosen)));
    // The curve is the strip's values, x = steps back from t̃.
    const auto curve = panel.figure()->graph(0)->data();
    const std::vector<float>& values = *view.colouring().connectivity;
    for (Index back = 0; back <= 10; ++back) {
        const auto point = curve->findBegin(double(back), false);
        QCOMPARE(point->key, double(back));
        QVERIFY(std::abs(point->value - double(values[std::size_t(chosen - back)])) <=
                1e-6 * point->value);
    }
    QVERIFY(panel.figure()->title().contains(QStringLiteral("Connectivity to \u2018")));
    QCOMPARE(panel.figure()->yAxis->scaleType(), QCPAxis::stLogarithmic);
    // The legend says it is a log scale, from the smallest value to the largest.
    const StripScale& scale = view.legend()->scale();
    QCOMPARE(scale.kind, StripScale::Kind::Logarithmic);
    QVERIFY(scale.name.contains(QStringLiteral("log scale")));
    QCOMPARE(scale.high,
             double(*std::max_element(values.begin() + chosen - 10, values.begin() + chosen + 1)));
    window.settleViews();
    QVERIFY(
        grabWindow(window).save(gui_test::screenshotPath(QStringLiteral("text-connectivity.png"))));

    // Another network (16 units): when its first snapshot reaches the view, the old network's
    // curve and colours are gone; the new one's come for the character clicked.
    int pointsAtRunChange = -1;
    bool coloursAtRunChange = true;
    const auto oldRun = c.snapshot()->runId;
    const auto watch =
        connect(&c, &ExperimentController::snapshotChanged, &view,
                [&](std::shared_ptr<const TrainingSnapshot> snapshot) {
                    if (pointsAtRunChange >= 0 || !snapshot || snapshot->runId == oldRun) return;
                    pointsAtRunChange = panel.pointCount();
                    coloursAtRunChange = bool(view.colouring().connectivity);
                });
    NetworkConfig smaller = c.network();
    smaller.hiddenSize = 16;
    loadAndWait(c, [&] { c.setNetwork(smaller); });
    QTRY_VERIFY_WITH_TIMEOUT(pointsAtRunChange >= 0, gui_test::kWorkerTimeoutMs);
    disconnect(watch);
    QCOMPARE(pointsAtRunChange, 0);
    QVERIFY(!coloursAtRunChange);
    waitForWorker(c);
    view.requestReading();
    QTRY_VERIFY_WITH_TIMEOUT(view.reading() && view.reading()->network.hiddenSize == 16,
                             gui_test::kWorkerTimeoutMs);
    clickCharacter(view, chosen);
    QTRY_COMPARE_WITH_TIMEOUT(panel.pointCount(), 11, gui_test::kWorkerTimeoutMs);
    QVERIFY2(connectivityProblem(view, chosen).isEmpty(),
             qPrintable(connectivityProblem(view, chosen)));
    QVERIFY(panel.figure()->title().endsWith(QStringLiteral("step %1").arg(c.snapshot()->step)));
}

RNNLAB_TEST_MAIN(TestTextConnectivity)
}  // namespace RNNLAB_TEST_FILE

#include "tst_connectivity_panel.moc"
