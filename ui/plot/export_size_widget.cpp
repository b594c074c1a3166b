#include "ui/plot/export_size_widget.h"

#include <QDir>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QSettings>
#include <QSpinBox>

namespace rnnlab::ui {

namespace {

QSpinBox* makeSpin(int min, int max, const QString& suffix, QWidget* parent) {
    auto* spin = new QSpinBox(parent);
    spin->setRange(min, max);
    spin->setSuffix(suffix);
    spin->setAccelerated(true);
    return spin;
}

}  // namespace

ExportSizeWidget::ExportSizeWidget(QWidget* parent) : QWidget(parent) {
    m_width = makeSpin(100, 10000, tr(" px"), this);
    m_height = makeSpin(100, 10000, tr(" px"), this);
    m_dpi = makeSpin(36, 1200, tr(" DPI"), this);
    m_pixels = new QLabel(this);

    auto* size = new QHBoxLayout;
    size->addWidget(m_width);
    size->addWidget(new QLabel(QStringLiteral("\u00d7"), this));
    size->addWidget(m_height);
    size->addStretch();

    auto* form = new QFormLayout(this);
    form->setContentsMargins(0, 0, 0, 0);
    form->addRow(tr("Size (at 96 DPI):"), size);
    form->addRow(tr("Resolution:"), m_dpi);
    form->addRow(tr("Image:"), m_pixels);

    for (QSpinBox* spin : {m_width, m_height, m_dpi}) {
        connect(spin, &QSpinBox::valueChanged, this, &ExportSizeWidget::updatePixelLabel);
    }
    setOptions(ExportOptions{});
}

ExportOptions ExportSizeWidget::options() const {
    return ExportOptions{QSize(m_width->value(), m_height->value()), m_dpi->value()};
}

void ExportSizeWidget::setOptions(const ExportOptions& options) {
    m_width->setValue(options.size.width());
    m_height->setValue(options.size.height());
    m_dpi->setValue(options.dpi);
    updatePixelLabel();
}

void ExportSizeWidget::setDpiEnabled(bool enabled) {
    m_dpi->setEnabled(enabled);
    updatePixelLabel();
}

void ExportSizeWidget::updatePixelLabel() {
    const QSize px = rasterSize(options());
    m_pixels->setText(m_dpi->isEnabled()
                          ? tr("%1 \u00d7 %2 pixels").arg(px.width()).arg(px.height())
                          : tr("vector (scales without loss)"));
}

ExportOptions loadExportOptions() {
    const QSettings settings;
    ExportOptions o;
    o.size = settings.value(QStringLiteral("export/size"), o.size).toSize();
    o.dpi = settings.value(QStringLiteral("export/dpi"), o.dpi).toInt();
    return o;
}

void saveExportOptions(const ExportOptions& options) {
    QSettings settings;
    settings.setValue(QStringLiteral("export/size"), options.size);
    settings.setValue(QStringLiteral("export/dpi"), options.dpi);
}

QString loadExportDirectory() {
    return QSettings().value(QStringLiteral("export/directory"), QDir::homePath()).toString();
}

void saveExportDirectory(const QString& dir) {
    QSettings().setValue(QStringLiteral("export/directory"), dir);
}

}  // namespace rnnlab::ui
