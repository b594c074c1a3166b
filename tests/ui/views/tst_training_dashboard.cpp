// The training dashboard's parts, fed by hand: the loss plot (steps, epochs, validation; log
// scale), the prediction plot (one-step and closed-loop forecasts in data units, zoomed on the
// held-out parts; notes when there are none), the per-sequence view and the accuracy that take
// its place for sequences and classes, the metrics and the divergence banner.
#include <QCheckBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QVBoxLayout>

#include "test_main.h"
#include "core/data/generators.h"
#include "core/train/baselines.h"
#include "core/train/data_source.h"
#include "core/train/trainer.h"
#include "settings_sandbox.h"
#include "ui/application_setup.h"
#include "ui/plot/figure.h"
#include "ui/views/accuracy_plot.h"
#include "ui/views/divergence_banner.h"
#include "ui/views/loss_plot.h"
#include "ui/views/metrics_panel.h"
#include "ui/views/prediction_plot.h"
#include "ui/views/sequence_prediction_plot.h"
#include "ui/views/training_dashboard.h"

namespace RNNLAB_TEST_FILE {

using namespace rnnlab;
using namespace rnnlab::ui;

namespace {

TrainingHistory handMadeHistory() {
    TrainingHistory h;
    for (long long s = 1; s <= 6; ++s) {
        StepRecord r;
        r.step = s;
        r.loss = 1.0 / double(s);  // 1, 0.5, ..., 0.1667
        h.steps.add(r);
    }
    EpochRecord first;
    first.epoch = 0;
    first.step = 3;
    first.trainLoss = 0.6111;
    first.validationLoss = 0.4;
    first.validation = {10, 0.04, 0.2, 0.15, std::nullopt};
    EpochRecord second;
    second.epoch = 1;
    second.step = 6;
    second.trainLoss = 0.2;  // no validation part
    h.epochs = {first, second};
    return h;
}

// The forecasts of a fresh 4-unit LSTM fitted to the data.
std::shared_ptr<const ForecastSet> untrainedForecasts(std::shared_ptr<const TrainingData> data) {
    const Trainer trainer(NetworkConfig{CellType::Lstm, Nonlinearity::Tanh, int(data->inputSize()),
                                        4, 1, 1, OutputMode::Last, LossKind::Mse},
                          TrainingSettings(), data);
    return std::make_shared<const ForecastSet>(computeForecasts(trainer.network(), *data));
}

std::shared_ptr<const TrainingData> sineData() {
    DataSource s;
    s.generator.kind = GeneratorKind::Sine;
    s.generator.parameters = {{"length", 300}};
    return buildTrainingData(s);
}

}  // namespace

class TestDashboardTraining : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void lossPlotDrawsStepsEpochsAndValidation();
    void logScaleKeepsToPositiveValues();
    void aSnapshotWithTheSameHistoryDoesNotReplotTheLoss();
    void aHiddenDashboardReplotsOnceWhenShown();
    void predictionsAreInDataUnitsAndZoomed();
    void sequenceTasksGetTheirOwnView();
    void classesGetAConfusionMatrixAndAccuracy();
    void closedLoopNeedsTheTargetAsOnlyInput();
    void metricsShowTheLastEpoch();
    void metricsFoldIntoTwoColumnsWhenNarrow();
    void metricsShowTheBaselines();
    void baselinesAndMarkersOnThePredictionPlot();
    void bannerShowsTheDivergenceAndOffersTheRemedy();
    void dashboardShowsTheBannerOnlyWhenDiverged();

private:
    SettingsSandbox m_settings;
};

void TestDashboardTraining::initTestCase() {
    setupApplication();
}

void TestDashboardTraining::lossPlotDrawsStepsEpochsAndValidation() {
    LossPlot plot;
    QVERIFY(plot.logScale());  // on by default
    plot.setHistory(handMadeHistory(), LossKind::Mse);
    QCOMPARE(plot.stepPoints(), 6);
    QCOMPARE(plot.epochPoints(), 2);
    QCOMPARE(plot.validationPoints(), 1);
    QCOMPARE(plot.figure()->yLabel(), QStringLiteral("loss (MSE, normalised units)"));
    QCOMPARE(plot.figure()->graph(1)->data()->at(1)->key, 6.0);
    QCOMPARE(plot.figure()->graph(1)->data()->at(1)->value, 0.2);
    plot.setHistory(handMadeHistory(), LossKind::CrossEntropy);
    QCOMPARE(plot.figure()->yLabel(), QStringLiteral("loss (cross-entropy)"));
}

void TestDashboardTraining::aSnapshotWithTheSameHistoryDoesNotReplotTheLoss() {
    TrainingDashboard dashboard;
    dashboard.setData(sineData(), QStringLiteral("sine (seed 1)"));
    Figure* loss = dashboard.lossPlot()->figure();
    const auto quiet = [&] {
        return QTest::qWaitFor([&] { return !loss->replotScheduled(); }, 10000);
    };
    auto first = std::make_shared<TrainingSnapshot>();
    first->runId = 1;
    first->history = handMadeHistory();
    QVERIFY(quiet());
    dashboard.setSnapshot(first);
    QVERIFY(loss->replotScheduled());
    QVERIFY(quiet());

    // The same snapshot again, and another one (new forecasts, say) with the same history.
    dashboard.setSnapshot(first);
    QVERIFY(!loss->replotScheduled());
    auto same = std::make_shared<TrainingSnapshot>(*first);
    dashboard.setSnapshot(same);
    QVERIFY(!loss->replotScheduled());
    QCOMPARE(dashboard.lossPlot()->stepPoints(), 6);

    // One more step: redrawn, with it.
    auto grown = std::make_shared<TrainingSnapshot>(*first);
    StepRecord seventh;
    seventh.step = 7;
    seventh.loss = 0.1;
    grown->history.steps.add(seventh);
    dashboard.setSnapshot(grown);
    QVERIFY(loss->replotScheduled());
    QCOMPARE(dashboard.lossPlot()->stepPoints(), 7);
    QVERIFY(quiet());

    // The newest epoch gets its validation part, then another run with the same history: each
    // is redrawn.
    auto validated = std::make_shared<TrainingSnapshot>(*grown);
    validated->history.epochs.back().validationLoss = 0.3;
    dashboard.setSnapshot(validated);
    QVERIFY(loss->replotScheduled());
    QCOMPARE(dashboard.lossPlot()->validationPoints(), 2);
    QVERIFY(quiet());
    auto otherRun = std::make_shared<TrainingSnapshot>(*validated);
    otherRun->runId = 2;
    dashboard.setSnapshot(otherRun);
    QVERIFY(loss->replotScheduled());
}

void TestDashboardTraining::aHiddenDashboardReplotsOnceWhenShown() {
    QWidget window;
    auto* dashboard = new TrainingDashboard(&window);
    auto* layout = new QVBoxLayout(&window);
    layout->addWidget(dashboard);
    window.resize(1200, 700);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    dashboard->setData(sineData(), QStringLiteral("sine (seed 1)"));
    Figure* loss = dashboard->lossPlot()->figure();
    QVERIFY(QTest::qWaitFor([&] { return !loss->replotScheduled(); }, 10000));
    dashboard->hide();  // another tab is in front

    QSignalSpy replots(loss, &QCustomPlot::afterReplot);
    auto snapshot = std::make_shared<TrainingSnapshot>();
    snapshot->runId = 1;
    snapshot->history = handMadeHistory();
    for (long long step = 7; step <= 16; ++step) {
        auto next = std::make_shared<TrainingSnapshot>(*snapshot);
        StepRecord r;
        r.step = step;
        r.loss = 1.0 / double(step);
        next->history.steps.add(r);
        snapshot = next;
        dashboard->setSnapshot(snapshot);
        // Past the throttle: the request runs out while hidden, without a replot.
        QVERIFY(QTest::qWaitFor([&] { return !loss->replotScheduled(); }, 10000));
    }
    QCOMPARE(replots.count(), 0);
    QCOMPARE(dashboard->lossPlot()->stepPoints(), 16);  // the data is current (exports see it)

    dashboard->show();
    QTRY_COMPARE_WITH_TIMEOUT(replots.count(), 1, 10000);
    QCoreApplication::processEvents();
    QCOMPARE(replots.count(), 1);
}

void TestDashboardTraining::logScaleKeepsToPositiveValues() {
    LossPlot plot;
    plot.setHistory(handMadeHistory(), LossKind::Mse);
    QCPAxis* y = plot.figure()->yAxis;
    QCOMPARE(y->scaleType(), QCPAxis::stLogarithmic);
    // From the smallest value (1/6) to the largest (1), with a factor 1.5 of room.
    QCOMPARE(y->range().lower, (1.0 / 6) / 1.5);
    QCOMPARE(y->range().upper, 1.5);
    plot.logScaleBox()->click();
    QVERIFY(!plot.logScale());
    QCOMPARE(y->scaleType(), QCPAxis::stLinear);
    QVERIFY(y->range().lower < 1.0 / 6);
}

void TestDashboardTraining::predictionsAreInDataUnitsAndZoomed() {
    const auto data = sineData();
    const auto* windows = dynamic_cast<const WindowedDataset*>(data.get());
    Trainer trainer(NetworkConfig{CellType::Gru, Nonlinearity::Tanh, 1, 4, 1, 1, OutputMode::Last,
                                  LossKind::Mse},
                    TrainingSettings(), data);
    const auto forecasts =
        std::make_shared<const ForecastSet>(computeForecasts(trainer.network(), *data));
    PredictionPlot plot;
    plot.setData(data, QStringLiteral("sine"));
    plot.setForecasts(forecasts);
    QCOMPARE(plot.figure()->title(), QStringLiteral("Predictions: sine"));
    QCOMPARE(plot.oneStepPoints(),
             int(forecasts->validation->rows.size() + forecasts->test->rows.size()));
    QCOMPARE(plot.closedLoopPoints(), int(forecasts->closedLoop->rows.size()));
    QCOMPARE(plot.noteText(), QString());
    // Actual values in the data's units: the sine's amplitude 1, not z-scores.
    QCPGraph* actual = plot.figure()->graph(0);
    double peak = 0;
    for (auto it = actual->data()->constBegin(); it != actual->data()->constEnd(); ++it)
        peak = std::max(peak, it->value);
    QVERIFY(std::abs(peak - 1.0) < 0.01);
    QCOMPARE(plot.figure()->graph(1)->data()->at(0)->key,
             double(forecasts->validation->rows.front()));
    // Zoomed on validation and test, after as many rows of training.
    const Index begin = windows->partBegin(Split::Validation);
    const Index rows = windows->partRows(Split::Validation) + windows->partRows(Split::Test);
    QCOMPARE(plot.figure()->xAxis->range().lower, double(begin - rows) - 0.5);
    QCOMPARE(plot.figure()->xAxis->range().upper, double(begin + rows) - 0.5);
}

void TestDashboardTraining::sequenceTasksGetTheirOwnView() {
    DataSource s;
    s.generator.kind = GeneratorKind::AddingProblem;
    s.generator.parameters = {{"sequences", 100}, {"length", 10}};
    const auto adding = buildTrainingData(s);
    TrainingDashboard dashboard;
    dashboard.setData(sineData(), QStringLiteral("sine (seed 1)"));
    dashboard.setData(adding, QStringLiteral("adding (seed 1)"));
    // The series plot steps aside, figure and all (figure exports skip it).
    QVERIFY(dashboard.predictionPlot()->isHidden());
    QVERIFY(dashboard.predictionPlot()->figure()->isHidden());
    QCOMPARE(dashboard.predictionPlot()->oneStepPoints(), 0);
    SequencePredictionPlot* plot = dashboard.sequencePlot();
    QVERIFY(!plot->isHidden() && !plot->scatterFigure()->isHidden());
    QVERIFY(plot->confusionFigure()->isHidden());
    QCOMPARE(plot->noteText(), QStringLiteral("No predictions yet: press Play"));

    // The sine's forecasts (a run being replaced) are not drawn over the adding problem.
    auto snapshot = std::make_shared<TrainingSnapshot>();
    snapshot->forecasts = untrainedForecasts(sineData());
    dashboard.setSnapshot(snapshot);
    QCOMPARE(plot->scatterPoints(), 0);

    // Its own: one point per validation sequence, the diagonal across them.
    auto own = std::make_shared<TrainingSnapshot>();
    own->forecasts = untrainedForecasts(adding);
    own->forecastStep = 7;
    dashboard.setSnapshot(own);
    QCOMPARE(plot->scatterPoints(), int(adding->count(Split::Validation)));
    QCOMPARE(plot->noteText(), QString());
    QCOMPARE(plot->scatterFigure()->plottable(0)->name(), QStringLiteral("15 sequences, step 7"));
    // Back to a series: the view is gone and forgets the predictions.
    dashboard.setData(sineData(), QStringLiteral("sine (seed 1)"));
    QVERIFY(plot->isHidden() && plot->scatterFigure()->isHidden());
    QCOMPARE(plot->scatterPoints(), 0);
    QVERIFY(!dashboard.predictionPlot()->isHidden());
}

void TestDashboardTraining::classesGetAConfusionMatrixAndAccuracy() {
    DataSource s;
    s.generator.kind = GeneratorKind::RememberFirst;
    s.generator.parameters = {{"sequences", 100}, {"delay", 3}, {"classes", 3}};
    const auto data = buildTrainingData(s);
    TrainingDashboard dashboard;
    dashboard.setData(data, QStringLiteral("remember_first (seed 1)"));
    QVERIFY(!dashboard.accuracyPlot()->isHidden());
    SequencePredictionPlot* plot = dashboard.sequencePlot();
    QVERIFY(plot->scatterFigure()->isHidden() && !plot->confusionFigure()->isHidden());

    // Hand-made confusion counts: 2 + 3 + 1 of 10 on the diagonal.
    ForecastSet set;
    SequencePredictions p;
    p.split = Split::Validation;
    p.splitSamples = p.samples = data->count(Split::Validation);
    p.classes = 3;
    p.confusion = {{2, 1, 0}, {0, 3, 1}, {2, 0, 1}};
    set.sequences = p;
    auto snapshot = std::make_shared<TrainingSnapshot>();
    snapshot->forecasts = std::make_shared<const ForecastSet>(set);
    snapshot->forecastStep = 12;
    snapshot->history = handMadeHistory();
    snapshot->history.epochs[0].validation.accuracy = 0.25;
    snapshot->history.epochs[1].validation.accuracy = 0.5;
    snapshot->history.epochs[1].test.accuracy = 0.625;
    dashboard.setSnapshot(snapshot);
    QCOMPARE(plot->classes(), 3);
    QCOMPARE(plot->confusionCount(1, 2), 1LL);
    QCOMPARE(plot->confusionCount(2, 0), 2LL);
    QCOMPARE(plot->confusionFigure()->title(),
             QStringLiteral("Validation: 60.0 % right\nremember_first (seed 1)"));
    QCOMPARE(plot->confusionFigure()->plottable(0)->name(),
             QStringLiteral("15 sequences, step 12"));
    AccuracyPlot* accuracy = dashboard.accuracyPlot();
    QCOMPARE(accuracy->validationPoints(), 2);
    QCOMPARE(accuracy->testPoints(), 1);
    QCOMPARE(accuracy->figure()->graph(0)->data()->at(1)->key, 2.0);  // epochs counted from 1
    QCOMPARE(accuracy->figure()->graph(0)->data()->at(1)->value, 50.0);
    QCOMPARE(accuracy->figure()->graph(1)->data()->at(0)->value, 62.5);
}

void TestDashboardTraining::closedLoopNeedsTheTargetAsOnlyInput() {
    DataSource s;
    s.kind = DataSourceKind::Bundled;
    s.bundled = "us_macro";
    s.csv.inputColumns = {"realgdp", "cpi"};  // another input than the target
    const auto data = buildTrainingData(s);
    const auto forecasts = untrainedForecasts(data);
    QVERIFY(!forecasts->closedLoop);
    PredictionPlot plot;
    plot.setData(data, QStringLiteral("us_macro"));
    plot.setForecasts(forecasts);
    QCOMPARE(plot.noteText(),
             QStringLiteral("No closed-loop forecast: ") +
                 QString::fromStdString(forecasts->closedLoopUnavailable.english()));
    QVERIFY(plot.oneStepPoints() > 0);
}

void TestDashboardTraining::metricsShowTheLastEpoch() {
    TrainingSnapshot s;
    s.step = 6;
    s.epoch = 2;
    s.epochs = 10;
    s.learningRate = 0.00125;
    s.history = handMadeHistory();
    s.history.epochs.back().validationLoss = 0.03127;
    s.history.epochs.back().validation = {20, 0.01, 0.1, 0.08, std::nullopt};
    s.history.epochs.back().testLoss = 0.05;
    s.history.epochs.back().test = {20, 0.04, 0.2, 0.1, 0.75};
    MetricsPanel metrics;
    metrics.setSnapshot(s);
    using M = MetricsPanel::Metric;
    QCOMPARE(metrics.value(M::Step), QStringLiteral("6"));
    QCOMPARE(metrics.value(M::Epoch), QStringLiteral("3 / 10"));
    QCOMPARE(metrics.value(M::LearningRate), QStringLiteral("0.00125"));
    QCOMPARE(metrics.value(M::Speed), QStringLiteral("\u2013"));
    QCOMPARE(metrics.value(M::BatchLoss), QStringLiteral("0.1667"));
    QCOMPARE(metrics.value(M::TrainLoss), QStringLiteral("0.2"));
    QCOMPARE(metrics.value(M::ValidationLoss), QStringLiteral("0.03127"));
    QCOMPARE(metrics.value(M::ValidationError), QStringLiteral("RMSE\u00a00.1, MAE\u00a00.08"));
    QCOMPARE(metrics.value(M::TestError), QStringLiteral("accuracy 75.0 %"));
    QCOMPARE(metrics.value(M::FreeRunningValidation), QStringLiteral("\u2013"));
    QCOMPARE(metrics.value(M::Baselines), QString());  // none without forecasts
}

// The free-running error and the baselines beside the network, the winner named; and the
// warning when the validation part is too short to mean much.
void TestDashboardTraining::metricsFoldIntoTwoColumnsWhenNarrow() {
    MetricsPanel metrics;
    metrics.show();
    metrics.resize(2000, 100);
    QCOMPARE(metrics.columns(), 4);
    // Two columns need little more than half the width of four.
    const int four = metrics.layout()->minimumSize().width();
    const int narrow = metrics.minimumSizeHint().width();
    QVERIFY2(narrow < 0.6 * four, qPrintable(QStringLiteral("%1 of %2").arg(narrow).arg(four)));
    metrics.resize(narrow, 100);
    QCOMPARE(metrics.columns(), 2);
    metrics.resize(2000, 100);
    QCOMPARE(metrics.columns(), 4);
}

void TestDashboardTraining::metricsShowTheBaselines() {
    TrainingSnapshot s;
    s.epochs = 10;
    s.history = handMadeHistory();
    EpochRecord& e = s.history.epochs.back();
    e.validationLoss = 0.03;
    e.validation = {20, 0.25, 0.5, 0.4, std::nullopt};
    e.validationFreeRunning = {20, 1.0, 1.0, 0.9, std::nullopt};
    e.testFreeRunning = {20, 4.0, 2.0, 1.5, std::nullopt};
    auto forecasts = std::make_shared<ForecastSet>();
    auto b = std::make_shared<Baselines>();
    b->persistence = {{20, 0.09, 0.3, 0.2, std::nullopt}, {20, 0.16, 0.4, 0.3, std::nullopt}};
    b->mean = {{20, 4.0, 2.0, 1.9, std::nullopt}, {20, 9.0, 3.0, 2.9, std::nullopt}};
    b->period = 12;
    b->periodReason = rnnlab::uiText("monthly labels");
    b->seasonal = BaselineErrors{{20, 0.36, 0.6, 0.5, std::nullopt}, {}};
    forecasts->baselines = b;
    s.forecasts = forecasts;
    MetricsPanel metrics;
    metrics.setSnapshot(s);
    using M = MetricsPanel::Metric;
    QCOMPARE(metrics.value(M::FreeRunningValidation), QStringLiteral("1"));
    QCOMPARE(metrics.value(M::FreeRunningTest), QStringLiteral("2"));
    QCOMPARE(metrics.value(M::Baselines),
             QStringLiteral("Baselines, RMSE validation / test: persistence (next = last) "
                            "0.3 / 0.4 \u00b7 seasonal naive (12, monthly labels) 0.6 / \u2013 "
                            "\u00b7 training mean 2 / 3 \u2014 persistence (next = last) beats "
                            "the network on the validation part"));
    e.validation.rmse = 0.2;  // now the network is best
    metrics.setSnapshot(s);
    QVERIFY(!metrics.value(M::Baselines).contains(QStringLiteral("beats")));
    // An epoch without free-running errors (they come every few epochs): the newest ones stay,
    // saying which epoch they are from.
    const QString from = QStringLiteral(" (ep %1)").arg(e.epoch + 1);
    EpochRecord later = e;
    later.epoch = e.epoch + 1;
    later.validationFreeRunning = {};
    later.testFreeRunning = {};
    s.history.epochs.push_back(later);  // e dangles from here on
    metrics.setSnapshot(s);
    QCOMPARE(metrics.value(M::FreeRunningValidation), QStringLiteral("1") + from);
    QCOMPARE(metrics.value(M::FreeRunningTest), QStringLiteral("2") + from);
    s.history.epochs.pop_back();
    // A new run on other data, before its first epoch: no free-running error of the old run,
    // and the baselines of the new data only once they are computed.
    TrainingSnapshot fresh;
    fresh.epochs = 10;
    metrics.setSnapshot(fresh);
    QCOMPARE(metrics.value(M::FreeRunningValidation), QStringLiteral("\u2013"));
    QCOMPARE(metrics.value(M::FreeRunningTest), QStringLiteral("\u2013"));
    QCOMPARE(metrics.value(M::Baselines), QString());

    QCOMPARE(metrics.value(M::EvaluationWarning), QString());
    DataSource shortSeries;
    shortSeries.generator.parameters = {{"length", 25}};
    shortSeries.window.window = 8;
    metrics.setData(*buildTrainingData(shortSeries));
    QCOMPARE(metrics.value(M::EvaluationWarning),
             QStringLiteral("validation: 3 windows, test: 4 windows \u2014 not meaningful (at "
                            "least 8 are needed: a shorter window or a longer series)"));
}

// Dashed baselines on the held-out windows (the box hides them), and markers on forecasts of
// few points, so that a single point shows.
void TestDashboardTraining::baselinesAndMarkersOnThePredictionPlot() {
    DataSource s;
    s.kind = DataSourceKind::Bundled;
    s.bundled = "nile";
    const auto data = buildTrainingData(s);
    const auto forecasts = untrainedForecasts(data);
    PredictionPlot plot;
    plot.setData(data, QStringLiteral("nile"));
    plot.setForecasts(forecasts);
    QCOMPARE(plot.baselinePoints(), 30);  // persistence on 15 + 15 rows; no season
    Figure* f = plot.figure();
    const QCPGraph* persistence = f->graph(4);
    QCOMPARE(persistence->name(), QStringLiteral("persistence (next = last)"));
    QCOMPARE(persistence->pen().style(), Qt::DashLine);
    QCOMPARE(persistence->data()->at(0)->value, forecasts->persistence->predicted.front());
    QVERIFY(f->legend->hasItemWithPlottable(persistence));
    QVERIFY(!f->legend->hasItemWithPlottable(f->graph(5)));  // no seasonal line, no entry
    // 15 points per one-step line: drawn with markers.
    QCOMPARE(f->graph(1)->scatterStyle().shape(), QCPScatterStyle::ssDisc);
    plot.baselinesBox()->setChecked(false);
    QVERIFY(!persistence->visible());
    QVERIFY(!f->legend->hasItemWithPlottable(persistence));
    plot.baselinesBox()->setChecked(true);
    QVERIFY(persistence->visible());
    // A new run on the same data, its forecasts not computed yet: the old run's lines go.
    plot.setForecasts(nullptr);
    QCOMPARE(plot.baselinePoints(), 0);
    QCOMPARE(f->graph(1)->dataCount(), 0);
    QVERIFY(f->graph(0)->dataCount() > 0);  // the data itself stays
}

void TestDashboardTraining::bannerShowsTheDivergenceAndOffersTheRemedy() {
    DivergenceBanner banner;
    QCOMPARE(banner.message(), QString());
    Divergence d;
    d.step = 841;
    d.restoredStep = 839;
    d.epoch = 3;
    d.parameter = "rnn.weight_hh_l0";
    d.what = verbatim("the gradient of rnn.weight_hh_l0 became infinite");
    d.hint = verbatim("lower the learning rate (now 100) or turn on gradient clipping");
    TrainingSnapshot s;
    s.runId = 7;
    s.learningRate = 100;
    s.settings.clip = false;
    s.stopReason = StopReason::Diverged;
    s.divergence = d;
    banner.setSnapshot(s);
    QVERIFY(!banner.isHidden());
    QCOMPARE(banner.message(), QString::fromStdString(d.message()));
    QVERIFY(banner.clipButton()->isHidden());
    QSignalSpy lower(&banner, &DivergenceBanner::lowerLearningRateRequested);
    QTest::mouseClick(banner.continueButton(), Qt::LeftButton);
    QCOMPARE(lower.count(), 1);
    s.stopReason = StopReason::None;  // it trains on...
    s.divergence.reset();
    banner.setSnapshot(s);
    QVERIFY(banner.isHidden());

    // ... and diverges again: the banner says so and offers the next step, clipping.
    s.learningRate = 10;
    d.step = 905;
    s.stopReason = StopReason::Diverged;
    s.divergence = d;
    banner.setSnapshot(s);
    QCOMPARE(banner.divergedAgain(), 1);
    QVERIFY(
        banner.message().startsWith("Diverged again, at learning rate 10. Next step: turn on "
                                    "gradient clipping"));
    QVERIFY(banner.message().endsWith(QString::fromStdString(d.message())));
    QVERIFY(!banner.clipButton()->isHidden());
    QSignalSpy clip(&banner, &DivergenceBanner::clippingRequested);
    QTest::mouseClick(banner.clipButton(), Qt::LeftButton);
    QCOMPARE(clip.count(), 1);
    // Snapshots of the same divergence do not count it twice; with clipping on, the next step
    // is a lower threshold or a fresh start.
    s.settings.clip = true;
    d.step = 990;
    s.divergence = d;
    banner.setSnapshot(s);
    banner.setSnapshot(s);
    QCOMPARE(banner.divergedAgain(), 2);
    QVERIFY(banner.message().contains("(2 times after continuing)"));
    QVERIFY(banner.message().contains("lower the clipping threshold"));
    QVERIFY(banner.clipButton()->isHidden());
    // Another run starts the count again.
    s.runId = 8;
    banner.setSnapshot(s);
    QCOMPARE(banner.divergedAgain(), 0);
    QCOMPARE(banner.message(), QString::fromStdString(d.message()));
}

void TestDashboardTraining::dashboardShowsTheBannerOnlyWhenDiverged() {
    TrainingDashboard dashboard;
    auto s = std::make_shared<TrainingSnapshot>();
    s->epochs = 5;
    Divergence d;
    d.step = 2;
    d.what = verbatim("the loss became NaN");
    s->divergence = d;
    s->stopReason = StopReason::EpochsDone;  // an old divergence, already resumed from
    dashboard.setSnapshot(s);
    QVERIFY(dashboard.banner()->isHidden());
    auto diverged = std::make_shared<TrainingSnapshot>(*s);
    diverged->stopReason = StopReason::Diverged;
    dashboard.setSnapshot(diverged);
    QVERIFY(!dashboard.banner()->isHidden());
    QSignalSpy remedy(&dashboard, &TrainingDashboard::lowerLearningRateRequested);
    dashboard.banner()->continueButton()->click();
    QCOMPARE(remedy.count(), 1);
}

RNNLAB_TEST_MAIN(TestDashboardTraining)
}  // namespace RNNLAB_TEST_FILE

#include "tst_training_dashboard.moc"
