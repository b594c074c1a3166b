#include "ui/plot/figure_collection.h"

#include <QDir>
#include <QSet>
#include <QWidget>

#include "core/base/errors.h"
#include "ui/plot/figure.h"

namespace rnnlab::ui {

QList<Figure*> figuresIn(const QWidget& root) {
    QList<Figure*> figures;
    for (Figure* f : root.findChildren<Figure*>()) {
        if (!f->isHidden()) figures << f;
    }
    return figures;
}

QList<const PaintedPicture*> picturesIn(const QWidget& root) {
    QList<const PaintedPicture*> pictures;
    for (const QWidget* w : root.findChildren<QWidget*>()) {
        const auto* picture = dynamic_cast<const PaintedPicture*>(w);
        if (picture && !w->isHidden()) pictures << picture;
    }
    return pictures;
}

QString figureFileStem(const QString& title) {
    QString stem;
    bool pendingDash = false;
    for (QChar c : title.normalized(QString::NormalizationForm_KD)) {
        const char a = c.toLatin1();
        const bool keep =
            (a >= 'a' && a <= 'z') || (a >= 'A' && a <= 'Z') || (a >= '0' && a <= '9');
        if (keep) {
            if (pendingDash && !stem.isEmpty()) stem += QLatin1Char('-');
            stem += QChar(a).toLower();
            pendingDash = false;
        } else if (!c.isMark()) {
            pendingDash = true;
        }
    }
    return stem.isEmpty() ? QStringLiteral("figure") : stem;
}

namespace {

// "-2", "-3", ... after a stem already used.
QString uniqueStem(const QString& title, QSet<QString>& used) {
    const QString base = figureFileStem(title);
    QString stem = base;
    for (int n = 2; used.contains(stem); ++n) stem = QStringLiteral("%1-%2").arg(base).arg(n);
    used.insert(stem);
    return stem;
}

QString exportPath(const QString& dir, const QString& stem, FigureFormat format) {
    return QDir(dir).filePath(stem + QLatin1Char('.') + formatSuffix(format));
}

}  // namespace

QStringList exportFigures(const QList<Figure*>& figures, const QString& dir,
                          const QList<FigureFormat>& formats, const ExportOptions& options,
                          const QList<const PaintedPicture*>& pictures, bool withHtml) {
    if (!QDir().mkpath(dir)) {
        throw FileError(
            QStringLiteral("%1: cannot create the export folder").arg(dir).toStdString());
    }
    QStringList written;
    QSet<QString> usedStems;
    for (Figure* figure : figures) {
        const QString stem = uniqueStem(figure->title(), usedStems);
        for (FigureFormat format : formats) {
            const QString path = exportPath(dir, stem, format);
            exportFigure(*figure, path, format, options);
            written << path;
        }
    }
    for (const PaintedPicture* picture : pictures) {
        const QString stem = uniqueStem(picture->pictureTitle(), usedStems);
        for (FigureFormat format : formats) {
            const QString path = exportPath(dir, stem, format);
            if (pictureFormats().contains(format)) {
                exportPicture(*picture, path, format, options);
            } else if (const QString csv = picture->pictureCsv(); !csv.isEmpty()) {
                writeExportText(path, csv);
            } else {
                continue;
            }
            written << path;
        }
        if (const QString html = withHtml ? picture->pictureHtml() : QString(); !html.isEmpty()) {
            const QString path = QDir(dir).filePath(stem + QStringLiteral(".html"));
            writeExportText(path, html);
            written << path;
        }
    }
    return written;
}

}  // namespace rnnlab::ui
