// The finished window as a user drives it: build a network with the builder's controls, load a
// CSV through the import dialog (and a broken one: the error shows, the data stays), train
// with Space, pause, step, stop, export every figure in every format, save and reopen, and be
// asked before unsaved work is thrown away.
#include <QAbstractButton>
#include <QComboBox>
#include <QFile>
#include <QImage>
#include <QLabel>
#include <QMessageBox>
#include <QMimeData>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QXmlStreamReader>

#include "test_main.h"
#include "core/nn/network_config.h"
#include "gui_test_support.h"
#include "settings_sandbox.h"
#include "ui/application_setup.h"
#include "ui/network_diagram.h"
#include "ui/panels/csv_import_dialog.h"
#include "ui/panels/data_panel.h"
#include "ui/panels/network_builder_panel.h"
#include "ui/plot/figure.h"
#include "ui/plot/figure_collection.h"
#include "ui/theme/theme.h"
#include "ui/views/data_view.h"
#include "ui/views/divergence_banner.h"
#include "ui/views/loss_plot.h"
#include "ui/views/metrics_panel.h"
#include "ui/views/training_dashboard.h"
#include "ui/experiment/experiment_controller.h"
#include "ui/headless/headless_run.h"
#include "ui/window/lab_window.h"
#include "ui/window/recent_files.h"
#include "ui/window/speed_control.h"
#include "ui/window/time_bar.h"

namespace RNNLAB_TEST_FILE {

using namespace rnnlab;
using namespace rnnlab::ui;
using gui_test::showAndActivate;
using gui_test::waitUntilIdle;

namespace {

// Types text into a spin box as a user does, ending with Enter.
void typeInto(QAbstractSpinBox* box, const QString& text) {
    box->setFocus();
    box->selectAll();
    QTest::keyClicks(box, text);
    QTest::keyClick(box, Qt::Key_Return);
}

QString readText(const QString& path) {
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

}  // namespace

class TestGuiWorkflow : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void buildLoadTrainPauseStepStop();
    void exportsEveryFigureInEveryFormat();
    void savedExperimentReopensAsItWas();
    void csvPathIsSavedRelativeToTheExperiment();
    void textRunSurvivesOtherDataUndoSaveAndReopen();
    void openErrorIsShownAndTheRunStays();
    void unsavedChangesAreOfferedBeforeTheyAreLost();
    void droppedCsvOpensTheImportDialog();
    void divergenceShowsTheBannerAndItsRemedyWorks();
    void timeBarMovesTheCursorInTheExampleWindow();
    void speedReadoutShowsStepsPerSecondAtASlowSetting();

private:
    SettingsSandbox m_settings;
    QTemporaryDir m_dir;
};

void TestGuiWorkflow::initTestCase() {
    setupApplication();
}

void TestGuiWorkflow::init() {
    m_settings.clear();
    Theme::instance().setScheme(ColorScheme::Light);
    Theme::instance().setPresentation(false);
}

void TestGuiWorkflow::buildLoadTrainPauseStepStop() {
    LabWindow window;
    ExperimentController& c = window.controller();
    QVERIFY(showAndActivate(window));
    NetworkBuilderPanel* builder = window.networkBuilder();

    // Cell: from the default LSTM down to GRU and back up to LSTM, with the keyboard.
    auto* cell = builder->findChild<QComboBox*>(QStringLiteral("cell"));
    QCOMPARE(cell->currentText(), QStringLiteral("LSTM"));
    cell->setFocus();
    QTest::keyClick(cell, Qt::Key_Down);
    QVERIFY(waitUntilIdle(c));
    QVERIFY(c.network().cell == CellType::Gru);
    QVERIFY(c.snapshot()->network.cell == CellType::Gru);
    QTest::keyClick(cell, Qt::Key_Up);
    QVERIFY(waitUntilIdle(c));
    QVERIFY(c.network().cell == CellType::Lstm);

    // Hidden size: typed, and the diagram and parameter count follow.
    typeInto(builder->findChild<QSpinBox*>(QStringLiteral("hiddenSize")), QStringLiteral("24"));
    QVERIFY(waitUntilIdle(c));
    QCOMPARE(c.network().hiddenSize, 24);
    QCOMPARE(c.snapshot()->network.hiddenSize, 24);
    QCOMPARE(builder->diagram()->config().hiddenSize, 24);
    // LSTM, I = 1, H = 24: 4H(I + H + 2) + H + 1 = 96 * 27 + 25.
    QCOMPARE(parameterCount(c.network()), 2617);
    QCOMPARE(parameterCountText(builder->diagram()->config()),
             QStringLiteral("2,617 trainable parameters"));

    // A CSV with a date column, through the import dialog.
    const QString good = m_dir.filePath(QStringLiteral("levels.csv"));
    QVERIFY(gui_test::writeFile(good, gui_test::datedSeries(300)));
    CsvImportDialog* dialog = window.dataPanel()->showImportDialog(good);
    auto* table = dialog->findChild<QTableWidget*>();
    QCOMPARE(table->rowCount(), 100);
    QCOMPARE(table->horizontalHeaderItem(0)->text(), QStringLiteral("date"));
    QCOMPARE(table->item(0, 0)->text(), QStringLiteral("2020-01-01"));
    QCOMPARE(table->verticalHeaderItem(0)->text(), QStringLiteral("2"));  // the file's line
    QCOMPARE(
        dialog->messageText(),
        QStringLiteral("Read as comma-separated, with a header row; label column \u201cdate\u201d; "
                       "1 numeric column.\n\u201cdate\u201d holds dates and labels the x axis; "
                       "target \u201clevel\u201d: the last numeric column; input: the target "
                       "alone."));
    dialog->accept();
    QVERIFY(waitUntilIdle(c));
    QVERIFY(c.trainingDataSource().kind == DataSourceKind::Csv);
    QCOMPARE(window.dataView()->figure()->title(), QStringLiteral("levels.csv"));
    QCOMPARE(window.dataView()->figure()->xLabel(), QStringLiteral("date"));
    QVERIFY(window.dataPanel()->summaryText().contains(QStringLiteral("300 rows")));
    QCOMPARE(c.network().hiddenSize, 24);  // the network is kept, refitted to the data
    const std::shared_ptr<const TrainingData> goodData = c.trainingData();

    // A broken one: the error names line, column and field; the good data stays.
    const QString broken = m_dir.filePath(QStringLiteral("broken.csv"));
    QVERIFY(gui_test::writeFile(broken, "date,level\n2020-01-01,1.5\n2020-01-02,1.6 USD\n"));
    dialog = window.dataPanel()->showImportDialog(broken);
    const QString expected =
        QStringLiteral(":3:2: line 3, column 2 (level): '1.6 USD' is not a number");
    QCOMPARE(dialog->messageText(), QStringLiteral("broken.csv") + expected);
    dialog->accept();
    QVERIFY(waitUntilIdle(c));
    QCOMPARE(window.dataPanel()->errorText(), broken + expected);
    QCOMPARE(c.trainingData(), goodData);
    QCOMPARE(QString::fromStdString(c.trainingDataSource().csvPath), good);
    QCOMPARE(QString::fromStdString(c.dataSource().csvPath), good);

    // Space plays (even from a spin box), at full speed.
    window.speedControl()->setLevel(SpeedControl::kMaxLevel);
    QVERIFY(showAndActivate(window));  // back from the dialogs
    // Epochs enough that the run is still going when Space pauses it, however fast the machine
    // (this CSV gives a few steps an epoch).
    TrainingSettings longer = c.settings();
    longer.epochs = 100000;
    c.setSettings(longer);
    auto* hidden = builder->findChild<QSpinBox*>(QStringLiteral("hiddenSize"));
    hidden->setFocus();
    QTest::keyClick(hidden, Qt::Key_Space);
    QTRY_VERIFY_WITH_TIMEOUT(c.isPlaying(), gui_test::kWorkerTimeoutMs);
    QCOMPARE(window.actions().playPause->text(), QStringLiteral("&Pause"));
    QTRY_VERIFY_WITH_TIMEOUT(window.dashboard()->lossPlot()->epochPoints() >= 4, 60000);
    QVERIFY(window.dashboard()->lossPlot()->stepPoints() > 0);
    QTest::keyClick(&window, Qt::Key_Space);
    QTRY_VERIFY_WITH_TIMEOUT(!c.isPlaying(), gui_test::kWorkerTimeoutMs);
    QVERIFY(waitUntilIdle(c));
    const std::vector<EpochRecord>& epochs = c.snapshot()->history.epochs;
    QVERIFY2(epochs.back().trainLoss < epochs.front().trainLoss, "the loss did not fall");
    QVERIFY(*epochs.back().validationLoss < *epochs.front().validationLoss);

    // S steps once; Stop rewinds to fresh weights.
    waitForWorker(c);  // the paused run's last snapshot is in
    const long long paused = c.snapshot()->step;
    QTest::keyClick(&window, Qt::Key_S);
    QVERIFY(waitUntilIdle(c));
    waitForWorker(c);
    QCOMPARE(c.snapshot()->step, paused + 1);
    window.actions().stop->trigger();
    QVERIFY(waitUntilIdle(c));
    QCOMPARE(c.snapshot()->step, 0);
    QCOMPARE(window.dashboard()->lossPlot()->stepPoints(), 0);
    QVERIFY(window.runStatusText().startsWith(QStringLiteral("step 0")));
}

void TestGuiWorkflow::exportsEveryFigureInEveryFormat() {
    LabWindow window;
    trainAndWait(window.controller(), 30);
    window.settleViews();
    const QString dir = m_dir.filePath(QStringLiteral("figures"));
    ExportOptions options;
    options.size = QSize(900, 600);
    const QStringList written = exportFigures(figuresIn(window), dir, allFigureFormats(), options);
    QStringList names;
    for (const QString& path : written) names << QFileInfo(path).fileName();
    names.sort();
    QCOMPARE(names.size(), 4 * figuresIn(window).size());
    for (const char* stem : {"loss", "predictions-sine", "sine-seed-1", "hidden-state-ht",
                             "gradient-through-time-dl-dht"}) {
        for (const char* suffix : {".csv", ".pdf", ".png", ".svg"}) {
            const QString name = QLatin1String(stem) + QLatin1String(suffix);
            QVERIFY2(names.contains(name), qPrintable(name));
        }
    }
    for (const QString& path : written) {
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        if (path.endsWith(QStringLiteral(".png"))) {
            const QImage image = QImage::fromData(bytes, "PNG");
            QCOMPARE(image.size(), QSize(900, 600));
            // Drawn, not blank: text, axes and lines in many colours on the plot background.
            QVERIFY2(gui_test::colourCount(image) >= 32, qPrintable(path));
            QCOMPARE(image.pixelColor(2, 2), Theme::instance().style().plotBackground);
        } else if (path.endsWith(QStringLiteral(".pdf"))) {
            QVERIFY(bytes.startsWith("%PDF-"));
            QVERIFY(bytes.trimmed().endsWith("%%EOF"));
        } else if (path.endsWith(QStringLiteral(".svg"))) {
            QXmlStreamReader xml(bytes);
            bool svg = false;
            while (!xml.atEnd()) {
                if (xml.readNext() == QXmlStreamReader::StartElement && xml.name() == u"svg")
                    svg = true;
            }
            QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
            QVERIFY(svg);
        } else {
            const QStringList lines =
                QString::fromUtf8(bytes).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
            QVERIFY(lines.size() > 2);
            const QStringList cells = lines[1].split(QLatin1Char(','));
            bool number = false;
            cells.last().toDouble(&number);
            QVERIFY2(number || cells.last().isEmpty(), qPrintable(lines[1]));
        }
    }
    // The loss CSV holds the 30 steps the run took.
    const QStringList loss = readText(QDir(dir).filePath(QStringLiteral("loss.csv")))
                                 .split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(loss.first(), QStringLiteral("series,training step,\"loss (MSE, normalised units)\""));
    QCOMPARE(loss.filter(QRegularExpression(QStringLiteral("^each step,"))).size(), 30);
    QCOMPARE(loss.filter(QRegularExpression(QStringLiteral("^each step,30,"))).size(), 1);
}

void TestGuiWorkflow::savedExperimentReopensAsItWas() {
    const QString path = m_dir.filePath(QStringLiteral("gru.rnnlab.json"));
    NetworkConfig network;
    TrainingSettings settings;
    {
        LabWindow window;
        ExperimentController& c = window.controller();
        NetworkConfig n = c.network();
        n.cell = CellType::Gru;
        n.hiddenSize = 8;
        n.numLayers = 2;
        c.setNetwork(n);
        TrainingSettings s = c.settings();
        s.optimizer = OptimizerSettings::forKind(OptimizerKind::RmsProp);
        s.optimizer.learningRate = 0.005;
        s.batchSize = 16;
        c.setSettings(s);
        QVERIFY(waitUntilIdle(c));
        trainAndWait(c, 25);
        QVERIFY(c.isDirty());
        QVERIFY(window.isWindowModified());
        QSignalSpy saved(&c, &ExperimentController::experimentSaved);
        c.saveExperiment(path);
        QVERIFY(saved.wait(gui_test::kWorkerTimeoutMs));
        QVERIFY(!c.isDirty());
        QVERIFY(!window.isWindowModified());
        QCOMPARE(window.windowTitle(), QStringLiteral("gru.rnnlab.json[*] \u2014 RNN Lab"));
        QCOMPARE(window.recentFiles()->files().value(0), path);
        network = c.network();
        settings = c.settings();
    }
    LabWindow again;
    again.openFile(path);
    ExperimentController& c = again.controller();
    QVERIFY(waitUntilIdle(c));
    QCOMPARE(c.filePath(), path);
    QCOMPARE(c.network(), network);
    QCOMPARE(c.settings(), settings);
    QCOMPARE(c.snapshot()->step, 25);
    QCOMPARE(again.dashboard()->lossPlot()->stepPoints(), 25);
    QVERIFY(!c.isDirty());
    // The builder shows the file's network and settings.
    auto* builder = again.networkBuilder();
    QCOMPARE(builder->findChild<QComboBox*>(QStringLiteral("cell"))->currentText(),
             QStringLiteral("GRU"));
    QCOMPARE(builder->findChild<QSpinBox*>(QStringLiteral("layers"))->value(), 2);
    QCOMPARE(builder->findChild<QComboBox*>(QStringLiteral("optimizer"))->currentText(),
             QStringLiteral("RMSprop"));
    QCOMPARE(builder->findChild<QSpinBox*>(QStringLiteral("batchSize"))->value(), 16);
}

void TestGuiWorkflow::csvPathIsSavedRelativeToTheExperiment() {
    QVERIFY(QDir(m_dir.path()).mkpath(QStringLiteral("project/data")));
    const QString csv = m_dir.filePath(QStringLiteral("project/data/levels.csv"));
    const QString path = m_dir.filePath(QStringLiteral("project/run.rnnlab.json"));
    QVERIFY(gui_test::writeFile(csv, gui_test::datedSeries(200)));
    {
        LabWindow window;
        openAndWait(window.controller(), csv);
        QSignalSpy saved(&window.controller(), &ExperimentController::experimentSaved);
        window.controller().saveExperiment(path);
        QVERIFY(saved.wait(gui_test::kWorkerTimeoutMs));
    }
    QVERIFY(readText(path).contains(QStringLiteral("\"data/levels.csv\"")));
    // The pair moves together.
    const QString moved = m_dir.filePath(QStringLiteral("moved"));
    QVERIFY(QDir().rename(m_dir.filePath(QStringLiteral("project")), moved));
    LabWindow window;
    openAndWait(window.controller(), moved + QStringLiteral("/run.rnnlab.json"));
    QCOMPARE(QString::fromStdString(window.controller().trainingDataSource().csvPath),
             moved + QStringLiteral("/data/levels.csv"));
}

// A student drops a book on the window, gives the network an embedding, trains, tries the sine
// (discarding nothing: Undo brings the text's run back as it was), saves, and opens the file in
// a new window: the same network, weights' step, vocabulary and text.
void TestGuiWorkflow::textRunSurvivesOtherDataUndoSaveAndReopen() {
    QByteArray book;
    for (int i = 0; i < 40; ++i) book += "Call me Ishmael. Some years ago, never mind how long.\n";
    const QString text = m_dir.filePath(QStringLiteral("book.txt"));
    QVERIFY(gui_test::writeFile(text, book));
    const QString path = m_dir.filePath(QStringLiteral("book.rnnlab.json"));
    NetworkConfig network;
    std::vector<std::string> vocabulary;
    {
        LabWindow window;
        ExperimentController& c = window.controller();
        window.openFile(text);
        QVERIFY(waitUntilIdle(c));
        QCOMPARE(QString::fromStdString(c.trainingDataSource().text.path), text);
        window.networkBuilder()->findChild<QSpinBox*>(QStringLiteral("embedding"))->setValue(8);
        QVERIFY(waitUntilIdle(c));
        trainAndWait(c, 12);
        vocabulary = c.trainingData()->symbolNames();

        gui_test::whenDialogOpens<QMessageBox>(
            [](QMessageBox* box) { box->button(QMessageBox::Discard)->click(); });
        loadAndWait(c, [&] { c.setDataSource(ExperimentController::defaultDataSource()); });
        QVERIFY(c.trainingDataSource().kind == DataSourceKind::Generator);
        QCOMPARE(c.snapshot()->network.embeddingSize, 0);  // numbers in: no embedding
        c.undoStack()->undo();
        QVERIFY(waitUntilIdle(c));
        QVERIFY(c.trainingDataSource().kind == DataSourceKind::Text);
        QCOMPARE(c.snapshot()->step, 12);
        QCOMPARE(c.snapshot()->network.embeddingSize, 8);

        QSignalSpy saved(&c, &ExperimentController::experimentSaved);
        c.saveExperiment(path);
        QVERIFY(saved.wait(gui_test::kWorkerTimeoutMs));
        network = c.snapshot()->network;
    }
    QVERIFY(readText(path).contains(QStringLiteral("\"book.txt\"")));  // beside the experiment
    LabWindow again;
    ExperimentController& c = again.controller();
    again.openFile(path);
    QVERIFY(waitUntilIdle(c));
    QCOMPARE(c.snapshot()->network, network);
    QVERIFY(network.input == InputKind::Symbols);
    QCOMPARE(c.snapshot()->step, 12);
    QCOMPARE(c.trainingData()->symbolNames(), vocabulary);
    QCOMPARE(c.trainingDataSource().text.vocabulary, vocabulary);
}

void TestGuiWorkflow::openErrorIsShownAndTheRunStays() {
    const QString path = m_dir.filePath(QStringLiteral("bad.rnnlab.json"));
    QVERIFY(gui_test::writeFile(path, "{\"format\": \"rnnlab\", \"version\": 1, \"network\": 3}"));
    LabWindow window;
    QVERIFY(showAndActivate(window));
    const NetworkConfig before = window.controller().network();
    QSignalSpy failed(&window.controller(), &ExperimentController::fileError);
    window.openFile(path);
    QVERIFY(failed.wait(gui_test::kWorkerTimeoutMs));
    const QString message = failed[0][0].toString();
    QVERIFY2(message.startsWith(path) && message.contains(QStringLiteral("network")),
             qPrintable(message));
    QCOMPARE(window.controller().network(), before);
    QVERIFY(window.controller().filePath().isEmpty());
    auto* box = window.findChild<QMessageBox*>();
    QVERIFY(box && box->isVisible());
    QCOMPARE(box->text(), message);
    box->close();
}

void TestGuiWorkflow::unsavedChangesAreOfferedBeforeTheyAreLost() {
    LabWindow window;
    ExperimentController& c = window.controller();
    QVERIFY(showAndActivate(window));
    QVERIFY(!c.isDirty());
    trainAndWait(c, 5);
    QVERIFY(c.isDirty());

    QString question;
    gui_test::whenDialogOpens<QMessageBox>([&](QMessageBox* box) {
        question = box->text();
        box->button(QMessageBox::Cancel)->click();
    });
    window.actions().newExperiment->trigger();
    QCOMPARE(question, QStringLiteral("Save the changes to \u201cUntitled\u201d before starting a "
                                      "new experiment?"));
    QVERIFY(waitUntilIdle(c));
    QCOMPARE(c.snapshot()->step, 5);  // cancelled: nothing happened

    gui_test::whenDialogOpens<QMessageBox>(
        [](QMessageBox* box) { box->button(QMessageBox::Discard)->click(); });
    window.actions().newExperiment->trigger();
    QVERIFY(waitUntilIdle(c));
    QCOMPARE(c.snapshot()->step, 0);
    QVERIFY(!c.isDirty());

    // Closing a trained window asks too; Discard closes.
    trainAndWait(c, 3);
    gui_test::whenDialogOpens<QMessageBox>([&](QMessageBox* box) {
        question = box->text();
        box->button(QMessageBox::Discard)->click();
    });
    QVERIFY(window.close());
    QCOMPARE(question, QStringLiteral("Save the changes to \u201cUntitled\u201d before closing?"));
    QVERIFY(!window.isVisible());
}

void TestGuiWorkflow::droppedCsvOpensTheImportDialog() {
    const QString path = m_dir.filePath(QStringLiteral("dropped.csv"));
    QVERIFY(gui_test::writeFile(path, gui_test::datedSeries(150)));
    LabWindow window;
    QVERIFY(showAndActivate(window));
    QMimeData mime;
    mime.setUrls({QUrl::fromLocalFile(path)});
    QDragEnterEvent enter(QPoint(200, 200), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    enter.setAccepted(false);
    QApplication::sendEvent(&window, &enter);
    QVERIFY(enter.isAccepted());
    QDropEvent drop(QPoint(200, 200), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(&window, &drop);
    auto* dialog = window.findChild<CsvImportDialog*>();
    QVERIFY(dialog && dialog->isVisible());
    QCOMPARE(dialog->path(), path);
    dialog->accept();
    QVERIFY(waitUntilIdle(window.controller()));
    QCOMPARE(QString::fromStdString(window.controller().trainingDataSource().csvPath), path);
}

void TestGuiWorkflow::divergenceShowsTheBannerAndItsRemedyWorks() {
    LabWindow window;
    ExperimentController& c = window.controller();
    gui_test::setUpDivergingRun(c);  // the first steps blow up
    QVERIFY(waitUntilIdle(c));
    trainAndWait(c, 50);
    const auto snapshot = c.snapshot();
    QVERIFY(snapshot->stopReason == StopReason::Diverged);
    DivergenceBanner* banner = window.dashboard()->banner();
    QCOMPARE(banner->message(), QString::fromStdString(snapshot->divergence->message()));
    QVERIFY(window.runStatusText().contains(
        QStringLiteral("diverged at step %1").arg(snapshot->divergence->step)));

    banner->continueButton()->click();
    QCOMPARE(c.settings().optimizer.learningRate, 1.0);
    QVERIFY(waitUntilIdle(c));
    c.pause();
    QVERIFY(waitUntilIdle(c));
    QCOMPARE(c.snapshot()->settings.optimizer.learningRate, 1.0);
}

void TestGuiWorkflow::timeBarMovesTheCursorInTheExampleWindow() {
    LabWindow window;
    QCOMPARE(window.timeBar()->length(), 20);  // the window T of the default data
    window.timeBar()->setCurrentStep(5);
    Figure* figure = window.dataView()->figure();
    QCPItemStraightLine* cursor = nullptr;
    for (int i = 0; i < figure->itemCount(); ++i) {
        if (auto* line = qobject_cast<QCPItemStraightLine*>(figure->item(i))) cursor = line;
    }
    QVERIFY(cursor);
    QCOMPARE(cursor->point1->coords().x(), double(window.dataView()->exampleStart() + 5));
}

void TestGuiWorkflow::speedReadoutShowsStepsPerSecondAtASlowSetting() {
    LabWindow window;
    ExperimentController& c = window.controller();
    QVERIFY(showAndActivate(window));
    auto* metrics = window.findChild<MetricsPanel*>();
    QVERIFY(metrics);
    const auto speed = [metrics] { return metrics->value(MetricsPanel::Metric::Speed); };
    QCOMPARE(speed(), QStringLiteral("\u2013"));  // not playing: nothing measured

    window.speedControl()->setLevel(5);  // 20 steps a second, one step at a time
    c.play();
    // The first number: steps measured over half a second, at most the pace's 20 (and what
    // the timer's jitter can add to half a second's count).
    QTRY_VERIFY_WITH_TIMEOUT(speed().endsWith(QStringLiteral(" steps/s")), 30000);
    const double rate = QLocale().toDouble(speed().section(QLatin1Char(' '), 0, 0));
    QVERIFY2(rate > 0 && rate <= 22, qPrintable(speed()));

    c.pause();
    QTRY_COMPARE_WITH_TIMEOUT(speed(), QStringLiteral("\u2013"), 30000);
}

RNNLAB_TEST_MAIN(TestGuiWorkflow)
}  // namespace RNNLAB_TEST_FILE

#include "tst_gui_workflow.moc"
