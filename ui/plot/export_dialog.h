#pragma once
// "Export figure": format, file and size for one figure, or for one picture that is not a plot
// (the unrolled network): the same dialog without CSV, which a picture does not have, and
// without the time cursor, which a figure adds and a picture draws as part of itself.

#include <QDialog>

#include "ui/plot/figure_export.h"

class QCheckBox;
class QComboBox;
class QLineEdit;

namespace rnnlab::ui {

class ExportSizeWidget;

enum class ExportSubject { Figure, Picture };

class ExportDialog : public QDialog {
    Q_OBJECT
public:
    // The file name is proposed from the figure title in the last export folder.
    ExportDialog(const QString& figureTitle, FigureFormat format, QWidget* parent = nullptr,
                 ExportSubject subject = ExportSubject::Figure);

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
