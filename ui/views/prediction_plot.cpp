#include "ui/views/prediction_plot.h"

#include <QCheckBox>
#include <QVBoxLayout>

#include "core/data/windowed_dataset.h"
#include "core/train/baselines.h"
#include "core/train/sequence_predictions.h"
#include "ui/plot/figure.h"
#include "ui/theme/theme.h"
#include "ui/ui_text_translation.h"
#include "ui/views/row_axis.h"
#include "ui/views/split_regions.h"

namespace rnnlab::ui {

namespace {

constexpr int kActualColor = 5;  // black / near-white: the data
constexpr int kOneStepValidationColor = 2;
constexpr int kOneStepTestColor = 3;
constexpr int kClosedLoopColor = 4;
constexpr int kPersistenceColor = 6;
constexpr int kSeasonalColor = 7;
// Forecasts of fewer points get a marker at each (a single point has no line to draw).
constexpr int kFewPoints = 60;

// A dashed baseline gets markers only when it is too short to draw a line.
constexpr int kBaselineMarkersBelow = 3;

void setForecast(QCPGraph* graph, const std::optional<Forecast>& f, int markersBelow = kFewPoints) {
    if (!f) {
        graph->data()->clear();
        return;
    }
    QVector<double> x(int(f->rows.size())), y(int(f->rows.size()));
    for (int i = 0; i < x.size(); ++i) {
        x[i] = double(f->rows[std::size_t(i)]);
        y[i] = f->predicted[std::size_t(i)];
    }
    graph->setData(x, y, true);
    graph->setScatterStyle(QCPScatterStyle(
        x.size() < markersBelow ? QCPScatterStyle::ssDisc : QCPScatterStyle::ssNone, 7));
}

}  // namespace

PredictionPlot::PredictionPlot(QWidget* parent) : QWidget(parent) {
    m_figure = new Figure(tr("Predictions"), tr("row"), tr("value"), this);
    m_regions = new SplitRegions(*m_figure);
    m_actual = m_figure->addSeries(tr("actual"), kActualColor);
    m_validation = m_figure->addSeries(tr("one step, validation"), kOneStepValidationColor);
    m_test = m_figure->addSeries(tr("one step, test"), kOneStepTestColor);
    m_closedLoop = m_figure->addSeries(tr("closed loop"), kClosedLoopColor);
    m_persistence = m_figure->addDashedSeries(tr("persistence (next = last)"), kPersistenceColor);
    m_seasonal = m_figure->addDashedSeries(tr("seasonal naive"), kSeasonalColor);
    m_showBaselines = new QCheckBox(tr("Baselines"), this);
    m_showBaselines->setObjectName(QStringLiteral("showBaselines"));
    m_showBaselines->setChecked(true);
    m_showBaselines->setToolTip(
        tr("Dashed: the forecasts the network has to beat. Persistence repeats the last value "
           "the window saw; seasonal naive the value one season earlier. Their errors are under "
           "the plots."));
    connect(m_showBaselines, &QCheckBox::toggled, this, &PredictionPlot::showBaselines);
    m_note = new QCPItemText(m_figure);
    m_note->position->setType(QCPItemPosition::ptAxisRectRatio);
    m_note->position->setCoords(0.5, 0.5);
    m_note->setPositionAlignment(Qt::AlignCenter);
    m_note->setClipToAxisRect(true);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_showBaselines, 0, Qt::AlignRight);
    layout->addWidget(m_figure, 1);
    applyTheme(Theme::instance().style());
    connect(&Theme::instance(), &Theme::changed, this, &PredictionPlot::applyTheme);
}

int PredictionPlot::baselinePoints() const {
    return m_persistence->dataCount() + m_seasonal->dataCount();
}

void PredictionPlot::showBaselines(bool show) {
    for (QCPGraph* g : {m_persistence, m_seasonal}) {
        g->setVisible(show);
        // Hidden lines leave the legend (and a CSV export holds what is shown).
        if (show && g->dataCount() > 0)
            g->addToLegend();
        else
            g->removeFromLegend();
    }
    m_figure->requestReplot();
}

QString PredictionPlot::noteText() const {
    return m_note->visible() ? m_note->text() : QString();
}

int PredictionPlot::oneStepPoints() const {
    return m_validation->dataCount() + m_test->dataCount();
}

int PredictionPlot::closedLoopPoints() const {
    return m_closedLoop->dataCount();
}

void PredictionPlot::setData(std::shared_ptr<const TrainingData> training, const QString& name) {
    m_forecasts.reset();
    m_heldOut = {0, 0};
    for (QCPGraph* g : {m_actual, m_validation, m_test, m_closedLoop, m_persistence, m_seasonal})
        g->data()->clear();
    showBaselines(m_showBaselines->isChecked());
    const auto* windows = dynamic_cast<const WindowedDataset*>(training.get());
    m_series = windows != nullptr && !predictsPerSample(*windows);
    setVisible(m_series);
    m_figure->setVisible(m_series);
    m_figure->setTitle(tr("Predictions: %1").arg(name));
    setNote(QString());
    if (!m_series) return;
    const Series& s = windows->series();
    std::vector<double> actual = s.columns[std::size_t(s.target)];
    windows->normaliser().inverse(s.target, actual);
    const QString target = QString::fromStdString(s.names[std::size_t(s.target)]);
    m_figure->setTitle(tr("Predictions: %1").arg(target));
    m_figure->setAxisLabels(QString(), target);
    setRowAxis(*m_figure, s);
    m_actual->setData(rowKeys(s.rows()), QVector<double>(actual.begin(), actual.end()), true);
    m_regions->setParts({windows->partBegin(Split::Train), windows->partBegin(Split::Validation),
                         windows->partBegin(Split::Test)},
                        {windows->partRows(Split::Train), windows->partRows(Split::Validation),
                         windows->partRows(Split::Test)});
    m_heldOut = {windows->partBegin(Split::Validation),
                 windows->partRows(Split::Validation) + windows->partRows(Split::Test)};
    fit();
}

void PredictionPlot::setForecasts(std::shared_ptr<const ForecastSet> forecasts) {
    if (!m_series || forecasts == m_forecasts) return;
    if (!forecasts) {  // a new run whose forecasts are not computed yet: none of the old run's
        m_forecasts.reset();
        for (QCPGraph* g : {m_validation, m_test, m_closedLoop, m_persistence, m_seasonal})
            g->data()->clear();
        setNote(QString());
        m_figure->requestReplot();
        return;
    }
    m_forecasts = std::move(forecasts);
    setForecast(m_validation, m_forecasts->validation);
    setForecast(m_test, m_forecasts->test);
    setForecast(m_closedLoop, m_forecasts->closedLoop);
    setForecast(m_persistence, m_forecasts->persistence, kBaselineMarkersBelow);
    setForecast(m_seasonal, m_forecasts->seasonal, kBaselineMarkersBelow);
    if (m_forecasts->baselines && m_forecasts->seasonal)
        m_seasonal->setName(tr("seasonal naive (%1)").arg(m_forecasts->baselines->period));
    showBaselines(m_showBaselines->isChecked());
    setNote(m_forecasts->closedLoop ? QString()
                                    : tr("No closed-loop forecast: %1")
                                          .arg(translated(m_forecasts->closedLoopUnavailable)));
    if (!m_forecasts->closedLoop) {
        // Out of the way of the lines: the top left corner.
        m_note->position->setCoords(0.02, 0.1);
        m_note->setPositionAlignment(Qt::AlignLeft | Qt::AlignTop);
    }
    fit();
}

void PredictionPlot::fit() {
    m_figure->fitToData();
    // The predictions are in the held-out parts: show those, after as much training data.
    const auto [begin, rows] = m_heldOut;
    if (rows > 0) m_figure->xAxis->setRange(double(begin - rows) - 0.5, double(begin + rows) - 0.5);
    m_figure->requestReplot();
}

void PredictionPlot::setNote(const QString& text) {
    m_note->setText(text);
    m_note->setVisible(!text.isEmpty());
    m_note->position->setCoords(0.5, 0.5);
    m_note->setPositionAlignment(Qt::AlignCenter);
}

void PredictionPlot::applyTheme(const ThemeStyle& style) {
    m_note->setColor(style.mutedText);
    m_note->setFont(style.font(FontRole::Legend));
    m_figure->requestReplot();
}

}  // namespace rnnlab::ui
