#pragma once
// The time axis of a series plot: x is the row of the series (0-based, as the forecasts and
// the split count rows), and when the file has a label column (dates, years) the ticks show
// those labels instead of row numbers (ui/plot/row_label_ticker.h).

#include <QVector>

#include "core/data/series.h"
#include "ui/plot/row_label_ticker.h"

namespace rnnlab::ui {

class Figure;

// Labels the figure's x axis by the series' label column, or "row" without one.
void setRowAxis(Figure& figure, const Series& series);

// Rows 0 .. n-1 as plot keys.
QVector<double> rowKeys(Index rows);

}  // namespace rnnlab::ui
