#include "ui/plot/figure_export.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QImage>
#include <QPdfWriter>
#include <QSaveFile>
#include <QSvgGenerator>
#include <cmath>

#include "core/base/errors.h"
#include "ui/plot/figure.h"
#include "ui/plot/figure_csv.h"
#include "ui/plot/pdf_page.h"

namespace rnnlab::ui {

namespace {

[[noreturn]] void fail(const QString& path, const QString& why) {
    throw FileError(QStringLiteral("%1: cannot write the figure: %2").arg(path, why).toStdString());
}

QSaveFile& openOrFail(QSaveFile& file) {
    if (!file.open(QIODevice::WriteOnly)) fail(file.fileName(), file.errorString());
    return file;
}

void commitOrFail(QSaveFile& file) {
    if (!file.commit()) fail(file.fileName(), file.errorString());
}

void checkSize(const QString& path, const ExportOptions& options) {
    if (options.size.width() < 1 || options.size.height() < 1 || options.dpi < 1) {
        fail(path, QStringLiteral("the size %1x%2 at %3 DPI is empty")
                       .arg(options.size.width())
                       .arg(options.size.height())
                       .arg(options.dpi));
    }
}

// Hides the figure's time cursors while it is drawn for a file, unless the options keep them.
class CursorsHidden {
public:
    CursorsHidden(Figure& figure, const ExportOptions& options) {
        if (options.includeCursor) return;
        for (QCPItemStraightLine* marker : figure.markers()) {
            if (marker->visible()) m_hidden << marker;
            marker->setVisible(false);
        }
    }
    ~CursorsHidden() {
        for (QCPItemStraightLine* marker : m_hidden) marker->setVisible(true);
    }
    CursorsHidden(const CursorsHidden&) = delete;
    CursorsHidden& operator=(const CursorsHidden&) = delete;

private:
    QList<QCPItemStraightLine*> m_hidden;
};

// Draws the figure at options.size into any vector paint device whose logical DPI is 96.
void paintVector(Figure& figure, QPaintDevice& device, const ExportOptions& options,
                 const QString& path) {
    QCPPainter painter;
    if (!painter.begin(&device)) fail(path, QStringLiteral("the painter could not start"));
    painter.setMode(QCPPainter::pmVectorized);
    painter.setWindow(QRect(QPoint(0, 0), options.size));
    const CursorsHidden cursors(figure, options);
    figure.toPainter(&painter, options.size.width(), options.size.height());
    painter.end();
}

// QImage stores dots per metre; 1 inch = 0.0254 m.
void setDpi(QImage& image, int dpi) {
    const int dotsPerMeter = int(std::lround(dpi / 0.0254));
    image.setDotsPerMeterX(dotsPerMeter);
    image.setDotsPerMeterY(dotsPerMeter);
}

void writePng(Figure& figure, QSaveFile& file, const ExportOptions& options) {
    QImage image = renderFigure(figure, options);
    if (!image.save(&file, "PNG")) fail(file.fileName(), QStringLiteral("PNG encoding failed"));
}

void writePdf(Figure& figure, QSaveFile& file, const ExportOptions& options) {
    QPdfWriter writer(&file);
    setSinglePage(writer, options.size, figure.title());
    paintVector(figure, writer, options, file.fileName());
}

void writeSvg(Figure& figure, QSaveFile& file, const ExportOptions& options) {
    QSvgGenerator svg;
    svg.setOutputDevice(&file);
    svg.setResolution(kScreenDpi);  // default 72 would shrink point-sized fonts
    svg.setSize(options.size);
    svg.setViewBox(QRect(QPoint(0, 0), options.size));
    svg.setTitle(figure.title());
    svg.setDescription(QStringLiteral("Exported from RNN Lab"));
    paintVector(figure, svg, options, file.fileName());
}

void writeCsv(Figure& figure, QSaveFile& file) {
    const QByteArray bytes = figureCsv(figure).toUtf8();
    if (file.write(bytes) != bytes.size()) fail(file.fileName(), file.errorString());
}

}  // namespace

QString formatSuffix(FigureFormat format) {
    switch (format) {
        case FigureFormat::Png:
            return QStringLiteral("png");
        case FigureFormat::Pdf:
            return QStringLiteral("pdf");
        case FigureFormat::Svg:
            return QStringLiteral("svg");
        case FigureFormat::Csv:
            return QStringLiteral("csv");
    }
    return {};
}

QString formatName(FigureFormat format) {
    switch (format) {
        case FigureFormat::Png:
            return QObject::tr("PNG image");
        case FigureFormat::Pdf:
            return QObject::tr("PDF document");
        case FigureFormat::Svg:
            return QObject::tr("SVG drawing");
        case FigureFormat::Csv:
            return QObject::tr("CSV data");
    }
    return {};
}

QList<FigureFormat> allFigureFormats() {
    return {FigureFormat::Png, FigureFormat::Pdf, FigureFormat::Svg, FigureFormat::Csv};
}

std::optional<FigureFormat> parseFigureFormat(const QString& text) {
    for (FigureFormat f : allFigureFormats()) {
        if (text.compare(formatSuffix(f), Qt::CaseInsensitive) == 0) return f;
    }
    return std::nullopt;
}

QSize rasterSize(const ExportOptions& options) {
    const double scale = double(options.dpi) / kScreenDpi;
    return QSize(int(std::lround(options.size.width() * scale)),
                 int(std::lround(options.size.height() * scale)));
}

QImage renderFigure(Figure& figure, const ExportOptions& options) {
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
    const CursorsHidden cursors(figure, options);
    figure.toPainter(&painter, options.size.width(), options.size.height());
    painter.end();
    setDpi(image, options.dpi);
    return image;
}

void exportFigure(Figure& figure, const QString& path, FigureFormat format,
                  const ExportOptions& options) {
    checkSize(path, options);
    QSaveFile file(path);
    openOrFail(file);
    switch (format) {
        case FigureFormat::Png:
            writePng(figure, file, options);
            break;
        case FigureFormat::Pdf:
            writePdf(figure, file, options);
            break;
        case FigureFormat::Svg:
            writeSvg(figure, file, options);
            break;
        case FigureFormat::Csv:
            writeCsv(figure, file);
            break;
    }
    commitOrFail(file);
}

void copyFigureToClipboard(Figure& figure, const ExportOptions& options) {
    QGuiApplication::clipboard()->setImage(renderFigure(figure, options));
}

}  // namespace rnnlab::ui
