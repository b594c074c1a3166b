#pragma once
// Writing a Figure to a file without any dialog: the functions behind the context menu, the
// "Export all figures" command and `rnnlab-cli export`. Every format carries the title, axis
// labels and legend, because they are part of the figure's layout. Files are written atomically
// (QSaveFile): a failed export never leaves half a file behind.

#include <QList>
#include <QSize>
#include <QString>
#include <optional>

class QImage;

namespace rnnlab::ui {

class Figure;

enum class FigureFormat { Png, Pdf, Svg, Csv };

struct ExportOptions {
    // Layout size of the figure in pixels at 96 DPI (PDF: points). Fonts keep their point size,
    // so a larger size means relatively smaller text.
    QSize size{1200, 800};
    // PNG only: pixel density. The image is size * dpi / 96 pixels and records this DPI.
    int dpi = 96;
    // The time cursor (Figure::addMarker) belongs to the screen; figures leave it out unless
    // asked.
    bool includeCursor = false;
};

constexpr int kScreenDpi = 96;

QString formatSuffix(FigureFormat format);  // "png", "pdf", "svg", "csv"
QString formatName(FigureFormat format);    // "PNG image", ...
QList<FigureFormat> allFigureFormats();
// By name or suffix, case-insensitive ("png", "PDF"); nullopt for anything else.
std::optional<FigureFormat> parseFigureFormat(const QString& text);

// Pixel size of a PNG export: size * dpi / 96, rounded.
QSize rasterSize(const ExportOptions& options);
// The figure drawn as a PNG would be.
QImage renderFigure(Figure& figure, const ExportOptions& options);

// Throws rnnlab::FileError naming the path when it cannot be written.
void exportFigure(Figure& figure, const QString& path, FigureFormat format,
                  const ExportOptions& options);
// Puts the rendered image on the system clipboard.
void copyFigureToClipboard(Figure& figure, const ExportOptions& options);

}  // namespace rnnlab::ui
