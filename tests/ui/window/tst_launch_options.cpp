// `rnnlab [FILE] [--view NAME] [--train-steps N] [--screenshot OUT.png] [--size WxH]
// [--lesson NAME|FILE] [--presentation] [--dark]`: parsing, the errors
// main() turns into exit codes, opening the file, training before the screenshot, and the
// screenshot itself (in-process).
#include <QFile>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTemporaryDir>

#include "test_main.h"
#include "core/base/errors.h"
#include "gui_test_support.h"
#include "settings_sandbox.h"
#include "ui/application_setup.h"
#include "ui/compare/compare_view.h"
#include "ui/experiment/experiment_controller.h"
#include "ui/headless/ui_benchmark.h"
#include "ui/headless/window_screenshot.h"
#include "ui/lessons/lesson_guide.h"
#include "ui/plot/figure.h"
#include "ui/theme/theme.h"
#include "ui/views/loss_plot.h"
#include "ui/views/training_dashboard.h"
#include "ui/window/lab_window.h"
#include "ui/window/launch_options.h"
#include "ui/window/recent_files.h"

namespace RNNLAB_TEST_FILE {

using namespace rnnlab::ui;
using Status = LaunchParseResult::Status;

namespace {

LaunchParseResult parse(const QStringList& args) {
    return parseLaunchOptions(QStringList{QStringLiteral("rnnlab")} + args);
}

QString configErrorOf(LabWindow& window, const LaunchOptions& options) {
    try {
        applyLaunchOptions(window, options);
    } catch (const rnnlab::ConfigError& e) {
        return QString::fromUtf8(e.what());
    }
    return QString();
}

}  // namespace

class TestLaunchOptions : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void parsesEveryOption();
    void helpAndVersion();
    void benchTrainTakesTheBenchFlags();
    void badArgumentsAreErrors_data();
    void badArgumentsAreErrors();
    void lessonOpensAndStartsTheLesson();
    void lessonFileOpensByPath();
    void fileOpenAcceptsALesson();
    void unknownViewIsAnError();
    void fileMustExistAndBeOpenable();
    void textAndLabelledFilesAreLoaded();
    void csvFileIsLoaded();
    void screenshotLeavesRecentFilesAlone();
    void brokenFileIsAFileError();
    void stepsAreTrainedBeforeTheScreenshot();
    void screenshotHasTheRequestedSize();
    void presentationScreenshotUsesTheProjectorTheme();

private:
    SettingsSandbox m_settings;
    QTemporaryDir m_dir;
};

void TestLaunchOptions::initTestCase() {
    setupApplication();
}

void TestLaunchOptions::init() {
    Theme::instance().setScheme(ColorScheme::Light);
    Theme::instance().setPresentation(false);
}

void TestLaunchOptions::parsesEveryOption() {
    const LaunchParseResult r =
        parse({"series.csv", "--view", "data", "--train-steps", "25", "--screenshot", "out.png",
               "--size", "1280x720", "--presentation", "--dark"});
    QCOMPARE(r.status, Status::Run);
    QCOMPARE(r.options.file, QStringLiteral("series.csv"));
    QCOMPARE(r.options.view, QStringLiteral("data"));
    QCOMPARE(r.options.trainSteps, 25);
    QCOMPARE(r.options.screenshotPath, QStringLiteral("out.png"));
    QCOMPARE(r.options.size, QSize(1280, 720));
    QVERIFY(r.options.presentation);
    QVERIFY(r.options.dark);

    const LaunchParseResult bare = parse({});
    QCOMPARE(bare.status, Status::Run);
    QVERIFY(bare.options.file.isEmpty());
    QCOMPARE(bare.options.trainSteps, 0);
    QVERIFY(!bare.options.size.isValid());
    QVERIFY(!bare.options.presentation && !bare.options.dark);
    QVERIFY(!bare.options.headless());

    // A snapshot of the view, by the suffix, with its caption.
    const LaunchParseResult snapshot = parse({"--snapshot", "slide.SVG", "--caption"});
    QCOMPARE(snapshot.status, Status::Run);
    QCOMPARE(snapshot.options.snapshotPath, QStringLiteral("slide.SVG"));
    QVERIFY(snapshot.options.caption);
    QVERIFY(snapshot.options.headless());
}

void TestLaunchOptions::benchTrainTakesTheBenchFlags() {
    const LaunchParseResult r =
        parse({"--bench-train", "--cell", "gru", "--hidden", "128", "--layers", "2", "--seq", "20",
               "--batch", "16", "--steps", "50"});
    QCOMPARE(r.status, Status::Run);
    QVERIFY(r.options.benchTrain);
    const TrainBenchmarkOptions& b = *r.options.benchTrain;
    QVERIFY(b.cell == rnnlab::CellType::Gru);
    QCOMPARE(b.hiddenSize, 128);
    QCOMPARE(b.layers, 2);
    QCOMPARE(b.seq, 20);
    QCOMPARE(b.batch, 16);
    QCOMPARE(b.steps, 50);

    // Defaults: bench's (LSTM, H = 64, one layer, T = 100, B = 32), steps by the size.
    const TrainBenchmarkOptions d = *parse({"--bench-train"}).options.benchTrain;
    QVERIFY(d.cell == rnnlab::CellType::Lstm);
    QCOMPARE(d.hiddenSize, 64);
    QCOMPARE(d.layers, 1);
    QCOMPARE(d.seq, 100);
    QCOMPARE(d.batch, 32);
    QCOMPARE(d.steps, 0);
    QCOMPARE(defaultTrainBenchmarkSteps(16), 3000);
    QCOMPARE(defaultTrainBenchmarkSteps(128), 300);
    QCOMPARE(defaultTrainBenchmarkSteps(512), 100);
    QVERIFY(!parse({}).options.benchTrain);
    QVERIFY(!parse({"--bench-train"}).options.benchUi);

    // --bench-ui takes the same flags, with its own defaults (LSTM H = 128, L = 2, T = 200).
    const TrainBenchmarkOptions ui = *parse({"--bench-ui", "--hidden", "512"}).options.benchUi;
    QVERIFY(ui.cell == rnnlab::CellType::Lstm);
    QCOMPARE(ui.hiddenSize, 512);
    QCOMPARE(ui.layers, 2);
    QCOMPARE(ui.seq, 200);
    QCOMPARE(ui.batch, 32);
    QCOMPARE(ui.steps, 30);
    const UiBenchmarkOptions asked = uiBenchmarkOptions(ui);
    QCOMPARE(asked.hiddenSize, 512);
    QCOMPARE(asked.window, 200);
    QCOMPARE(asked.trainingSteps, 30);
    QVERIFY(!parse({"--bench-ui"}).options.benchTrain);
    QCOMPARE(parse({"--bench-ui", "--layers", "0"}).message,
             QStringLiteral("--layers: '0' is not a whole number from 1 to 16"));
    QVERIFY(launchHelpText().contains(QLatin1String("--bench-train")));
}

void TestLaunchOptions::helpAndVersion() {
    QCOMPARE(parse({"--help"}).status, Status::Help);
    QCOMPARE(parse({"-h", "--bogus"}).status, Status::Error);
    const QString help = launchHelpText();
    for (const char* option : {"--view <NAME>", "--train-steps <N>", "--screenshot <OUT.png>",
                               "--snapshot <OUT.png|svg|pdf>", "--caption", "--size <WxH>",
                               "--presentation", "--dark", "[FILE]"}) {
        QVERIFY2(help.contains(QLatin1String(option)), option);
    }
    QVERIFY(help.contains(QLatin1String("--lesson <NAME|FILE>")));
    QCOMPARE(parse({"--version"}).status, Status::Version);
}

void TestLaunchOptions::badArgumentsAreErrors_data() {
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("message");
    QTest::newRow("unknown option") << QStringList{"--bogus"} << "Unknown option 'bogus'.";
    QTest::newRow("missing value") << QStringList{"--view"} << "Missing value after '--view'.";
    QTest::newRow("two files") << QStringList{"a.csv", "b.csv"}
                               << "expected at most one FILE, got 2: a.csv b.csv";
    QTest::newRow("size syntax") << QStringList{"--size", "1920"}
                                 << "--size: '1920' is not WIDTHxHEIGHT (for example 1920x1080)";
    QTest::newRow("size range") << QStringList{"--size", "100x100"}
                                << "--size: 100x100 is outside 320x240 .. 7680x4320";
    QTest::newRow("not png") << QStringList{"--screenshot", "shot.jpg"}
                             << "--screenshot: 'shot.jpg' must end in .png";
    QTest::newRow("snapshot suffix") << QStringList{"--snapshot", "slide.jpg"}
                                     << "--snapshot: 'slide.jpg' must end in .png, .svg or .pdf";
    QTest::newRow("caption alone")
        << QStringList{"--caption"} << "--caption goes with --snapshot only";
    QTest::newRow("steps text") << QStringList{"--train-steps", "many"}
                                << "--train-steps: 'many' is not a whole number from 0 to 10000000";
    QTest::newRow("steps negative")
        << QStringList{"--train-steps", "-3"}
        << "--train-steps: '-3' is not a whole number from 0 to 10000000";
    QTest::newRow("lesson without name")
        << QStringList{"--lesson"} << "Missing value after '--lesson'.";
    QTest::newRow("bench flag alone")
        << QStringList{"--hidden", "16"} << "--hidden goes with --bench-train or --bench-ui only";
    QTest::newRow("bench cell") << QStringList{"--bench-train", "--cell", "lstmx"}
                                << "--cell: unknown cell 'lstmx' (expected rnn, lstm or gru)";
    QTest::newRow("bench hidden") << QStringList{"--bench-train", "--hidden", "0"}
                                  << "--hidden: '0' is not a whole number from 1 to 4096";
    QTest::newRow("bench steps") << QStringList{"--bench-train", "--steps", "3.5"}
                                 << "--steps: '3.5' is not a whole number from 1 to 10000000";
}

void TestLaunchOptions::badArgumentsAreErrors() {
    QFETCH(QStringList, args);
    QFETCH(QString, message);
    const LaunchParseResult r = parse(args);
    QCOMPARE(r.status, Status::Error);
    QCOMPARE(r.message, message);
}

void TestLaunchOptions::lessonOpensAndStartsTheLesson() {
    const LaunchParseResult r = parse({"--lesson", "lstm-remembers"});
    QCOMPARE(r.status, Status::Run);
    QCOMPARE(r.options.lesson, QStringLiteral("lstm-remembers"));
    LabWindow window;
    QVERIFY(window.controller().network().cell == rnnlab::CellType::Lstm);  // the default run
    window.controller().setNetwork([&] {
        rnnlab::NetworkConfig gru = window.controller().network();
        gru.cell = rnnlab::CellType::Gru;
        return gru;
    }());
    // The edited GRU is offered for saving first (it is replaced, not undoable): Discard.
    QString question;
    gui_test::whenDialogOpens<QMessageBox>([&question](QMessageBox* box) {
        question = box->text();
        box->button(QMessageBox::Discard)->click();
    });
    QCOMPARE(configErrorOf(window, r.options), QString());
    QCOMPARE(question, QStringLiteral("Save the changes to \u201cUntitled\u201d before opening a "
                                      "lesson?"));
    QCOMPARE(window.lessonGuide()->title(), QStringLiteral("LSTM remembers"));
    QVERIFY(window.controller().network().cell == rnnlab::CellType::Lstm);
    QCOMPARE(window.controller().network().hiddenSize, 16);
    QCOMPARE(window.compareView()->runCount(), 2);  // the lesson's runs: tanh RNN and LSTM

    LaunchOptions unknown;
    unknown.lesson = QStringLiteral("nope");
    const QString message = configErrorOf(window, unknown);
    QVERIFY2(message.startsWith(QLatin1String("--lesson: no lesson is called 'nope' (lessons: ")),
             qPrintable(message));
    QVERIFY2(message.contains(QLatin1String("vanishing-gradient")), qPrintable(message));
    QCOMPARE(window.lessonGuide()->title(), QStringLiteral("LSTM remembers"));  // unchanged
}

// A teacher's lesson file: opened by its path, or refused naming the file and the field (and
// the lesson shown before stays).
void TestLaunchOptions::lessonFileOpensByPath() {
    QTemporaryDir dir;
    QFile bundled(QStringLiteral(RNNLAB_RESOURCES_DIR "/lessons/lstm-remembers.lesson.json"));
    QVERIFY(bundled.open(QIODevice::ReadOnly));
    QByteArray text = bundled.readAll();
    text.replace("\"title\": \"LSTM remembers\"", "\"title\": \"My own lesson\"");
    const QString path = dir.filePath(QStringLiteral("mine.lesson.json"));
    QFile mine(path);
    QVERIFY(mine.open(QIODevice::WriteOnly));
    mine.write(text);
    mine.close();

    // As FILE (what the desktop entry's `rnnlab %f` passes) it opens as --lesson FILE does.
    const LaunchParseResult asFile = parse({path});
    QCOMPARE(asFile.options.lesson, path);
    QVERIFY(asFile.options.file.isEmpty());
    QCOMPARE(parse({path, "--lesson", "lstm-remembers"}).message,
             path + " is a lesson, and --lesson names another: give one");

    LabWindow window;
    LaunchOptions o;
    o.lesson = path;
    QCOMPARE(configErrorOf(window, o), QString());
    QCOMPARE(window.lessonGuide()->title(), QStringLiteral("My own lesson"));
    QVERIFY(window.controller().network().cell == rnnlab::CellType::Lstm);

    const QString broken = dir.filePath(QStringLiteral("broken.lesson.json"));
    QFile b(broken);
    QVERIFY(b.open(QIODevice::WriteOnly));
    b.write(text.replace("\"views\": [", "\"views\": [\"plots\", "));
    b.close();
    o.lesson = broken;
    QString message;
    try {
        applyLaunchOptions(window, o);
    } catch (const rnnlab::FileError& e) {
        message = QString::fromUtf8(e.what());
    }
    QVERIFY2(message.startsWith(broken + ": views[0]: unknown view 'plots'"), qPrintable(message));
    QCOMPARE(window.lessonGuide()->title(), QStringLiteral("My own lesson"));
}

// File → Open and a dropped file (both MainWindow::requestOpen) open a lesson file like
// `--lesson FILE`; a broken one is refused in the status bar naming the file and the field,
// and the lesson shown before stays. As the positional FILE a lesson is pointed to --lesson.
void TestLaunchOptions::fileOpenAcceptsALesson() {
    QTemporaryDir dir;
    QFile bundled(QStringLiteral(RNNLAB_RESOURCES_DIR "/lessons/gru-gates.lesson.json"));
    QVERIFY(bundled.open(QIODevice::ReadOnly));
    QByteArray text = bundled.readAll();
    const QString path = dir.filePath(QStringLiteral("gates.lesson.json"));
    QVERIFY(gui_test::writeFile(path, text));

    LabWindow window;
    QVERIFY(window.requestOpen(path));
    QCOMPARE(window.lessonGuide()->title(), QStringLiteral("The GRU's two gates"));
    QTRY_VERIFY(window.controller().network().cell == rnnlab::CellType::Gru);

    const QString broken = dir.filePath(QStringLiteral("broken.lesson.json"));
    QVERIFY(gui_test::writeFile(broken, text.replace("\"steps\": ", "\"steps\": -")));
    QVERIFY(window.requestOpen(broken));
    const QString message = window.statusBar()->currentMessage();
    QVERIFY2(message.startsWith(broken + ": steps"), qPrintable(message));
    QCOMPARE(window.lessonGuide()->title(), QStringLiteral("The GRU's two gates"));

    LaunchOptions o;
    o.file = path;
    QCOMPARE(configErrorOf(window, o),
             path + QStringLiteral(": a lesson opens with --lesson ") + path);
}

void TestLaunchOptions::unknownViewIsAnError() {
    LabWindow window;
    LaunchOptions o;
    o.view = QStringLiteral("Gradient");
    QCOMPARE(configErrorOf(window, o),
             QStringLiteral("--view: unknown view 'Gradient' (expected one of: Training, Data, "
                            "Explorer, Gradients, Compare, Text)"));
    o.view = QStringLiteral("DATA");
    QCOMPARE(configErrorOf(window, o), QString());
    QCOMPARE(window.currentViewName(), QStringLiteral("Data"));
}

void TestLaunchOptions::fileMustExistAndBeOpenable() {
    LabWindow window;
    LaunchOptions o;
    o.file = m_dir.filePath(QStringLiteral("missing.csv"));
    QCOMPARE(configErrorOf(window, o), o.file + QStringLiteral(": no such file"));
    o.file = m_dir.filePath(QStringLiteral("notes.md"));
    QVERIFY(gui_test::writeFile(o.file, "notes"));
    QCOMPARE(configErrorOf(window, o),
             o.file + QStringLiteral(": expected a .rnnlab.json experiment, a .csv series, a "
                                     ".txt text or .tsv labelled sentences"));
}

// `rnnlab book.txt`: a character model of the text, windows of 100 characters predicting the
// next one; `rnnlab reviews.tsv`: labelled sentences, one class per sentence.
void TestLaunchOptions::textAndLabelledFilesAreLoaded() {
    QByteArray book;
    for (int i = 0; i < 60; ++i) book += "It was the best of times, it was the worst of times.\n";
    const QString text = m_dir.filePath(QStringLiteral("book.txt"));
    QVERIFY(gui_test::writeFile(text, book));
    LabWindow window;
    LaunchOptions o;
    o.file = text;
    QCOMPARE(configErrorOf(window, o), QString());
    QVERIFY(window.controller().trainingDataSource().kind == rnnlab::DataSourceKind::Text);
    QCOMPARE(window.controller().trainingData()->steps(), 100);
    QVERIFY(window.controller().trainingData()->vocabularySize() > 10);

    QByteArray lines;
    for (int i = 0; i < 40; ++i) lines += i % 2 ? "pos\tgood fun\n" : "neg\tbad day\n";
    o.file = m_dir.filePath(QStringLiteral("reviews.tsv"));
    QVERIFY(gui_test::writeFile(o.file, lines));
    QCOMPARE(configErrorOf(window, o), QString());
    QVERIFY(window.controller().trainingDataSource().kind == rnnlab::DataSourceKind::Labelled);
    QCOMPARE(window.controller().trainingData()->classNames(),
             std::vector<std::string>({"neg", "pos"}));
}

void TestLaunchOptions::csvFileIsLoaded() {
    const QString path = m_dir.filePath(QStringLiteral("levels.csv"));
    QVERIFY(gui_test::writeFile(path, gui_test::datedSeries(200)));
    LabWindow window;
    LaunchOptions o;
    o.file = path;
    QCOMPARE(configErrorOf(window, o), QString());
    const rnnlab::DataSource& source = window.controller().trainingDataSource();
    QVERIFY(source.kind == rnnlab::DataSourceKind::Csv);
    QCOMPARE(QString::fromStdString(source.csvPath), path);
    QCOMPARE(window.controller().snapshot()->step, 0);
    QCOMPARE(window.controller().trainingData()->steps(), 20);  // the default window
}

// The interactive window remembers an opened file; a screenshot run of the same file does not.
void TestLaunchOptions::screenshotLeavesRecentFilesAlone() {
    const QString path = m_dir.filePath(QStringLiteral("recent.csv"));
    QVERIFY(gui_test::writeFile(path, gui_test::datedSeries(200)));
    m_settings.clear();
    {
        LabWindow window;
        const LaunchParseResult r =
            parse({path, "--screenshot", m_dir.filePath(QStringLiteral("recent.png"))});
        QCOMPARE(r.status, Status::Run);
        applyLaunchOptions(window, r.options);
        QCOMPARE(window.recentFiles()->files().value(0), path);  // the window's own menu
    }
    QCOMPARE(QSettings().value(QStringLiteral("recentFiles")).toStringList(), QStringList());
    LabWindow window;
    applyLaunchOptions(window, parse({path}).options);
    QCOMPARE(QSettings().value(QStringLiteral("recentFiles")).toStringList(), QStringList{path});
}

void TestLaunchOptions::brokenFileIsAFileError() {
    const QString path = m_dir.filePath(QStringLiteral("broken.csv"));
    QVERIFY(gui_test::writeFile(
        path, "date,level\n2020-01-01,1.5\n2020-01-02,1.6 USD\n2020-01-03,2.5\n"));
    LabWindow window;
    LaunchOptions o;
    o.file = path;
    QString message;
    try {
        applyLaunchOptions(window, o);
    } catch (const rnnlab::FileError& e) {
        message = QString::fromUtf8(e.what());
    }
    QCOMPARE(message, path + QStringLiteral(":3:2: line 3, column 2 (level): '1.6 USD' is not a "
                                            "number"));
    QVERIFY(window.controller().trainingDataSource().kind == rnnlab::DataSourceKind::Generator);
}

void TestLaunchOptions::stepsAreTrainedBeforeTheScreenshot() {
    const LaunchParseResult r = parse({"--train-steps", "30", "--view", "training"});
    LabWindow window;
    applyLaunchOptions(window, r.options);
    QCOMPARE(window.controller().snapshot()->step, 30);
    QCOMPARE(window.dashboard()->lossPlot()->stepPoints(), 30);
    QCOMPARE(window.currentViewName(), QStringLiteral("Training"));
    QVERIFY(!window.controller().isPlaying());
}

void TestLaunchOptions::screenshotHasTheRequestedSize() {
    const QString path = m_dir.filePath(QStringLiteral("window.png"));
    const LaunchParseResult r =
        parse({"--screenshot", path, "--size", "1280x720", "--view", "data"});
    QCOMPARE(r.status, Status::Run);
    LabWindow window;
    applyLaunchOptions(window, r.options);
    saveWindowScreenshot(window, path);
    const QImage image(path);
    QCOMPARE(image.size(), QSize(1280, 720));
    QVERIFY(window.menuBar()->isVisible());
    const QString problem = gui_test::screenshotProblem(image);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    // The data view is the one shown: its figure's corner has the plot background.
    const QList<Figure*> figures = window.findChildren<Figure*>();
    const auto shown = std::find_if(figures.begin(), figures.end(),
                                    [&window](Figure* f) { return f->isVisibleTo(&window); });
    QVERIFY(shown != figures.end());
    QCOMPARE(image.pixelColor((*shown)->mapTo(&window, QPoint(2, 2))),
             Theme::instance().style().plotBackground);
}

void TestLaunchOptions::presentationScreenshotUsesTheProjectorTheme() {
    const QString path = m_dir.filePath(QStringLiteral("projector.png"));
    const LaunchParseResult r = parse({"--screenshot", path, "--presentation", "--dark"});
    LabWindow window;
    applyLaunchOptions(window, r.options);
    saveWindowScreenshot(window, path);
    const QImage image(path);
    QCOMPARE(image.size(), kDefaultScreenshotSize);
    const QString problem = gui_test::screenshotProblem(image);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    QVERIFY(!window.isFullScreen());  // screenshots keep the requested size
    QVERIFY(!window.menuBar()->isVisible());
    const ThemeStyle& style = Theme::instance().style();
    QVERIFY(style.presentation);
    QCOMPARE(style.scheme, ColorScheme::Dark);
    // The loss figure's corner, in the picture, has the projector theme's plot background.
    Figure* figure = window.dashboard()->lossPlot()->figure();
    const QPoint corner = figure->mapTo(&window, QPoint(2, 2));
    QCOMPARE(image.pixelColor(corner), style.plotBackground);
}

RNNLAB_TEST_MAIN(TestLaunchOptions)
}  // namespace RNNLAB_TEST_FILE

#include "tst_launch_options.moc"
