#include "ui/views/training_dashboard.h"

#include <QSplitter>
#include <QVBoxLayout>

#include "ui/views/divergence_banner.h"
#include "ui/views/loss_plot.h"
#include "ui/views/metrics_panel.h"
#include "ui/views/prediction_plot.h"

namespace rnnlab::ui {

TrainingDashboard::TrainingDashboard(QWidget* parent) : QWidget(parent) {
    m_banner = new DivergenceBanner(this);
    m_loss = new LossPlot;
    m_predictions = new PredictionPlot;
    m_plots = new QSplitter(Qt::Horizontal, this);
    m_plots->addWidget(m_loss);
    m_plots->addWidget(m_predictions);
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

void TrainingDashboard::setSnapshot(std::shared_ptr<const TrainingSnapshot> s) {
    if (!s) return;
    m_loss->setHistory(s->history, s->network.loss);
    m_predictions->setForecasts(s->forecasts);
    m_metrics->setSnapshot(*s);
    m_banner->setSnapshot(*s);
}

void TrainingDashboard::setData(std::shared_ptr<const TrainingData> training, const QString& name) {
    m_metrics->setData(*training);
    m_predictions->setData(std::move(training), name);
}

}  // namespace rnnlab::ui
