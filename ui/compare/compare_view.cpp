#include "ui/compare/compare_view.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QTabBar>
#include <QTabWidget>
#include <QTextDocument>
#include <QVBoxLayout>
#include <cmath>
#include <tuple>

#include "core/base/errors.h"
#include "core/base/tensor_types.h"
#include "core/data/text_dataset.h"
#include "core/data/windowed_dataset.h"
#include "core/train/network_for_data.h"
#include "ui/compare/connectivity_comparison.h"
#include "ui/compare/seed_spread.h"
#include "ui/gradients/log_axis.h"
#include "ui/help/whats_this.h"
#include "ui/notation.h"
#include "ui/number_format.h"
#include "ui/plot/figure.h"
#include "ui/plot/integer_ticks.h"
#include "ui/session/training_session.h"
#include "ui/theme/theme.h"
#include "ui/ui_text_translation.h"
#include "ui/views/row_axis.h"
#include "ui/window/stacking_layout.h"

namespace rnnlab::ui {

namespace {

// Fewer loss records than this are drawn with a dot at each.
constexpr std::size_t kFewPoints = 30;

// The page of the connectivity row (text data only).
constexpr int kConnectivityPage = 1;

// Colour of the series in the forecast plots (the runs use 0 .. kMaxRuns - 1).
constexpr int kActualColor = 5;

// Every axis to the data; the log axis with room above and below and at least the decades its
// 10ⁿ tick labels need (LogRange).
void fitLogY(Figure* figure) {
    figure->rescaleAxes();
    const QCPRange r = figure->yAxis->range();
    LogRange range;
    range.add(r.lower);
    range.add(r.upper);
    range.applyTo(figure->yAxis);
    figure->requestReplot();
}

// Appends a forecast's points at their rows; a gap (NaN) separates it from the points before.
void appendForecast(const Forecast& f, QVector<double>& x, QVector<double>& predicted) {
    if (!x.isEmpty()) {
        x << x.back();
        predicted << qQNaN();
    }
    for (std::size_t i = 0; i < f.rows.size(); ++i) {
        x << double(f.rows[i]);
        predicted << f.predicted[i];
    }
}

// The training loss at each recorded step: the running mean over the last epoch's worth of
// records, so that it meets the epoch's mean at its end.
SeedCurve trainingLossCurve(const TrainingSnapshot& s, Index stepsPerEpoch) {
    const std::vector<StepRecord>& records = s.history.steps.items();
    const std::size_t window = std::size_t(std::max<long long>(
        1, (stepsPerEpoch + s.history.steps.stride() - 1) / s.history.steps.stride()));
    SeedCurve c;
    double sum = 0.0;
    for (std::size_t i = 0; i < records.size(); ++i) {
        sum += records[i].loss;
        if (i >= window) sum -= records[i - window].loss;
        c.x << double(records[i].step);
        c.y << logPlottable(sum / double(std::min(i + 1, window)));
    }
    return c;
}

SeedCurve validationCurve(const TrainingSnapshot& s) {
    SeedCurve c;
    for (const EpochRecord& e : s.history.epochs) {
        if (!e.validationLoss) continue;
        c.x << double(e.step);
        c.y << logPlottable(*e.validationLoss);
    }
    return c;
}

// ‖dL/dhₜ‖ of the first layer at t = 1 .. T, as the time bar counts; empty without a gradient.
SeedCurve gradientCurve(const TrainingSnapshot& s) {
    SeedCurve c;
    if (!s.trace || s.trace->layers.empty()) return c;
    const Matrix<double>& dh = s.trace->layers[0].dh;  // (T, H)
    for (Index i = 0; i < dh.rows(); ++i) {
        c.x << double(i + 1);
        c.y << logPlottable(dh.row(i).norm());
    }
    return c;
}

// "step 120, training loss 0.0123, validation 0.0145", "done, step ...", "diverged at step
// ...", or "ready": the run's line under the plots, from its latest losses.
QString runState(const TrainingSnapshot& s, const QVector<double>& losses,
                 const QVector<double>& validation) {
    QString state;
    if (s.stopReason == StopReason::Diverged && s.divergence)
        state = CompareView::tr("diverged at step %1, weights of step %2 restored")
                    .arg(s.divergence->step)
                    .arg(s.divergence->restoredStep);
    else if (s.history.steps.items().empty())
        state = CompareView::tr("ready");
    else if (losses.isEmpty())  // the other seeds have not recorded a step yet
        state = CompareView::tr("step %1").arg(s.step);
    else
        state = CompareView::tr("%1 step %2, training loss %3")
                    .arg(s.stopReason == StopReason::None ? QString() : CompareView::tr("done,"))
                    .arg(s.step)
                    .arg(formatNumber(losses.back(), kSummaryDigits))
                    .trimmed();
    if (!validation.isEmpty())
        state +=
            CompareView::tr(", validation %1").arg(formatNumber(validation.back(), kSummaryDigits));
    return state;
}

}  // namespace

CompareView::CompareView(QWidget* parent) : QWidget(parent) {
    setWhatsThisTopic(this, WhatsThisTopic::CompareView);
    m_play = new QPushButton(tr("Play all"), this);
    m_pause = new QPushButton(tr("Pause all"), this);
    m_reset = new QPushButton(tr("Reset all"), this);
    m_reset->setToolTip(tr("Fresh weights from each run's seed"));
    connect(m_play, &QPushButton::clicked, this, &CompareView::playAll);
    connect(m_pause, &QPushButton::clicked, this, &CompareView::pauseAll);
    connect(m_reset, &QPushButton::clicked, this, &CompareView::resetAll);
    m_seeds = new QSpinBox(this);
    m_seeds->setRange(1, kMaxSeeds);
    m_seeds->setValue(kDefaultSeeds);
    m_seeds->setPrefix(tr("Seeds: "));
    m_seeds->setToolTip(
        tr("Train each configuration with this many seeds side by side: the lines are the mean "
           "over the seeds, the bands span the lowest to the highest seed (min–max)"));
    connect(m_seeds, &QSpinBox::valueChanged, this, &CompareView::setSeedCount);
    m_statusRow = new QWidget(this);
    auto* status = new QHBoxLayout(m_statusRow);
    status->setContentsMargins(12, 0, 0, 0);
    status->setSpacing(24);

    auto* controls = new QHBoxLayout;
    controls->addWidget(m_play);
    controls->addWidget(m_pause);
    controls->addWidget(m_reset);
    controls->addWidget(m_seeds);
    controls->addWidget(m_statusRow, 1);

    m_loss = new Figure(tr("Loss (solid: training, dashed: validation)"), tr("training step"),
                        tr("loss"), this);
    m_loss->setToolTip(tr("Training loss: at each step the mean over the last epoch's steps"));
    setLogScale(m_loss->yAxis);
    useIntegerTicks(m_loss->xAxis);
    m_gradient = new Figure(tr("Gradient through time"), tr("time step t"),
                            tr("%1 (first layer)").arg(notation::gradientNorm()), this);
    setLogScale(m_gradient->yAxis);
    useIntegerTicks(m_gradient->xAxis);
    auto* plots = new StackingLayout;
    plots->addWidget(m_loss);
    plots->addWidget(m_gradient);
    m_empty = new QLabel(tr("<p>Nothing to compare yet.</p><p>Choose <b>Train ▸ Compare RNN, "
                            "LSTM and GRU</b> (Ctrl+K) to train the three cells side by side on "
                            "this data with this seed, or open a lesson from the <b>Lessons</b> "
                            "menu.</p>"),
                         this);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);

    // The training page: loss and gradient, and the forecasts of series data.
    auto* training = new QWidget(this);
    m_forecastRow = new QWidget(training);
    auto* forecasts = new StackingLayout(m_forecastRow);
    forecasts->setContentsMargins(0, 0, 0, 0);
    m_forecastRow->hide();
    auto* trainingLayout = new QVBoxLayout(training);
    trainingLayout->setContentsMargins(0, 0, 0, 0);
    trainingLayout->addLayout(plots, 3);
    trainingLayout->addWidget(m_forecastRow, 2);
    // Text data adds a page: connectivity needs the height, a projector has little of it.
    m_pages = new QTabWidget(this);
    m_pages->setDocumentMode(true);
    m_pages->addTab(training, tr("Loss and gradient"));
    m_connectivity = new ConnectivityComparison(m_pages);
    m_pages->addTab(m_connectivity, tr("Connectivity"));
    m_pages->setTabVisible(kConnectivityPage, false);
    m_pages->tabBar()->hide();

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(controls);
    layout->addWidget(m_empty, 3);
    layout->addWidget(m_pages, 3);

    // Figure::applyTheme draws every line solid; the dashes go back on once all figures
    // (including those added later, which connect later) have restyled.
    connect(&Theme::instance(), &Theme::changed, this, [this](const ThemeStyle&) {
        QMetaObject::invokeMethod(
            this,
            [this] {
                applyDashes(Theme::instance().style());
                applyBands(Theme::instance().style());
            },
            Qt::QueuedConnection);
    });
    updateButtons();
    showEmptyState();
}

CompareView::~CompareView() {
    clearRuns();
}

void CompareView::setRuns(std::vector<RunSpec> runs) {
    RNNLAB_ASSERT(runs.size() <= std::size_t(kMaxRuns), "too many runs to compare");
    clearRuns();
    m_runs.reserve(runs.size());  // the sessions' slots find their run by index
    for (RunSpec& spec : runs) addRun(std::move(spec));
    bool anyForecast = false;
    for (const Run& r : m_runs) anyForecast = anyForecast || r.forecast;
    m_forecastRow->setVisible(anyForecast);
    showConnectivity();
    showEmptyState();
    applyDashes(Theme::instance().style());
    applyBands(Theme::instance().style());
    updateButtons();
}

int CompareView::seedCount() const {
    return m_seeds->value();
}

void CompareView::setSeedCount(int seeds) {
    if (m_seeds->value() != seeds) {
        m_seeds->setValue(seeds);  // comes back here
        return;
    }
    std::vector<RunSpec> specs;
    for (const Run& r : m_runs) specs.push_back(r.spec);
    if (!specs.empty()) setRuns(std::move(specs));
}

TrainingSession* CompareView::seedSession(int index, int seed) const {
    const Run& r = m_runs.at(std::size_t(index));
    if (seed == 0) return r.session;
    return seed <= int(r.seeds.size()) ? r.seeds[std::size_t(seed - 1)] : nullptr;
}

std::pair<QCPGraph*, QCPGraph*> CompareView::lossBand(int index) const {
    const Run& r = m_runs.at(std::size_t(index));
    return {r.lossLow, r.lossHigh};
}

std::pair<QCPGraph*, QCPGraph*> CompareView::gradientBand(int index) const {
    const Run& r = m_runs.at(std::size_t(index));
    return {r.gradientLow, r.gradientHigh};
}

std::vector<TrainingSession*> CompareView::sessions(const Run& run) const {
    std::vector<TrainingSession*> all;
    if (run.session) all.push_back(run.session);
    for (TrainingSession* s : run.seeds)
        if (s) all.push_back(s);
    return all;
}

void CompareView::showEmptyState() {
    // Empty plots would also be exported: they are hidden until there are runs.
    const bool empty = m_runs.empty();
    m_empty->setVisible(empty);
    m_pages->setHidden(empty);
    m_loss->setHidden(empty);
    m_gradient->setHidden(empty);
    for (QWidget* w : std::initializer_list<QWidget*>{m_play, m_pause, m_reset, m_seeds})
        w->setHidden(empty);
}

void CompareView::showConnectivity() {
    // Every run, so that each keeps its colour (one that could not be built has no session),
    // when the runs read a text: a comparison's runs share their data.
    std::vector<ConnectivityComparison::Network> networks;
    bool text = false;
    for (const Run& r : m_runs) {
        text = text || r.text;
        const QString label = seedCount() == 1
                                  ? r.spec.label
                                  : tr("%1, seed %2").arg(r.spec.label).arg(r.spec.settings.seed);
        networks.push_back({label, r.session});
    }
    if (!text) networks.clear();
    m_connectivity->setNetworks(networks);
    m_pages->setTabVisible(kConnectivityPage, text);
    m_pages->tabBar()->setVisible(text);
    if (!text) m_pages->setCurrentIndex(0);
}

void CompareView::clearRuns() {
    m_connectivity->setNetworks({});  // before the sessions it asks go
    for (Run& r : m_runs) {
        for (TrainingSession* s : r.seeds) delete s;
        delete r.session;  // stops its thread
        delete r.status;
        delete r.forecast;
    }
    m_runs.clear();
    m_loss->clearGraphs();
    m_gradient->clearGraphs();
    m_loss->requestReplot();
    m_gradient->requestReplot();
}

void CompareView::addRun(RunSpec spec) {
    const int index = int(m_runs.size());
    m_runs.emplace_back();
    Run& run = m_runs.back();
    run.spec = std::move(spec);
    run.status = new QLabel(m_statusRow);
    run.status->setTextFormat(Qt::RichText);
    run.status->setWordWrap(true);  // long statuses wrap rather than widen the view
    m_statusRow->layout()->addWidget(run.status);
    const int seeds = seedCount();
    const QString name =
        seeds == 1 ? run.spec.label
                   : tr("%1: mean of %2 seeds, band min–max").arg(run.spec.label).arg(seeds);
    run.loss = m_loss->addSeries(name, index);
    run.validation = m_loss->addSeries(run.spec.label, index);
    run.validation->removeFromLegend();
    run.gradient = m_gradient->addSeries(name, index);
    if (seeds > 1) {
        // Plain graphs, outside the theme's series: applyBands styles them as a tinted band.
        for (auto [figure, low, high] :
             {std::tuple{m_loss, &run.lossLow, &run.lossHigh},
              std::tuple{m_gradient, &run.gradientLow, &run.gradientHigh}}) {
            *low = figure->addGraph();
            *high = figure->addGraph();
            (*low)->removeFromLegend();
            (*high)->removeFromLegend();
            (*high)->setChannelFillGraph(*low);
        }
    }

    std::shared_ptr<Trainer> trainer;
    try {
        // The network's sizes, symbol input, output and loss follow the data (network_for_data.h).
        trainer = trainerForData(run.spec.network, run.spec.settings,
                                 buildTrainingData(run.spec.data));
    } catch (const std::exception& e) {
        const QString message = run.spec.label + ": " + translatedUserMessage(e);
        run.status->setText(message.toHtmlEscaped());
        emit errorOccurred(message);
        return;
    }
    run.stepsPerEpoch = trainer->data().batchCount(Split::Train, run.spec.settings.batchSize);
    run.text = dynamic_cast<const TextDataset*>(&trainer->data()) != nullptr;
    if (const auto* windows = dynamic_cast<const WindowedDataset*>(&trainer->data())) {
        // The whole series, dated like the data view; the forecasts at their rows.
        const Series& series = windows->series();
        run.forecast = new Figure(run.spec.label, QString(), tr("value"), m_forecastRow);
        setRowAxis(*run.forecast, series);
        m_forecastRow->layout()->addWidget(run.forecast);
        run.actual = run.forecast->addSeries(tr("actual"), kActualColor);
        std::vector<double> actual = series.columns[std::size_t(series.target)];
        windows->normaliser().inverse(series.target, actual);
        run.actual->setData(rowKeys(series.rows()), QVector<double>(actual.begin(), actual.end()),
                            true);
        run.oneStep = run.forecast->addSeries(tr("one-step"), index);
        run.closedLoop = run.forecast->addSeries(tr("free-running"), index);
    }

    run.session = new TrainingSession(this);
    connect(run.session, &TrainingSession::snapshotChanged, this,
            [this, index] { showSnapshot(m_runs[std::size_t(index)]); });
    connect(run.session, &TrainingSession::errorOccurred, this, [this, index](const QString& e) {
        const Run& r = m_runs[std::size_t(index)];
        r.status->setText((r.spec.label + ": " + e).toHtmlEscaped());
        emit errorOccurred(r.spec.label + ": " + e);
    });
    connect(run.session, &TrainingSession::runningChanged, this, [this] {
        updateButtons();
        emit runningChanged(anyRunning());
    });
    run.session->setTrainer(std::move(trainer));
    addSeeds(run, index);
}

void CompareView::addSeeds(Run& run, int index) {
    for (int k = 1; k < seedCount(); ++k) {
        TrainingSettings settings = run.spec.settings;
        settings.seed += std::uint64_t(k);
        auto* session = new TrainingSession(this);
        connect(session, &TrainingSession::snapshotChanged, this,
                [this, index] { showSnapshot(m_runs[std::size_t(index)]); });
        connect(session, &TrainingSession::runningChanged, this, [this] {
            updateButtons();
            emit runningChanged(anyRunning());
        });
        // The first seed built with these settings and data: the others build too.
        session->setTrainer(
            trainerForData(run.spec.network, settings, buildTrainingData(run.spec.data)));
        run.seeds.push_back(session);
    }
}

QString CompareView::statusText(int index) const {
    QTextDocument doc;
    doc.setHtml(m_runs.at(std::size_t(index)).status->text());
    return doc.toPlainText();
}

bool CompareView::anyRunning() const {
    for (const Run& r : m_runs)
        for (const TrainingSession* s : sessions(r))
            if (s->running()) return true;
    return false;
}

void CompareView::playAll() {
    for (const Run& r : m_runs)
        for (TrainingSession* s : sessions(r)) s->play();
}

void CompareView::pauseAll() {
    for (const Run& r : m_runs)
        for (TrainingSession* s : sessions(r)) s->pause();
}

void CompareView::resetAll() {
    for (const Run& r : m_runs)
        for (TrainingSession* s : sessions(r)) s->reset();
}

void CompareView::showSnapshot(Run& run) {
    const std::shared_ptr<const TrainingSnapshot>& s = run.session->snapshot();
    if (!s) return;

    // Every seed's curves, then their mean (and with several seeds the min–max band).
    std::vector<SeedCurve> losses, validations, gradients;
    for (const TrainingSession* session : sessions(run)) {
        const std::shared_ptr<const TrainingSnapshot>& seed = session->snapshot();
        if (!seed) return;  // a seed not started yet: draw once all have
        losses.push_back(trainingLossCurve(*seed, run.stepsPerEpoch));
        validations.push_back(validationCurve(*seed));
        const SeedCurve g = gradientCurve(*seed);
        if (!g.x.isEmpty()) gradients.push_back(g);
    }
    const SeedSpread loss = spreadOverSeeds(losses);
    run.loss->setData(loss.x, loss.mean, true);
    // A run that stopped after a few steps would be a sliver at the y axis: mark its points.
    run.loss->setScatterStyle(QCPScatterStyle(
        loss.x.size() < int(kFewPoints) ? QCPScatterStyle::ssDisc : QCPScatterStyle::ssNone, 8));
    const SeedSpread validation = spreadOverSeeds(validations);
    run.validation->setData(validation.x, validation.mean, true);
    if (run.lossLow) {
        run.lossLow->setData(loss.x, loss.low, true);
        run.lossHigh->setData(loss.x, loss.high, true);
    }
    if (gradients.size() == losses.size()) {
        const SeedSpread gradient = spreadOverSeeds(gradients);
        run.gradient->setData(gradient.x, gradient.mean, true);
        if (run.gradientLow) {
            run.gradientLow->setData(gradient.x, gradient.low, true);
            run.gradientHigh->setData(gradient.x, gradient.high, true);
        }
    }

    if (run.forecast && s->forecasts && s->forecasts.get() != run.drawnForecasts) {
        run.drawnForecasts = s->forecasts.get();
        QVector<double> x, predicted;
        for (const auto* f : {&s->forecasts->validation, &s->forecasts->test})
            if (*f) appendForecast(**f, x, predicted);
        run.oneStep->setData(x, predicted, true);
        QVector<double> closedX, closed;
        if (s->forecasts->closedLoop) appendForecast(*s->forecasts->closedLoop, closedX, closed);
        run.closedLoop->setData(closedX, closed, true);
        run.forecast->fitToData();
        // As the prediction plot: the forecasts' rows, after as many rows of the past.
        if (!x.isEmpty()) {
            const double first = x.front(),
                         last = std::max(x.back(), closedX.value(closedX.size() - 1, x.back()));
            run.forecast->xAxis->setRange(first - (last - first) - 0.5, last + 0.5);
        }
        run.forecast->requestReplot();
    }

    const QString swatch =
        QStringLiteral("<span style=\"color: %1\">\u25a0</span> <b>%2</b>: ")
            .arg(Theme::instance().style().seriesColor(int(&run - m_runs.data())).name(),
                 run.spec.label.toHtmlEscaped());
    QString state = runState(*s, loss.mean, validation.mean);
    if (!run.seeds.empty()) state += tr(" (mean of %1 seeds)").arg(run.seeds.size() + 1);
    run.status->setText(swatch + state.toHtmlEscaped());

    fitLogY(m_loss);
    fitLogY(m_gradient);
}

void CompareView::updateButtons() {
    bool any = false, anyIdle = false;
    for (const Run& r : m_runs) {
        for (const TrainingSession* s : sessions(r)) {
            any = true;
            anyIdle = anyIdle || !s->running();
        }
    }
    m_play->setEnabled(anyIdle);
    m_pause->setEnabled(anyRunning());
    m_reset->setEnabled(any);
}

void CompareView::applyDashes(const ThemeStyle& style) {
    const auto dash = [&style](QCPGraph* g) {
        if (!g) return;
        QPen pen = g->pen();
        pen.setStyle(Qt::DashLine);
        pen.setWidthF(style.lineWidth);
        g->setPen(pen);
    };
    for (const Run& r : m_runs) {
        dash(r.validation);
        dash(r.closedLoop);
        if (r.forecast) r.forecast->requestReplot();
    }
    m_loss->requestReplot();
}

void CompareView::applyBands(const ThemeStyle& style) {
    for (const Run& r : m_runs) {
        const QColor colour = style.seriesColor(int(&r - m_runs.data()));
        QColor edge = colour, fill = colour;
        edge.setAlphaF(0.35);
        fill.setAlphaF(0.18);
        for (QCPGraph* g : {r.lossLow, r.lossHigh, r.gradientLow, r.gradientHigh}) {
            if (!g) continue;
            g->setPen(QPen(edge, style.axisWidth));
            g->setBrush(Qt::NoBrush);
        }
        for (QCPGraph* high : {r.lossHigh, r.gradientHigh})
            if (high) high->setBrush(fill);
    }
    m_loss->requestReplot();
    m_gradient->requestReplot();
}

}  // namespace rnnlab::ui
