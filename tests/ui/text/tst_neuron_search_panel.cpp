// Neuron search in a real window, as a user goes through it: a character model of the US
// constitution trains a few steps; the Text view's neuron search asks for a selection; a drag
// over the strip selects a span, a Shift+drag adds one, a click keeps them; the five units whose
// h follows the spans best are ranked by |r| with the r worked out again here; clicking one
// colours the strip by that unit; AUC ranks by |AUC - 1/2|; a regular expression and the
// "after a space" rule select what they say; a bad pattern names its column; a new reading
// ranks again. Screenshots at 1280x720 are kept.
#include <QComboBox>
#include <QElapsedTimer>
#include <QLineEdit>
#include <QScrollArea>
#include <QSpinBox>
#include <QTabWidget>
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
#include "ui/text/neuron_search_panel.h"
#include "ui/text/strip_legend.h"
#include "ui/text/text_strip.h"
#include "ui/text/text_view.h"
#include "ui/text/unit_trace_row.h"
#include "ui/theme/theme.h"
#include "ui/window/lab_window.h"

namespace RNNLAB_TEST_FILE {

using namespace rnnlab;
using namespace rnnlab::ui;

namespace {

// A character model (an LSTM of 32 units) of the US constitution in windows of 32, trained one
// step and saved in dir.
QString searchExperiment(const QTemporaryDir& dir) {
    DataSource s;
    s.kind = DataSourceKind::Text;
    s.text.bundled = "us_constitution";
    s.window.window = 32;
    NetworkConfig network;
    network.hiddenSize = 32;
    TrainingSettings settings;
    settings.batchSize = 8;
    settings.epochs = 50;
    settings.optimizer.learningRate = 0.01;
    auto trainer = trainerForData(network, settings, buildTrainingData(s));
    trainer->step();
    const QString path = dir.filePath(QStringLiteral("search.rnnlab.json"));
    saveTrainer(path.toStdString(), *trainer, s);
    return path;
}

bool searchWaitForReading(ExperimentController& c, TextView& view) {
    waitForWorker(c);
    view.requestReading();
    return QTest::qWaitFor(
        [&] { return view.reading() && view.readingStep() == c.snapshot()->step; },
        gui_test::kWorkerTimeoutMs);
}

// Shows character n in the scroll area and returns its centre in the strip.
QPoint searchRevealed(TextView& view, Index n) {
    auto* scroll = view.findChild<QScrollArea*>();
    const QRectF cell = view.strip()->cellRect(n);
    scroll->ensureVisible(int(cell.center().x()), int(cell.center().y()));
    return cell.center().toPoint();
}

// Press on character a, move to b, release there; Shift held when `add`.
void dragOver(TextView& view, Index a, Index b, bool add) {
    TextStrip* strip = view.strip();
    const Qt::KeyboardModifiers keys = add ? Qt::ShiftModifier : Qt::NoModifier;
    QTest::mousePress(strip, Qt::LeftButton, keys, searchRevealed(view, a));
    QTest::mouseMove(strip, searchRevealed(view, (a + b) / 2));
    QTest::mouseMove(strip, searchRevealed(view, b));
    QTest::mouseRelease(strip, Qt::LeftButton, keys, searchRevealed(view, b));
}

// Unit j's h in layer 1 over the reading.
std::vector<float> hOf(const TextReading& r, int j) {
    std::vector<float> v;
    for (Index n = 0; n < r.size(); ++n) v.push_back(r.layers[0].h(n, j));
    return v;
}

// Scrolls every scroll area around the panel so that it shows (the side panels go under the
// strip in a narrow view).
void searchShowPanel(NeuronSearchPanel& panel) {
    for (QWidget* w = &panel; w; w = w->parentWidget())
        if (auto* scroll = qobject_cast<QScrollArea*>(w)) scroll->ensureWidgetVisible(&panel);
}

QString selectedText(Index n, Index of) {
    const QLocale locale;
    return QStringLiteral("%1 of %2 characters selected")
        .arg(locale.toString(qlonglong(n)), locale.toString(qlonglong(of)));
}

}  // namespace

class TestNeuronSearchPanel : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { setupApplication(); }
    void init() { m_settings.clear(); }
    void cleanup() { Theme::instance().setScheme(ColorScheme::Light); }
    void findsUnitsThatFollowASelection();

private:
    void screenshot(LabWindow& window, const QString& name);
    SettingsSandbox m_settings;
    QTemporaryDir m_dir;
};

void TestNeuronSearchPanel::screenshot(LabWindow& window, const QString& name) {
    window.settleViews();
    const QImage image = grabWindow(window);
    const QString problem = gui_test::screenshotProblem(image);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    QVERIFY(image.save(gui_test::screenshotPath(QStringLiteral("neuron-search-%1.png").arg(name))));
}

void TestNeuronSearchPanel::findsUnitsThatFollowASelection() {
    LabWindow window;
    ExperimentController& c = window.controller();
    window.resize(1280, 720);
    QVERIFY(gui_test::showAndActivate(window));
    openAndWait(c, searchExperiment(m_dir));
    trainAndWait(c, 20);
    QVERIFY(window.showView(QStringLiteral("text")));
    TextView& view = *window.textView();
    TextStrip& strip = *view.strip();
    QVERIFY(searchWaitForReading(c, view));
    auto* panel = view.findChild<NeuronSearchPanel*>();
    QVERIFY(panel);
    view.sidePanels()->setCurrentWidget(panel);  // its tab, beside the live samples'
    const std::shared_ptr<const TextReading> reading = view.reading();
    const Index N = reading->size();

    // Nothing dragged yet: the panel says what to do, and ranks nothing.
    QCOMPARE(panel->target(), NeuronSearchPanel::Target::Spans);
    QVERIFY(panel->results().empty());
    QVERIFY(panel->headerText().startsWith(QStringLiteral("Drag over the text")));

    // A drag over characters 3 .. 12 selects them; a Shift+drag adds 40 .. 45.
    dragOver(view, 3, 12, false);
    QCOMPARE(strip.spans(), std::vector<CharacterSpan>({{3, 12}}));
    QCOMPARE(panel->countText(), selectedText(10, N));
    dragOver(view, 45, 40, true);
    QCOMPARE(strip.spans(), std::vector<CharacterSpan>({{3, 12}, {40, 45}}));
    QCOMPARE(panel->countText(), selectedText(16, N));
    // A click without a drag selects one character and keeps the spans.
    QTest::mouseClick(&strip, Qt::LeftButton, {}, searchRevealed(view, 100));
    QCOMPARE(strip.selected(), Index(100));
    QCOMPARE(strip.spans().size(), std::size_t(2));

    // The five units of h by |r|, each r as worked out here from the reading.
    QCOMPARE(panel->mask(), maskOfSpans(N, {{3, 12}, {40, 45}}));
    const std::vector<UnitScore> ranked = panel->results();
    QCOMPARE(ranked.size(), std::size_t(NeuronSearchPanel::kShownUnits));
    QVERIFY(panel->headerText().contains(QStringLiteral("correlation r")));
    double best = 0.0;
    for (int j = 0; j < 32; ++j)
        best = std::max(best, std::abs(pointBiserial(hOf(*reading, j), panel->mask())));
    QVERIFY(std::abs(std::abs(ranked[0].score) - best) < 1e-9);
    for (std::size_t i = 0; i < ranked.size(); ++i) {
        const double r = pointBiserial(hOf(*reading, ranked[i].unit), panel->mask());
        QVERIFY(std::abs(ranked[i].score - r) < 1e-9);
        if (i > 0) QVERIFY(std::abs(ranked[i - 1].score) >= std::abs(r));
        QVERIFY(panel->resultRow(int(i))->isVisible());
        QVERIFY(panel->resultRow(int(i))->label().startsWith(
            QStringLiteral("unit %1  r = ").arg(ranked[i].unit + 1)));
        QCOMPARE(panel->resultRow(int(i))->values(), hOf(*reading, ranked[i].unit));
    }

    // Clicking the second result colours the strip by that unit's h.
    const int unit = ranked[1].unit;
    QTest::mouseClick(panel->resultRow(1), Qt::LeftButton);
    QCOMPARE(view.colouring().quantity, StripColouring::Quantity::Hidden);
    QCOMPARE(view.colouring().layer, 0);
    QCOMPARE(view.colouring().unit, unit);
    QCOMPARE(strip.scale().name,
             QStringLiteral("h, hidden state (layer 1, unit %1)").arg(unit + 1));
    QVERIFY(panel->resultRow(1)->isChosen());
    QVERIFY(!panel->resultRow(0)->isChosen());
    searchShowPanel(*panel);
    screenshot(window, QStringLiteral("spans"));
    // Wide and dark: the panel beside the strip, the spans' underline on the dark background.
    window.resize(1920, 1080);
    Theme::instance().setScheme(ColorScheme::Dark);
    QTRY_VERIFY(view.sidePanelsBeside());
    searchRevealed(view, 0);
    screenshot(window, QStringLiteral("spans-wide-dark"));
    Theme::instance().setScheme(ColorScheme::Light);
    window.resize(1280, 720);

    // AUC: ranked by |AUC - 1/2|.
    panel->measurePicker()->setCurrentIndex(1);
    QVERIFY(panel->headerText().contains(QStringLiteral("AUC")));
    const std::vector<UnitScore> byAuc = panel->results();
    QCOMPARE(byAuc.size(), std::size_t(5));
    for (std::size_t i = 0; i < byAuc.size(); ++i) {
        QVERIFY(std::abs(byAuc[i].score -
                         areaUnderCurve(hOf(*reading, byAuc[i].unit), panel->mask())) < 1e-12);
        if (i > 0) QVERIFY(std::abs(byAuc[i - 1].score - 0.5) >= std::abs(byAuc[i].score - 0.5));
    }
    QVERIFY(panel->resultRow(0)->label().contains(QStringLiteral("AUC = ")));

    // "after a space": the characters right after a space, counted here.
    panel->setTarget(NeuronSearchPanel::Target::AfterSpace);
    Index afterSpace = 0;
    for (Index n = 1; n < N; ++n) afterSpace += reading->characters[std::size_t(n - 1)] == U' ';
    QCOMPARE(panel->countText(), selectedText(afterSpace, N));
    QCOMPARE(panel->results().size(), std::size_t(5));

    // A regular expression: a bad one names its column and ranks nothing; "the" selects the
    // three characters of each "the".
    panel->setTarget(NeuronSearchPanel::Target::Pattern);
    QVERIFY(panel->patternEdit()->isVisible());
    QTest::keyClicks(panel->patternEdit(), QStringLiteral("(the"));
    QVERIFY2(panel->errorText().startsWith(QStringLiteral("regular expression, column 5: ")),
             qPrintable(panel->errorText()));
    QVERIFY(panel->results().empty());
    QVERIFY(!panel->resultRow(0)->isVisible());
    searchShowPanel(*panel);
    screenshot(window, QStringLiteral("bad-pattern"));
    panel->patternEdit()->setText(QStringLiteral("the"));
    QVERIFY(panel->errorText().isEmpty());
    Index the = 0;
    for (std::size_t at = reading->characters.find(U"the"); at != std::u32string::npos;
         at = reading->characters.find(U"the", at + 3))
        ++the;
    QVERIFY(the > 0);
    QCOMPARE(panel->countText(), selectedText(3 * the, N));

    // Back to the spans; the network trains on and reads again: the ranking is of the new
    // reading, and ranking 1,472 characters of 32 units is quick.
    panel->setTarget(NeuronSearchPanel::Target::Spans);
    panel->measurePicker()->setCurrentIndex(0);
    trainAndWait(c, 5);
    QVERIFY(searchWaitForReading(c, view));
    QVERIFY(view.reading() != reading);
    QCOMPARE(strip.spans().size(), std::size_t(2));  // the same text: the spans stay
    const double again =
        pointBiserial(hOf(*view.reading(), panel->results()[0].unit), panel->mask());
    QVERIFY(std::abs(panel->results()[0].score - again) < 1e-9);
    QElapsedTimer timer;
    timer.start();
    panel->setReading(view.reading());
    QVERIFY2(timer.elapsed() < 100, qPrintable(QString::number(timer.elapsed())));
}

RNNLAB_TEST_MAIN(TestNeuronSearchPanel)
}  // namespace RNNLAB_TEST_FILE

#include "tst_neuron_search_panel.moc"
