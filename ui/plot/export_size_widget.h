#pragma once
// The size and DPI fields shared by the export dialogs, with the resulting pixel size.

#include <QWidget>

#include "ui/plot/figure_export.h"

class QLabel;
class QSpinBox;

namespace rnnlab::ui {

class ExportSizeWidget : public QWidget {
    Q_OBJECT
public:
    explicit ExportSizeWidget(QWidget* parent = nullptr);

    ExportOptions options() const;
    void setOptions(const ExportOptions& options);
    // DPI only matters for raster output; the field is disabled for vector formats.
    void setDpiEnabled(bool enabled);

private:
    void updatePixelLabel();

    QSpinBox* m_width = nullptr;
    QSpinBox* m_height = nullptr;
    QSpinBox* m_dpi = nullptr;
    QLabel* m_pixels = nullptr;
};

// The last export options, remembered across sessions (QSettings "export/...").
ExportOptions loadExportOptions();
void saveExportOptions(const ExportOptions& options);
QString loadExportDirectory();
void saveExportDirectory(const QString& dir);

}  // namespace rnnlab::ui
