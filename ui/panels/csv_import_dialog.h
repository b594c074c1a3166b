#pragma once
// "Load CSV...": how to read a delimited file, with a preview of its first rows.
//   format      delimiter, header row, decimal comma (each "detect" by default), the cells
//               that mean missing, and whether a year x month table is read as one series
//   preview     the first 100 rows as the reader sees them; missing cells marked
//   columns     the label (time) column, the target, the inputs (none ticked: the target
//               alone), what to do with missing values; and why the reader chose what it chose
// Errors of the preview appear in the dialog, naming line and column. Load hands the options
// to the data panel, which loads the whole file.

#include <QDialog>

#include "core/data/csv_reader.h"
#include "ui/panels/csv_preview.h"

class QComboBox;
class QDialogButtonBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QTableWidget;

namespace rnnlab::ui {

class ErrorLabel;

class CsvImportDialog : public QDialog {
    Q_OBJECT
public:
    // options: the choices to start from (the last ones used for this file, or defaults).
    CsvImportDialog(const QString& path, const CsvOptions& options, QWidget* parent = nullptr);

    QString path() const { return m_path; }
    CsvOptions options() const;
    const CsvPreview& preview() const { return m_preview; }
    // The message under the preview: the parser's error, or what was found.
    QString messageText() const;

private:
    void createControls(const CsvOptions& options);
    QGroupBox* formatBox();
    QGroupBox* columnsBox();
    void layOut(const QString& path);
    void refreshPreview();
    void fillColumnPickers(const CsvOptions& current);
    void fillTable();

    QString m_path;
    QByteArray m_head;
    CsvPreview m_preview;
    CsvOptions m_initial;

    QComboBox* m_delimiter = nullptr;
    QComboBox* m_header = nullptr;
    QComboBox* m_decimalComma = nullptr;
    QLineEdit* m_missingMarkers = nullptr;
    QComboBox* m_unpivot = nullptr;
    QComboBox* m_label = nullptr;
    QComboBox* m_target = nullptr;
    QListWidget* m_inputs = nullptr;
    QComboBox* m_missing = nullptr;
    QTableWidget* m_table = nullptr;
    ErrorLabel* m_error = nullptr;
    QLabel* m_message = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
};

}  // namespace rnnlab::ui
