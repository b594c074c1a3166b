#include "ui/views/accuracy_plot.h"

#include <QVBoxLayout>

#include "ui/plot/figure.h"
#include "ui/plot/integer_ticks.h"

namespace rnnlab::ui {

namespace {

// The loss plot's colours for the same parts.
constexpr int kAccuracyValidationColor = 3;
constexpr int kAccuracyTestColor = 1;

}  // namespace

AccuracyPlot::AccuracyPlot(QWidget* parent) : QWidget(parent) {
    m_figure = new Figure(tr("Accuracy per epoch"), tr("epoch"), tr("correct classes (%)"), this);
    useIntegerTicks(m_figure->xAxis);
    m_validation = m_figure->addSeries(tr("validation"), kAccuracyValidationColor);
    m_test = m_figure->addSeries(tr("test"), kAccuracyTestColor);
    for (QCPGraph* g : {m_validation, m_test})
        g->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssCircle, 6));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_figure, 1);
    m_figure->yAxis->setRange(0, 100);
    m_figure->xAxis->setRange(0.5, 1.5);
    // Hidden until data with a class target comes.
    hide();
    m_figure->hide();
}

int AccuracyPlot::validationPoints() const {
    return m_validation->dataCount();
}

int AccuracyPlot::testPoints() const {
    return m_test->dataCount();
}

void AccuracyPlot::setData(const TrainingData& training) {
    const bool classes = training.classification();
    setVisible(classes);
    m_figure->setVisible(classes);
    setHistory(TrainingHistory());
}

void AccuracyPlot::setHistory(const TrainingHistory& history) {
    QVector<double> vx, vy, tx, ty;
    for (const EpochRecord& e : history.epochs) {
        const double epoch = double(e.epoch + 1);
        if (e.validation.accuracy) {
            vx << epoch;
            vy << 100.0 * *e.validation.accuracy;
        }
        if (e.test.accuracy) {
            tx << epoch;
            ty << 100.0 * *e.test.accuracy;
        }
    }
    m_validation->setData(vx, vy, true);
    m_test->setData(tx, ty, true);
    // Every accuracy on one scale, 0 to 100 %, so that a rise reads as what it is.
    m_figure->xAxis->setRange(0.5, std::max(1.0, double(history.epochs.size())) + 0.5);
    m_figure->yAxis->setRange(0, 100);
    m_figure->requestReplot();
}

}  // namespace rnnlab::ui
