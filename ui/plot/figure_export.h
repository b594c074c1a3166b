#pragma once
// Writing a Figure to a file without any dialog: the functions behind the context menu, the
// "Export all figures" command and `rnnlab-cli export`. Every format carries the title, axis
// labels and legend, because they are part of the figure's layout. PNG, PDF and SVG are written
// as any painted picture is (picture_export.h: sizes, DPI, atomic files); CSV is the figure's
// data (figure_csv.h). A failed export never leaves half a file behind.

#include <QList>
#include <QString>
#include <optional>

#include "ui/plot/picture_export.h"

class QImage;

namespace rnnlab::ui {

class Figure;

QString formatSuffix(FigureFormat format);  // "png", "pdf", "svg", "csv"
QString formatName(FigureFormat format);    // "PNG image", ...
QList<FigureFormat> allFigureFormats();
// By name or suffix, case-insensitive ("png", "PDF"); nullopt for anything else.
std::optional<FigureFormat> parseFigureFormat(const QString& text);

// The figure drawn as a PNG would be.
QImage renderFigure(Figure& figure, const ExportOptions& options);

// Throws rnnlab::FileError naming the path when it cannot be written.
void exportFigure(Figure& figure, const QString& path, FigureFormat format,
                  const ExportOptions& options);
// Puts the rendered image on the system clipboard.
void copyFigureToClipboard(Figure& figure, const ExportOptions& options);

}  // namespace rnnlab::ui
