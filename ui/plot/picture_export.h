#pragma once
// Writing a painted picture to a file: the one home of the PNG, PDF and SVG writing and of the
// size and DPI rules, shared by every figure (figure_export.h) and by pictures that are not
// plots, such as the explorer's unrolled network. A picture is laid out at ExportOptions::size
// (pixels at 96 DPI; PDF: points); a PNG is that layout scaled to rasterSize(options) and
// records the DPI. Files are written atomically (QSaveFile): a failed export leaves no file.
// CSV is data, not a picture: a picture refuses it (FileError) rather than writing something;
// a picture that has data or an HTML form gives them as text (pictureCsv, pictureHtml).

#include <QList>
#include <QSize>
#include <QString>
#include <functional>

class QCPPainter;
class QImage;
class QSaveFile;

namespace rnnlab::ui {

// A picture is written as PNG, PDF or SVG; CSV is a figure's data (figure_csv.h).
enum class FigureFormat { Png, Pdf, Svg, Csv };

struct ExportOptions {
    // Layout size of the figure in pixels at 96 DPI (PDF: points). Fonts keep their point size,
    // so a larger size means relatively smaller text.
    QSize size{1200, 800};
    // PNG only: pixel density. The image is size * dpi / 96 pixels and records this DPI.
    int dpi = 96;
    // The time cursor (Figure::addMarker) belongs to the screen; figures leave it out unless
    // asked. (A picture that is not a figure draws what it shows, its current step included.)
    bool includeCursor = false;
};

constexpr int kScreenDpi = 96;

// Pixel size of a PNG export: size * dpi / 96, rounded.
QSize rasterSize(const ExportOptions& options);

// Draws the picture at `size` with a painter already begun on the target (in vector mode for
// PDF and SVG, scaled to the pixel size for PNG).
using PaintPicture = std::function<void(QCPPainter& painter, const QSize& size)>;

// A widget that is a picture rather than a figure, exported with the figures ("Export all
// figures", `rnnlab-cli export`) in every format but CSV. See picturesIn (figure_collection.h).
class PaintedPicture {
public:
    virtual ~PaintedPicture() = default;
    // The title the file name is made from, and the SVG / PDF title.
    virtual QString pictureTitle() const = 0;
    virtual void paintPicture(QCPPainter& painter, const QSize& size) const = 0;
    // A picture that is also data or a document (the Text view's strip) gives them here, else
    // an empty string: its CSV goes with the figures' CSV, its HTML where HTML is asked for.
    virtual QString pictureCsv() const { return {}; }
    virtual QString pictureHtml() const { return {}; }
};

// Writes text as UTF-8, atomically, through writeExportFile.
void writeExportText(const QString& path, const QString& text);

// Opens path for an atomic write, lets `write` fill it and commits it. Throws rnnlab::FileError
// naming the path ("PATH: cannot write the figure: WHY"); `write` fails through exportFailed.
void writeExportFile(const QString& path, const std::function<void(QSaveFile& file)>& write);
[[noreturn]] void exportFailed(const QString& path, const QString& why);

// The formats a picture is written in: PNG, PDF and SVG.
QList<FigureFormat> pictureFormats();

// The picture drawn as a PNG would be: rasterSize(options) pixels, recording options.dpi.
QImage renderPicture(const PaintPicture& paint, const ExportOptions& options);

// Writes the picture as PNG, PDF or SVG. Throws rnnlab::FileError naming the path when it
// cannot be written, when the size is empty, or for CSV; nothing is left at the path then.
void writePicture(const PaintPicture& paint, const QString& title, const QString& path,
                  FigureFormat format, const ExportOptions& options);
void exportPicture(const PaintedPicture& picture, const QString& path, FigureFormat format,
                   const ExportOptions& options);

}  // namespace rnnlab::ui
