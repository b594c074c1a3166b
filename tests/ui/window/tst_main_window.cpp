// The main window shell: menus, actions that start disabled until a controller implements
// them, keyboard shortcuts, presentation mode, views, drag and drop, recent files, and the
// window layout remembered in QSettings. (The shell with the experiment wired in, LabWindow,
// is tested in tst_gui_workflow.)
#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDialog>
#include <QDockWidget>
#include <QLineEdit>
#include <QMenuBar>
#include <QMimeData>
#include <QScreen>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QVBoxLayout>

#include "test_main.h"
#include "gui_test_support.h"
#include "settings_sandbox.h"
#include "ui/application_setup.h"
#include "ui/window/main_window.h"
#include "ui/plot/export_all_dialog.h"
#include "ui/plot/export_dialog.h"
#include "ui/plot/figure.h"
#include "ui/theme/theme.h"
#include "ui/window/recent_files.h"
#include "ui/window/speed_control.h"
#include "ui/window/time_bar.h"

namespace RNNLAB_TEST_FILE {

using namespace rnnlab::ui;
using gui_test::showAndActivate;
using gui_test::whenDialogOpens;

namespace {

// A view holding one figure, as the views of LabWindow do.
Figure* addFigureView(MainWindow& window, const QString& view, const QString& title) {
    auto* page = new QWidget;
    auto* figure = new Figure(title, QStringLiteral("t"), QStringLiteral("value"), page);
    figure->addSeries(QStringLiteral("values"))->setData({1, 2, 3}, {0.5, 1.5, 1.0});
    auto* layout = new QVBoxLayout(page);
    layout->addWidget(figure);
    window.addView(view, page);
    return figure;
}

QMimeData* urls(const QStringList& paths) {
    auto* mime = new QMimeData;
    QList<QUrl> list;
    for (const QString& p : paths) list << QUrl::fromLocalFile(p);
    mime->setUrls(list);
    return mime;
}

}  // namespace

class TestMainWindow : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void menusFollowTheDesign();
    void actionsWithoutAHandlerStartDisabled();
    void shortcutsTriggerTheirActions();
    void openShortcutShowsTheDialog();
    void exportShortcutExportsTheCurrentFigure();
    void exportAllWritesEveryFigureOfTheWindow();
    void presentationModeHidesPanelsAndKeepsTransport();
    void darkThemeActionSwitchesTheTheme();
    void viewsCanBeAddedAndShownByName();
    void currentFigureFollowsFocus();
    void requestOpenNeedsALoader();
    void dropsAcceptOnlyOpenableFiles();
    void recentFilesAreKeptNewestFirst();
    void geometryIsRememberedAfterRestoreSettings();
    void aWindowLargerThanTheScreenIsFittedToIt();
    void playPauseShowsTheState();

private:
    SettingsSandbox m_settings;
};

void TestMainWindow::initTestCase() {
    setupApplication();
}

void TestMainWindow::init() {
    m_settings.clear();
    Theme::instance().setScheme(ColorScheme::Light);
    Theme::instance().setPresentation(false);
}

void TestMainWindow::menusFollowTheDesign() {
    MainWindow window;
    QStringList titles;
    for (QAction* a : window.menuBar()->actions()) titles << a->text().remove(QLatin1Char('&'));
    QCOMPARE(titles, (QStringList{"File", "Edit", "View", "Train", "Lessons", "Help"}));
    QVERIFY(window.viewNames().isEmpty());
    QVERIFY(window.findChild<QDockWidget*>(QStringLiteral("dock_lesson")));
    QCOMPARE(window.statusBar()->currentMessage(), QStringLiteral("Ready"));
}

void TestMainWindow::actionsWithoutAHandlerStartDisabled() {
    MainWindow window;
    const MainWindowActions& a = window.actions();
    for (QAction* action :
         {a.newExperiment, a.open, a.save, a.saveAs, a.playPause, a.step, a.stop}) {
        QVERIFY2(!action->isEnabled(), qPrintable(action->text()));
    }
    QVERIFY(!window.speedControl()->isEnabled());
    for (QAction* action : {a.exportFigure, a.exportAllFigures, a.copyFigure, a.darkTheme,
                            a.presentationMode, a.keyboardHelp, a.about, a.quit}) {
        QVERIFY2(action->isEnabled(), qPrintable(action->text()));
    }
}

void TestMainWindow::shortcutsTriggerTheirActions() {
    MainWindow window;
    const MainWindowActions& a = window.actions();
    for (QAction* action : {a.playPause, a.step, a.save}) action->setEnabled(true);  // a controller
    QSignalSpy play(a.playPause, &QAction::triggered);
    QSignalSpy step(a.step, &QAction::triggered);
    QSignalSpy save(a.save, &QAction::triggered);
    QVERIFY(showAndActivate(window));
    QTest::keyClick(&window, Qt::Key_Space);
    QTest::keyClick(&window, Qt::Key_S);
    QTest::keyClick(&window, Qt::Key_Right);  // the time cursor's key, not a training step
    QTest::keyClick(&window, Qt::Key_S, Qt::ControlModifier);
    QCOMPARE(play.count(), 1);
    QCOMPARE(step.count(), 1);
    QCOMPARE(save.count(), 1);
    QCOMPARE(a.open->shortcut(), QKeySequence(QStringLiteral("Ctrl+O")));
    QCOMPARE(a.exportFigure->shortcut(), QKeySequence(QStringLiteral("Ctrl+E")));
    QCOMPARE(a.presentationMode->shortcut(), QKeySequence(Qt::Key_F11));

    a.step->setEnabled(false);  // a disabled action ignores its key
    QTest::keyClick(&window, Qt::Key_S);
    QCOMPARE(step.count(), 1);
}

void TestMainWindow::openShortcutShowsTheDialog() {
    MainWindow window;
    window.actions().open->setEnabled(true);
    QSignalSpy opened(window.actions().open, &QAction::triggered);
    QSignalSpy requested(&window, &MainWindow::openRequested);
    QVERIFY(showAndActivate(window));
    bool dialogShown = false;
    whenDialogOpens<QDialog>([&](QDialog* d) {
        dialogShown = true;
        d->reject();
    });
    QTest::keyClick(&window, Qt::Key_O, Qt::ControlModifier);
    QCOMPARE(opened.count(), 1);
    QVERIFY(dialogShown);
    QCOMPARE(requested.count(), 0);  // cancelled
}

void TestMainWindow::exportShortcutExportsTheCurrentFigure() {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("series.svg"));
    MainWindow window;
    addFigureView(window, QStringLiteral("Data"), QStringLiteral("Example series (built in)"));
    QVERIFY(showAndActivate(window));
    QString title;
    whenDialogOpens<ExportDialog>([&](ExportDialog* d) {
        title = d->windowTitle();
        d->findChild<QComboBox*>()->setCurrentIndex(2);  // PNG, PDF, SVG, CSV
        d->findChild<QLineEdit*>()->setText(path);
        d->accept();
    });
    QTest::keyClick(&window, Qt::Key_E, Qt::ControlModifier);
    QCOMPARE(title, QStringLiteral("Export \u201cExample series (built in)\u201d"));
    QFile svg(path);
    QVERIFY(svg.open(QIODevice::ReadOnly));
    QVERIFY(svg.readAll().contains("Example series (built in)"));
    QCOMPARE(window.statusBar()->currentMessage(), QStringLiteral("Exported ") + path);
}

void TestMainWindow::exportAllWritesEveryFigureOfTheWindow() {
    QTemporaryDir dir;
    MainWindow window;
    addFigureView(window, QStringLiteral("Data"), QStringLiteral("Example series (built in)"));
    addFigureView(window, QStringLiteral("Gradients"), QStringLiteral("Gradient norm"));
    QVERIFY(showAndActivate(window));
    whenDialogOpens<ExportAllDialog>([&](ExportAllDialog* d) {
        d->findChild<QLineEdit*>()->setText(dir.path());
        for (QCheckBox* box : d->findChildren<QCheckBox*>()) {
            box->setChecked(box->text() == QStringLiteral("SVG") ||
                            box->text() == QStringLiteral("CSV"));
        }
        d->accept();
    });
    QTest::keyClick(&window, Qt::Key_E, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files, QDir::Name),
             (QStringList{"example-series-built-in.csv", "example-series-built-in.svg",
                          "gradient-norm.csv", "gradient-norm.svg"}));
    QCOMPARE(window.statusBar()->currentMessage(), QStringLiteral("Exported 4 files"));
}

void TestMainWindow::presentationModeHidesPanelsAndKeepsTransport() {
    MainWindow window;
    window.addPanel(Qt::LeftDockWidgetArea, QStringLiteral("Network"), new QWidget);
    QVERIFY(showAndActivate(window));
    const QList<QDockWidget*> docks = window.findChildren<QDockWidget*>();
    QCOMPARE(docks.size(), 2);
    QTest::keyClick(&window, Qt::Key_F11);
    QVERIFY(window.presentationMode());
    QVERIFY(window.actions().presentationMode->isChecked());
    QVERIFY(Theme::instance().presentation());
    QVERIFY(window.isFullScreen());
    QVERIFY(!window.menuBar()->isVisible());
    for (QDockWidget* dock : docks) QVERIFY(!dock->isVisible());
    QVERIFY(window.timeBar()->isVisible());
    QVERIFY(window.speedControl()->isVisible());

    // The shortcuts work without the menu bar; Esc leaves.
    window.actions().step->setEnabled(true);
    QSignalSpy step(window.actions().step, &QAction::triggered);
    QTest::keyClick(&window, Qt::Key_S);
    QCOMPARE(step.count(), 1);
    QTest::keyClick(&window, Qt::Key_Escape);
    QVERIFY(!window.presentationMode());
    QVERIFY(!Theme::instance().presentation());
    QVERIFY(!window.isFullScreen());
    QVERIFY(window.menuBar()->isVisible());
    for (QDockWidget* dock : docks) QVERIFY(dock->isVisible());
}

void TestMainWindow::darkThemeActionSwitchesTheTheme() {
    MainWindow window;
    QVERIFY(showAndActivate(window));
    QTest::keyClick(&window, Qt::Key_D, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(Theme::instance().scheme(), ColorScheme::Dark);
    QVERIFY(window.actions().darkTheme->isChecked());
    Theme::instance().setScheme(ColorScheme::Light);  // from elsewhere: the check follows
    QVERIFY(!window.actions().darkTheme->isChecked());
}

void TestMainWindow::viewsCanBeAddedAndShownByName() {
    MainWindow window;
    QCOMPARE(window.addView(QStringLiteral("Data"), new QWidget), 0);
    auto* training = new QWidget;
    QCOMPARE(window.addView(QStringLiteral("Training"), training), 1);
    QCOMPARE(window.viewNames(), (QStringList{"Data", "Training"}));
    QVERIFY(window.showView(QStringLiteral("training")));
    QCOMPARE(window.currentViewName(), QStringLiteral("Training"));
    QVERIFY(!window.showView(QStringLiteral("Gradients")));
    QCOMPARE(window.currentViewName(), QStringLiteral("Training"));
    QVERIFY(showAndActivate(window));
    QTest::keyClick(&window, Qt::Key_1, Qt::ControlModifier);
    QCOMPARE(window.currentViewName(), QStringLiteral("Data"));
    QTest::keyClick(&window, Qt::Key_2, Qt::ControlModifier);
    QCOMPARE(window.currentViewName(), QStringLiteral("Training"));
}

void TestMainWindow::currentFigureFollowsFocus() {
    MainWindow window;
    QCOMPARE(window.currentFigure(), nullptr);
    Figure* first = addFigureView(window, QStringLiteral("One"), QStringLiteral("Series"));
    QCOMPARE(window.currentFigure(), first);
    auto* page = new QWidget;
    auto* a = new Figure(QStringLiteral("A"), QStringLiteral("x"), QStringLiteral("y"), page);
    auto* b = new Figure(QStringLiteral("B"), QStringLiteral("x"), QStringLiteral("y"), page);
    window.addView(QStringLiteral("Two"), page);
    window.showView(QStringLiteral("Two"));
    QCOMPARE(window.currentFigure(), a);
    QVERIFY(showAndActivate(window));
    b->setFocus();
    QCOMPARE(window.currentFigure(), b);
}

void TestMainWindow::requestOpenNeedsALoader() {
    MainWindow window;
    QSignalSpy requested(&window, &MainWindow::openRequested);
    QVERIFY(!window.requestOpen(QStringLiteral("/data/series.csv")));
    QCOMPARE(requested.count(), 0);
    QCOMPARE(window.statusBar()->currentMessage(),
             QStringLiteral("Cannot open /data/series.csv: no file loader is connected"));
    window.actions().open->setEnabled(true);
    QVERIFY(window.requestOpen(QStringLiteral("/data/series.csv")));
    QCOMPARE(requested.count(), 1);
    QCOMPARE(requested[0][0].toString(), QStringLiteral("/data/series.csv"));
}

void TestMainWindow::dropsAcceptOnlyOpenableFiles() {
    MainWindow window;
    QSignalSpy requested(&window, &MainWindow::openRequested);
    std::unique_ptr<QMimeData> mixed(
        urls({"/d/a.csv", "/d/notes.md", "/d/book.txt", "/d/run.rnnlab.json"}));
    std::unique_ptr<QMimeData> text(urls({"/d/notes.md", "/d/model.json"}));
    const QPoint pos(100, 100);

    QDragEnterEvent before(pos, Qt::CopyAction, mixed.get(), Qt::LeftButton, Qt::NoModifier);
    before.setAccepted(false);
    QApplication::sendEvent(&window, &before);
    QVERIFY(!before.isAccepted());  // no loader yet

    window.actions().open->setEnabled(true);
    QDragEnterEvent enter(pos, Qt::CopyAction, mixed.get(), Qt::LeftButton, Qt::NoModifier);
    enter.setAccepted(false);
    QApplication::sendEvent(&window, &enter);
    QVERIFY(enter.isAccepted());
    QDragEnterEvent wrong(pos, Qt::CopyAction, text.get(), Qt::LeftButton, Qt::NoModifier);
    wrong.setAccepted(false);
    QApplication::sendEvent(&window, &wrong);
    QVERIFY(!wrong.isAccepted());

    QDropEvent drop(pos, Qt::CopyAction, mixed.get(), Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(&window, &drop);
    QCOMPARE(requested.count(), 3);
    QCOMPARE(requested[0][0].toString(), QStringLiteral("/d/a.csv"));
    QCOMPARE(requested[1][0].toString(), QStringLiteral("/d/book.txt"));  // a character model
    QCOMPARE(requested[2][0].toString(), QStringLiteral("/d/run.rnnlab.json"));

    QVERIFY(MainWindow::isOpenableFile(QStringLiteral("X.CSV")));
    QVERIFY(MainWindow::isOpenableFile(QStringLiteral("lesson.RNNLAB.json")));
    QVERIFY(MainWindow::isOpenableFile(QStringLiteral("gates.lesson.json")));
    QVERIFY(MainWindow::isOpenableFile(QStringLiteral("reviews.TSV")));
    QVERIFY(!MainWindow::isOpenableFile(QStringLiteral("model.json")));
}

void TestMainWindow::recentFilesAreKeptNewestFirst() {
    MainWindow window;
    window.actions().open->setEnabled(true);
    RecentFiles* recent = window.recentFiles();
    for (int i = 1; i <= 10; ++i) recent->add(QStringLiteral("/d/%1.csv").arg(i));
    recent->add(QStringLiteral("/d/5.csv"));  // again: moves to the front
    const QStringList expected{"/d/5.csv", "/d/10.csv", "/d/9.csv", "/d/8.csv",
                               "/d/7.csv", "/d/6.csv",  "/d/4.csv", "/d/3.csv"};
    QCOMPARE(recent->files(), expected);
    QCOMPARE(RecentFiles().files(), expected);  // persisted

    QMenu* menu = nullptr;
    for (QMenu* m : window.findChildren<QMenu*>()) {
        if (m->title() == QStringLiteral("Open &Recent")) menu = m;
    }
    QVERIFY(menu && menu->isEnabled());
    QSignalSpy requested(&window, &MainWindow::openRequested);
    menu->actions().first()->trigger();
    QCOMPARE(requested.count(), 1);
    QCOMPARE(requested[0][0].toString(), QStringLiteral("/d/5.csv"));
    QCOMPARE(menu->actions().size(), RecentFiles::kMaxFiles + 2);  // files, separator, clear
    recent->clear();
    QVERIFY(!menu->isEnabled());
}

void TestMainWindow::geometryIsRememberedAfterRestoreSettings() {
    {
        MainWindow window;
        window.restoreSettings();
        window.resize(900, 700);
        window.findChild<QDockWidget*>(QStringLiteral("dock_lesson"))->hide();
        Theme::instance().setScheme(ColorScheme::Dark);
        QVERIFY(showAndActivate(window));
        window.close();
    }
    Theme::instance().setScheme(ColorScheme::Light);
    MainWindow again;
    QCOMPARE(again.size(), QSize(1600, 1000));  // defaults until restoreSettings
    again.restoreSettings();
    again.show();
    QCOMPARE(again.size(), QSize(900, 700));
    QVERIFY(!again.findChild<QDockWidget*>(QStringLiteral("dock_lesson"))->isVisible());
    QCOMPARE(Theme::instance().scheme(), ColorScheme::Dark);
}

void TestMainWindow::aWindowLargerThanTheScreenIsFittedToIt() {
    // The default 1600x1000 on a smaller screen (the offscreen platform's is 800x600; a
    // classroom projector's 1280x720) is shown within the screen, never past its edge.
    MainWindow window;
    const QRect free = window.screen()->availableGeometry();
    QVERIFY2(free.width() < 1600, "the test needs a screen narrower than the default window");
    window.showOnScreen();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY2(free.contains(window.geometry()), qPrintable(QStringLiteral("%1,%2 %3x%4")
                                                              .arg(window.x())
                                                              .arg(window.y())
                                                              .arg(window.width())
                                                              .arg(window.height())));
    // One that fits stays as it is.
    MainWindow small;
    const QSize fits = small.minimumSizeHint();
    QVERIFY(fits.width() <= free.width() && fits.height() <= free.height());
    small.resize(fits);
    small.showOnScreen();
    QCOMPARE(small.size(), fits);
    QVERIFY(!small.isMaximized());
}

void TestMainWindow::playPauseShowsTheState() {
    MainWindow window;
    QCOMPARE(window.actions().playPause->text(), QStringLiteral("&Play"));
    window.setPlaying(true);
    QVERIFY(window.isPlaying());
    QCOMPARE(window.actions().playPause->text(), QStringLiteral("&Pause"));
    window.setPlaying(false);
    QCOMPARE(window.actions().playPause->text(), QStringLiteral("&Play"));
}

RNNLAB_TEST_MAIN(TestMainWindow)
}  // namespace RNNLAB_TEST_FILE

#include "tst_main_window.moc"
