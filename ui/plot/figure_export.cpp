#include "ui/plot/figure_export.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QImage>
#include <QSaveFile>

#include "ui/plot/figure.h"
#include "ui/plot/figure_csv.h"
#include "ui/plot/picture_export.h"

namespace rnnlab::ui {

namespace {

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

// The figure as a picture (picture_export.h), drawn at the size it is given.
PaintPicture figurePicture(Figure& figure) {
    return [&figure](QCPPainter& painter, const QSize& size) {
        figure.toPainter(&painter, size.width(), size.height());
    };
}

void writeCsv(Figure& figure, const QString& path) {
    writeExportFile(path, [&figure, &path](QSaveFile& file) {
        const QByteArray bytes = figureCsv(figure).toUtf8();
        if (file.write(bytes) != bytes.size()) exportFailed(path, file.errorString());
    });
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

QImage renderFigure(Figure& figure, const ExportOptions& options) {
    const CursorsHidden cursors(figure, options);
    return renderPicture(figurePicture(figure), options);
}

void exportFigure(Figure& figure, const QString& path, FigureFormat format,
                  const ExportOptions& options) {
    if (format == FigureFormat::Csv) return writeCsv(figure, path);
    const CursorsHidden cursors(figure, options);
    writePicture(figurePicture(figure), figure.title(), path, format, options);
}

void copyFigureToClipboard(Figure& figure, const ExportOptions& options) {
    QGuiApplication::clipboard()->setImage(renderFigure(figure, options));
}

}  // namespace rnnlab::ui
