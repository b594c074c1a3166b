#include "ui/plot/figure_commands.h"

#include <QMenu>
#include <QMessageBox>

#include "core/base/errors.h"
#include "ui/plot/export_all_dialog.h"
#include "ui/plot/export_dialog.h"
#include "ui/plot/figure.h"
#include "ui/plot/figure_collection.h"

namespace rnnlab::ui {

void showFigureMenu(Figure& figure, const QPoint& globalPos) {
    QMenu menu(&figure);
    for (FigureFormat format : allFigureFormats()) {
        const QString text =
            format == FigureFormat::Csv
                ? QObject::tr("Export data as CSV\u2026")
                : QObject::tr("Export as %1\u2026").arg(formatSuffix(format).toUpper());
        menu.addAction(text, &figure,
                       [&figure, format] { exportFigureInteractively(figure, format, &figure); });
    }
    menu.addSeparator();
    menu.addAction(QObject::tr("Copy image"), &figure, [&figure] { copyFigureImage(figure); });
    menu.addSeparator();
    menu.addAction(QObject::tr("Reset view"), &figure, &Figure::resetView);
    menu.exec(globalPos);
}

QString exportFigureInteractively(Figure& figure, FigureFormat format, QWidget* parent) {
    ExportDialog dialog(figure.title(), format, parent);
    if (dialog.exec() != QDialog::Accepted) return {};
    try {
        exportFigure(figure, dialog.path(), dialog.format(), dialog.options());
    } catch (const FileError& e) {
        QMessageBox::warning(parent, QObject::tr("Export failed"),
                             QString::fromStdString(e.what()));
        return {};
    }
    return dialog.path();
}

void copyFigureImage(Figure& figure) {
    copyFigureToClipboard(figure, ExportOptions{figure.size(), kScreenDpi});
}

int exportAllFiguresInteractively(QWidget& root) {
    const QList<Figure*> figures = figuresIn(root);
    if (figures.isEmpty()) {
        QMessageBox::information(&root, QObject::tr("Export all figures"),
                                 QObject::tr("This window shows no figures yet."));
        return 0;
    }
    ExportAllDialog dialog(int(figures.size()), &root);
    if (dialog.exec() != QDialog::Accepted) return 0;
    try {
        return int(
            exportFigures(figures, dialog.directory(), dialog.formats(), dialog.options()).size());
    } catch (const FileError& e) {
        QMessageBox::warning(&root, QObject::tr("Export failed"), QString::fromStdString(e.what()));
        return 0;
    }
}

}  // namespace rnnlab::ui
