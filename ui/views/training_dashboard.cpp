#include "ui/views/training_dashboard.h"

#include <QEvent>
#include <QSplitter>
#include <QVBoxLayout>
#include <algorithm>

#include "ui/help/whats_this.h"
#include "ui/views/accuracy_plot.h"
#include "ui/views/divergence_banner.h"
#include "ui/views/loss_plot.h"
#include "ui/views/metrics_panel.h"
#include "ui/views/prediction_plot.h"
#include "ui/views/sequence_prediction_plot.h"

namespace rnnlab::ui {

TrainingDashboard::TrainingDashboard(QWidget* parent) : QWidget(parent) {
    setWhatsThisTopic(this, WhatsThisTopic::TrainingView);
    m_banner = new DivergenceBanner(this);
    m_loss = new LossPlot;
    m_accuracy = new AccuracyPlot;
    m_predictions = new PredictionPlot;
    m_sequences = new SequencePredictionPlot;
    // Left the run's course (loss; accuracy for classes), right what the network predicts:
    // along the series, or per held-out sample. Only the views that fit the data are shown.
    auto* course = new QSplitter(Qt::Vertical);
    course->addWidget(m_loss);
    course->addWidget(m_accuracy);
    course->setChildrenCollapsible(false);
    course->setStretchFactor(0, 3);  // the loss, with its three-line legend, gets more height
    course->setStretchFactor(1, 2);
    course->setSizes({3, 2});
    m_plots = new QSplitter(Qt::Horizontal, this);
    m_plots->addWidget(course);
    m_plots->addWidget(m_predictions);
    m_plots->addWidget(m_sequences);
    m_plots->setStretchFactor(0, 2);  // the predictions get more room than the course
    m_plots->setStretchFactor(1, 3);
    m_plots->setStretchFactor(2, 3);
    m_plots->setChildrenCollapsible(false);
    m_metrics = new MetricsPanel(this);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_banner);
    layout->addWidget(m_plots, 1);
    layout->addWidget(m_metrics);
    connect(m_banner, &DivergenceBanner::lowerLearningRateRequested, this,
            &TrainingDashboard::lowerLearningRateRequested);
}

TrainingDashboard::HistoryKey TrainingDashboard::historyKey(const TrainingSnapshot& s) {
    const std::vector<EpochRecord>& epochs = s.history.epochs;
    int parts = 0;
    if (!epochs.empty()) {
        const EpochRecord& e = epochs.back();
        parts = int(e.validationLoss.has_value()) + 2 * int(e.validation.accuracy.has_value()) +
                4 * int(e.test.accuracy.has_value());
    }
    return {s.runId, HistoryMark::of(s.history.steps), epochs.size(), parts};
}

void TrainingDashboard::setSnapshot(std::shared_ptr<const TrainingSnapshot> s) {
    if (!s) return;
    if (m_history.moved(historyKey(*s))) {
        m_loss->setHistory(s->history, s->network.loss);
        if (!m_accuracy->isHidden()) m_accuracy->setHistory(s->history);
    }
    m_predictions->setForecasts(s->forecasts);
    m_sequences->setForecasts(s->forecasts, s->forecastStep);
    m_metrics->setSnapshot(*s);
    m_banner->setSnapshot(*s);
}

void TrainingDashboard::setData(std::shared_ptr<const TrainingData> training, const QString& name) {
    const bool wasSeries = !m_predictions->isHidden();
    m_history.forget();
    m_metrics->setData(*training);
    m_accuracy->setData(*training);
    m_sequences->setData(training, name);
    m_predictions->setData(std::move(training), name);
    // Another view in the right column: the columns share the width 2 : 3 again.
    if (wasSeries != !m_predictions->isHidden()) {
        const int w = m_plots->width();
        m_plots->setSizes({2 * w, 3 * w, 3 * w});  // the hidden view's share is not used
    }
}

bool TrainingDashboard::event(QEvent* event) {
    const bool handled = QWidget::event(event);
    // The plots' minimum sizes change with the theme and their tick labels.
    if (event->type() == QEvent::LayoutRequest) arrangePlots();
    return handled;
}

void TrainingDashboard::resizeEvent(QResizeEvent* event) {
    QWidget::resizeEvent(event);
    arrangePlots();
}

void TrainingDashboard::arrangePlots() {
    const QMargins margins = layout()->contentsMargins();
    int sideBySide = margins.left() + margins.right();
    int shown = 0, widest = 0;
    for (int i = 0; i < m_plots->count(); ++i) {
        if (m_plots->widget(i)->isHidden()) continue;
        const int minimum = m_plots->widget(i)->minimumSizeHint().width();
        sideBySide += minimum;
        widest = std::max(widest, minimum);
        ++shown;
    }
    sideBySide += std::max(shown - 1, 0) * m_plots->handleWidth();
    // The splitter asks for no more than the column's width, else a row would hold the page
    // wide enough for itself (inside a scroll area) and never turn into the column.
    m_plots->setMinimumWidth(widest);
    m_plots->setOrientation(width() >= sideBySide ? Qt::Horizontal : Qt::Vertical);
}

}  // namespace rnnlab::ui
