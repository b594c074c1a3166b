#include "ui/views/loss_plot.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QVBoxLayout>
#include <cmath>
#include <limits>

#include "ui/plot/figure.h"
#include "ui/plot/integer_ticks.h"

namespace rnnlab::ui {

namespace {

// Theme series colours: the noisy per-step line light, the epoch curves strong.
constexpr int kStepColor = 7;
constexpr int kEpochColor = 0;
constexpr int kValidationColor = 3;
constexpr double kLogMargin = 1.5;  // factor of room above and below on a log axis

QCPScatterStyle epochMarker() {
    return QCPScatterStyle(QCPScatterStyle::ssCircle, 6);
}

}  // namespace

LossPlot::LossPlot(QWidget* parent) : QWidget(parent) {
    m_figure = new Figure(tr("Loss"), tr("training step"), tr("loss"), this);
    useIntegerTicks(m_figure->xAxis);
    m_steps = m_figure->addSeries(tr("each step"), kStepColor);
    m_epochs = m_figure->addSeries(tr("epoch mean"), kEpochColor);
    m_epochs->setScatterStyle(epochMarker());
    m_validation = m_figure->addSeries(tr("validation"), kValidationColor);
    m_validation->setScatterStyle(epochMarker());
    m_log = new QCheckBox(tr("Log scale"), this);
    m_log->setToolTip(
        tr("A logarithmic loss axis: equal steps are equal factors, so a loss "
           "falling from 1 to 0.001 stays readable all the way."));
    m_log->setFocusPolicy(Qt::NoFocus);  // Space belongs to play / pause
    auto* header = new QHBoxLayout;
    header->addStretch(1);
    header->addWidget(m_log);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addLayout(header);
    layout->addWidget(m_figure, 1);
    connect(m_log, &QCheckBox::toggled, this, &LossPlot::setLogScale);
    setLogScale(true);  // a falling loss spans orders of magnitude
}

bool LossPlot::logScale() const {
    return m_log->isChecked();
}

int LossPlot::stepPoints() const {
    return m_steps->dataCount();
}

int LossPlot::epochPoints() const {
    return m_epochs->dataCount();
}

int LossPlot::validationPoints() const {
    return m_validation->dataCount();
}

void LossPlot::setHistory(const TrainingHistory& history, LossKind loss) {
    m_figure->setAxisLabels(tr("training step"), loss == LossKind::Mse
                                                     ? tr("loss (MSE, normalised units)")
                                                     : tr("loss (cross-entropy)"));
    const std::vector<StepRecord>& steps = history.steps.items();
    QVector<double> x(int(steps.size())), y(int(steps.size()));
    for (int i = 0; i < x.size(); ++i) {
        x[i] = double(steps[std::size_t(i)].step);
        y[i] = steps[std::size_t(i)].loss;
    }
    m_steps->setData(x, y, true);
    QVector<double> ex, ey, vx, vy;
    for (const EpochRecord& e : history.epochs) {
        ex << double(e.step);
        ey << e.trainLoss;
        if (e.validationLoss) {
            vx << double(e.step);
            vy << *e.validationLoss;
        }
    }
    m_epochs->setData(ex, ey, true);
    m_validation->setData(vx, vy, true);
    rescale();
    m_figure->requestReplot();
}

void LossPlot::setLogScale(bool on) {
    {
        const QSignalBlocker block(m_log);
        m_log->setChecked(on);
    }
    m_figure->yAxis->setScaleType(on ? QCPAxis::stLogarithmic : QCPAxis::stLinear);
    m_figure->yAxis->setTicker(on ? QSharedPointer<QCPAxisTicker>(new QCPAxisTickerLog)
                                  : QSharedPointer<QCPAxisTicker>(new QCPAxisTicker));
    rescale();
    m_figure->requestReplot();
}

void LossPlot::rescale() {
    m_figure->fitToData();
    if (!logScale()) return;
    // Positive values only: a log axis has no room for 0.
    double lo = std::numeric_limits<double>::infinity();
    double hi = 0;
    for (QCPGraph* g : {m_steps, m_epochs, m_validation}) {
        for (auto it = g->data()->constBegin(); it != g->data()->constEnd(); ++it) {
            if (it->value > 0 && std::isfinite(it->value)) {
                lo = std::min(lo, it->value);
                hi = std::max(hi, it->value);
            }
        }
    }
    if (hi > 0) m_figure->yAxis->setRange(lo / kLogMargin, hi * kLogMargin);
}

}  // namespace rnnlab::ui
