#pragma once
// A PDF of one page exactly `size` points, at the screen's 96 dpi, without margins: a figure or
// a snapshot keeps on paper the proportions of text to plot it has on screen (as
// QCustomPlot::savePdf does).

#include <QSize>
#include <QString>

class QPdfWriter;

namespace rnnlab::ui {

void setSinglePage(QPdfWriter& writer, QSize size, const QString& title);

}  // namespace rnnlab::ui
