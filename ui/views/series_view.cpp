#include "ui/views/series_view.h"

#include <QVBoxLayout>
#include <cmath>

#include "ui/plot/figure.h"

namespace rnnlab::ui {

NamedSeries exampleSineSeries() {
    constexpr int kSteps = 200;
    constexpr double kPeriod = 25.0;
    NamedSeries s{QStringLiteral("sin(2\u03c0 t / 25)"), QVector<double>(kSteps)};
    for (int t = 0; t < kSteps; ++t) s.values[t] = std::sin(2.0 * M_PI * t / kPeriod);
    return s;
}

SeriesView::SeriesView(QWidget* parent) : QWidget(parent) {
    m_figure = new Figure(QString(), tr("time step t"), tr("value"), this);
    m_cursor = m_figure->addMarker();
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_figure);
}

void SeriesView::setSeries(const QString& title, const QList<NamedSeries>& columns) {
    m_figure->clearGraphs();
    m_length = 0;
    for (const NamedSeries& column : columns) {
        QVector<double> steps(column.values.size());
        for (int t = 0; t < steps.size(); ++t) steps[t] = t + 1;  // t = 1 .. T, as the time bar
        m_figure->addSeries(column.name)->setData(steps, column.values, true);
        m_length = qMax(m_length, int(column.values.size()));
    }
    m_figure->setTitle(title);
    m_figure->fitToData();
    m_figure->requestReplot();
    emit lengthChanged(m_length);
}

void SeriesView::setCursorStep(int step) {
    Figure::setMarkerX(m_cursor, step + 1);
    m_figure->requestReplot();
}

}  // namespace rnnlab::ui
