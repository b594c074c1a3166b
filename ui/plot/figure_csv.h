#pragma once
// The data behind a Figure as CSV (RFC 4180 quoting, '\n' line ends, numbers in the shortest
// form that reads back to the same double, an empty cell for NaN or an infinity, i.e. a gap in
// a line). RNN Lab's own CSV reader reads every form back (the gaps as missing values).
//
// Wide form, when the figure holds only line graphs that share the same x values - what a
// spreadsheet plots directly:
//     <x label>,<series 1>,<series 2>,...
//     0,0.5,1.25
// Long form otherwise (curves, bars, colour maps, graphs on different x):
//     series,<x label>,<y label>[,<colour scale label>]
//     sine,0,0
//     hidden state,0,1,0.73      <- one row per colour-map cell, at the cell centre
// A missing label is written as x, y or z; a missing series name as "series N". When the x axis
// labels rows (dates, years: row_label_ticker.h), the x column holds those labels, never the
// row numbers. Lines hidden by a toggle are left out.

#include <QString>

namespace rnnlab::ui {

class Figure;

QString figureCsv(Figure& figure);

// One CSV field: quoted when it holds a comma, quote or line break.
QString csvField(const QString& text);
// Shortest round-trip decimal; "" for NaN and infinities.
QString csvNumber(double value);

}  // namespace rnnlab::ui
