#include "ui/panels/csv_import_dialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

#include "core/base/errors.h"
#include "ui/panels/error_label.h"
#include "ui/panels/form_rows.h"
#include "ui/theme/theme.h"
#include "ui/ui_text_translation.h"

namespace rnnlab::ui {

namespace {

// Entries of the label menu before the column names.
enum LabelEntry { DetectLabel = 0, NoLabel = 1, FirstLabelColumn = 2 };

QString delimiterName(Delimiter d) {
    switch (d) {
        case Delimiter::Comma:
            return QObject::tr("comma-separated");
        case Delimiter::Semicolon:
            return QObject::tr("semicolon-separated");
        case Delimiter::Tab:
            return QObject::tr("tab-separated");
        case Delimiter::Whitespace:
            return QObject::tr("space-separated");
        case Delimiter::Auto:
            break;
    }
    return QObject::tr("delimited");
}

QString quotedList(const std::vector<std::string>& names) {
    QStringList quoted;
    for (const std::string& n : names)
        quoted << QStringLiteral("\u201c%1\u201d").arg(QString::fromStdString(n));
    return quoted.join(QStringLiteral(", "));
}

}  // namespace

CsvImportDialog::CsvImportDialog(const QString& path, const CsvOptions& options, QWidget* parent)
    : QDialog(parent), m_path(path), m_initial(options) {
    setWindowTitle(tr("Load CSV \u2013 %1").arg(QFileInfo(path).fileName()));
    createControls(options);
    layOut(path);
    try {
        m_head = fileHead(path, kPreviewRows);
    } catch (const FileError& e) {
        m_preview.error = translatedUserMessage(e);
    }
    for (QComboBox* box : {m_delimiter, m_header, m_decimalComma, m_unpivot, m_label})
        connect(box, &QComboBox::currentIndexChanged, this, &CsvImportDialog::refreshPreview);
    connect(m_missingMarkers, &QLineEdit::editingFinished, this, &CsvImportDialog::refreshPreview);
    refreshPreview();
}

// The settings' controls, showing the options the dialog opened with.
void CsvImportDialog::createControls(const CsvOptions& options) {
    m_delimiter = makeComboBox({{tr("Detect"), int(Delimiter::Auto)},
                                {tr("Comma ,"), int(Delimiter::Comma)},
                                {tr("Semicolon ;"), int(Delimiter::Semicolon)},
                                {tr("Tab"), int(Delimiter::Tab)},
                                {tr("Spaces"), int(Delimiter::Whitespace)}},
                               this);
    m_header = makeComboBox({{tr("Detect"), int(HeaderMode::Auto)},
                             {tr("Yes"), int(HeaderMode::Yes)},
                             {tr("No"), int(HeaderMode::No)}},
                            this);
    m_decimalComma = makeComboBox({{tr("Detect (with ;)"), int(DecimalComma::Auto)},
                                   {tr("Yes: 3,14"), int(DecimalComma::Yes)},
                                   {tr("No: 3.14"), int(DecimalComma::No)}},
                                  this);
    m_unpivot = makeComboBox({{tr("Detect"), int(Unpivot::Auto)},
                              {tr("One series"), int(Unpivot::Yes)},
                              {tr("As columns"), int(Unpivot::No)}},
                             this);
    m_missingMarkers = new QLineEdit(joinMissingMarkers(options.missingMarkers).c_str(), this);
    m_missingMarkers->setObjectName(QStringLiteral("missingMarkers"));
    m_unpivot->setObjectName(QStringLiteral("unpivot"));
    setComboValue(m_unpivot, options.unpivot);
    m_label = new QComboBox(this);
    m_label->setObjectName(QStringLiteral("labelColumn"));
    m_target = new QComboBox(this);
    m_target->setObjectName(QStringLiteral("targetColumn"));
    m_inputs = new QListWidget(this);
    m_inputs->setObjectName(QStringLiteral("inputColumns"));
    m_inputs->setMaximumHeight(120);
    m_missing = makeComboBox({{tr("Refuse the file"), int(MissingPolicy::Reject)},
                              {tr("Drop those rows"), int(MissingPolicy::Drop)},
                              {tr("Interpolate"), int(MissingPolicy::Interpolate)}},
                             this);
    m_delimiter->setObjectName(QStringLiteral("delimiter"));
    m_header->setObjectName(QStringLiteral("header"));
    m_decimalComma->setObjectName(QStringLiteral("decimalComma"));
    m_missing->setObjectName(QStringLiteral("missing"));
    setComboValue(m_delimiter, options.delimiter);
    setComboValue(m_header, options.header);
    setComboValue(m_decimalComma, options.decimalComma);
    setComboValue(m_missing, options.missing);
}

// How the file is read: delimiter, header, decimal comma, missing markers, year x month table.
QGroupBox* CsvImportDialog::formatBox() {
    auto* format = new QGroupBox(tr("Format"), this);
    auto* formatForm = new QFormLayout(format);
    addRow(formatForm, tr("Delimiter"), m_delimiter,
           tr("What separates the fields of a row. Detect looks at the first rows."));
    addRow(formatForm, tr("Header row"), m_header,
           tr("Whether the first row holds column names. Detect decides from the first rows."));
    addRow(formatForm, tr("Decimal comma"), m_decimalComma,
           tr("Whether numbers are written 3,14 (as many European spreadsheets do). Detect "
              "assumes so when fields are separated by semicolons."));
    addRow(formatForm, tr("Missing markers"), m_missingMarkers,
           tr("Cells that mean \u201cno value\u201d, separated by commas, in any case (empty "
              "cells always do). Spreadsheets write #N/A, statistics offices - or ., R NA."));
    addRow(formatForm, tr("Year \u00d7 month table"), m_unpivot,
           tr("A table with one row per year and a column per month (or quarter), like the "
              "airline passengers: read it as one series in time order (Detect does, when the "
              "header names the 12 months or 4 quarters), or as separate columns."));
    return format;
}

// What the columns are for: the label, the target, the inputs, and missing values.
QGroupBox* CsvImportDialog::columnsBox() {
    auto* columns = new QGroupBox(tr("Columns"), this);
    auto* columnsForm = new QFormLayout(columns);
    addRow(columnsForm, tr("Time / label column"), m_label,
           tr("A column of dates or names that labels the rows (it is shown on the time axis, "
              "never fed to the network). Detect picks the first column of dates, months, "
              "years or an index (by its values), else the first text column."));
    addRow(columnsForm, tr("Target"), m_target,
           tr("The column the network learns to predict. Detect takes the last numeric column "
              "that is not a time axis (dates, years, an index)."));
    addRow(columnsForm, tr("Inputs"), m_inputs,
           tr("The columns the network reads at each step. Tick none for the target alone, as "
              "in most forecasting; the data panel adds others with one tick."));
    addRow(columnsForm, tr("Missing values"), m_missing,
           tr("What to do with empty, NA or NaN cells: refuse the file and say where, drop the "
              "rows that have them, or fill them in linearly from their neighbours."));
    return columns;
}

// The file's path, the settings side by side, the preview table, messages and the buttons.
void CsvImportDialog::layOut(const QString& path) {
    m_table = new QTableWidget(this);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionMode(QAbstractItemView::NoSelection);
    m_table->setToolTip(
        tr("The first %1 rows of the file, read with these settings.").arg(kPreviewRows));
    m_message = new QLabel(this);
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error = new ErrorLabel(this);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Load"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* settings = new QHBoxLayout;
    settings->addWidget(formatBox());
    settings->addWidget(columnsBox(), 1);
    auto* layout = new QVBoxLayout(this);
    auto* file = new QLabel(QDir::toNativeSeparators(path), this);
    file->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(file);
    layout->addLayout(settings);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_error);
    layout->addWidget(m_message);
    layout->addWidget(m_buttons);
    resize(900, 640);
}

CsvOptions CsvImportDialog::options() const {
    CsvOptions o = m_initial;
    o.delimiter = comboValue<Delimiter>(m_delimiter);
    o.header = comboValue<HeaderMode>(m_header);
    o.decimalComma = comboValue<DecimalComma>(m_decimalComma);
    o.missing = comboValue<MissingPolicy>(m_missing);
    o.missingMarkers = parseMissingMarkers(m_missingMarkers->text().toStdString());
    o.unpivot = comboValue<Unpivot>(m_unpivot);
    // Until the preview has filled the column menus, the choices given stay.
    if (m_label->count() == 0) return o;
    switch (m_label->currentIndex()) {
        case DetectLabel:
            o.labelColumn.reset();
            break;
        case NoLabel:
            o.labelColumn = std::string();
            break;
        default:
            o.labelColumn = m_label->currentText().toStdString();
    }
    o.targetColumn = m_target->currentIndex() > 0 ? m_target->currentText().toStdString() : "";
    o.inputColumns.clear();
    o.allInputs = false;
    for (int i = 0; i < m_inputs->count(); ++i) {
        if (m_inputs->item(i)->checkState() == Qt::Checked)
            o.inputColumns.push_back(m_inputs->item(i)->text().toStdString());
    }
    return o;
}

QString CsvImportDialog::messageText() const {
    return m_preview.error.isEmpty() ? m_message->text() : m_error->text();
}

void CsvImportDialog::refreshPreview() {
    const CsvOptions o = options();
    if (!m_head.isNull()) m_preview = previewCsv(m_head, QFileInfo(m_path).fileName(), o);
    fillColumnPickers(o);
    fillTable();
    m_error->showError(m_preview.error);
    if (!m_preview.error.isEmpty()) {
        m_message->clear();
        return;
    }
    const LoadedCsv& l = m_preview.loaded;
    QString text = tr("Read as %1, %2")
                       .arg(delimiterName(l.format.delimiter),
                            l.format.header ? tr("with a header row") : tr("without a header row"));
    if (l.format.decimalComma) text += tr(", decimal comma");
    if (!l.series.labelName.empty())
        text += tr("; label column \u201c%1\u201d").arg(QString::fromStdString(l.series.labelName));
    const std::size_t columns = l.series.names.size();
    text += columns == 1 ? tr("; 1 numeric column") : tr("; %1 numeric columns").arg(columns);
    const std::size_t missing = l.missing.cells.size();
    if (missing == 1) text += tr("; 1 missing cell in these rows");
    if (missing > 1) text += tr("; %1 missing cells in these rows").arg(missing);
    if (!l.ignoredColumns.empty())
        text += tr("; text columns left out: %1").arg(quotedList(l.ignoredColumns));
    if (!l.wideTable.empty() && !l.unpivoted)
        text += tr("; a %1 table, read as columns").arg(QString::fromStdString(l.wideTable));
    text += QLatin1Char('.');
    if (!m_preview.choice.isEmpty()) text += QLatin1Char('\n') + m_preview.choice;
    m_message->setText(text);
}

void CsvImportDialog::fillColumnPickers(const CsvOptions& current) {
    const QString label =
        current.labelColumn ? QString::fromStdString(*current.labelColumn) : QString();
    const QString target = QString::fromStdString(current.targetColumn);
    QSet<QString> ticked;
    for (const std::string& n : current.inputColumns) ticked << QString::fromStdString(n);

    const QSignalBlocker blockLabel(m_label);
    m_label->clear();
    m_label->addItems({tr("(detect)"), tr("(none)")});
    m_label->addItems(m_preview.allColumns);
    if (!current.labelColumn) {
        m_label->setCurrentIndex(DetectLabel);
    } else if (label.isEmpty()) {
        m_label->setCurrentIndex(NoLabel);
    } else {
        const int i = m_label->findText(label);
        if (i < 0) m_label->addItem(label);  // named but not found: the load will say so
        m_label->setCurrentIndex(m_label->findText(label));
    }

    m_target->clear();
    m_target->addItem(tr("(detect)"));
    m_inputs->clear();
    const std::vector<std::string>& names = m_preview.loaded.series.numericColumns;
    for (std::size_t c = 0; c < names.size() && c < std::size_t(kMaxListedColumns); ++c) {
        const QString name = QString::fromStdString(names[c]);
        m_target->addItem(name);
        auto* item = new QListWidgetItem(name, m_inputs);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        item->setCheckState(ticked.contains(name) ? Qt::Checked : Qt::Unchecked);
    }
    m_target->setCurrentIndex(target.isEmpty() ? 0 : qMax(0, m_target->findText(target)));
}

void CsvImportDialog::fillTable() {
    const Series& s = m_preview.loaded.series;
    const bool hasLabel = !s.labelName.empty();
    const int shown = int(std::min<std::size_t>(s.names.size(), kMaxListedColumns));
    const int columns = shown + (hasLabel ? 1 : 0);
    const int rows = int(std::min<Index>(s.rows(), kPreviewRows));
    m_table->clear();
    m_table->setColumnCount(columns);
    m_table->setRowCount(rows);
    QStringList headers;
    if (hasLabel) headers << QString::fromStdString(s.labelName);
    for (int c = 0; c < shown; ++c) headers << QString::fromStdString(s.names[std::size_t(c)]);
    m_table->setHorizontalHeaderLabels(headers);
    QStringList lines;
    const QColor muted = Theme::instance().style().mutedText;
    for (int r = 0; r < rows; ++r) {
        const long line = r < int(s.lines.size()) ? s.lines[std::size_t(r)] : r + 1;
        lines << QString::number(line);
        if (hasLabel)
            m_table->setItem(
                r, 0, new QTableWidgetItem(QString::fromStdString(s.labels[std::size_t(r)])));
        for (int c = 0; c < shown; ++c) {
            auto* item = new QTableWidgetItem;
            if (m_preview.missing.contains({line, c})) {
                item->setText(tr("missing"));
                item->setForeground(muted);
                QFont italic = item->font();
                italic.setItalic(true);
                item->setFont(italic);
            } else {
                item->setText(QString::number(s.columns[std::size_t(c)][std::size_t(r)], 'g', 10));
            }
            m_table->setItem(r, c + (hasLabel ? 1 : 0), item);
        }
    }
    m_table->setVerticalHeaderLabels(lines);  // the file's line numbers, as errors name them
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
}

}  // namespace rnnlab::ui
