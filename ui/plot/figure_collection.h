#pragma once
// All the figures of a window, and exporting them together ("Export all figures", and
// `rnnlab-cli export`). The collection is the widget tree itself: a figure belongs to the
// window it is shown in, hidden tabs included, so nothing has to register or unregister. The
// pictures that are not plots (PaintedPicture: the explorer's unrolled network) come along as
// one more file each, in every format but CSV.

#include <QList>
#include <QString>
#include <QStringList>

#include "ui/plot/figure_export.h"

class QWidget;

namespace rnnlab::ui {

class Figure;

// Every Figure under root, depth first (siblings in stacking order, so the order of figures in
// different tabs depends on which tab was shown last), but those hidden on purpose (a view's
// empty plots), which are not the same as those in a tab not shown now.
QList<Figure*> figuresIn(const QWidget& root);
// Every PaintedPicture widget under root, by the same rule.
QList<const PaintedPicture*> picturesIn(const QWidget& root);

// A file name stem from a figure title: lower case ASCII letters and digits joined by '-'
// ("Loss (train / validation)" -> "loss-train-validation"); "figure" when nothing is left.
QString figureFileStem(const QString& title);

// Writes each figure once per format into dir as <stem>.<suffix>, then each picture once per
// format but CSV (CSV only for a picture that has data: pictureCsv), and with withHtml the
// HTML of each picture that has one (<stem>.html); two with the same stem get "-2", "-3", ...
// Returns the written paths in order. Throws rnnlab::FileError (the first file that failed;
// files already written stay).
QStringList exportFigures(const QList<Figure*>& figures, const QString& dir,
                          const QList<FigureFormat>& formats, const ExportOptions& options,
                          const QList<const PaintedPicture*>& pictures = {},
                          bool withHtml = false);

}  // namespace rnnlab::ui
