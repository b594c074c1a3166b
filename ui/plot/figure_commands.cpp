#include "ui/plot/figure_commands.h"

#include <QMenu>
#include <QMessageBox>
#include <functional>

#include "core/base/errors.h"
#include "ui/plot/export_all_dialog.h"
#include "ui/plot/export_dialog.h"
#include "ui/plot/figure.h"
#include "ui/plot/figure_collection.h"
#include "ui/ui_text_translation.h"

namespace rnnlab::ui {

namespace {

QString exportActionText(FigureFormat format) {
    return format == FigureFormat::Csv
               ? QObject::tr("Export data as CSV\u2026")
               : QObject::tr("Export as %1\u2026").arg(formatSuffix(format).toUpper());
}

using WriteExport =
    std::function<void(const QString& path, FigureFormat format, const ExportOptions& options)>;

// Runs the dialog, writes what it asks for, reports a failure in a message box. Returns the
// written path, or an empty string when cancelled or failed.
QString exportWithDialog(ExportDialog& dialog, QWidget* parent, const WriteExport& write) {
    if (dialog.exec() != QDialog::Accepted) return {};
    try {
        write(dialog.path(), dialog.format(), dialog.options());
    } catch (const FileError& e) {
        QMessageBox::warning(parent, QObject::tr("Export failed"), translatedUserMessage(e));
        return {};
    }
    return dialog.path();
}

}  // namespace

void showFigureMenu(Figure& figure, const QPoint& globalPos) {
    QMenu menu(&figure);
    for (FigureFormat format : allFigureFormats()) {
        menu.addAction(exportActionText(format), &figure,
                       [&figure, format] { exportFigureInteractively(figure, format, &figure); });
    }
    menu.addSeparator();
    menu.addAction(QObject::tr("Copy image"), &figure, [&figure] { copyFigureImage(figure); });
    menu.addSeparator();
    menu.addAction(QObject::tr("Reset view"), &figure, &Figure::resetView);
    menu.exec(globalPos);
}

void addPictureExportActions(QMenu& menu, const PaintedPicture& picture, QWidget* parent) {
    for (FigureFormat format : pictureFormats()) {
        menu.addAction(exportActionText(format), parent, [&picture, format, parent] {
            exportPictureInteractively(picture, format, parent);
        });
    }
    menu.addAction(QObject::tr("No CSV: a picture has no data"))->setEnabled(false);
}

QString exportFigureInteractively(Figure& figure, FigureFormat format, QWidget* parent) {
    ExportDialog dialog(figure.title(), format, parent);
    return exportWithDialog(
        dialog, parent,
        [&figure](const QString& path, FigureFormat f, const ExportOptions& options) {
            exportFigure(figure, path, f, options);
        });
}

QString exportPictureInteractively(const PaintedPicture& picture, FigureFormat format,
                                   QWidget* parent) {
    ExportDialog dialog(picture.pictureTitle(), format, parent, ExportSubject::Picture);
    return exportWithDialog(
        dialog, parent,
        [&picture](const QString& path, FigureFormat f, const ExportOptions& options) {
            exportPicture(picture, path, f, options);
        });
}

void copyFigureImage(Figure& figure) {
    copyFigureToClipboard(figure, ExportOptions{figure.size(), kScreenDpi});
}

int exportAllFiguresInteractively(QWidget& root) {
    const QList<Figure*> figures = figuresIn(root);
    const QList<const PaintedPicture*> pictures = picturesIn(root);
    if (figures.isEmpty() && pictures.isEmpty()) {
        QMessageBox::information(&root, QObject::tr("Export all figures"),
                                 QObject::tr("This window shows no figures yet."));
        return 0;
    }
    ExportAllDialog dialog(int(figures.size() + pictures.size()), &root);
    if (dialog.exec() != QDialog::Accepted) return 0;
    try {
        return int(
            exportFigures(figures, dialog.directory(), dialog.formats(), dialog.options(), pictures)
                .size());
    } catch (const FileError& e) {
        QMessageBox::warning(&root, QObject::tr("Export failed"), translatedUserMessage(e));
        return 0;
    }
}

}  // namespace rnnlab::ui
