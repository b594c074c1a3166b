// The explorer as a student uses it: the cursor and every panel agree with the trace (the
// equations, bars and heat maps show the traced numbers of the chosen step, layer and unit),
// heat maps are units × time for each cell type, sweeps run forward from t = 1 and backward
// from t = T, keys and clicks move the cursor, the time bar stays in step, snapshots update the
// view (or not, when pinned), a trace without a target shows no gradient panels, and the whole
// view renders in every theme.
#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QSpinBox>

#include "test_main.h"
#include "core/base/random.h"
#include "gui_test_support.h"
#include "ui/explorer/explorer_view.h"
#include "ui/explorer/input_sketch.h"
#include "ui/explorer/step_detail_panel.h"
#include "ui/explorer/sweep_control.h"
#include "ui/explorer/trace_heatmaps.h"
#include "ui/explorer/unrolled_diagram.h"
#include "ui/plot/figure.h"
#include "ui/theme/theme.h"
#include "ui/window/time_bar.h"

namespace RNNLAB_TEST_FILE {

using namespace rnnlab;
using namespace rnnlab::ui;

namespace {

using TracePtr = std::shared_ptr<const SequenceTrace>;

TracePtr makeTrace(CellType cell, int layers, int hidden, Index T, bool target, int seed = 3) {
    NetworkConfig c;
    c.cell = cell;
    c.inputSize = 1;
    c.hiddenSize = hidden;
    c.numLayers = layers;
    RecurrentNetwork<double> net(c);
    Random rng{std::uint64_t(seed)};
    for (Index i = 0; i < net.parameters().flat().size(); ++i)
        net.parameters().flat()[i] = rng.uniform(-0.6, 0.6);
    Matrix<double> x(T, 1);
    for (Index t = 0; t < T; ++t) x(t, 0) = std::sin(0.3 * double(t));
    Workspace<double> ws;
    net.forward(x, T, 1, ws);
    if (!target)
        return std::make_shared<const SequenceTrace>(extractTrace(net, ws, 0, std::nullopt));
    Parameters<double> grads;
    const double loss = net.backward(ws, Matrix<double>::Constant(1, 1, 0.5), grads);
    return std::make_shared<const SequenceTrace>(extractTrace(net, ws, 0, loss));
}

std::shared_ptr<const TrainingSnapshot> snapshot(TracePtr trace, long long step) {
    auto s = std::make_shared<TrainingSnapshot>();
    s->step = step;
    s->network = trace->config;
    s->trace = std::move(trace);
    return s;
}

QStringList heatmapTitles(const ExplorerView& view) {
    QStringList out;
    for (Figure* f : view.heatmaps()->figures()) out << f->title();
    return out;
}

}  // namespace

class TestExplorerView : public QObject {
    Q_OBJECT
private slots:
    void cleanup() {
        Theme::instance().setPresentation(false);
        Theme::instance().setScheme(ColorScheme::Light);
    }

    void panelsShowTheTracedNumbers_data() {
        QTest::addColumn<int>("cell");
        QTest::addColumn<int>("layers");
        for (int layers : {1, 2}) {
            QTest::addRow("rnn %d", layers) << int(CellType::Rnn) << layers;
            QTest::addRow("lstm %d", layers) << int(CellType::Lstm) << layers;
            QTest::addRow("gru %d", layers) << int(CellType::Gru) << layers;
        }
    }
    void panelsShowTheTracedNumbers() {
        QFETCH(int, cell);
        QFETCH(int, layers);
        const TracePtr trace = makeTrace(CellType(cell), layers, 6, 12, true);
        ExplorerView view;
        view.setTrace(trace);
        const int k = layers - 1, t = 9, u = 4;
        view.setCurrentStep(t);
        view.setLayer(k);
        view.setUnit(u);
        view.setDirection(TimeBar::Direction::Backward);
        const LayerTrace& l = trace->layers[size_t(k)];
        StepDetailPanel* panel = view.detailPanel();

        // The equations are the trace's at (layer, t, unit), in the panel and its HTML.
        std::vector<EquationLine> expected = backwardEquations(*trace, k, t, u);
        const std::vector<EquationLine> forward = forwardEquations(*trace, k, t, u);
        expected.insert(expected.end(), forward.begin(), forward.end());
        QCOMPARE(panel->lines().size(), expected.size());
        for (size_t i = 0; i < expected.size(); ++i) {
            QCOMPARE(panel->lines()[i].text(), expected[i].text());
            QVERIFY2(panel->equationsHtml().contains(expected[i].numeric.section(" = ", -1)),
                     qPrintable(expected[i].numeric));
        }
        QCOMPARE(panel->lines()[0].values.last(), l.dh(t, u));  // gradients first
        QCOMPARE(panel->lines().back().values.last(), l.h(t, u));
        QVERIFY(panel->headerText().contains(
            QStringLiteral("layer %1 · unit %2 · t = %3 / 12").arg(k + 1).arg(u + 1).arg(t + 1)));

        // Bars: every gate (or a and h for RNN), the states before and after, the gradients.
        const std::vector<BarSeries> gates = panel->gateBars();
        if (CellType(cell) == CellType::Rnn) {
            QCOMPARE(gates.size(), size_t(2));
            QCOMPARE(gates[0].values[u], l.preActivation(t, u));
        } else {
            QCOMPARE(gates.size(), l.gates.size());
            for (size_t g = 0; g < gates.size(); ++g)
                QCOMPARE(gates[g].values[u], l.gates[g].value(t, u));
        }
        const std::vector<BarSeries> states = panel->stateBars();
        QCOMPARE(states[0].values[u], l.h(t - 1, u));
        QCOMPARE(states[1].values[u], l.h(t, u));
        if (CellType(cell) == CellType::Lstm) QCOMPARE(states[3].values[u], l.c(t, u));
        QCOMPARE(panel->gradientBars()[0].values[u], l.dh(t, u));
        // ... and the figures hold exactly those bars.
        auto* bars = qobject_cast<QCPBars*>(panel->gatesFigure()->plottable(0));
        QCOMPARE(bars->data()->size(), 6);
        QCOMPARE(bars->data()->at(u)->value, gates[0].values[u]);
        QCOMPARE(bars->data()->at(u)->key, double(u + 1));
        QVERIFY(panel->gradientsFigure()->isVisibleTo(&view));
        QVERIFY(!panel->statesFigure()->isVisibleTo(&view));

        // Heat maps: cell (t, u) of the first map is h, of the last |dL/dh|.
        QCPColorMapData* h = view.heatmaps()->colorMap(0)->data();
        QCOMPARE(h->cell(t, u), l.h(t, u));
        const int last = int(view.heatmaps()->figures().size()) - 1;
        QCOMPARE(view.heatmaps()->colorMap(last)->data()->cell(t, u), std::abs(l.dh(t, u)));
        // The diagram highlights the same step and layer.
        QCOMPARE(view.diagram()->currentStep(), t);
        QCOMPARE(view.diagram()->layer(), k);
    }

    void heatmapsAreUnitsByTime_data() {
        QTest::addColumn<int>("cell");
        QTest::addColumn<bool>("target");
        QTest::addColumn<QStringList>("titles");
        const QString dh = QStringLiteral("|dL/dh\u209c| (log scale)");
        QTest::newRow("rnn") << int(CellType::Rnn) << true
                             << QStringList{"Hidden state h\u209c", dh};
        QTest::newRow("lstm") << int(CellType::Lstm) << true
                              << QStringList{"Hidden state h\u209c",
                                             "Cell state c\u209c",
                                             "Input gate i\u209c",
                                             "Forget gate f\u209c",
                                             "Candidate g\u209c",
                                             "Output gate o\u209c",
                                             dh};
        QTest::newRow("gru") << int(CellType::Gru) << true
                             << QStringList{"Hidden state h\u209c", "Reset gate r\u209c",
                                            "Update gate z\u209c", "Candidate n\u209c", dh};
        QTest::newRow("gru without target")
            << int(CellType::Gru) << false
            << QStringList{"Hidden state h\u209c", "Reset gate r\u209c", "Update gate z\u209c",
                           "Candidate n\u209c"};
    }
    void heatmapsAreUnitsByTime() {
        QFETCH(int, cell);
        QFETCH(bool, target);
        QFETCH(QStringList, titles);
        const TracePtr trace = makeTrace(CellType(cell), 1, 7, 15, target);
        ExplorerView view;
        view.setTrace(trace);
        QCOMPARE(heatmapTitles(view), titles);
        for (int i = 0; i < titles.size(); ++i) {
            QCPColorMap* map = view.heatmaps()->colorMap(i);
            QCOMPARE(map->data()->keySize(), 15);   // time steps
            QCOMPARE(map->data()->valueSize(), 7);  // units
            QVERIFY(map->colorScale() != nullptr);
        }
        if (target) {
            QCPColorMap* dh = view.heatmaps()->colorMap(int(titles.size()) - 1);
            QCOMPARE(dh->colorScale()->dataScaleType(), QCPAxis::stLogarithmic);
        }
        // A second layer is titled as such, and a new trace of another length reshapes.
        view.setTrace(makeTrace(CellType(cell), 2, 3, 40, target));
        view.setLayer(1);
        QVERIFY(view.heatmaps()->figures().first()->title().endsWith(" (layer 2)"));
        QCOMPARE(view.heatmaps()->colorMap(0)->data()->keySize(), 40);
        QCOMPARE(view.heatmaps()->colorMap(0)->data()->valueSize(), 3);
    }

    void backwardSweepRunsFromTheLossBackToTheStart() {
        const TracePtr trace = makeTrace(CellType::Lstm, 1, 4, 9, true);
        ExplorerView view;
        view.setTrace(trace);
        view.setCurrentStep(4);
        view.sweepControl()->setMode(SweepControl::Mode::Backward);
        QSignalSpy steps(&view, &ExplorerView::currentStepChanged);
        view.playSweep();
        QCOMPARE(view.direction(), TimeBar::Direction::Backward);
        QVERIFY(view.sweepControl()->playing());
        // Resumed from t = 5 (index 4); start it over from the end.
        view.setCurrentStep(8);
        steps.clear();
        while (view.advanceSweep()) {
        }
        QList<int> visited;
        for (const QList<QVariant>& s : steps) visited << s.first().toInt();
        QCOMPARE(visited, (QList<int>{7, 6, 5, 4, 3, 2, 1, 0}));
        QVERIFY(!view.sweepControl()->playing());
        // Play again at t = 1: the backward sweep restarts at t = T.
        view.playSweep();
        QCOMPARE(view.currentStep(), 8);
    }

    void forwardThenBackwardSweep() {
        const TracePtr trace = makeTrace(CellType::Gru, 2, 3, 5, true);
        ExplorerView view;
        view.setTrace(trace);
        view.sweepControl()->setMode(SweepControl::Mode::ForwardThenBackward);
        view.setCurrentStep(4);
        view.playSweep();  // at the end of the forward pass: starts over at t = 1
        QCOMPARE(view.currentStep(), 0);
        QStringList visited;
        auto where = [&] {
            return QStringLiteral("%1%2")
                .arg(view.direction() == TimeBar::Direction::Forward ? "f" : "b")
                .arg(view.currentStep());
        };
        visited << where();
        while (view.advanceSweep()) visited << where();
        QCOMPARE(visited,
                 (QStringList{"f0", "f1", "f2", "f3", "f4", "b4", "b3", "b2", "b1", "b0"}));
    }

    // The timer drives the same sweep.
    void playingSweepsOnATimer() {
        ExplorerView view;
        view.setTrace(makeTrace(CellType::Rnn, 1, 3, 6, true));
        view.sweepControl()->setMode(SweepControl::Mode::Forward);
        view.sweepControl()->setSpeed(SweepControl::kMaxSpeed);
        view.playSweep();
        QTRY_VERIFY_WITH_TIMEOUT(!view.sweepControl()->playing(), gui_test::kWorkerTimeoutMs);
        QCOMPARE(view.currentStep(), 5);
    }

    void keysMoveTheCursor() {
        const TracePtr trace = makeTrace(CellType::Lstm, 2, 4, 10, true);
        ExplorerView view;
        view.setTrace(trace);
        view.resize(1200, 800);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        UnrolledDiagram* d = view.diagram();
        d->setFocus();
        QTest::keyClick(d, Qt::Key_Right);
        QTest::keyClick(d, Qt::Key_Right);
        QCOMPARE(view.currentStep(), 2);
        QTest::keyClick(d, Qt::Key_Left);
        QCOMPARE(view.currentStep(), 1);
        QTest::keyClick(d, Qt::Key_End);
        QCOMPARE(view.currentStep(), 9);
        QTest::keyClick(d, Qt::Key_Right);  // already at the end
        QCOMPARE(view.currentStep(), 9);
        QTest::keyClick(d, Qt::Key_Home);
        QCOMPARE(view.currentStep(), 0);
        QTest::keyClick(d, Qt::Key_Up);
        QCOMPARE(view.layer(), 1);
        QCOMPARE(view.detailPanel()->layerPicker()->value(), 2);
        QTest::keyClick(d, Qt::Key_Down);
        QCOMPARE(view.layer(), 0);
        // The unit picker moves the unit everywhere.
        view.detailPanel()->unitPicker()->setValue(3);
        QCOMPARE(view.unit(), 2);
    }

    void clicksSelectCellsAndExpandGaps() {
        const TracePtr trace = makeTrace(CellType::Rnn, 2, 3, 100, true);
        ExplorerView view;
        view.setTrace(trace);
        view.resize(1400, 900);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        UnrolledDiagram* d = view.diagram();
        const QRectF cell = d->cellRect(5, 1);
        QVERIFY(!cell.isEmpty());
        QTest::mouseClick(d, Qt::LeftButton, {}, cell.center().toPoint());
        QCOMPARE(view.currentStep(), 5);
        QCOMPARE(view.layer(), 1);
        // Step 50 is elided: its gap expands on a click, then every step has a cell.
        QVERIFY(d->cellRect(50, 0).isEmpty());
        const QRectF gap = d->gapRect(50);
        QVERIFY(!gap.isEmpty());
        QTest::mouseClick(d, Qt::LeftButton, {}, gap.center().toPoint());
        QVERIFY(d->expanded());
        QCOMPARE(d->columns().size(), 100);
        // A heat map click moves step and unit.
        view.heatmaps()->cellClicked(30, 2);
        QCOMPARE(view.currentStep(), 30);
        QCOMPARE(view.unit(), 2);
        QVERIFY(!d->cellRect(30, 0).isEmpty());
    }

    void elisionKeepsTheEndsAndTheCursor() {
        QCOMPARE(diagramColumns(40, 0, false).size(), 40);
        const QList<DiagramColumn> c = diagramColumns(100, 50, false);
        QList<DiagramColumn> expected;
        for (int t = 0; t < 8; ++t) expected.append({t, 1, false});
        expected.append({8, 40, true});
        for (int t = 48; t <= 52; ++t) expected.append({t, 1, false});
        expected.append({53, 39, true});
        for (int t = 92; t < 100; ++t) expected.append({t, 1, false});
        QCOMPARE(c, expected);
        QCOMPARE(diagramColumns(100, 3, false).size(), 8 + 1 + 8);
        QCOMPARE(diagramColumns(100, 50, true).size(), 100);
        QVERIFY(diagramColumns(0, 0, false).isEmpty());
    }

    void zoomAndPan() {
        ExplorerView view;
        view.setTrace(makeTrace(CellType::Gru, 1, 3, 30, true));
        view.resize(1200, 800);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        UnrolledDiagram* d = view.diagram();
        const double before = d->cellRect(0, 0).width();
        QWheelEvent zoomIn(QPointF(d->width() / 2.0, d->height() / 2.0), d->mapToGlobal(QPointF()),
                           QPoint(), QPoint(0, 240), Qt::NoButton, Qt::ControlModifier,
                           Qt::NoScrollPhase, false);
        QApplication::sendEvent(d, &zoomIn);
        QVERIFY(d->zoom() > 1.3);
        QVERIFY(d->cellRect(0, 0).width() > before * 1.3);
        const double pan = d->pan();
        QTest::mousePress(d, Qt::LeftButton, {}, QPoint(600, 100));
        QTest::mouseMove(d, QPoint(550, 100));
        QTest::mouseRelease(d, Qt::LeftButton, {}, QPoint(550, 100));
        QCOMPARE(d->pan(), pan + 50);
        QCOMPARE(view.currentStep(), 0);  // a drag is not a click
        d->resetView();
        QCOMPARE(d->zoom(), 1.0);
    }

    void timeBarFollowsBothWays() {
        TimeBar bar;
        bar.setLength(200);
        bar.setCurrentStep(150);
        ExplorerView view;
        view.attachTimeBar(&bar);
        view.setTrace(makeTrace(CellType::Lstm, 1, 4, 50, true));
        view.setCurrentStep(20);
        view.show();  // shown: the bar takes the explorer's length and step
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QCOMPARE(bar.length(), 50);
        QCOMPARE(bar.currentStep(), 20);
        bar.setCurrentStep(36);
        QCOMPARE(view.currentStep(), 36);
        QVERIFY(view.detailPanel()->headerText().contains("t = 37 / 50"));
        view.setCurrentStep(10);
        QCOMPARE(bar.currentStep(), 10);
        bar.setDirection(TimeBar::Direction::Backward);
        QCOMPARE(view.direction(), TimeBar::Direction::Backward);
        view.setDirection(TimeBar::Direction::Forward);
        QCOMPARE(bar.direction(), TimeBar::Direction::Forward);
        view.setTrace(makeTrace(CellType::Lstm, 1, 4, 8, true));
        QCOMPARE(bar.length(), 8);
        QCOMPARE(view.currentStep(), 7);
        QCOMPARE(bar.currentStep(), 7);
    }

    void snapshotsUpdateUnlessPinned() {
        ExplorerView view;
        const TracePtr a = makeTrace(CellType::Lstm, 1, 4, 10, true, 1);
        const TracePtr b = makeTrace(CellType::Lstm, 1, 4, 10, true, 2);
        view.setSnapshot(snapshot(a, 10));
        QTRY_COMPARE_WITH_TIMEOUT(view.trace(), a, gui_test::kWorkerTimeoutMs);
        QVERIFY(view.statusText().contains("training step 10"));
        view.setSnapshot(snapshot(b, 20));
        QTRY_COMPARE_WITH_TIMEOUT(view.trace(), b, gui_test::kWorkerTimeoutMs);
        view.setFollowTraining(false);
        QVERIFY(view.statusText().contains("pinned"));
        view.setSnapshot(snapshot(a, 30));
        QVERIFY(!view.updateScheduled());  // pinned: nothing to wait for
        QCOMPARE(view.trace(), b);
        view.setFollowTraining(true);
        QTRY_COMPARE_WITH_TIMEOUT(view.trace(), a, gui_test::kWorkerTimeoutMs);
    }

    void pickedWindowsAreRequestedAndFollowTraining() {
        ExplorerView view;
        view.setSnapshot(snapshot(makeTrace(CellType::Rnn, 1, 3, 10, true), 5));
        view.setSampleCounts(12, 4);
        QSignalSpy requests(&view, &ExplorerView::traceSampleRequested);
        view.picker()->setSource(TraceSource::Validation);
        view.picker()->setIndex(2);
        QCOMPARE(requests.size(), 2);  // the source, then the window
        QVERIFY(requests.last().at(0).value<Split>() == Split::Validation);
        QCOMPARE(requests.last().at(1).value<Index>(), Index(2));
        // New weights: the window is traced again (throttled), not on the same step.
        view.setSnapshot(snapshot(makeTrace(CellType::Rnn, 1, 3, 10, true), 5));
        QTRY_VERIFY_WITH_TIMEOUT(!view.updateScheduled(), gui_test::kWorkerTimeoutMs);
        QCOMPARE(requests.size(), 2);
        view.setSnapshot(snapshot(makeTrace(CellType::Rnn, 1, 3, 10, true), 6));
        QTRY_COMPARE_WITH_TIMEOUT(requests.size(), 3, gui_test::kWorkerTimeoutMs);
        QCOMPARE(requests.last().at(1).value<Index>(), Index(2));
        view.picker()->setSource(TraceSource::Train);
        QVERIFY(requests.last().at(0).value<Split>() == Split::Train);
        // A data set without validation windows: that source is unavailable.
        view.setSampleCounts(12, 0);
        view.picker()->setSource(TraceSource::Validation);
        QCOMPARE(view.picker()->sampleCount(TraceSource::Validation), Index(0));
    }

    // An untrained network's trace of a drawn input has no target: no loss, no gradients. The
    // backward pass says so instead of showing gradient panels, and nothing breaks.
    void traceWithoutGradients() {
        const TracePtr trace = makeTrace(CellType::Lstm, 2, 5, 12, false);
        ExplorerView view;
        view.setTrace(trace);
        view.resize(1400, 900);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        view.setDirection(TimeBar::Direction::Backward);
        view.setCurrentStep(11);
        StepDetailPanel* panel = view.detailPanel();
        QCOMPARE(panel->lines().size(), size_t(6));  // the forward equations only
        QVERIFY(panel->gradientBars().empty());
        QVERIFY(!panel->gradientsFigure()->isVisible());
        QVERIFY(panel->statesFigure()->isVisible());
        QVERIFY(view.statusText().contains("no gradients"));
        QCOMPARE(view.heatmaps()->figures().size(), 6);  // h, c, i, f, g, o
        view.sweepControl()->setMode(SweepControl::Mode::ForwardThenBackward);
        view.setDirection(TimeBar::Direction::Forward);
        view.playSweep();
        int ticks = 0;
        while (view.advanceSweep()) ++ticks;
        QCOMPARE(ticks, 11);  // forward only: there is nothing to sweep backward
        QVERIFY(!view.diagram()->grab().isNull());
    }

    void emptyViewIsSafe() {
        ExplorerView view;
        view.resize(1000, 700);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        view.setCurrentStep(5);
        view.setLayer(1);
        view.playSweep();
        QVERIFY(!view.advanceSweep());
        QCOMPARE(view.currentStep(), 0);
        QVERIFY(view.heatmaps()->figures().isEmpty());
        QVERIFY(view.statusText().contains("no sequence"));
        view.setTrace(std::make_shared<const SequenceTrace>());  // zero steps
        QCOMPARE(view.length(), 0);
    }

    void parsesTypedSequences_data() {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("features");
        QTest::addColumn<QVector<double>>("values");  // row-major; empty: an error
        QTest::addColumn<QString>("error");
        QTest::newRow("commas") << "0.5, 1, -0.25" << 1 << QVector<double>{0.5, 1, -0.25} << "";
        QTest::newRow("any separator") << " 1 2\n3; 4 " << 1 << QVector<double>{1, 2, 3, 4} << "";
        QTest::newRow("two features")
            << "0.5 1; 0.2, 0.3" << 2 << QVector<double>{0.5, 1, 0.2, 0.3} << "";
        QTest::newRow("flat pairs") << "1 2 3 4" << 2 << QVector<double>{1, 2, 3, 4} << "";
        QTest::newRow("ragged step")
            << "1 2; 3" << 2 << QVector<double>{} << "step 2 has 1 number(s), expected 2";
        QTest::newRow("odd count") << "1 2 3" << 2 << QVector<double>{}
                                   << "3 numbers do not make whole steps of 2 features; "
                                      "separate the steps with ';'";
        QTest::newRow("text") << "1, two" << 1 << QVector<double>{} << "'two' is not a number";
        QTest::newRow("not finite")
            << "1, inf" << 1 << QVector<double>{} << "'inf' is not a number";
        QTest::newRow("empty") << "  " << 1 << QVector<double>{} << "type at least one number";
    }
    void parsesTypedSequences() {
        QFETCH(QString, text);
        QFETCH(int, features);
        QFETCH(QVector<double>, values);
        QFETCH(QString, error);
        QString message;
        const std::optional<Matrix<double>> parsed = parseSequenceText(text, features, &message);
        QCOMPARE(message, error);
        QCOMPARE(parsed.has_value(), !values.isEmpty());
        if (!parsed) return;
        QCOMPARE(parsed->cols(), Index(features));
        QCOMPARE(QVector<double>(parsed->data(), parsed->data() + parsed->size()), values);
        // The text written back for a sequence reads back to it.
        QCOMPARE(*parseSequenceText(sequenceText(*parsed), features, &message), *parsed);
    }

    void followsThemeChanges() {
        ExplorerView view;
        view.setTrace(makeTrace(CellType::Lstm, 1, 4, 10, true));
        view.resize(1200, 800);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        const QColor light = view.diagram()->grab().toImage().pixelColor(1, 1);
        QCOMPARE(light, Theme::instance().style().plotBackground);
        Theme::instance().setScheme(ColorScheme::Dark);
        const ThemeStyle& dark = Theme::instance().style();
        QCOMPARE(view.diagram()->grab().toImage().pixelColor(1, 1), dark.plotBackground);
        QVERIFY(light != dark.plotBackground);
        QVERIFY(view.detailPanel()->equationsHtml().contains(dark.mutedText.name()));
    }

    // Saves explorer-<theme>.png (gui_test::screenshotPath: set RNNLAB_TEST_SCREENSHOTS to keep
    // them and look at them at 1920x1080).
    void rendersInEveryTheme_data() {
        QTest::addColumn<bool>("dark");
        QTest::addColumn<bool>("presentation");
        QTest::addColumn<int>("cell");
        QTest::addColumn<bool>("backward");
        QTest::addColumn<bool>("ownInput");
        QTest::newRow("light") << false << false << int(CellType::Lstm) << true << false;
        QTest::newRow("dark") << true << false << int(CellType::Gru) << false << false;
        QTest::newRow("presentation") << false << true << int(CellType::Lstm) << true << false;
        QTest::newRow("dark presentation") << true << true << int(CellType::Rnn) << false << true;
    }
    void rendersInEveryTheme() {
        QFETCH(bool, dark);
        QFETCH(bool, presentation);
        QFETCH(int, cell);
        QFETCH(bool, backward);
        QFETCH(bool, ownInput);
        Theme::instance().setScheme(dark ? ColorScheme::Dark : ColorScheme::Light);
        Theme::instance().setPresentation(presentation);
        ExplorerView view;
        view.setTrace(makeTrace(CellType(cell), 2, 16, 50, !ownInput));
        if (ownInput) view.picker()->setSource(TraceSource::OwnInput);
        view.setCurrentStep(36);
        view.setUnit(4);
        view.setDirection(backward ? TimeBar::Direction::Backward : TimeBar::Direction::Forward);
        view.resize(1920, 1000);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        for (Figure* f : view.findChildren<Figure*>()) f->replot();  // now, not throttled
        const QImage image = view.grab().toImage();
        const QString path = gui_test::screenshotPath(
            QStringLiteral("explorer-%1.png").arg(QTest::currentDataTag()).replace(' ', '-'));
        QVERIFY(image.save(path));
        qInfo("screenshot: %s", qPrintable(path));
        // It keeps the width it is given (never a sideways scroll bar) and, normally, the
        // height: 1000 px, a 1080p screen below the window's bars. In presentation mode with
        // your own input (its sketch above the diagram, the status on a line of its own, the
        // charts at their presentation minimum) it is taller, and the window scrolls it
        // vertically (tst_layouts checks the window). It shows the explorer in its theme: the
        // diagram's and the heat maps' backgrounds where they are.
        QCOMPARE(image.width(), 1920 * image.devicePixelRatio());
        const int height = qRound(image.height() / image.devicePixelRatio());
        if (presentation)
            QVERIFY2(height >= 1000, qPrintable(QString::number(height)));
        else
            QCOMPARE(height, 1000);
        const QString problem = gui_test::screenshotProblem(image);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        const ThemeStyle& style = Theme::instance().style();
        const qreal dpr = image.devicePixelRatio();
        QCOMPARE(image.pixelColor(view.diagram()->mapTo(&view, QPoint(1, 1)) * dpr),
                 style.plotBackground);
        int shownHeatmaps = 0;
        for (Figure* f : view.heatmaps()->findChildren<Figure*>()) {
            if (!f->isVisibleTo(&view) || !f->visibleRegion().contains(QPoint(2, 2))) continue;
            QCOMPARE(image.pixelColor(f->mapTo(&view, QPoint(2, 2)) * dpr), style.plotBackground);
            ++shownHeatmaps;
        }
        QVERIFY(shownHeatmaps > 0);
    }
};

RNNLAB_TEST_MAIN(TestExplorerView)
}  // namespace RNNLAB_TEST_FILE

#include "tst_explorer_view.moc"
