#pragma once
// The data panel (left dock, next to the network builder): what the network learns from.
//   a list     generated series, memory tasks, symbol tasks, bundled datasets, texts and
//              labelled sentences (descriptions, sources and licences as tooltips), and the
//              files loaded last: a CSV file, a text and a labelled file
//   Load file  a menu: a series (CSV: a file dialog, then CsvImportDialog with preview,
//              columns, missing values), a text for a character model (.txt), labelled
//              sentences (.tsv, .txt or .csv)
//   an error   in red, naming file:line:column, when data could not be loaded; the data loaded
//              before stays
//   summary    rows, why the label, target and inputs are these (column_roles.h), the windows
//              of each part, and a warning when validation or test has too few to mean much
//   columns    the target and the inputs of a file or dataset, one tick each
//   settings   the generator's parameters; normalisation, split and stride
// Choices go to the ExperimentController at once; the panel follows its signals.

#include <QWidget>
#include <map>
#include <optional>

#include "core/train/data_source.h"

class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QPushButton;
class QSpinBox;
class QTreeWidget;
class QTreeWidgetItem;

namespace rnnlab::ui {

class CollapsibleSection;
class ColumnsBox;
class CsvImportDialog;
class ErrorLabel;
class ExperimentController;
class GeneratorParametersBox;

class DataPanel : public QWidget {
    Q_OBJECT
public:
    explicit DataPanel(ExperimentController& controller, QWidget* parent = nullptr);

    QTreeWidget* sourceList() const { return m_sources; }
    QString errorText() const;
    QString summaryText() const;

    // Opens the import dialog for path (window-modal, returns at once); Load loads the file.
    CsvImportDialog* showImportDialog(const QString& path);

public slots:
    // A file dialog, then the import dialog.
    void loadCsv();
    // A file dialog, then the file as the data (ExperimentController::openText, openLabelled).
    void loadText();
    void loadLabelled();

private:
    QWidget* buildPreparationForm();
    void addSourceItems();
    void showDataSource();
    void showError(const QString& message);
    void showSummary();
    void sourceChosen(QTreeWidgetItem* item);
    void preparationEdited();
    void generatorEdited();
    void showColumns();
    void columnsEdited();
    // The file of a source loaded from a file, listed under "Your files".
    void rememberFile(const DataSource& source);
    // Where the file dialog for a kind of file starts: the last such file's folder.
    QString lastFolder(DataSourceKind kind) const;

    ExperimentController& m_controller;
    QTreeWidget* m_sources = nullptr;
    // The file of each kind loaded last (CSV, text, labelled), once there is one.
    struct LoadedFile {
        QTreeWidgetItem* item = nullptr;
        DataSource source;
    };
    std::map<DataSourceKind, LoadedFile> m_files;
    QTreeWidgetItem* m_filesGroup = nullptr;
    QPushButton* m_loadFile = nullptr;
    ErrorLabel* m_error = nullptr;
    QLabel* m_summary = nullptr;
    CollapsibleSection* m_generatorSection = nullptr;
    GeneratorParametersBox* m_generator = nullptr;
    CollapsibleSection* m_columnsSection = nullptr;
    ColumnsBox* m_columns = nullptr;
    QComboBox* m_normalisation = nullptr;
    QDoubleSpinBox* m_train = nullptr;
    QDoubleSpinBox* m_validation = nullptr;
    QLabel* m_test = nullptr;
    QSpinBox* m_stride = nullptr;
};

}  // namespace rnnlab::ui
