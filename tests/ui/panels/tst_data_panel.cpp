// The data panel and the CSV import dialog: the catalog in the list with its descriptions,
// choosing a dataset, generator parameters and preparation reaching the controller, the
// preview (format detection, label column, missing cells, errors with line and column), and a
// failed load leaving the previous data in place with the error written in the panel.
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QLineEdit>
#include <QListWidget>
#include <QSpinBox>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTreeWidget>

#include "test_main.h"
#include "core/data/catalog.h"
#include "core/data/labelled_dataset.h"
#include "core/data/text_dataset.h"
#include "core/data/windowed_dataset.h"
#include "gui_test_support.h"
#include "settings_sandbox.h"
#include "ui/application_setup.h"
#include "ui/panels/columns_box.h"
#include "ui/panels/csv_import_dialog.h"
#include "ui/panels/data_panel.h"
#include "ui/panels/generator_parameters_box.h"
#include "ui/plot/figure.h"
#include "ui/plot/figure_collection.h"
#include "ui/views/data_view.h"
#include "ui/views/symbol_data_page.h"
#include "ui/experiment/experiment_controller.h"

namespace RNNLAB_TEST_FILE {

using namespace rnnlab;
using namespace rnnlab::ui;
using gui_test::waitUntilIdle;

namespace {

QTreeWidgetItem* entry(DataPanel& panel, const QString& title) {
    const QList<QTreeWidgetItem*> found =
        panel.sourceList()->findItems(title, Qt::MatchExactly | Qt::MatchRecursive);
    return found.value(0);
}

void click(DataPanel& panel, QTreeWidgetItem* item) {
    QTreeWidget* tree = panel.sourceList();
    tree->scrollToItem(item);
    QTest::mouseClick(tree->viewport(), Qt::LeftButton, {}, tree->visualItemRect(item).center());
}

}  // namespace

class TestPanelData : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void listsTheCatalogWithDescriptions();
    void choosingADatasetLoadsIt();
    void generatorParametersReachTheData();
    void preparationReachesTheData();
    void previewDetectsTheFormat();
    void previewMarksMissingCellsAndLoadsWithThePolicy();
    void previewShowsErrorsWithLineAndColumn();
    void columnChoicesReachTheLoad();
    void failedLoadKeepsThePreviousData();
    void textsLabelledSetsAndFilesInOneSitting();
    void dataViewShadesThePartsAndOneWindow();
    void dataViewWritesSymbolsOut();
    void moreInputsAreOneTick();
    void tooFewWindowsAreSaidPlainly();
    void dialogMarkersAndWideTables();

private:
    SettingsSandbox m_settings;
    QTemporaryDir m_dir;
};

void TestPanelData::initTestCase() {
    setupApplication();
}

void TestPanelData::listsTheCatalogWithDescriptions() {
    ExperimentController c;
    DataPanel panel(c);
    for (const GeneratorInfo& g : generatorCatalog()) {
        QTreeWidgetItem* item = entry(panel, QString::fromStdString(g.title));
        QVERIFY2(item, g.title.c_str());
        QCOMPARE(item->toolTip(0), QString::fromStdString(g.description));
        QCOMPARE(item->parent()->text(0), g.symbols        ? QStringLiteral("Symbol tasks")
                                          : g.sequenceTask ? QStringLiteral("Memory tasks")
                                                           : QStringLiteral("Generated series"));
    }
    for (const BundledText& t : bundledTexts()) {
        QTreeWidgetItem* item = entry(panel, QString::fromStdString(t.title));
        QVERIFY2(item, t.title.c_str());
        QCOMPARE(item->parent()->text(0), QStringLiteral("Texts (character models)"));
        QVERIFY(item->toolTip(0).contains(QString::fromStdString(t.licence)));
    }
    for (const BundledText& t : bundledLabelledSets()) {
        QTreeWidgetItem* item = entry(panel, QString::fromStdString(t.title));
        QVERIFY2(item, t.title.c_str());
        QCOMPARE(item->parent()->text(0), QStringLiteral("Labelled sentences"));
    }
    for (const BundledDataset& d : bundledDatasets()) {
        QTreeWidgetItem* item = entry(panel, QString::fromStdString(d.title));
        QVERIFY2(item, d.title.c_str());
        QVERIFY(item->toolTip(0).startsWith(QString::fromStdString(d.description)));
        QVERIFY(item->toolTip(0).contains(QString::fromStdString(d.licence)));
    }
    // The current source is selected.
    QCOMPARE(panel.sourceList()->currentItem()->text(0),
             QString::fromStdString(generatorInfo(GeneratorKind::Sine).title));
}

void TestPanelData::choosingADatasetLoadsIt() {
    ExperimentController c;
    DataPanel panel(c);
    panel.show();
    click(panel, entry(panel, QString::fromStdString(bundledDataset("sunspots").title)));
    QVERIFY(c.isLoading());
    QVERIFY(panel.summaryText().startsWith(QStringLiteral("Loading sunspots")));
    QVERIFY(waitUntilIdle(c));
    QCOMPARE(c.trainingDataSource().bundled, std::string("sunspots"));
    QVERIFY(panel.summaryText().contains(QStringLiteral("309 rows")));
    QVERIFY(panel.summaryText().contains(
        QStringLiteral("\u201cyear\u201d holds years and labels the x axis; target "
                       "\u201csunspots\u201d (chosen); input: the target alone.")));
    QVERIFY(!panel.findChild<GeneratorParametersBox*>()->isVisible());
}

void TestPanelData::generatorParametersReachTheData() {
    ExperimentController c;
    DataPanel panel(c);
    auto* box = panel.findChild<GeneratorParametersBox*>();
    QList<QDoubleSpinBox*> values = box->findChildren<QDoubleSpinBox*>();
    QDoubleSpinBox* period = nullptr;
    for (QDoubleSpinBox* v : values) {
        if (v->toolTip().startsWith(QStringLiteral("steps per cycle P"))) period = v;
    }
    QVERIFY(period);
    period->setValue(40);
    QVERIFY(waitUntilIdle(c));
    QCOMPARE(c.trainingDataSource().generator.parameters.at("period"), 40.0);
}

void TestPanelData::preparationReachesTheData() {
    ExperimentController c;
    DataPanel panel(c);
    panel.findChild<QDoubleSpinBox*>(QStringLiteral("trainPart"))->setValue(60);
    QVERIFY(waitUntilIdle(c));
    panel.findChild<QDoubleSpinBox*>(QStringLiteral("validationPart"))->setValue(25);
    QVERIFY(waitUntilIdle(c));
    auto* normalisation = panel.findChild<QComboBox*>(QStringLiteral("normalisation"));
    normalisation->setCurrentIndex(normalisation->findText(QStringLiteral("min-max to [0, 1]")));
    QVERIFY(waitUntilIdle(c));
    const DataSource& s = c.trainingDataSource();
    QCOMPARE(s.split.train, 0.6);
    QCOMPARE(s.split.validation, 0.25);
    QVERIFY(s.normalisation == NormalisationKind::MinMax);
    const auto* windows = dynamic_cast<const WindowedDataset*>(c.trainingData().get());
    QCOMPARE(windows->partRows(Split::Train), 600);
}

void TestPanelData::previewDetectsTheFormat() {
    const QString path = m_dir.filePath(QStringLiteral("spreadsheet.csv"));
    QVERIFY(gui_test::writeFile(path,
                                "\xef\xbb\xbf"
                                "Datum;CO2 (ppm)\n29.03.1958;316,1\n"
                                "05.04.1958;317,3\n12.04.1958;317,6\n"));
    CsvImportDialog dialog(path, CsvOptions());
    QCOMPARE(dialog.messageText(),
             QStringLiteral("Read as semicolon-separated, with a header row, decimal comma; "
                            "label column \u201cDatum\u201d; 1 numeric column.\n\u201cDatum\u201d "
                            "holds dates and labels the x axis; target \u201cCO2 (ppm)\u201d: the "
                            "last numeric column; input: the target alone."));
    auto* table = dialog.findChild<QTableWidget*>();
    QCOMPARE(table->rowCount(), 3);
    QCOMPARE(table->item(0, 1)->text(), QStringLiteral("316.1"));
    // Forcing a comma delimiter reads it otherwise.
    auto* delimiter = dialog.findChild<QComboBox*>(QStringLiteral("delimiter"));
    delimiter->setCurrentIndex(delimiter->findData(int(Delimiter::Comma)));
    QVERIFY(dialog.messageText() != QString());
    QVERIFY(dialog.options().delimiter == Delimiter::Comma);
}

void TestPanelData::previewMarksMissingCellsAndLoadsWithThePolicy() {
    const QString path = m_dir.filePath(QStringLiteral("gaps.csv"));
    QByteArray csv = gui_test::datedSeries(200);
    csv.replace("2020-01-03,10.3272", "2020-01-03,NA");  // row 3, line 4
    QVERIFY(gui_test::writeFile(path, csv));
    ExperimentController c;
    DataPanel panel(c);
    CsvImportDialog* dialog = panel.showImportDialog(path);
    QVERIFY(dialog->messageText().contains(QStringLiteral("; 1 missing cell in these rows.")));
    auto* table = dialog->findChild<QTableWidget*>();
    QCOMPARE(table->item(2, 1)->text(), QStringLiteral("missing"));
    // Refused by default, with the place and the way out.
    dialog->accept();
    QVERIFY(waitUntilIdle(c));
    QVERIFY2(panel.errorText().startsWith(path + QStringLiteral(":4:2: line 4, column 2 (level): "
                                                                "missing value")),
             qPrintable(panel.errorText()));
    dialog = panel.showImportDialog(path);
    auto* missing = dialog->findChild<QComboBox*>(QStringLiteral("missing"));
    missing->setCurrentIndex(missing->findData(int(MissingPolicy::Interpolate)));
    dialog->accept();
    QVERIFY(waitUntilIdle(c));
    QCOMPARE(panel.errorText(), QString());
    QVERIFY(c.trainingDataSource().kind == DataSourceKind::Csv);
    QVERIFY(c.trainingDataSource().csv.missing == MissingPolicy::Interpolate);
}

void TestPanelData::previewShowsErrorsWithLineAndColumn() {
    const QString path = m_dir.filePath(QStringLiteral("ragged.csv"));
    QVERIFY(gui_test::writeFile(path, "a,b\n1,2\n3,4,5\n6,7\n"));
    CsvImportDialog dialog(path, CsvOptions());
    QVERIFY2(dialog.messageText().startsWith(QStringLiteral("ragged.csv:3:3: ")),
             qPrintable(dialog.messageText()));
    QCOMPARE(dialog.findChild<QTableWidget*>()->rowCount(), 0);
}

void TestPanelData::columnChoicesReachTheLoad() {
    const QString path = m_dir.filePath(QStringLiteral("weather.csv"));
    QByteArray csv = "day,temp,rain,wind\n";
    for (int i = 0; i < 240; ++i) {
        csv += QByteArray::number(i) + ',' + QByteArray::number(10 + i % 7) + ',' +
               QByteArray::number(i % 3) + ',' + QByteArray::number(5 + i % 5) + '\n';
    }
    QVERIFY(gui_test::writeFile(path, csv));
    ExperimentController c;
    DataPanel panel(c);
    CsvImportDialog* dialog = panel.showImportDialog(path);
    auto* label = dialog->findChild<QComboBox*>(QStringLiteral("labelColumn"));
    auto* target = dialog->findChild<QComboBox*>(QStringLiteral("targetColumn"));
    auto* inputs = dialog->findChild<QListWidget*>(QStringLiteral("inputColumns"));
    QCOMPARE(inputs->count(), 3);  // "day" is detected as the label column
    target->setCurrentIndex(target->findText(QStringLiteral("temp")));
    inputs->item(0)->setCheckState(Qt::Checked);  // temp
    inputs->item(2)->setCheckState(Qt::Checked);  // wind
    const CsvOptions o = dialog->options();
    QVERIFY(!o.labelColumn.has_value());
    QCOMPARE(o.targetColumn, std::string("temp"));
    QCOMPARE(o.inputColumns, (std::vector<std::string>{"temp", "wind"}));
    QCOMPARE(label->currentText(), QStringLiteral("(detect)"));
    dialog->accept();
    QVERIFY(waitUntilIdle(c));
    const auto* windows = dynamic_cast<const WindowedDataset*>(c.trainingData().get());
    QCOMPARE(windows->inputSize(), 2);
    QCOMPARE(windows->series().labelName, std::string("day"));
    QCOMPARE(c.network().inputSize, 2);
    // The same file again starts from these choices.
    dialog = panel.showImportDialog(path);
    QCOMPARE(dialog->options().inputColumns, (std::vector<std::string>{"temp", "wind"}));
    dialog->reject();
}

void TestPanelData::failedLoadKeepsThePreviousData() {
    ExperimentController c;
    DataPanel panel(c);
    const std::shared_ptr<const TrainingData> before = c.trainingData();
    const QString path = m_dir.filePath(QStringLiteral("prices.csv"));
    QVERIFY(gui_test::writeFile(path,
                                "date,price\n2020-01-01,1.5\n2020-01-02,2.5\n"
                                "2020-01-03,1.6 USD\n"));
    c.openCsv(path, CsvOptions());
    QVERIFY(waitUntilIdle(c));
    QCOMPARE(panel.errorText(),
             path + QStringLiteral(":4:2: line 4, column 2 (price): '1.6 USD' is not a number"));
    QCOMPARE(c.trainingData(), before);
    QVERIFY(c.dataSource().kind == DataSourceKind::Generator);
    QCOMPARE(panel.sourceList()->currentItem()->text(0),
             QString::fromStdString(generatorInfo(GeneratorKind::Sine).title));
    // The next good load clears the error.
    click(panel, entry(panel, QString::fromStdString(bundledDataset("nile").title)));
    QVERIFY(waitUntilIdle(c));
    QCOMPARE(panel.errorText(), QString());
}

// A student goes through the symbol data: a bundled text, a text of their own (and a broken
// one), labelled sentences, back to their text from the list, then a series again. Each click
// shows that data's summary at once; the files stay listed under "Your files".
void TestPanelData::textsLabelledSetsAndFilesInOneSitting() {
    ExperimentController c;
    DataPanel panel(c);
    click(panel, entry(panel, QString::fromStdString(bundledText("us_constitution").title)));
    QVERIFY(waitUntilIdle(c));
    QVERIFY(c.trainingDataSource().kind == DataSourceKind::Text);
    QCOMPARE(c.trainingData()->steps(), Index(100));  // a text's window
    QVERIFY2(panel.summaryText().contains(QStringLiteral("bits per character")),
             qPrintable(panel.summaryText()));

    QByteArray book;
    for (int i = 0; i < 80; ++i) book += "The cat sat on the mat. The dog sat on the log.\n";
    const QString bookPath = m_dir.filePath(QStringLiteral("book.txt"));
    QVERIFY(gui_test::writeFile(bookPath, book));
    c.openText(bookPath);
    QVERIFY(waitUntilIdle(c));
    QCOMPARE(QString::fromStdString(c.trainingDataSource().text.path), bookPath);
    QTreeWidgetItem* bookItem = entry(panel, QStringLiteral("book.txt"));
    QVERIFY(bookItem);
    QCOMPARE(bookItem->parent()->text(0), QStringLiteral("Your files"));
    QCOMPARE(panel.sourceList()->currentItem(), bookItem);
    // The training part has 19 different characters: "The cat sat on mdoglT." and line end.
    const auto* text = dynamic_cast<const TextDataset*>(c.trainingData().get());
    QVERIFY(text);
    QVERIFY2(panel.summaryText().contains(
                 QStringLiteral("%1 different ones").arg(text->vocabularySize() - 1)),
             qPrintable(panel.summaryText()));

    const QString binary = m_dir.filePath(QStringLiteral("photo.txt"));
    QVERIFY(gui_test::writeFile(binary, QByteArray("GIF89a\x00\x01\x02", 9)));
    c.openText(binary);
    QVERIFY(waitUntilIdle(c));
    QVERIFY2(panel.errorText().startsWith(binary), qPrintable(panel.errorText()));
    QCOMPARE(QString::fromStdString(c.trainingDataSource().text.path), bookPath);  // kept

    click(panel, entry(panel, QString::fromStdString(bundledLabelledSet("sentiment_en").title)));
    QVERIFY(waitUntilIdle(c));
    QCOMPARE(panel.errorText(), QString());
    QVERIFY(c.trainingDataSource().kind == DataSourceKind::Labelled);
    QVERIFY2(panel.summaryText().contains(QStringLiteral("Training classes: neg")),
             qPrintable(panel.summaryText()));

    click(panel, entry(panel, QStringLiteral("book.txt")));
    QVERIFY(waitUntilIdle(c));
    QCOMPARE(QString::fromStdString(c.trainingDataSource().text.path), bookPath);
    QCOMPARE(c.trainingData()->steps(), Index(100));

    click(panel, entry(panel, QString::fromStdString(generatorInfo(GeneratorKind::Sine).title)));
    QVERIFY(waitUntilIdle(c));
    QVERIFY(c.trainingDataSource().kind == DataSourceKind::Generator);
    QCOMPARE(c.trainingData()->steps(), Index(20));  // a series' window again
    QVERIFY2(panel.summaryText().contains(QStringLiteral("rows")), qPrintable(panel.summaryText()));
}

// Symbols are written out, not plotted: the text as it reads, a labelled sentence without its
// padding and with its label; the cursor marks its step; a series brings the plot back, and
// exports follow what is shown.
void TestPanelData::dataViewWritesSymbolsOut() {
    DataView view;
    auto text = TextDataset::fromBytes(
        "abcabcabcabcabcabcabcabcabcabc abcabcabcabcabc\nabcabcabcabc", "t.txt", 5, SplitSpec{});
    view.setData(text, QStringLiteral("t.txt"));
    QVERIFY(view.figure()->isHidden());
    SymbolDataPage* page = view.symbolPage();
    QVERIFY(!page->isHidden());
    QVERIFY(figuresIn(view).isEmpty());
    QCOMPARE(picturesIn(view).size(), 1);
    const QString plain = page->toPlainText();
    QVERIFY2(plain.contains(QStringLiteral("reads\nabcab\nanswers\nbcabc")), qPrintable(plain));
    QVERIFY(plain.contains(QStringLiteral("Windows of 5 characters")));
    view.setCursorStep(2);
    QCOMPARE(page->cursorStep(), 2);
    QVERIFY(page->toHtml().contains(QStringLiteral(">c</span>")));  // step 3 of "abcab"

    const std::vector<LabelAt> labels{{"neg", 1, 1}, {"pos", 2, 1}};
    Vocabulary vocabulary = Vocabulary::fromStrings({"", "\n", "a", "b"});
    Matrix<double> padded(2 * 4, 1);
    padded << 1, 1, 2, 3, 1, 3, 3, 2;  // "ab" and "bba", padded to 4 with line ends
    view.setData(std::make_shared<LabelledDataset>("l.tsv", 4, padded, labels, vocabulary,
                                                   SplitSpec{1, 0}),
                 QStringLiteral("l.tsv"));
    QVERIFY2(page->toPlainText().contains(QStringLiteral("ab  \u2192 neg")),
             qPrintable(page->toPlainText()));
    QVERIFY(page->toPlainText().contains(QStringLiteral("bba  \u2192 pos")));

    ExperimentController c;
    view.setData(c.trainingData(), QStringLiteral("sine (seed 1)"));
    QVERIFY(!view.figure()->isHidden());
    QVERIFY(page->isHidden());
    QCOMPARE(figuresIn(view).size(), 1);
    QVERIFY(picturesIn(view).isEmpty());
}

void TestPanelData::dataViewShadesThePartsAndOneWindow() {
    ExperimentController c;
    DataView view;
    view.setData(c.trainingData(), QStringLiteral("sine (seed 1)"));
    Figure* f = view.figure();
    QCOMPARE(f->title(), QStringLiteral("sine (seed 1)"));
    QCOMPARE(f->graphCount(), 2);  // the series and the target of the window
    const auto* windows = dynamic_cast<const WindowedDataset*>(c.trainingData().get());
    QCOMPARE(view.exampleStart(),
             windows->sampleId(Split::Train, windows->count(Split::Train) / 4));
    QCOMPARE(f->graph(1)->data()->at(0)->key, double(windows->targetRow(view.exampleStart())));
    QVERIFY(!view.inputsFigure());
    // Bands: train, validation, test, and the window, behind the data.
    QList<QCPItemRect*> bands;
    for (int i = 0; i < f->itemCount(); ++i) {
        if (auto* r = qobject_cast<QCPItemRect*>(f->item(i)); r && r->visible()) bands << r;
    }
    QCOMPARE(bands.size(), 4);
    QCOMPARE(bands[1]->topLeft->coords().x(), windows->partBegin(Split::Validation) - 0.5);
}

void TestPanelData::moreInputsAreOneTick() {
    ExperimentController c;
    DataPanel panel(c);
    panel.show();
    click(panel, entry(panel, QString::fromStdString(bundledDataset("us_macro").title)));
    QVERIFY(waitUntilIdle(c));
    auto* columns = panel.findChild<ColumnsBox*>();
    QVERIFY(columns->isVisible());
    auto* inputs = columns->findChild<QListWidget*>(QStringLiteral("inputColumns"));
    QCOMPARE(inputs->count(), 12);
    QCOMPARE(columns->target(), QStringLiteral("realgdp"));
    QCOMPARE(columns->inputs(), QStringList{"realgdp"});
    QCOMPARE(c.trainingData()->inputSize(), 1);
    // One tick: CPI joins the inputs.
    inputs->findItems(QStringLiteral("cpi"), Qt::MatchExactly).front()->setCheckState(Qt::Checked);
    QVERIFY(waitUntilIdle(c));
    QCOMPARE(c.trainingData()->inputSize(), 2);
    QCOMPARE(c.network().inputSize, 2);
    QCOMPARE(c.trainingDataSource().csv.inputColumns, (std::vector<std::string>{"realgdp", "cpi"}));
    // Another target takes the old one's place among the inputs.
    auto* target = columns->findChild<QComboBox*>(QStringLiteral("targetColumn"));
    target->setCurrentText(QStringLiteral("unemp"));
    QVERIFY(waitUntilIdle(c));
    QCOMPARE(columns->inputs(), (QStringList{"cpi", "unemp"}));
    const auto* w = dynamic_cast<const WindowedDataset*>(c.trainingData().get());
    QCOMPARE(w->series().names[std::size_t(w->series().target)], std::string("unemp"));
    // A file with one numeric column has nothing to choose.
    click(panel, entry(panel, QString::fromStdString(bundledDataset("nile").title)));
    QVERIFY(waitUntilIdle(c));
    QVERIFY(!columns->isVisible());
}

void TestPanelData::tooFewWindowsAreSaidPlainly() {
    ExperimentController c;
    DataPanel panel(c);
    DataSource s = c.dataSource();
    s.generator.parameters = {{"length", 25}};
    s.window.window = 8;
    c.setDataSource(s);
    QVERIFY(waitUntilIdle(c));
    const QString warning = QStringLiteral(
        "validation: 3 windows, test: 4 windows \u2014 not meaningful (at least 8 "
        "are needed: a shorter window or a longer series)");
    QVERIFY2(panel.summaryText().contains(warning.toHtmlEscaped()),
             qPrintable(panel.summaryText()));
    DataView view;
    view.setData(c.trainingData(), QStringLiteral("sine"));
    QCOMPARE(view.warningText(), warning);
    s.generator.parameters = {{"length", 300}};
    c.setDataSource(s);
    QVERIFY(waitUntilIdle(c));
    view.setData(c.trainingData(), QStringLiteral("sine"));
    QCOMPARE(view.warningText(), QString());
}

void TestPanelData::dialogMarkersAndWideTables() {
    const QString air = QStringLiteral(RNNLAB_TEST_DATA_DIR "/csv/airline_passengers.csv");
    ExperimentController c;
    DataPanel panel(c);
    CsvImportDialog* dialog = panel.showImportDialog(air);
    QVERIFY2(dialog->messageText().endsWith(
                 QStringLiteral("A year \u00d7 month table (\u201cYear\u201d and \u201cJan\u201d "
                                "\u2026 \u201cDec\u201d): read as one series, 1949-01 to "
                                "1960-12.")),
             qPrintable(dialog->messageText()));
    QCOMPARE(dialog->findChild<QTableWidget*>()->rowCount(), 100);  // the first 100 months
    auto* unpivot = dialog->findChild<QComboBox*>(QStringLiteral("unpivot"));
    unpivot->setCurrentIndex(unpivot->findData(int(Unpivot::No)));
    QVERIFY(
        dialog->messageText().contains(QStringLiteral("a year \u00d7 month table, read as "
                                                      "columns")));
    QCOMPARE(dialog->findChild<QTableWidget*>()->rowCount(), 12);
    unpivot->setCurrentIndex(unpivot->findData(int(Unpivot::Auto)));
    dialog->accept();
    QVERIFY(waitUntilIdle(c));
    QCOMPARE(c.trainingData()->inputSize(), 1);
    const auto* w = dynamic_cast<const WindowedDataset*>(c.trainingData().get());
    QCOMPARE(w->series().rows(), 144);
    QCOMPARE(w->series().labels.front(), std::string("1949-01"));

    // A marker of one's own: "k.A." is a missing cell, marked in the preview.
    const QString path = m_dir.filePath(QStringLiteral("ka.csv"));
    QVERIFY(gui_test::writeFile(path, "Jahr;Wert\n2001;1,5\n2002;k.A.\n2003;2,5\n"));
    dialog = panel.showImportDialog(path);
    QVERIFY(!dialog->messageText().startsWith(QStringLiteral("Read")));  // 'k.A.' is text
    auto* markers = dialog->findChild<QLineEdit*>(QStringLiteral("missingMarkers"));
    QCOMPARE(markers->text(), QStringLiteral("NA, N/A, #N/A, NaN, null, None, -, ., ?, missing"));
    markers->setText(markers->text() + QStringLiteral(", k.A."));
    emit markers->editingFinished();
    QCOMPARE(dialog->findChild<QTableWidget*>()->item(1, 1)->text(), QStringLiteral("missing"));
    QCOMPARE(dialog->options().missingMarkers.back(), std::string("k.A."));
    dialog->reject();
}

RNNLAB_TEST_MAIN(TestPanelData)
}  // namespace RNNLAB_TEST_FILE

#include "tst_data_panel.moc"
