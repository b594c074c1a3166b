#pragma once
// "Export figure": format, file and size for one figure.

#include <QDialog>

#include "ui/plot/figure_export.h"

class QCheckBox;
class QComboBox;
class QLineEdit;

namespace rnnlab::ui {

class ExportSizeWidget;

class ExportDialog : public QDialog {
    Q_OBJECT
public:
    // The file name is proposed from the figure title in the last export folder.
    ExportDialog(const QString& figureTitle, FigureFormat format, QWidget* parent = nullptr);

    QString path() const;  // with the format's suffix appended when missing
    FigureFormat format() const;
    ExportOptions options() const;

    void accept() override;

private:
    void browse();
    void formatChanged();

    QComboBox* m_format = nullptr;
    QLineEdit* m_path = nullptr;
    ExportSizeWidget* m_size = nullptr;
    QCheckBox* m_cursor = nullptr;
};

}  // namespace rnnlab::ui
