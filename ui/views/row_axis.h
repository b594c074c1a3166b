#pragma once
// The time axis of a series plot: x is the row of the series (0-based, as the forecasts and
// the split count rows), and when the file has a label column (dates, years) the ticks show
// those labels instead of row numbers, at whole rows, whatever the zoom.

#include <qcustomplot.h>

#include <QVector>

#include "core/data/series.h"

namespace rnnlab::ui {

class Figure;

class RowLabelTicker : public QCPAxisTicker {
public:
    explicit RowLabelTicker(QVector<QString> labels) : m_labels(std::move(labels)) {}

protected:
    double getTickStep(const QCPRange& range) override;
    QString getTickLabel(double tick, const QLocale& locale, QChar formatChar,
                         int precision) override;

private:
    QVector<QString> m_labels;
};

// Labels the figure's x axis by the series' label column, or "row" without one.
void setRowAxis(Figure& figure, const Series& series);

// Rows 0 .. n-1 as plot keys.
QVector<double> rowKeys(Index rows);

}  // namespace rnnlab::ui
