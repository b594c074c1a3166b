#pragma once
// The interactive side of export: dialogs, error boxes, the right-click menu. The work itself
// is done by the headless functions of figure_export.h and figure_collection.h.

#include <QPoint>
#include <QString>

#include "ui/plot/figure_export.h"

class QMenu;
class QWidget;

namespace rnnlab::ui {

class Figure;

// The right-click menu: export PNG / PDF / SVG / CSV, copy image, reset view.
void showFigureMenu(Figure& figure, const QPoint& globalPos);

// Asks for the file and size, exports, reports errors in a message box. Returns the written
// path, or an empty string when cancelled or failed.
QString exportFigureInteractively(Figure& figure, FigureFormat format, QWidget* parent);

// A picture's export entries for its right-click menu: PNG, PDF and SVG through the same
// dialog as a figure's, and a disabled entry saying that a picture has no CSV.
void addPictureExportActions(QMenu& menu, const PaintedPicture& picture, QWidget* parent);
QString exportPictureInteractively(const PaintedPicture& picture, FigureFormat format,
                                   QWidget* parent);

// Copies the figure, at its on-screen size, to the clipboard as an image.
void copyFigureImage(Figure& figure);

// Asks for a folder, formats and size, exports every figure and picture under root. Returns the
// number of files written (0 when cancelled or failed).
int exportAllFiguresInteractively(QWidget& root);

}  // namespace rnnlab::ui
