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

QStringList exportFigures(const QList<Figure*>& figures, const QString& dir,
                          const QList<FigureFormat>& formats, const ExportOptions& options) {
    if (!QDir().mkpath(dir)) {
        throw FileError(
            QStringLiteral("%1: cannot create the export folder").arg(dir).toStdString());
    }
    QStringList written;
    QSet<QString> usedStems;
    for (Figure* figure : figures) {
        const QString base = figureFileStem(figure->title());
        QString stem = base;
        for (int n = 2; usedStems.contains(stem); ++n)
            stem = QStringLiteral("%1-%2").arg(base).arg(n);
        usedStems.insert(stem);
        for (FigureFormat format : formats) {
            const QString path = QDir(dir).filePath(stem + QLatin1Char('.') + formatSuffix(format));
            exportFigure(*figure, path, format, options);
            written << path;
        }
    }
    return written;
}

}  // namespace rnnlab::ui
