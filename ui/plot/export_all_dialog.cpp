#include "ui/plot/export_all_dialog.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>

#include "ui/plot/export_size_widget.h"

namespace rnnlab::ui {

namespace {
const QString kFormatsKey = QStringLiteral("export/allFormats");
}

ExportAllDialog::ExportAllDialog(int figureCount, QWidget* parent) : QDialog(parent) {
    setWindowTitle(figureCount == 1 ? tr("Export all figures (1 figure)")
                                    : tr("Export all figures (%1 figures)").arg(figureCount));
    m_directory = new QLineEdit(loadExportDirectory(), this);
    m_directory->setMinimumWidth(360);
    auto* browseButton = new QPushButton(tr("Browse\u2026"), this);
    auto* folder = new QHBoxLayout;
    folder->addWidget(m_directory, 1);
    folder->addWidget(browseButton);

    const QStringList chosen =
        QSettings().value(kFormatsKey, QStringList{QStringLiteral("png")}).toStringList();
    auto* formats = new QHBoxLayout;
    for (FigureFormat f : allFigureFormats()) {
        auto* box = new QCheckBox(formatSuffix(f).toUpper(), this);
        box->setToolTip(formatName(f));
        box->setChecked(chosen.contains(formatSuffix(f)));
        connect(box, &QCheckBox::toggled, this, &ExportAllDialog::updateDpi);
        m_formats.insert(f, box);
        formats->addWidget(box);
    }
    formats->addStretch();

    m_size = new ExportSizeWidget(this);
    m_size->setOptions(loadExportOptions());

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Export"));

    auto* form = new QFormLayout(this);
    form->addRow(tr("Folder:"), folder);
    form->addRow(tr("Formats:"), formats);
    form->addRow(m_size);
    form->addRow(buttons);

    connect(browseButton, &QPushButton::clicked, this, &ExportAllDialog::browse);
    connect(buttons, &QDialogButtonBox::accepted, this, &ExportAllDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ExportAllDialog::reject);
    updateDpi();
}

QString ExportAllDialog::directory() const {
    return m_directory->text().trimmed();
}

QList<FigureFormat> ExportAllDialog::formats() const {
    QList<FigureFormat> out;
    for (auto it = m_formats.cbegin(); it != m_formats.cend(); ++it) {
        if (it.value()->isChecked()) out << it.key();
    }
    return out;
}

ExportOptions ExportAllDialog::options() const {
    return m_size->options();
}

void ExportAllDialog::updateDpi() {
    m_size->setDpiEnabled(m_formats[FigureFormat::Png]->isChecked());
}

void ExportAllDialog::browse() {
    const QString dir = QFileDialog::getExistingDirectory(this, tr("Export into"), directory());
    if (!dir.isEmpty()) m_directory->setText(dir);
}

void ExportAllDialog::accept() {
    if (directory().isEmpty() || formats().isEmpty()) {
        QMessageBox::warning(this, windowTitle(), tr("Choose a folder and at least one format."));
        return;
    }
    QStringList suffixes;
    for (FigureFormat f : formats()) suffixes << formatSuffix(f);
    QSettings().setValue(kFormatsKey, suffixes);
    saveExportOptions(options());
    saveExportDirectory(directory());
    QDialog::accept();
}

}  // namespace rnnlab::ui
