#pragma once
// The application window's shell, laid out as:
//   menu bar (File Edit View Train Lessons Help)
//   toolbars: New Open Save | Play/Pause Step Stop, speed | epoch, progress, ETA
//   left docks: panels (addPanel)
//   centre: tabs of views (addView)          right dock: lesson panel (collapsible)
//           in presentation mode, the lesson as a caption bar above them (LessonCaption)
//   bottom: the shared time bar; status bar
// The shell owns no engine state. Commands leave through actions() and the signals below;
// LabWindow (window/lab_window.h) is the shell with the experiment wired in: it connects them,
// enables the actions it implements and feeds the widgets (trainingProgress(), timeBar(),
// lessonGuide(), addView(), addPanel()).

#include <QMainWindow>
#include <QStringList>

#include "ui/window/main_window_actions.h"

class QDockWidget;
class QMenu;
class QMimeData;
class QShortcut;
class QTabWidget;
class QToolBar;

namespace rnnlab::ui {

class AnnotationLayer;
class Figure;
class LessonCaption;
class LessonGuide;
class ManualWindow;
class RecentFiles;
class SpeedControl;
class TimeBar;
class TrainingProgress;
struct ThemeStyle;

class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(QWidget* parent = nullptr);

    const MainWindowActions& actions() const { return m_actions; }
    TimeBar* timeBar() const { return m_timeBar; }
    SpeedControl* speedControl() const { return m_speed; }
    TrainingProgress* trainingProgress() const { return m_progress; }
    LessonGuide* lessonGuide() const { return m_lessonGuide; }
    LessonCaption* lessonCaption() const { return m_lessonCaption; }
    RecentFiles* recentFiles() const { return m_recentFiles; }
    QMenu* lessonsMenu() const { return m_lessonsMenu; }
    QMenu* languageMenu() const { return m_languageMenu; }  // View → Language, empty here
    // Help → Manual / Glossary and What's This links: the manual window (one, made on first use)
    // at that page, scrolled to the heading with that anchor when one is given.
    ManualWindow* showManual(const QString& page, const QString& anchor = {});

    // Views: the central tabs. Names are matched case-insensitively by showView (and by
    // `rnnlab --view NAME`); the first nine get Ctrl+1 .. Ctrl+9. `key` (the name when
    // empty) is the view's name in every language: viewNames() lists the keys, and showView
    // takes a key or the name shown.
    int addView(const QString& name, QWidget* view, const QString& key = {});
    QStringList viewNames() const;
    // The area the views are shown in (below the tabs), for what covers them.
    QWidget* viewPages() const;
    QString currentViewName() const;
    QString currentViewKey() const;  // the current view's key (viewNames())
    bool showView(const QString& name);
    // A dock panel (object name from `key`, else the title, so its place is remembered in
    // every language).
    QDockWidget* addPanel(Qt::DockWidgetArea area, const QString& title, QWidget* panel,
                          const QString& key = {});

    // The figure Ctrl+E / Copy Figure act on: the focused one, else the first in the view.
    Figure* currentFigure() const;

    // What a snapshot shows: the part of the current view its scroll area shows.
    QWidget* currentViewport() const;
    // The drawing layer over the current view (each view has its own).
    AnnotationLayer* currentAnnotations() const;
    // The caption line under snapshots when View > Caption Under Snapshots is on: the window
    // and the view; LabWindow adds the experiment, step, seed and settings.
    virtual QString snapshotCaption() const;
    // The current view as shown to path (.png at 2x, .svg, .pdf), captioned when asked
    // (actions().snapshotCaption). Throws rnnlab::FileError naming the path.
    void saveViewSnapshot(const QString& path);

    // Play/Pause shows "Pause" while training runs.
    void setPlaying(bool playing);
    bool isPlaying() const { return m_playing; }

    // Projector mode: large fonts, thick lines, high contrast, docks / menu / file toolbar
    // hidden, transport and time bar kept; an open lesson shows as a caption bar above the views,
    // its steps turned by PageDown / PageUp (a presenter's clicker) as well as Next / Back. F11,
    // the View menu and `rnnlab --presentation` all come here. fullScreen = false keeps the
    // window size (for screenshots).
    void setPresentationMode(bool on, bool fullScreen = true);
    bool presentationMode() const { return m_presentation; }

    // The files the window offers to open (ui/experiment/file_kind.h).
    static bool isOpenableFile(const QString& path);
    // Emits openRequested when a loader is connected (the Open action is enabled); otherwise
    // says so in the status bar and returns false.
    bool requestOpen(const QString& path);

    // Geometry, dock layout and theme from QSettings; from then on they are saved on close.
    void restoreSettings();
    // Shows the window on its screen: as it is when it fits the screen's free area, else filling
    // that area, maximised (the default 1600x1000 on a 1280x720 projector).
    void showOnScreen();

signals:
    void openRequested(const QString& path);
    void saveAsRequested(const QString& path);

protected:
    void closeEvent(QCloseEvent* event) override;
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;
    // A click on a What's This text's link to the manual, in this window, opens the manual there.
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void buildMenus();
    void buildToolBars();
    void buildDocks();
    void buildLessonCaption();
    void updateLessonCaption();
    void connectActions();
    void applyTheme(const ThemeStyle& style);
    void updatePlayPause(const ThemeStyle& style);
    void rebuildRecentMenu();
    void showWelcome();
    void openWithDialog();
    void saveAsWithDialog();
    void exportCurrentFigure();
    void copyCurrentFigure();
    void snapshotWithDialog();
    void followDrawingToCurrentView();
    void showKeyboardHelp();
    void showAbout();
    QStringList droppableFiles(const QMimeData* mime) const;

    MainWindowActions m_actions;
    QTabWidget* m_views = nullptr;
    QMenu* m_viewsMenu = nullptr;
    QMenu* m_recentMenu = nullptr;
    QMenu* m_panelsMenu = nullptr;
    QMenu* m_languageMenu = nullptr;
    QMenu* m_lessonsMenu = nullptr;
    QToolBar* m_fileToolBar = nullptr;
    QToolBar* m_trainToolBar = nullptr;
    QToolBar* m_timeToolBar = nullptr;
    TimeBar* m_timeBar = nullptr;
    SpeedControl* m_speed = nullptr;
    TrainingProgress* m_progress = nullptr;
    LessonGuide* m_lessonGuide = nullptr;
    LessonCaption* m_lessonCaption = nullptr;
    QDockWidget* m_lessonDock = nullptr;
    QShortcut* m_nextStep = nullptr;
    QShortcut* m_previousStep = nullptr;
    RecentFiles* m_recentFiles = nullptr;
    QShortcut* m_leavePresentation = nullptr;
    ManualWindow* m_manual = nullptr;

    bool m_playing = false;
    bool m_presentation = false;
    bool m_rememberSettings = false;
    QByteArray m_stateBeforePresentation;
    Qt::WindowStates m_windowStateBeforePresentation;
};

}  // namespace rnnlab::ui
