#include "ui/plot/export_dialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>

#include "ui/plot/export_size_widget.h"
#include "ui/plot/figure_collection.h"

namespace rnnlab::ui {

ExportDialog::ExportDialog(const QString& figureTitle, FigureFormat format, QWidget* parent,
                           ExportSubject subject)
    : QDialog(parent) {
    const bool figure = subject == ExportSubject::Figure;
    setWindowTitle(tr("Export \u201c%1\u201d").arg(figureTitle));
    m_format = new QComboBox(this);
    for (FigureFormat f : figure ? allFigureFormats() : pictureFormats()) {
        m_format->addItem(QStringLiteral("%1 (*.%2)").arg(formatName(f), formatSuffix(f)), int(f));
    }
    m_format->setCurrentIndex(m_format->findData(int(format)));

    m_path = new QLineEdit(this);
    m_path->setMinimumWidth(360);
    m_path->setText(
        QDir(loadExportDirectory())
            .filePath(figureFileStem(figureTitle) + QLatin1Char('.') + formatSuffix(format)));
    auto* browseButton = new QPushButton(tr("Browse\u2026"), this);
    auto* file = new QHBoxLayout;
    file->addWidget(m_path, 1);
    file->addWidget(browseButton);

    m_size = new ExportSizeWidget(this);
    m_size->setOptions(loadExportOptions());
    m_cursor = new QCheckBox(tr("Include the time cursor"), this);
    m_cursor->setToolTip(tr("The dashed line that marks the current step on screen"));

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Export"));

    auto* form = new QFormLayout(this);
    form->addRow(tr("Format:"), m_format);
    form->addRow(tr("File:"), file);
    form->addRow(m_size);
    if (figure)
        form->addRow(m_cursor);
    else
        m_cursor->hide();
    form->addRow(buttons);

    connect(browseButton, &QPushButton::clicked, this, &ExportDialog::browse);
    connect(m_format, &QComboBox::currentIndexChanged, this, &ExportDialog::formatChanged);
    connect(buttons, &QDialogButtonBox::accepted, this, &ExportDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ExportDialog::reject);
    formatChanged();
}

FigureFormat ExportDialog::format() const {
    return FigureFormat(m_format->currentData().toInt());
}

ExportOptions ExportDialog::options() const {
    ExportOptions options = m_size->options();
    options.includeCursor = m_cursor->isChecked();
    return options;
}

QString ExportDialog::path() const {
    QString p = m_path->text().trimmed();
    const QString suffix = QLatin1Char('.') + formatSuffix(format());
    if (!p.isEmpty() && !p.endsWith(suffix, Qt::CaseInsensitive)) p += suffix;
    return p;
}

void ExportDialog::formatChanged() {
    const FigureFormat f = format();
    m_size->setDpiEnabled(f == FigureFormat::Png);
    m_size->setEnabled(f != FigureFormat::Csv);
    m_cursor->setEnabled(f != FigureFormat::Csv);
    // Keep the typed name, switch its suffix.
    const QFileInfo info(m_path->text().trimmed());
    if (!info.fileName().isEmpty()) {
        m_path->setText(
            info.dir().filePath(info.completeBaseName() + QLatin1Char('.') + formatSuffix(f)));
    }
}

void ExportDialog::browse() {
    const FigureFormat f = format();
    const QString chosen = QFileDialog::getSaveFileName(
        this, tr("Export figure"), m_path->text(),
        QStringLiteral("%1 (*.%2)").arg(formatName(f), formatSuffix(f)));
    if (!chosen.isEmpty()) m_path->setText(chosen);
}

void ExportDialog::accept() {
    if (path().isEmpty()) {
        QMessageBox::warning(this, windowTitle(), tr("Choose a file to export to."));
        return;
    }
    saveExportOptions(options());
    saveExportDirectory(QFileInfo(path()).absolutePath());
    QDialog::accept();
}

}  // namespace rnnlab::ui
