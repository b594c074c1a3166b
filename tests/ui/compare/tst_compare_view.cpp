// Comparison mode: runs trained side by side on their own threads, one curve per run in the loss
// and gradient plots with the run's label in the legend, forecasts for series data, play /
// pause / reset on all runs, and a run that cannot be built reported without stopping others.
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>

#include "test_main.h"
#include "gui_test_support.h"
#include "ui/compare/compare_view.h"
#include "ui/plot/figure.h"
#include "ui/plot/figure_collection.h"
#include "ui/plot/row_label_ticker.h"
#include "ui/session/training_session.h"

namespace RNNLAB_TEST_FILE {

using namespace rnnlab;
using rnnlab::ui::CompareView;
using rnnlab::ui::Figure;
using rnnlab::ui::RunSpec;

namespace {

// A small sine forecast: 1 input, window 10; 95 training windows, 3 steps per epoch with
// batch 32.
RunSpec sineRun(const QString& label, CellType cell, int epochs = 2) {
    RunSpec r;
    r.label = label;
    r.network.cell = cell;
    r.network.hiddenSize = 6;
    r.settings.epochs = epochs;
    r.settings.seed = 4;
    r.settings.traceEvery = 1;
    r.data.kind = DataSourceKind::Generator;
    r.data.generator.kind = GeneratorKind::Sine;
    r.data.generator.parameters = {{"length", 150}};
    r.data.window.window = 10;
    return r;
}

QStringList legendNames(const Figure* f) {
    QStringList names;
    for (int i = 0; i < f->legend->itemCount(); ++i) {
        auto* item = qobject_cast<QCPPlottableLegendItem*>(f->legend->item(i));
        if (item) names << item->plottable()->name();
    }
    return names;
}

QPushButton* button(const CompareView& v, const QString& text) {
    for (QPushButton* b : v.findChildren<QPushButton*>())
        if (b->text() == text) return b;
    qFatal("no button %s", qPrintable(text));
}

bool finished(const CompareView& v, int run, int seed = 0) {
    const auto& s = v.seedSession(run, seed)->snapshot();
    return s && s->stopReason == StopReason::EpochsDone;
}

// low ≤ mean ≤ high at every point the graphs share, and the three have the same keys.
// The graph named `name` (the mean line of a run with several seeds).
QCPGraph* named(const Figure* f, const QString& name) {
    for (int i = 0; i < f->graphCount(); ++i)
        if (f->graph(i)->name() == name) return f->graph(i);
    return nullptr;
}

QString bandProblem(const QCPGraph* mean, const QCPGraph* low, const QCPGraph* high) {
    if (mean->data()->size() != low->data()->size() || mean->data()->size() != high->data()->size())
        return "sizes differ";
    for (int i = 0; i < mean->data()->size(); ++i) {
        const double m = mean->data()->at(i)->value, l = low->data()->at(i)->value,
                     h = high->data()->at(i)->value;
        if (mean->data()->at(i)->key != low->data()->at(i)->key) return "keys differ";
        if (!(l <= m * (1 + 1e-12) && m <= h * (1 + 1e-12)))
            return QString("at %1: %2 %3 %4").arg(mean->data()->at(i)->key).arg(l).arg(m).arg(h);
    }
    return {};
}

}  // namespace

class TestCompareView : public QObject {
    Q_OBJECT
private slots:
    void twoRunsTwoCurvesNamedInTheLegend() {
        CompareView view;
        view.setSeedCount(1);  // one seed: one line per run, no band
        view.resize(1600, 900);
        view.setRuns({sineRun("RNN", CellType::Rnn), sineRun("GRU", CellType::Gru)});
        QCOMPARE(view.runCount(), 2);
        QCOMPARE(legendNames(view.lossFigure()), (QStringList{"RNN", "GRU"}));
        QCOMPARE(legendNames(view.gradientFigure()), (QStringList{"RNN", "GRU"}));

        view.playAll();
        QTRY_VERIFY_WITH_TIMEOUT(finished(view, 0) && finished(view, 1),
                                 gui_test::kWorkerTimeoutMs);
        QTRY_VERIFY_WITH_TIMEOUT(!view.anyRunning(), gui_test::kWorkerTimeoutMs);

        const long long steps = view.session(0)->snapshot()->step;
        QVERIFY(steps > 0);
        // Per run: a training-loss curve (in the legend), a validation curve per epoch (not),
        // and a gradient curve over the T = 10 steps of the traced sequence.
        QCOMPARE(view.lossFigure()->graphCount(), 4);
        QCOMPARE(legendNames(view.lossFigure()), (QStringList{"RNN", "GRU"}));
        QCOMPARE(view.lossFigure()->graph(0)->data()->size(), int(steps));
        QCOMPARE(view.lossFigure()->graph(1)->data()->size(), 2);  // two epochs
        QCOMPARE(view.lossFigure()->graph(2)->data()->size(), int(steps));
        QCOMPARE(view.gradientFigure()->graphCount(), 2);
        for (int i = 0; i < 2; ++i) {
            QCPGraph* g = view.gradientFigure()->graph(i);
            QCOMPARE(g->data()->size(), 10);
            // ||dL/dh_t|| of the final trace, t = 1 .. 10.
            const Matrix<double>& dh = view.session(i)->snapshot()->trace->layers[0].dh;
            QCOMPARE(g->data()->at(0)->key, 1.0);
            QCOMPARE(g->data()->at(9)->value, dh.row(9).norm());
        }
        QCOMPARE(view.lossFigure()->yAxis->scaleType(), QCPAxis::stLogarithmic);
        QCOMPARE(view.gradientFigure()->yAxis->scaleType(), QCPAxis::stLogarithmic);

        // Series data: one forecast plot per run, titled with its label.
        QVERIFY(view.forecastFigure(0) && view.forecastFigure(1));
        QCOMPARE(view.forecastFigure(1)->title(), QString("GRU"));
        QCOMPARE(legendNames(view.forecastFigure(0)),
                 (QStringList{"actual", "one-step", "free-running"}));
        QTRY_VERIFY_WITH_TIMEOUT(view.forecastFigure(0)->graph(1)->data()->size() > 0,
                                 gui_test::kWorkerTimeoutMs);
        QVERIFY(view.forecastFigure(0)->graph(2)->data()->size() > 0);

        // The status: the training loss as the solid curve shows it, the mean over the last
        // epoch (3 steps), and the last validation loss.
        const auto& gru = *view.session(1)->snapshot();
        const std::vector<StepRecord>& records = gru.history.steps.items();
        const double lastEpoch =
            (records[records.size() - 1].loss + records[records.size() - 2].loss +
             records[records.size() - 3].loss) /
            3;
        QCOMPARE(view.lossFigure()->graph(2)->data()->at(int(steps) - 1)->value, lastEpoch);
        QCOMPARE(view.statusText(1),
                 QString("\u25a0 GRU: done, step %1, training loss %2, validation %3")
                     .arg(steps)
                     .arg(lastEpoch, 0, 'g', 3)
                     .arg(*gru.history.epochs.back().validationLoss, 0, 'g', 3));
        // Generated series have no labels: the forecasts are drawn against the row.
        QCOMPARE(view.forecastFigure(0)->xLabel(), QString("row"));

        // Reset: both runs back to step 0, curves emptied.
        view.resetAll();
        QTRY_VERIFY_WITH_TIMEOUT(
            view.session(0)->snapshot()->step == 0 && view.session(1)->snapshot()->step == 0,
            gui_test::kWorkerTimeoutMs);
        QTRY_COMPARE_WITH_TIMEOUT(view.lossFigure()->graph(0)->data()->size(), 0,
                                  gui_test::kWorkerTimeoutMs);
        QCOMPARE(view.statusText(0), QString("\u25a0 RNN: ready"));
    }

    void pauseStopsEveryRun() {
        CompareView view;
        view.setRuns({sineRun("a", CellType::Lstm, 100000), sineRun("b", CellType::Rnn, 100000)});
        QSignalSpy running(&view, &CompareView::runningChanged);
        view.playAll();
        QTRY_VERIFY_WITH_TIMEOUT(view.session(0)->running() && view.session(1)->running(),
                                 gui_test::kWorkerTimeoutMs);
        QVERIFY(view.anyRunning());
        QVERIFY(!running.isEmpty());
        // Play all stays enabled until every seed's session runs (they start one by one).
        QTRY_VERIFY_WITH_TIMEOUT(!button(view, "Play all")->isEnabled(),
                                 gui_test::kWorkerTimeoutMs);
        QVERIFY(button(view, "Pause all")->isEnabled());
        button(view, "Pause all")->click();
        QTRY_VERIFY_WITH_TIMEOUT(!view.anyRunning(), gui_test::kWorkerTimeoutMs);
        QCOMPARE(running.last().at(0).toBool(), false);
        QVERIFY(button(view, "Play all")->isEnabled());
        QVERIFY(!button(view, "Pause all")->isEnabled());
    }

    // A run whose network cannot be built says so; the other run is unaffected.
    void aRunThatCannotBeBuilt() {
        CompareView view;
        view.setSeedCount(1);  // one seed: one line per run, no band
        RunSpec bad = sineRun("no units", CellType::Rnn);
        bad.network.hiddenSize = 0;
        QSignalSpy errors(&view, &CompareView::errorOccurred);
        view.setRuns({sineRun("fine", CellType::Rnn), bad});
        QCOMPARE(errors.count(), 1);
        const QString message = "no units: hidden_size must be between 1 and 4096, got 0";
        QCOMPARE(errors.at(0).at(0).toString(), message);
        QCOMPARE(view.statusText(1), message);
        QVERIFY(view.session(0) != nullptr);
        QVERIFY(view.session(1) == nullptr);
        QCOMPARE(legendNames(view.lossFigure()), (QStringList{"fine", "no units"}));
        view.playAll();
        QTRY_VERIFY_WITH_TIMEOUT(finished(view, 0), gui_test::kWorkerTimeoutMs);
    }

    // A dated series (sunspots: years) is drawn against its rows with the years as tick labels
    // (as in the data view), the actual values over the whole series, the one-step forecasts
    // at their rows with a gap between the validation and test parts.
    void forecastsAgainstYears() {
        RunSpec r = sineRun("sunspots", CellType::Rnn, 1);
        r.data.kind = DataSourceKind::Bundled;
        r.data.bundled = "sunspots";
        CompareView view;
        view.setRuns({r});
        Figure* figure = view.forecastFigure(0);
        QCOMPARE(figure->xLabel(), QString("year"));
        const auto* ticker =
            dynamic_cast<const rnnlab::ui::RowLabelTicker*>(figure->xAxis->ticker().data());
        QVERIFY(ticker != nullptr);
        QCOMPARE(ticker->labelOf(216), QString("1916"));
        QCOMPARE(figure->graph(0)->data()->size(), 309);  // actual: every year
        view.playAll();
        QTRY_VERIFY_WITH_TIMEOUT(finished(view, 0), gui_test::kWorkerTimeoutMs);
        QTRY_VERIFY_WITH_TIMEOUT(figure->graph(1)->data()->size() > 0, gui_test::kWorkerTimeoutMs);
        const QCPGraph* oneStep = figure->graph(1);
        const ForecastSet& f = *view.session(0)->snapshot()->forecasts;
        QCOMPARE(oneStep->data()->at(0)->key, double(f.validation->rows.front()));
        const int gap = int(f.validation->rows.size());
        QVERIFY(std::isnan(oneStep->data()->at(gap)->value));
        QCOMPARE(oneStep->data()->at(gap + 1)->key, double(f.test->rows.front()));
        QCOMPARE(oneStep->data()->size(), gap + 1 + int(f.test->rows.size()));
        // Zoomed on the forecasts, after as much of the past.
        QVERIFY(figure->xAxis->range().upper >= double(f.test->rows.back()));
        QVERIFY(figure->xAxis->range().lower < double(f.validation->rows.front()));
    }

    // Sequence tasks have no series to forecast: no forecast plots.
    void sequenceTaskHasNoForecasts() {
        RunSpec r = sineRun("memory", CellType::Lstm);
        r.data.generator.kind = GeneratorKind::RememberFirst;
        r.data.generator.parameters = {{"sequences", 40}, {"delay", 5}};
        CompareView view;
        view.setSeedCount(1);  // one seed: one line per run, no band
        view.setRuns({r, r});
        QVERIFY(view.forecastFigure(0) == nullptr);
        QCOMPARE(figuresIn(view).size(), 2);  // loss and gradient; no text: no connectivity
        // New runs replace the old ones, sessions and plots alike.
        view.setRuns({sineRun("x", CellType::Gru)});
        QCOMPARE(view.runCount(), 1);
        QCOMPARE(view.lossFigure()->graphCount(), 2);
        QCOMPARE(figuresIn(view).size(), 3);
        QCOMPARE(view.findChildren<rnnlab::ui::TrainingSession*>().size(), 1);
    }

    // A character model of a text: RNN and LSTM train on the same text and seed, each with its
    // symbols in (the vocabulary of the text) and a gradient curve over the T characters.
    void cellsCompareOnAText() {
        RunSpec rnn = sineRun("RNN", CellType::Rnn, 1);
        rnn.data = asKind(rnn.data, DataSourceKind::Text);
        rnn.data.text.bundled = "us_constitution";
        rnn.data.window.window = 50;
        RunSpec lstm = rnn;
        lstm.label = "LSTM";
        lstm.network.cell = CellType::Lstm;
        CompareView view;
        view.setSeedCount(1);
        view.setRuns({rnn, lstm});
        QCOMPARE(view.runCount(), 2);
        QVERIFY(view.forecastFigure(0) == nullptr);  // no series to forecast
        view.playAll();
        QTRY_VERIFY_WITH_TIMEOUT(finished(view, 0) && finished(view, 1),
                                 gui_test::kWorkerTimeoutMs);
        QTRY_VERIFY_WITH_TIMEOUT(!view.anyRunning(), gui_test::kWorkerTimeoutMs);
        for (int i = 0; i < 2; ++i) {
            const rnnlab::TrainingSnapshot& s = *view.session(i)->snapshot();
            QVERIFY(s.network.input == InputKind::Symbols);
            QVERIFY(s.network.vocabSize > 50);
            QCOMPARE(view.gradientFigure()->graph(i)->data()->size(), 50);
            QVERIFY(s.history.epochs.back().validationLoss);
        }
    }

    // Five seeds per configuration (the default): every seed trains on its own session,
    // side by side, and each plot draws the mean over the seeds inside a min–max band.
    void fiveSeedsDrawTheMeanInsideTheBand() {
        CompareView view;
        view.resize(1600, 900);
        QCOMPARE(view.seedCount(), 5);
        view.setRuns({sineRun("RNN", CellType::Rnn), sineRun("GRU", CellType::Gru)});
        QCOMPARE(legendNames(view.lossFigure()),
                 (QStringList{"RNN: mean of 5 seeds, band min\u2013max",
                              "GRU: mean of 5 seeds, band min\u2013max"}));
        QTest::mouseClick(button(view, "Play all"), Qt::LeftButton);
        const auto allFinished = [&view] {
            for (int run = 0; run < 2; ++run)
                for (int seed = 0; seed < 5; ++seed)
                    if (!finished(view, run, seed)) return false;
            return true;
        };
        QTRY_VERIFY_WITH_TIMEOUT(allFinished(), gui_test::kWorkerTimeoutMs);
        QTRY_VERIFY_WITH_TIMEOUT(!view.anyRunning(), gui_test::kWorkerTimeoutMs);
        QVERIFY(view.seedSession(0, 5) == nullptr);

        for (int run = 0; run < 2; ++run) {
            // The seeds are 4, 5, ..., 8: training.seed and the next four.
            for (int seed = 0; seed < 5; ++seed)
                QCOMPARE(view.seedSession(run, seed)->snapshot()->settings.seed,
                         std::uint64_t(4 + seed));
            const QString mean = view.run(run).label + ": mean of 5 seeds, band min\u2013max";
            QCPGraph* loss = named(view.lossFigure(), mean);
            const auto [lossLow, lossHigh] = view.lossBand(run);
            QVERIFY(lossLow && lossHigh);
            QCOMPARE(lossHigh->channelFillGraph(), lossLow);
            QVERIFY(lossHigh->brush().style() != Qt::NoBrush);
            QVERIFY(loss->data()->size() > 0);
            QCOMPARE(bandProblem(loss, lossLow, lossHigh), QString());

            // ‖dL/dh_10‖: the mean of the five seeds' final traces, worked out here.
            const auto [gradientLow, gradientHigh] = view.gradientBand(run);
            QCPGraph* gradient = named(view.gradientFigure(), mean);
            QCOMPARE(gradient->data()->size(), 10);
            QCOMPARE(bandProblem(gradient, gradientLow, gradientHigh), QString());
            double sum = 0.0, low = INFINITY, high = 0.0;
            for (int seed = 0; seed < 5; ++seed) {
                const double norm =
                    view.seedSession(run, seed)->snapshot()->trace->layers[0].dh.row(9).norm();
                sum += norm;
                low = std::min(low, norm);
                high = std::max(high, norm);
            }
            QCOMPARE(gradient->data()->at(9)->value, sum / 5);
            QCOMPARE(gradientLow->data()->at(9)->value, low);
            QCOMPARE(gradientHigh->data()->at(9)->value, high);
            QVERIFY(low < high);  // the seeds differ
            QVERIFY2(view.statusText(run).endsWith("(mean of 5 seeds)"),
                     qPrintable(view.statusText(run)));
        }

        // Fewer seeds: the runs start again with as many sessions.
        view.findChild<QSpinBox*>()->setValue(2);
        QCOMPARE(view.seedCount(), 2);
        QVERIFY(view.seedSession(1, 1) != nullptr);
        QVERIFY(view.seedSession(1, 2) == nullptr);
        QCOMPARE(view.seedSession(1, 1)->snapshot() ? view.seedSession(1, 1)->snapshot()->step : 0,
                 0LL);
    }
};

RNNLAB_TEST_MAIN(TestCompareView)
}  // namespace RNNLAB_TEST_FILE

#include "tst_compare_view.moc"
