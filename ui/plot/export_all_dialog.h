#pragma once
// "Export all figures": a folder, the formats and the size for every figure of the window.

#include <QDialog>
#include <QList>
#include <QMap>

#include "ui/plot/figure_export.h"

class QCheckBox;
class QLineEdit;

namespace rnnlab::ui {

class ExportSizeWidget;

class ExportAllDialog : public QDialog {
    Q_OBJECT
public:
    ExportAllDialog(int figureCount, QWidget* parent = nullptr);

    QString directory() const;
    QList<FigureFormat> formats() const;
    ExportOptions options() const;

    void accept() override;

private:
    void browse();
    void updateDpi();

    QLineEdit* m_directory = nullptr;
    QMap<FigureFormat, QCheckBox*> m_formats;
    ExportSizeWidget* m_size = nullptr;
};

}  // namespace rnnlab::ui
