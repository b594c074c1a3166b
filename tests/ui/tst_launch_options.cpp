// `rnnlab [FILE] [--view NAME] [--screenshot OUT.png] [--size WxH] [--presentation] [--dark]`:
// parsing, the errors main() turns into exit code 2, and the screenshot it takes (in-process).
#include <QFile>
#include <QMenuBar>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

#include "core/errors.h"
#include "settings_sandbox.h"
#include "ui/application_setup.h"
#include "ui/main_window.h"
#include "ui/plot/figure.h"
#include "ui/theme/theme.h"
#include "ui/views/series_view.h"
#include "ui/window/launch_options.h"
#include "ui/window/window_screenshot.h"

using namespace rnnlab::ui;
using Status = LaunchParseResult::Status;

namespace {

LaunchParseResult parse(const QStringList& args) {
    return parseLaunchOptions(QStringList{QStringLiteral("rnnlab")} + args);
}

QString configErrorOf(MainWindow& window, const LaunchOptions& options) {
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
    void badArgumentsAreErrors_data();
    void badArgumentsAreErrors();
    void unknownViewIsAnError();
    void fileMustExistAndBeOpenable();
    void fileIsHandedToTheLoader();
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
    const LaunchParseResult r = parse({"series.csv", "--view", "data", "--screenshot", "out.png",
                                       "--size", "1280x720", "--presentation", "--dark"});
    QCOMPARE(r.status, Status::Run);
    QCOMPARE(r.options.file, QStringLiteral("series.csv"));
    QCOMPARE(r.options.view, QStringLiteral("data"));
    QCOMPARE(r.options.screenshotPath, QStringLiteral("out.png"));
    QCOMPARE(r.options.size, QSize(1280, 720));
    QVERIFY(r.options.presentation);
    QVERIFY(r.options.dark);

    const LaunchParseResult bare = parse({});
    QCOMPARE(bare.status, Status::Run);
    QVERIFY(bare.options.file.isEmpty());
    QVERIFY(!bare.options.size.isValid());
    QVERIFY(!bare.options.presentation && !bare.options.dark);
}

void TestLaunchOptions::helpAndVersion() {
    QCOMPARE(parse({"--help"}).status, Status::Help);
    QCOMPARE(parse({"-h", "--bogus"}).status, Status::Error);
    const QString help = launchHelpText();
    for (const char* option : {"--view <NAME>", "--screenshot <OUT.png>", "--size <WxH>",
                               "--presentation", "--dark", "[FILE]"}) {
        QVERIFY2(help.contains(QLatin1String(option)), option);
    }
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
}

void TestLaunchOptions::badArgumentsAreErrors() {
    QFETCH(QStringList, args);
    QFETCH(QString, message);
    const LaunchParseResult r = parse(args);
    QCOMPARE(r.status, Status::Error);
    QCOMPARE(r.message, message);
}

void TestLaunchOptions::unknownViewIsAnError() {
    MainWindow window;
    LaunchOptions o;
    o.view = QStringLiteral("Gradients");
    QCOMPARE(configErrorOf(window, o),
             QStringLiteral("--view: unknown view 'Gradients' (expected one of: Data)"));
    o.view = QStringLiteral("DATA");
    QCOMPARE(configErrorOf(window, o), QString());
}

void TestLaunchOptions::fileMustExistAndBeOpenable() {
    MainWindow window;
    window.actions().open->setEnabled(true);
    LaunchOptions o;
    o.file = m_dir.filePath(QStringLiteral("missing.csv"));
    QCOMPARE(configErrorOf(window, o), o.file + QStringLiteral(": no such file"));
    o.file = m_dir.filePath(QStringLiteral("notes.txt"));
    QFile(o.file).open(QIODevice::WriteOnly);
    QCOMPARE(configErrorOf(window, o),
             o.file + QStringLiteral(": expected a .csv or .rnnlab.json file"));
}

void TestLaunchOptions::fileIsHandedToTheLoader() {
    const QString path = m_dir.filePath(QStringLiteral("series.csv"));
    QFile(path).open(QIODevice::WriteOnly);
    LaunchOptions o;
    o.file = path;
    MainWindow withoutLoader;
    QCOMPARE(configErrorOf(withoutLoader, o),
             path + QStringLiteral(": cannot open files yet, no loader is connected"));
    MainWindow window;
    window.actions().open->setEnabled(true);
    QSignalSpy requested(&window, &MainWindow::openRequested);
    QCOMPARE(configErrorOf(window, o), QString());
    QCOMPARE(requested.count(), 1);
    QCOMPARE(requested[0][0].toString(), path);
}

void TestLaunchOptions::screenshotHasTheRequestedSize() {
    const QString path = m_dir.filePath(QStringLiteral("window.png"));
    const LaunchParseResult r =
        parse({"--screenshot", path, "--size", "1280x720", "--view", "data"});
    QCOMPARE(r.status, Status::Run);
    MainWindow window;
    applyLaunchOptions(window, r.options);
    saveWindowScreenshot(window, path);
    const QImage image(path);
    QCOMPARE(image.size(), QSize(1280, 720));
    QVERIFY(window.menuBar()->isVisible());
}

void TestLaunchOptions::presentationScreenshotUsesTheProjectorTheme() {
    const QString path = m_dir.filePath(QStringLiteral("projector.png"));
    const LaunchParseResult r = parse({"--screenshot", path, "--presentation", "--dark"});
    MainWindow window;
    applyLaunchOptions(window, r.options);
    saveWindowScreenshot(window, path);
    const QImage image(path);
    QCOMPARE(image.size(), kDefaultScreenshotSize);
    QVERIFY(!window.isFullScreen());  // screenshots keep the requested size
    QVERIFY(!window.menuBar()->isVisible());
    const ThemeStyle& style = Theme::instance().style();
    QVERIFY(style.presentation);
    QCOMPARE(style.scheme, ColorScheme::Dark);
    // The figure's corner, in the picture, has the projector theme's plot background.
    Figure* figure = window.seriesView()->figure();
    const QPoint corner = figure->mapTo(&window, QPoint(2, 2));
    QCOMPARE(image.pixelColor(corner), style.plotBackground);
}

QTEST_MAIN(TestLaunchOptions)
#include "tst_launch_options.moc"
