#include "ui/panels/data_panel.h"

#include <QComboBox>
#include <QDir>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QTreeWidget>
#include <QVBoxLayout>

#include "core/data/catalog.h"
#include "core/data/sequence_dataset.h"
#include "core/data/windowed_dataset.h"
#include "ui/experiment/experiment_controller.h"
#include "ui/help/whats_this.h"
#include "ui/panels/collapsible_section.h"
#include "ui/panels/columns_box.h"
#include "ui/panels/csv_import_dialog.h"
#include "ui/panels/error_label.h"
#include "ui/panels/form_rows.h"
#include "ui/panels/generator_parameters_box.h"
#include "ui/ui_text_translation.h"

namespace rnnlab::ui {

namespace {

constexpr int kKindRole = Qt::UserRole;      // DataSourceKind of an entry
constexpr int kNameRole = Qt::UserRole + 1;  // generator or bundled dataset name

QString qs(const std::string& s) {
    return QString::fromStdString(s);
}

QTreeWidgetItem* addGroup(QTreeWidget* tree, const QString& title) {
    auto* group = new QTreeWidgetItem(tree, {title});
    group->setFlags(Qt::ItemIsEnabled);
    QFont bold = group->font(0);
    bold.setBold(true);
    group->setFont(0, bold);
    group->setExpanded(true);
    return group;
}

QTreeWidgetItem* addEntry(QTreeWidgetItem* group, const QString& title, DataSourceKind kind,
                          const QString& name, const QString& tip) {
    auto* item = new QTreeWidgetItem(group, {title});
    item->setData(0, kKindRole, int(kind));
    item->setData(0, kNameRole, name);
    item->setToolTip(0, tip);
    return item;
}

QString number(long long n) {
    return QLocale::system().toString(n);
}

}  // namespace

DataPanel::DataPanel(ExperimentController& controller, QWidget* parent)
    : QWidget(parent), m_controller(controller) {
    setWhatsThisTopic(this, WhatsThisTopic::DataPanel);
    m_sources = new QTreeWidget(this);
    m_sources->setHeaderHidden(true);
    m_sources->setRootIsDecorated(false);
    m_sources->setIndentation(12);
    m_sources->setToolTip(
        tr("What the network learns from. Hover over an entry for what it is "
           "and where it comes from."));
    addSourceItems();
    m_loadCsv = new QPushButton(tr("Load CSV\u2026"), this);
    m_loadCsv->setToolTip(
        tr("Train on a series of your own: a CSV file with one row per time "
           "step (a date column is fine)."));
    m_error = new ErrorLabel(this);
    m_summary = new QLabel(this);
    m_summary->setWordWrap(true);
    m_generator = new GeneratorParametersBox(this);
    m_generatorSection = new CollapsibleSection(tr("Generator"), m_generator, true, this);
    m_columns = new ColumnsBox(this);
    m_columnsSection = new CollapsibleSection(tr("Columns"), m_columns, true, this);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_sources, 1);
    layout->addWidget(m_loadCsv);
    layout->addWidget(m_error);
    layout->addWidget(m_summary);
    layout->addWidget(m_generatorSection);
    layout->addWidget(m_columnsSection);
    layout->addWidget(
        new CollapsibleSection(tr("Preparation"), buildPreparationForm(), true, this));

    connect(m_sources, &QTreeWidget::itemClicked, this, &DataPanel::sourceChosen);
    connect(m_sources, &QTreeWidget::itemActivated, this, &DataPanel::sourceChosen);
    connect(m_loadCsv, &QPushButton::clicked, this, &DataPanel::loadCsv);
    connect(m_generator, &GeneratorParametersBox::edited, this, &DataPanel::generatorEdited);
    connect(m_columns, &ColumnsBox::edited, this, &DataPanel::columnsEdited);
    connect(&m_controller, &ExperimentController::dataChanged, this, [this] {
        showError(QString());
        showDataSource();
    });
    connect(&m_controller, &ExperimentController::dataError, this, [this](const QString& e) {
        showError(e);
        showDataSource();  // back to the data that stayed
    });
    connect(&m_controller, &ExperimentController::loadingChanged, this, &DataPanel::showSummary);
    showDataSource();
}

QWidget* DataPanel::buildPreparationForm() {
    auto* page = new QWidget;
    QFormLayout* form = makeSectionForm(page);
    m_normalisation = addNamedRow(
        form, "normalisation", tr("Normalisation"),
        makeComboBox({{tr("z-score"), int(NormalisationKind::ZScore)},
                      {tr("min-max to [0, 1]"), int(NormalisationKind::MinMax)},
                      {tr("none"), int(NormalisationKind::None)}},
                     page),
        tr("Rescales every column with numbers from the training part only: z-score to mean "
           "0 and deviation 1, min-max to [0, 1]. Plots and errors stay in the data's units."));
    m_train =
        addNamedRow(form, "trainPart", tr("Training part"), makeDoubleSpinBox(1, 100, 1, 5, page),
                    tr("The first part of the series, which the network learns from."));
    m_train->setSuffix(QStringLiteral(" %"));
    m_validation = addNamedRow(
        form, "validationPart", tr("Validation part"), makeDoubleSpinBox(0, 99, 1, 5, page),
        tr("The part after the training part: it shows how well the network predicts data it "
           "never trained on. The rest is the test part."));
    m_validation->setSuffix(QStringLiteral(" %"));
    m_test = new QLabel(page);
    addRow(form, tr("Test part"), m_test,
           tr("What is left at the end, kept aside for a final check."));
    m_stride = addNamedRow(
        form, "stride", tr("Stride"), makeSpinBox(1, 1000, page),
        tr("Rows between the starts of two windows: 1 uses every window, larger strides use "
           "fewer, less overlapping ones."));
    connect(m_normalisation, &QComboBox::currentIndexChanged, this, &DataPanel::preparationEdited);
    connect(m_train, &QDoubleSpinBox::valueChanged, this, &DataPanel::preparationEdited);
    connect(m_validation, &QDoubleSpinBox::valueChanged, this, &DataPanel::preparationEdited);
    connect(m_stride, &QSpinBox::valueChanged, this, &DataPanel::preparationEdited);
    return page;
}

void DataPanel::addSourceItems() {
    QTreeWidgetItem* series = addGroup(m_sources, tr("Generated series"));
    QTreeWidgetItem* tasks = addGroup(m_sources, tr("Memory tasks"));
    for (const GeneratorInfo& g : generatorCatalog()) {
        if (g.symbols) continue;  // not listed: the window has no views of symbols yet
        addEntry(g.sequenceTask ? tasks : series, catalogText(g.title), DataSourceKind::Generator,
                 qs(g.name), catalogText(g.description));
    }
    QTreeWidgetItem* datasets = addGroup(m_sources, tr("Datasets"));
    for (const BundledDataset& d : bundledDatasets()) {
        addEntry(datasets, catalogText(d.title), DataSourceKind::Bundled, qs(d.name),
                 tr("%1\n\nSource: %2\nLicence: %3")
                     .arg(catalogText(d.description), qs(d.source), qs(d.licence)));
    }
}

QString DataPanel::errorText() const {
    return m_error->isHidden() ? QString() : m_error->text();
}

QString DataPanel::summaryText() const {
    return m_summary->text();
}

void DataPanel::showError(const QString& message) {
    m_error->showError(message);
}

void DataPanel::showDataSource() {
    const DataSource& s = m_controller.dataSource();
    if (s.kind == DataSourceKind::Csv) {
        m_lastCsv = s;
        if (!m_fileItem) {
            QTreeWidgetItem* group = addGroup(m_sources, tr("Your file"));
            m_fileItem = new QTreeWidgetItem(group);
            m_fileItem->setData(0, kKindRole, int(DataSourceKind::Csv));
        }
        m_fileItem->setText(0, translated(describeText(s)));
        m_fileItem->setToolTip(0, QDir::toNativeSeparators(qs(s.csvPath)));
    }
    // Select the entry of the source.
    const QString name = s.kind == DataSourceKind::Generator
                             ? qs(generatorInfo(s.generator.kind).name)
                         : s.kind == DataSourceKind::Bundled ? qs(s.bundled)
                                                             : QString();
    const QSignalBlocker block(m_sources);
    m_sources->clearSelection();
    for (QTreeWidgetItemIterator it(m_sources); *it; ++it) {
        QTreeWidgetItem* item = *it;
        const QVariant kind = item->data(0, kKindRole);
        if (kind.isValid() && DataSourceKind(kind.toInt()) == s.kind &&
            (s.kind == DataSourceKind::Csv || item->data(0, kNameRole).toString() == name)) {
            item->setSelected(true);
            m_sources->setCurrentItem(item);
            m_sources->scrollToItem(item);
        }
    }

    const bool generator = s.kind == DataSourceKind::Generator && !s.embedded;
    m_generatorSection->setVisible(generator);
    if (generator) m_generator->setSpec(s.generator);
    const bool sequences = makesSequences(s);
    {
        const QSignalBlocker b1(m_normalisation), b2(m_train), b3(m_validation), b4(m_stride);
        setComboValue(m_normalisation, s.normalisation);
        m_train->setValue(100 * s.split.train);
        m_validation->setValue(100 * s.split.validation);
        m_stride->setValue(int(s.window.stride));
    }
    m_test->setText(QStringLiteral("%1 %").arg(QLocale().toString(100 * s.split.test(), 'f', 1)));
    m_normalisation->setEnabled(!sequences);
    m_stride->setEnabled(!sequences);
    showSummary();
}

void DataPanel::showSummary() {
    if (m_controller.isLoading()) {
        const QString name = translated(describeText(m_controller.dataSource()));
        m_summary->setText(tr("Loading %1\u2026").arg(name));
        return;
    }
    const std::shared_ptr<const TrainingData> training = m_controller.trainingData();
    const QString name =
        translated(describeText(m_controller.trainingDataSource())).toHtmlEscaped();
    const QString parts = tr("%1 train, %2 validation, %3 test")
                              .arg(number(training->count(Split::Train)))
                              .arg(number(training->count(Split::Validation)))
                              .arg(number(training->count(Split::Test)));
    QString text;
    if (const auto* w = dynamic_cast<const WindowedDataset*>(training.get())) {
        const Series& s = w->series();
        QStringList inputs;
        for (int i : s.inputs) inputs << qs(s.names[std::size_t(i)]);
        text = tr("<b>%1</b>: %2 rows. ").arg(name, number(s.rows()));
        text += s.columnChoice.empty()
                    ? tr("Target \u201c%1\u201d, inputs %2. ")
                          .arg(qs(s.names[std::size_t(s.target)]).toHtmlEscaped(),
                               inputs.join(QStringLiteral(", ")).toHtmlEscaped())
                    : translated(s.columnChoice).toHtmlEscaped() + QLatin1Char(' ');
        text += tr("Windows of %1 steps: %2.").arg(number(training->steps()), parts);
        if (!w->splitNote().empty())
            text += QLatin1Char(' ') + translated(w->splitNote()).toHtmlEscaped() + '.';
    } else {
        text =
            tr("<b>%1</b>: sequences of %2 steps: %3.").arg(name, number(training->steps()), parts);
    }
    const QString warning = translated(evaluationWarning(*training));
    if (!warning.isEmpty()) text += tr("<br><b>\u26a0 %1</b>").arg(warning.toHtmlEscaped());
    m_summary->setText(text);
    showColumns();
}

// The target and inputs of a file or dataset with more than one numeric column.
void DataPanel::showColumns() {
    const DataSource& source = m_controller.trainingDataSource();
    const auto* w = dynamic_cast<const WindowedDataset*>(m_controller.trainingData().get());
    const bool choosable = w && !source.embedded && source.kind != DataSourceKind::Generator &&
                           w->series().numericColumns.size() > 1;
    m_columnsSection->setVisible(choosable);
    if (!choosable) return;
    const Series& s = w->series();
    QStringList numeric, inputs;
    for (const std::string& n : s.numericColumns) numeric << qs(n);
    for (int i : s.inputs) inputs << qs(s.names[std::size_t(i)]);
    m_columns->setColumns(numeric, qs(s.names[std::size_t(s.target)]), inputs);
}

void DataPanel::columnsEdited() {
    DataSource s = m_controller.dataSource();
    const QString target = m_columns->target();
    const QStringList inputs = m_columns->inputs();
    s.csv.targetColumn = target.toStdString();
    s.csv.allInputs = false;
    s.csv.inputColumns.clear();
    // The target alone is the default; any other choice is written out.
    if (inputs != QStringList{target})
        for (const QString& i : inputs) s.csv.inputColumns.push_back(i.toStdString());
    if (inputs.isEmpty()) {
        showColumns();  // a network needs an input: back to the choice in force
        return;
    }
    m_controller.setDataSource(s);
}

void DataPanel::sourceChosen(QTreeWidgetItem* item) {
    const QVariant kind = item->data(0, kKindRole);
    if (!kind.isValid()) return;  // a group title
    DataSource s = m_controller.dataSource();
    switch (DataSourceKind(kind.toInt())) {
        case DataSourceKind::Generator: {
            const std::string name = item->data(0, kNameRole).toString().toStdString();
            if (s.kind == DataSourceKind::Generator && !s.embedded &&
                generatorInfo(s.generator.kind).name == name)
                return;
            s.kind = DataSourceKind::Generator;
            s.generator = GeneratorSpec{generatorInfo(name).kind, s.generator.seed, {}, {}};
            s.target = TargetKind::Regression;
            break;
        }
        case DataSourceKind::Bundled: {
            const std::string name = item->data(0, kNameRole).toString().toStdString();
            if (s.kind == DataSourceKind::Bundled && s.bundled == name && !s.embedded) return;
            s.kind = DataSourceKind::Bundled;
            s.bundled = name;
            s.csv = CsvOptions();  // the catalog's columns
            s.target = TargetKind::Regression;
            break;
        }
        case DataSourceKind::Csv:
            if (!m_lastCsv || s.kind == DataSourceKind::Csv) return;
            s = *m_lastCsv;
            break;
        case DataSourceKind::Text:      // not listed: the window has no views of text yet
        case DataSourceKind::Labelled:  // nor of labelled data
            return;
    }
    s.embedded.reset();
    m_controller.setDataSource(s);
    // The list shows the experiment's data: the new source, or the old one when the user
    // cancelled replacing a trained run.
    showDataSource();
}

void DataPanel::generatorEdited() {
    DataSource s = m_controller.dataSource();
    s.generator = m_generator->spec();
    m_controller.setDataSource(s);
}

void DataPanel::preparationEdited() {
    DataSource s = m_controller.dataSource();
    s.normalisation = comboValue<NormalisationKind>(m_normalisation);
    s.split.train = m_train->value() / 100;
    s.split.validation = m_validation->value() / 100;
    s.window.stride = m_stride->value();
    m_test->setText(QStringLiteral("%1 %").arg(QLocale().toString(100 * s.split.test(), 'f', 1)));
    m_controller.setDataSource(s);
}

void DataPanel::loadCsv() {
    const QString start = m_lastCsv ? QFileInfo(qs(m_lastCsv->csvPath)).absolutePath() : QString();
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Load CSV"), start, tr("Delimited text (*.csv *.tsv *.txt);;All files (*)"));
    if (!path.isEmpty()) showImportDialog(path);
}

CsvImportDialog* DataPanel::showImportDialog(const QString& path) {
    const QString absolute = QFileInfo(path).absoluteFilePath();
    const bool again = m_lastCsv && qs(m_lastCsv->csvPath) == absolute;
    auto* dialog = new CsvImportDialog(absolute, again ? m_lastCsv->csv : CsvOptions(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this,
            [this, dialog] { m_controller.openCsv(dialog->path(), dialog->options()); });
    dialog->open();
    return dialog;
}

}  // namespace rnnlab::ui
