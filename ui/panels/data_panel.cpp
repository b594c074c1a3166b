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
#include <QMenu>
#include <QPushButton>
#include <QSpinBox>
#include <QTreeWidget>
#include <QVBoxLayout>

#include "core/data/catalog.h"
#include "core/data/labelled_dataset.h"
#include "core/data/text_dataset.h"
#include "core/data/windowed_dataset.h"
#include "core/train/network_for_data.h"
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
constexpr int kNameRole = Qt::UserRole + 1;  // generator, bundled dataset, text or set name

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

// The name of the catalog entry a source is (generator, bundled dataset, text, labelled set),
// or "" for a file of the user's.
QString catalogName(const DataSource& s) {
    switch (s.kind) {
        case DataSourceKind::Generator: return qs(generatorInfo(s.generator.kind).name);
        case DataSourceKind::Bundled: return qs(s.bundled);
        case DataSourceKind::Text: return qs(s.text.bundled);
        case DataSourceKind::Labelled: return qs(s.labelled.bundled);
        case DataSourceKind::Csv: break;
    }
    return {};
}

// Where a source's file is: "" for a catalog entry.
QString filePath(const DataSource& s) {
    switch (s.kind) {
        case DataSourceKind::Csv: return qs(s.csvPath);
        case DataSourceKind::Text: return qs(s.text.path);
        case DataSourceKind::Labelled: return qs(s.labelled.path);
        default: return {};
    }
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
    m_loadFile = new QPushButton(tr("Load File"), this);
    auto* loadMenu = new QMenu(m_loadFile);
    loadMenu->addAction(tr("Series (CSV)\u2026"), this, &DataPanel::loadCsv)
        ->setToolTip(tr("A series of your own: a CSV file with one row per time step (a date "
                        "column is fine)."));
    loadMenu->addAction(tr("Text for a Character Model\u2026"), this, &DataPanel::loadText)
        ->setToolTip(tr("Any UTF-8 text (.txt), in any language: the network learns to "
                        "predict its next character."));
    loadMenu->addAction(tr("Labelled Sentences\u2026"), this, &DataPanel::loadLabelled)
        ->setToolTip(tr("Sentences to classify: label<TAB>text lines (.tsv, .txt), or a CSV "
                        "file with a label and a text column."));
    loadMenu->setToolTipsVisible(true);
    m_loadFile->setMenu(loadMenu);
    m_loadFile->setToolTip(tr("Train on a file of your own: a series, a text or labelled "
                              "sentences."));
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
    layout->addWidget(m_loadFile);
    layout->addWidget(m_error);
    layout->addWidget(m_summary);
    layout->addWidget(m_generatorSection);
    layout->addWidget(m_columnsSection);
    layout->addWidget(
        new CollapsibleSection(tr("Preparation"), buildPreparationForm(), true, this));

    connect(m_sources, &QTreeWidget::itemClicked, this, &DataPanel::sourceChosen);
    connect(m_sources, &QTreeWidget::itemActivated, this, &DataPanel::sourceChosen);
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
    QTreeWidgetItem* symbolTasks = addGroup(m_sources, tr("Symbol tasks"));
    for (const GeneratorInfo& g : generatorCatalog()) {
        QTreeWidgetItem* group = g.symbols ? symbolTasks : g.sequenceTask ? tasks : series;
        addEntry(group, catalogText(g.title), DataSourceKind::Generator, qs(g.name),
                 catalogText(g.description));
    }
    QTreeWidgetItem* datasets = addGroup(m_sources, tr("Datasets"));
    for (const BundledDataset& d : bundledDatasets()) {
        addEntry(datasets, catalogText(d.title), DataSourceKind::Bundled, qs(d.name),
                 tr("%1\n\nSource: %2\nLicence: %3")
                     .arg(catalogText(d.description), qs(d.source), qs(d.licence)));
    }
    const auto addTexts = [this](const QString& title, DataSourceKind kind,
                                 const std::vector<BundledText>& texts) {
        QTreeWidgetItem* group = addGroup(m_sources, title);
        for (const BundledText& t : texts)
            addEntry(group, catalogText(t.title), kind, qs(t.name),
                     tr("%1\n\nLanguage: %2\nSource: %3\nLicence: %4")
                         .arg(catalogText(t.description), catalogText(t.language), qs(t.source),
                              qs(t.licence)));
    };
    addTexts(tr("Texts (character models)"), DataSourceKind::Text, bundledTexts());
    addTexts(tr("Labelled sentences"), DataSourceKind::Labelled, bundledLabelledSets());
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

void DataPanel::rememberFile(const DataSource& s) {
    const QString path = filePath(s);
    if (path.isEmpty() && s.kind != DataSourceKind::Csv) return;  // a catalog entry
    LoadedFile& file = m_files[s.kind];
    file.source = s;
    if (!file.item) {
        if (!m_filesGroup) m_filesGroup = addGroup(m_sources, tr("Your files"));
        file.item = new QTreeWidgetItem(m_filesGroup);
        file.item->setData(0, kKindRole, int(s.kind));
    }
    file.item->setText(0, translated(describeText(s)));
    file.item->setToolTip(0, QDir::toNativeSeparators(path));
}

QString DataPanel::lastFolder(DataSourceKind kind) const {
    const auto it = m_files.find(kind);
    return it == m_files.end() ? QString() : QFileInfo(filePath(it->second.source)).absolutePath();
}

void DataPanel::showDataSource() {
    const DataSource& s = m_controller.dataSource();
    rememberFile(s);
    // Select the entry of the source: by name in the catalog, else the file's.
    const QString name = catalogName(s);
    const QSignalBlocker block(m_sources);
    m_sources->clearSelection();
    for (QTreeWidgetItemIterator it(m_sources); *it; ++it) {
        QTreeWidgetItem* item = *it;
        const QVariant kind = item->data(0, kKindRole);
        if (kind.isValid() && DataSourceKind(kind.toInt()) == s.kind &&
            item->data(0, kNameRole).toString() == name) {
            item->setSelected(true);
            m_sources->setCurrentItem(item);
            m_sources->scrollToItem(item);
        }
    }

    const bool generator = s.kind == DataSourceKind::Generator && !s.embedded;
    m_generatorSection->setVisible(generator);
    if (generator) m_generator->setSpec(s.generator);
    const bool series = !fixesNetworkShape(s);
    {
        const QSignalBlocker b1(m_normalisation), b2(m_train), b3(m_validation), b4(m_stride);
        setComboValue(m_normalisation, s.normalisation);
        m_train->setValue(100 * s.split.train);
        m_validation->setValue(100 * s.split.validation);
        m_stride->setValue(int(s.window.stride));
    }
    m_test->setText(QStringLiteral("%1 %").arg(QLocale().toString(100 * s.split.test(), 'f', 1)));
    m_normalisation->setEnabled(series);
    m_stride->setEnabled(series);
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
    } else if (const auto* t = dynamic_cast<const TextDataset*>(training.get())) {
        text = tr("<b>%1</b>: %2 characters, %3 different ones in the training part. "
                  "Windows of %4 characters: %5. Knowing no context, a model needs %6 bits per "
                  "character (the training part's entropy).")
                   .arg(name, number(t->characters()), number(t->vocabularySize() - 1),
                        number(t->steps()), parts,
                        QLocale::system().toString(t->unigramEntropyBits(), 'f', 2));
        const Index unknown = t->unknownCharacters(Split::Validation);
        if (unknown > 0)
            text += QLatin1Char(' ') +
                    tr("%n validation character(s) never occur in training.", "", int(unknown));
    } else if (const auto* l = dynamic_cast<const LabelledDataset*>(training.get())) {
        QStringList counts;
        const std::vector<Index> perClass = l->classCounts(Split::Train);
        for (std::size_t k = 0; k < perClass.size(); ++k)
            counts << tr("%1 %2").arg(qs(l->classes()[k]).toHtmlEscaped(), number(perClass[k]));
        text = tr("<b>%1</b>: %2 sequences of %3 steps: %4. Training classes: %5.")
                   .arg(name, number(l->sequences()), number(l->steps()), parts,
                        counts.join(QStringLiteral(", ")));
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
    const QVariant kindData = item->data(0, kKindRole);
    if (!kindData.isValid()) return;  // a group title
    const DataSourceKind kind = DataSourceKind(kindData.toInt());
    const QString name = item->data(0, kNameRole).toString();
    const DataSource& current = m_controller.dataSource();
    if (current.kind == kind && !current.embedded && catalogName(current) == name &&
        (!name.isEmpty() || filePath(current) == filePath(m_files[kind].source)))
        return;  // the data already
    DataSource s = asKind(current, kind);
    const std::string entry = name.toStdString();
    switch (kind) {
        case DataSourceKind::Generator:
            s.generator = GeneratorSpec{generatorInfo(entry).kind, current.generator.seed, {}, {}};
            s.target = TargetKind::Regression;
            break;
        case DataSourceKind::Bundled:
            s.bundled = entry;
            s.csv = CsvOptions();  // the catalog's columns
            s.target = TargetKind::Regression;
            break;
        case DataSourceKind::Text:
            s.text = name.isEmpty() ? m_files[kind].source.text : TextSource{{}, entry, {}};
            break;
        case DataSourceKind::Labelled:
            s.labelled = name.isEmpty() ? m_files[kind].source.labelled
                                        : LabelledSource{{}, entry, {}, {}, {}};
            break;
        case DataSourceKind::Csv:
            s = m_files[kind].source;
            break;
    }
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
    const QString path =
        QFileDialog::getOpenFileName(this, tr("Load a Series"), lastFolder(DataSourceKind::Csv),
                                     tr("Delimited text (*.csv *.tsv *.txt);;All files (*)"));
    if (!path.isEmpty()) showImportDialog(path);
}

void DataPanel::loadText() {
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Load a Text"), lastFolder(DataSourceKind::Text),
        tr("UTF-8 text (*.txt *.text *.md);;All files (*)"));
    if (!path.isEmpty()) m_controller.openText(path);
}

void DataPanel::loadLabelled() {
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Load Labelled Sentences"), lastFolder(DataSourceKind::Labelled),
        tr("Labelled lines or CSV (*.tsv *.txt *.csv);;All files (*)"));
    if (!path.isEmpty()) m_controller.openLabelled(path);
}

CsvImportDialog* DataPanel::showImportDialog(const QString& path) {
    const QString absolute = QFileInfo(path).absoluteFilePath();
    const auto last = m_files.find(DataSourceKind::Csv);
    const bool again = last != m_files.end() && qs(last->second.source.csvPath) == absolute;
    auto* dialog =
        new CsvImportDialog(absolute, again ? last->second.source.csv : CsvOptions(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this,
            [this, dialog] { m_controller.openCsv(dialog->path(), dialog->options()); });
    dialog->open();
    return dialog;
}

}  // namespace rnnlab::ui
