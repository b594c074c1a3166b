// The gradient view: what a snapshot turns into (T points per layer, a heat map of traces ×
// time steps, clip markers on the clipped steps, badges that toggle), the remedies and the
// gradient-check panel as signals, and screenshots at 1920x1080 in the light, dark and
// presentation themes (written to the temporary folder for a human to look at).
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QDoubleSpinBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableWidget>
#include <cmath>

#include "test_main.h"
#include "core/analysis/gradient_check.h"
#include "core/analysis/gradient_profile.h"
#include "core/data/text_dataset.h"
#include "core/train/data_source.h"
#include "core/train/network_for_data.h"
#include "core/train/trainer.h"
#include "gui_test_support.h"
#include "settings_sandbox.h"
#include "ui/gradients/gradient_badge.h"
#include "ui/gradients/gradient_check_panel.h"
#include "ui/gradients/gradient_norms_view.h"
#include "ui/gradients/gradient_profile_view.h"
#include "ui/gradients/gradients_view.h"
#include "ui/gradients/remedy_strip.h"
#include "ui/gradients/state_jacobian_view.h"
#include "ui/window/main_window.h"
#include "ui/plot/figure.h"
#include "ui/theme/theme.h"
#include "ui/headless/window_screenshot.h"

namespace RNNLAB_TEST_FILE {

using namespace rnnlab;
using namespace rnnlab::ui;

namespace {

std::unique_ptr<Trainer> sineTrainer(CellType cell, int layers, int window,
                                     const TrainingSettings& s) {
    DataSource d;
    d.kind = DataSourceKind::Generator;
    d.generator.kind = GeneratorKind::Sine;
    d.window.window = window;
    NetworkConfig c;
    c.cell = cell;
    c.hiddenSize = 12;
    c.numLayers = layers;
    return std::make_unique<Trainer>(c, s, buildTrainingData(d));
}

TrainingSettings settings(int traceEvery) {
    TrainingSettings s;
    s.optimizer.learningRate = 0.01;
    s.epochs = 1000;
    s.traceEvery = traceEvery;
    s.seed = 2;
    s.batchSize = 256;  // steps dear enough for the analyses at every trace (analysis_schedule.h)
    return s;
}

// What the worker publishes (ui/session/training_worker.cpp), for a trainer on this thread.
std::shared_ptr<const TrainingSnapshot> snapshotOf(const Trainer& t) {
    auto s = std::make_shared<TrainingSnapshot>();
    s->step = t.stepCount();
    s->epoch = t.epoch();
    s->epochs = t.settings().epochs;
    s->network = t.networkConfig();
    s->settings = t.settings();
    s->history = t.history();
    s->trace = t.latestTrace();
    return s;
}

// A trace with only what the badges read: dh_t of one layer, ‖dh_t‖ = factor^(T-1-t).
std::shared_ptr<const SequenceTrace> decayingTrace(double factor, int T) {
    auto tr = std::make_shared<SequenceTrace>();
    tr->config.cell = CellType::Rnn;
    tr->config.hiddenSize = 2;
    tr->steps = T;
    LayerTrace l;
    l.dh = Matrix<double>::Zero(T, 2);
    for (int t = 0; t < T; ++t) l.dh(t, 0) = std::pow(factor, T - 1 - t);
    tr->layers.push_back(l);
    return tr;
}

std::shared_ptr<TrainingSnapshot> syntheticSnapshot(double factor, const std::vector<double>& norms,
                                                    const std::vector<bool>& clipped) {
    auto s = std::make_shared<TrainingSnapshot>();
    s->network.cell = CellType::Rnn;
    s->network.hiddenSize = 2;
    s->trace = decayingTrace(factor, 20);
    for (std::size_t i = 0; i < norms.size(); ++i) {
        StepRecord r;
        r.step = static_cast<long long>(i + 1);
        r.gradNormBefore = norms[i];
        r.clipped = clipped[i];
        r.gradNormAfter = r.clipped ? s->settings.clipMaxNorm : norms[i];
        s->history.steps.add(r);
    }
    s->step = static_cast<long long>(norms.size());
    return s;
}

QVector<double> keys(const QCPGraph* g) {
    QVector<double> out;
    for (auto it = g->data()->constBegin(); it != g->data()->constEnd(); ++it) out << it->key;
    return out;
}

QVector<double> values(const QCPGraph* g) {
    QVector<double> out;
    for (auto it = g->data()->constBegin(); it != g->data()->constEnd(); ++it) out << it->value;
    return out;
}

// Graphs named in the legend, in order.
QStringList legendNames(Figure* f) {
    QStringList out;
    for (int i = 0; i < f->graphCount(); ++i)
        if (f->legend->hasItemWithPlottable(f->graph(i))) out << f->graph(i)->name();
    return out;
}

}  // namespace

class TestGradientsView : public QObject {
    Q_OBJECT
private slots:
    void init() {
        Theme::instance().setScheme(ColorScheme::Light);
        Theme::instance().setPresentation(false);
    }

    // Latest trace: one curve per layer with T points, ‖dL/dh_t‖ of the trace at t = 1 .. T,
    // over the faded earlier traces.
    void profileHasTPointsPerLayer() {
        auto t = sineTrainer(CellType::Rnn, 2, 15, settings(5));
        for (int i = 0; i < 30; ++i) t->step();
        GradientProfileView view;
        view.setSnapshot(snapshotOf(*t));
        Figure* f = view.profileFigure();
        const std::size_t records = t->history().gradientProfiles.items().size();  // 7
        const int faded =
            int(std::min<std::size_t>(GradientProfileView::kFadedTraces, records - 1));
        QCOMPARE(f->graphCount(), 2 * (faded + 1));
        const std::vector<std::vector<double>> norms = hiddenGradientNorms(*t->latestTrace());
        for (int k = 0; k < 2; ++k) {
            QCPGraph* g = f->graph(f->graphCount() - 2 + k);
            QCOMPARE(g->dataCount(), 15);
            QCOMPARE(keys(g).front(), 1.0);
            QCOMPARE(keys(g).back(), 15.0);
            for (int i = 0; i < 15; ++i) QCOMPARE(values(g)[i], norms[k][std::size_t(i)]);
            QVERIFY2(g->name().startsWith(QStringLiteral("layer %1 (\u00d7").arg(k + 1)),
                     qPrintable(g->name()));
            QVERIFY(g->name().endsWith(QStringLiteral("per step back)")));
        }
        // One legend entry stands for all the faded traces.
        QCOMPARE(legendNames(f).size(), 3);
        QCOMPARE(legendNames(f).front(), QStringLiteral("earlier (fainter: older)"));
        QCOMPARE(f->yAxis->scaleType(), QCPAxis::stLogarithmic);
    }

    // Iterations × time steps: one row per recorded profile, one column per step.
    void heatmapHasTracesTimesSteps() {
        auto t = sineTrainer(CellType::Gru, 2, 10, settings(4));
        for (int i = 0; i < 40; ++i) t->step();
        GradientProfileView view;
        view.setSnapshot(snapshotOf(*t));
        const auto& records = t->history().gradientProfiles.items();  // steps 0, 4, ..., 40
        QCPColorMapData* d = view.heatmap()->data();
        QCOMPARE(d->keySize(), 10);
        QCOMPARE(d->valueSize(), int(records.size()));
        QCOMPARE(d->keyRange(), QCPRange(1, 10));
        QCOMPARE(d->valueRange(), QCPRange(0, 40));
        // Relative to the row's last step.
        QCOMPARE(d->cell(3, 5), records[5].dhNorm[0][3] / records[5].dhNorm[0][9]);
        QCOMPARE(d->cell(9, 5), 1.0);
        view.setHeatmapLayer(1);
        QCOMPARE(view.heatmap()->data()->cell(3, 5),
                 records[5].dhNorm[1][3] / records[5].dhNorm[1][9]);
        QCOMPARE(view.heatmapFigure()->xAxis->range(), QCPRange(0.5, 10.5));
    }

    void clipMarkersSitAtClippedSteps() {
        const std::vector<double> norms = {0.5, 0.8, 3.0, 0.9, 0.7, 0.6, 12.0, 0.4};
        const std::vector<bool> clipped = {false, false, true, false, false, false, true, false};
        auto s = syntheticSnapshot(0.9, norms, clipped);
        s->settings.clipMaxNorm = 1.0;
        GradientNormsView view;
        view.setSnapshot(s);
        QCOMPARE(keys(view.clipMarkers()), (QVector<double>{3, 7}));
        QCOMPARE(values(view.clipMarkers()), (QVector<double>{3.0, 12.0}));
        QCOMPARE(values(view.clipThreshold()), (QVector<double>{1.0, 1.0}));
        QCOMPARE(keys(view.clipThreshold()), (QVector<double>{1, 8}));
        QVERIFY(legendNames(view.clippingFigure()).contains(QStringLiteral("threshold")));

        auto off = syntheticSnapshot(0.9, norms, std::vector<bool>(8, false));
        off->settings.clip = false;
        view.setSnapshot(off);
        QVERIFY(view.clipMarkers()->data()->isEmpty());
        QVERIFY(view.clipThreshold()->data()->isEmpty());
        QVERIFY(!legendNames(view.clippingFigure()).contains(QStringLiteral("threshold")));
    }

    // One curve per parameter tensor, named as in the state_dict, over the recorded steps.
    void parameterNormsPerTensor() {
        auto t = sineTrainer(CellType::Lstm, 1, 10, settings(10));
        for (int i = 0; i < 12; ++i) t->step();
        GradientNormsView view;
        view.setSnapshot(snapshotOf(*t));
        QCOMPARE(legendNames(view.parametersFigure()),
                 (QStringList{"rnn.weight_ih_l0", "rnn.weight_hh_l0", "rnn.bias_ih_l0",
                              "rnn.bias_hh_l0", "fc.weight", "fc.bias"}));
        QCPGraph* whh = view.parametersFigure()->graph(1);
        QCOMPARE(whh->dataCount(), 12);
        QCOMPARE(values(whh).back(), t->history().parameterNorms.items().back().norms[1]);
    }

    void badgesToggle() {
        GradientsView view;
        QCOMPARE(view.vanishingBadge()->state(), BadgeState::Unknown);
        QCOMPARE(view.explodingBadge()->state(), BadgeState::Unknown);

        view.setSnapshot(syntheticSnapshot(0.5, {0.5, 0.6}, {false, false}));
        QCOMPARE(view.vanishingBadge()->state(), BadgeState::On);
        QVERIFY(view.vanishingBadge()->titleText().contains(QStringLiteral("YES")));
        QVERIFY(view.vanishingBadge()->explanationShown());
        QVERIFY(view.vanishingBadge()->toolTip().contains(QStringLiteral("Vanishing gradients")));
        QCOMPARE(view.explodingBadge()->state(), BadgeState::Off);
        QVERIFY(!view.explodingBadge()->explanationShown());

        view.setSnapshot(syntheticSnapshot(0.95, {0.5, 1e4}, {false, true}));
        QCOMPARE(view.vanishingBadge()->state(), BadgeState::Off);
        QVERIFY(!view.vanishingBadge()->explanationShown());
        QCOMPARE(view.explodingBadge()->state(), BadgeState::On);
        QVERIFY(view.explodingBadge()->explanationShown());
        QVERIFY2(view.explodingBadge()->summaryText().contains(QStringLiteral("1e+04 > 10")),
                 qPrintable(view.explodingBadge()->summaryText()));

        DiagnosisThresholds strict;
        strict.vanishingRatio = 0.5;
        view.setThresholds(strict);  // 0.95^19 = 0.38
        QCOMPARE(view.vanishingBadge()->state(), BadgeState::On);
    }

    // The LSTM shows its candidate block g first; the link line names the numbers it links.
    void jacobianViewLinksTheNumbers() {
        auto t = sineTrainer(CellType::Lstm, 2, 12, settings(5));
        for (int i = 0; i < 20; ++i) t->step();
        StateJacobianView view;
        view.setSnapshot(snapshotOf(*t));
        QCOMPARE(view.gateBlock(), 2);
        QCOMPARE(view.productsFigure()->graphCount(), 2);
        for (int k = 0; k < 2; ++k) {
            QCPGraph* g = view.productsFigure()->graph(k);
            QCOMPARE(g->dataCount(), 12);
            QCOMPARE(values(g).back(), 1.0);  // ∂h_T/∂h_T = I
            QCOMPARE(values(g)[0],
                     t->history().jacobianProfiles.items().back().norm[std::size_t(k)][0]);
        }
        const QStringList weights = legendNames(view.weightsFigure());
        QCOMPARE(weights, (QStringList{"\u03c3\u2081(W_hg), layer 1", "\u03c1(W_hg), layer 1",
                                       "\u03c3\u2081(W_hg), layer 2", "\u03c1(W_hg), layer 2",
                                       "1: neither growth nor decay"}));
        QCOMPARE(view.weightsFigure()->graph(0)->dataCount(), 5);  // steps 0, 5, 10, 15, 20
        const double sigma = t->history().recurrentNorms.items().back().largestSingularValue[1][2];
        QCOMPARE(values(view.weightsFigure()->graph(2)).back(), sigma);
        view.setGateBlock(1);
        QVERIFY(legendNames(view.weightsFigure()).front().contains(QStringLiteral("W_hf")));
        const QString link = view.linkText();
        QVERIFY2(link.contains(QStringLiteral("Layer 2: gradient curve \u00d7")), qPrintable(link));
        QVERIFY2(link.contains(QStringLiteral("Jacobian product \u00d7")), qPrintable(link));
        QVERIFY2(link.contains(QStringLiteral("\u03c3\u2081(W_hf) = ")), qPrintable(link));
        QVERIFY(view.productsFigure()->toolTip().contains(QStringLiteral("spectral norms")));
    }

    void remediesEmitOneChange() {
        RemedyStrip strip;
        QSignalSpy spy(&strip, &RemedyStrip::remedyRequested);
        NetworkConfig n;
        n.cell = CellType::Rnn;
        TrainingSettings s;
        s.clip = true;
        s.clipMaxNorm = 2.5;
        s.truncation = 7;
        strip.setRun(n, s);
        QCOMPARE(spy.count(), 0);  // showing the run asks for nothing
        QCOMPARE(strip.clipThresholdBox()->value(), 2.5);
        QCOMPARE(strip.truncationBox()->value(), 7);
        QVERIFY(strip.activationBox()->isEnabled());
        QVERIFY(!strip.forgetBiasBox()->isEnabled());  // LSTM only

        strip.cellBox()->setCurrentIndex(strip.cellBox()->findData(int(CellType::Lstm)));
        QCOMPARE(spy.count(), 1);
        Remedy r = spy.takeFirst().at(0).value<Remedy>();
        QCOMPARE(r.kind, RemedyKind::Cell);
        QVERIFY(r.cell == CellType::Lstm);
        QVERIFY(strip.forgetBiasBox()->isEnabled());
        QVERIFY(!strip.activationBox()->isEnabled());

        strip.clipBox()->setChecked(false);
        r = spy.takeFirst().at(0).value<Remedy>();
        QCOMPARE(r.kind, RemedyKind::Clipping);
        QVERIFY(!r.clip);
        QVERIFY(!strip.clipThresholdBox()->isEnabled());

        strip.initBox()->setCurrentIndex(strip.initBox()->findData(int(InitScheme::Orthogonal)));
        r = spy.takeFirst().at(0).value<Remedy>();
        QCOMPARE(r.kind, RemedyKind::RecurrentInit);
        QVERIFY(r.init == InitScheme::Orthogonal);

        strip.forgetBiasBox()->setValue(1.0);
        r = spy.takeFirst().at(0).value<Remedy>();
        QCOMPARE(r.kind, RemedyKind::ForgetBias);
        QCOMPARE(r.forgetBias, 1.0);

        strip.truncationBox()->setValue(0);
        r = spy.takeFirst().at(0).value<Remedy>();
        QCOMPARE(r.kind, RemedyKind::Truncation);
        QCOMPARE(r.truncation, 0);
        QCOMPARE(strip.truncationBox()->text(), QStringLiteral("off (full)"));

        // The same run again changes nothing, even what the user has set meanwhile.
        strip.setRun(n, s);
        QCOMPARE(strip.truncationBox()->value(), 0);
        s.truncation = 3;
        strip.setRun(n, s);
        QCOMPARE(strip.truncationBox()->value(), 3);
        QCOMPARE(spy.count(), 0);
    }

    void gradientCheckPanelShowsTheResult() {
        GradientsView view;
        QSignalSpy spy(&view, &GradientsView::gradientCheckRequested);
        GradientCheckPanel* panel = view.checkPanel();
        panel->checkButton()->click();
        panel->checkButton()->click();
        QCOMPARE(spy.count(), 2);
        QCOMPARE(spy.at(0).at(0).toInt(), GradientCheckPanel::kParameters);
        QCOMPARE(spy.at(0).at(1).value<quint64>(), quint64(1));
        QCOMPARE(spy.at(1).at(1).value<quint64>(), quint64(2));  // a fresh draw each time
        QVERIFY(panel->waiting());

        auto result = std::make_shared<GradientCheckResult>();
        result->step = 120;
        result->epsilon = 1e-6;
        result->loss = 0.25;
        result->entries = {{"rnn.weight_hh_l0", 3, 5, 0.125, 0.125000001, 8e-9},
                           {"rnn.bias_ih_l0", 2, -1, 1e-9, 1.2e-9, 0.17}};
        view.setGradientCheck(result);
        QVERIFY(!panel->waiting());
        QTableWidget* table = panel->table();
        QCOMPARE(table->rowCount(), 2);
        QCOMPARE(table->item(0, 0)->text(), QStringLiteral("rnn.weight_hh_l0[3, 5]"));
        QCOMPARE(table->item(1, 0)->text(), QStringLiteral("rnn.bias_ih_l0[2]"));
        QCOMPARE(table->item(0, 3)->text(), QStringLiteral("8.0e-09"));
        QCOMPARE(table->item(0, 4)->text(), QStringLiteral("agree"));
        QCOMPARE(table->item(1, 4)->text(), QStringLiteral("differ"));
        QCOMPARE(table->item(0, 4)->foreground().color(), Theme::instance().style().seriesColor(2));
        QVERIFY2(panel->captionText().contains(QStringLiteral("training step 120")),
                 qPrintable(panel->captionText()));
        QVERIFY(panel->captionText().contains(QStringLiteral("Largest relative error 1.7e-01")));
        QCOMPARE(GradientCheckPanel::verdict(5e-5), QStringLiteral("rounding"));
    }

    // A character model with an embedding: embedding.weight is a parameter tensor like the
    // others, first as in the state_dict. In the gradient check the embedding rows of symbols the
    // sequence lacks (at least the unknown symbol) get exactly zero gradient both ways, and the
    // caption says why; a real-valued network's caption does not.
    void symbolNetworkOnTheGradientPages() {
        const auto data = std::make_shared<TextDataset>(
            std::u32string(U"abcab cabba cab abc abba cc bab cab acab"), "t", 6, SplitSpec{});
        NetworkConfig c;
        c.cell = CellType::Gru;
        c.hiddenSize = 4;
        c.embeddingSize = 3;
        Trainer t(fittedToData(c, *data), settings(1), data);
        for (int i = 0; i < 3; ++i) t.step();
        GradientsView view;
        view.setSnapshot(snapshotOf(t));
        const QStringList names = legendNames(view.normsView()->parametersFigure());
        QCOMPARE(names.first(), QStringLiteral("embedding.weight"));
        QCOMPARE(names.size(), 7);

        Matrix<double> x, y;
        data->batchOf(data->samples(Split::Train), 0, 1, x, y);
        GradientCheckOptions all;
        all.count = int(t.weights().flat().size());
        auto result = std::make_shared<GradientCheckResult>(
            gradientCheck(t.networkConfig(), t.weights(), x, y, all));
        // Rows of E of the symbols x lacks, by hand.
        int absent = 0;
        for (int v = 0; v < data->vocabularySize(); ++v)
            if ((x.array() != double(v)).all()) absent += 3;
        QVERIFY(absent >= 3);  // the unknown symbol is never in the text
        int zero = 0;
        for (const GradientCheckEntry& e : result->entries)
            if (e.parameter == "embedding.weight" && e.backprop == 0 && e.numeric == 0) ++zero;
        QCOMPARE(zero, absent);
        view.setGradientCheck(result);
        const QString note =
            QStringLiteral("%1 weights of symbols the sequence does not contain").arg(absent);
        QVERIFY2(view.checkPanel()->captionText().contains(note),
                 qPrintable(view.checkPanel()->captionText()));

        auto sine = sineTrainer(CellType::Gru, 1, 10, settings(1));
        sine->step();
        view.setSnapshot(snapshotOf(*sine));
        QVERIFY(!view.checkPanel()->captionText().contains(QStringLiteral("symbol")));
    }

    // The lead grabs the view in the main window; this writes the three looks of the view at
    // 1920x1080 to the temporary folder (rnnlab-gradients-*.png) and checks what must show.
    void screenshots() {
        // A tanh RNN whose recurrent weights start with spectral radius 0.5: its gradient
        // vanishes over 40 steps. A low clip threshold makes clipping fire now and then.
        TrainingSettings s = settings(10);
        s.init.spectralRadius = 0.4;
        s.optimizer.learningRate = 0.001;
        s.clipMaxNorm = 1.0;
        auto t = sineTrainer(CellType::Rnn, 1, 40, s);
        for (int i = 0; i < 120; ++i) t->step();
        auto snapshot = snapshotOf(*t);
        Matrix<double> x, y;
        const auto [split, index] = t->tracedSample();
        t->data().batchOf(t->data().samples(split), index, 1, x, y);
        auto check = std::make_shared<GradientCheckResult>(
            gradientCheck(t->networkConfig(), t->weights(), x, y, GradientCheckOptions{}));
        check->step = t->stepCount();

        const struct {
            const char* name;
            ColorScheme scheme;
            bool presentation;
        } looks[] = {{"light", ColorScheme::Light, false},
                     {"dark", ColorScheme::Dark, false},
                     {"presentation", ColorScheme::Light, true}};
        for (const auto& look : looks) {
            for (int page = 0; page < 4; ++page) {
                Theme::instance().setScheme(look.scheme);
                Theme::instance().setPresentation(look.presentation);
                GradientsView view;
                view.resize(1920, 1080);
                view.setSnapshot(snapshot);
                view.setGradientCheck(check);
                view.setCursorStep(25);
                view.showPage(GradientsView::Page(page));
                const QImage image = grabWindow(view);
                QCOMPARE(image.size(), QSize(1920, 1080) * image.devicePixelRatio());
                const QString problem = gui_test::screenshotProblem(image);
                QVERIFY2(problem.isEmpty(), qPrintable(problem));
                for (Figure* f : view.findChildren<Figure*>())
                    if (f->isVisibleTo(&view))
                        QCOMPARE(image.pixelColor(f->mapTo(&view, QPoint(2, 2)) *
                                                  image.devicePixelRatio()),
                                 Theme::instance().style().plotBackground);
                const QString path = gui_test::screenshotPath(
                    QStringLiteral("gradients-%1-%2.png").arg(look.name).arg(page + 1));
                QVERIFY(image.save(path));
                QCOMPARE(view.vanishingBadge()->state(), BadgeState::On);
            }
            // As the lead will show it: a tab of the main window (presentation hides the docks).
            SettingsSandbox sandbox;
            MainWindow window;
            auto* view = new GradientsView;
            window.addView(QStringLiteral("Gradients"), view);
            QVERIFY(window.showView(QStringLiteral("gradients")));
            window.resize(1920, 1080);
            window.setPresentationMode(look.presentation, false);
            view->setSnapshot(snapshot);
            view->setGradientCheck(check);
            const QImage image = grabWindow(window);
            const QString problem = gui_test::screenshotProblem(image);
            QVERIFY2(problem.isEmpty(), qPrintable(problem));
            QVERIFY(image.save(gui_test::screenshotPath(
                QStringLiteral("gradients-window-%1.png").arg(look.name))));
            for (Figure* f :
                 {view->profileView()->profileFigure(), view->profileView()->heatmapFigure()})
                QVERIFY(f->axisRect()->height() > 250);  // room for the curves below the badges
        }
    }
};

RNNLAB_TEST_MAIN(TestGradientsView)
}  // namespace RNNLAB_TEST_FILE

#include "tst_gradients_view.moc"
