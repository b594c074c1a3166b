#include "ui/plot/picture_export.h"

#include <qcustomplot.h>

#include <QImage>
#include <QPdfWriter>
#include <QSaveFile>
#include <QSvgGenerator>
#include <cmath>

#include "core/base/errors.h"
#include "ui/plot/pdf_page.h"

namespace rnnlab::ui {

namespace {

void checkSize(const QString& path, const ExportOptions& options) {
    if (options.size.width() < 1 || options.size.height() < 1 || options.dpi < 1) {
        exportFailed(path, QStringLiteral("the size %1x%2 at %3 DPI is empty")
                               .arg(options.size.width())
                               .arg(options.size.height())
                               .arg(options.dpi));
    }
}

// Draws the picture at options.size into any vector paint device whose logical DPI is 96.
void paintVector(const PaintPicture& paint, QPaintDevice& device, const ExportOptions& options,
                 const QString& path) {
    QCPPainter painter;
    if (!painter.begin(&device)) exportFailed(path, QStringLiteral("the painter could not start"));
    painter.setMode(QCPPainter::pmVectorized);
    painter.setWindow(QRect(QPoint(0, 0), options.size));
    paint(painter, options.size);
    painter.end();
}

// QImage stores dots per metre; 1 inch = 0.0254 m.
void setDpi(QImage& image, int dpi) {
    const int dotsPerMeter = int(std::lround(dpi / 0.0254));
    image.setDotsPerMeterX(dotsPerMeter);
    image.setDotsPerMeterY(dotsPerMeter);
}

void writePng(const PaintPicture& paint, QSaveFile& file, const ExportOptions& options) {
    const QImage image = renderPicture(paint, options);
    if (!image.save(&file, "PNG"))
        exportFailed(file.fileName(), QStringLiteral("PNG encoding failed"));
}

void writePdf(const PaintPicture& paint, const QString& title, QSaveFile& file,
              const ExportOptions& options) {
    QPdfWriter writer(&file);
    setSinglePage(writer, options.size, title);
    paintVector(paint, writer, options, file.fileName());
}

void writeSvg(const PaintPicture& paint, const QString& title, QSaveFile& file,
              const ExportOptions& options) {
    QSvgGenerator svg;
    svg.setOutputDevice(&file);
    svg.setResolution(kScreenDpi);  // default 72 would shrink point-sized fonts
    svg.setSize(options.size);
    svg.setViewBox(QRect(QPoint(0, 0), options.size));
    svg.setTitle(title);
    svg.setDescription(QStringLiteral("Exported from RNN Lab"));
    paintVector(paint, svg, options, file.fileName());
}

}  // namespace

void exportFailed(const QString& path, const QString& why) {
    throw FileError(QStringLiteral("%1: cannot write the figure: %2").arg(path, why).toStdString());
}

void writeExportFile(const QString& path, const std::function<void(QSaveFile& file)>& write) {
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) exportFailed(path, file.errorString());
    write(file);
    if (!file.commit()) exportFailed(path, file.errorString());
}

void writeExportText(const QString& path, const QString& text) {
    writeExportFile(path, [&](QSaveFile& file) {
        const QByteArray bytes = text.toUtf8();
        if (file.write(bytes) != bytes.size()) exportFailed(path, file.errorString());
    });
}

QSize rasterSize(const ExportOptions& options) {
    const double scale = double(options.dpi) / kScreenDpi;
    return QSize(int(std::lround(options.size.width() * scale)),
                 int(std::lround(options.size.height() * scale)));
}

QList<FigureFormat> pictureFormats() {
    return {FigureFormat::Png, FigureFormat::Pdf, FigureFormat::Svg};
}

QImage renderPicture(const PaintPicture& paint, const ExportOptions& options) {
    const QSize pixels = rasterSize(options);
    QImage image(pixels, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    // Fonts are sized from the device's DPI: paint at screen DPI, record the real DPI after.
    setDpi(image, kScreenDpi);
    QCPPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    // Lay out at options.size, then scale to the pixel size: the same picture at more DPI.
    painter.scale(double(pixels.width()) / options.size.width(),
                  double(pixels.height()) / options.size.height());
    paint(painter, options.size);
    painter.end();
    setDpi(image, options.dpi);
    return image;
}

void writePicture(const PaintPicture& paint, const QString& title, const QString& path,
                  FigureFormat format, const ExportOptions& options) {
    if (format == FigureFormat::Csv)
        exportFailed(path,
                     QStringLiteral("\u201c%1\u201d is a picture: it has no data to write as CSV")
                         .arg(title));
    checkSize(path, options);
    writeExportFile(path, [&](QSaveFile& file) {
        switch (format) {
            case FigureFormat::Png:
                writePng(paint, file, options);
                break;
            case FigureFormat::Pdf:
                writePdf(paint, title, file, options);
                break;
            case FigureFormat::Svg:
                writeSvg(paint, title, file, options);
                break;
            case FigureFormat::Csv:
                break;  // refused above
        }
    });
}

void exportPicture(const PaintedPicture& picture, const QString& path, FigureFormat format,
                   const ExportOptions& options) {
    writePicture(
        [&picture](QCPPainter& painter, const QSize& size) { picture.paintPicture(painter, size); },
        picture.pictureTitle(), path, format, options);
}

}  // namespace rnnlab::ui
