#pragma once
// Every command of the main window as a QAction, so menus, toolbars, shortcuts and a later
// controller share one object per command. Actions whose work lives outside the window (new,
// save, play/pause, step, stop) start disabled: the controller that implements them connects
// to triggered() and enables them, so nothing on screen pretends to work before that.

#include <QList>

class QAction;
class QWidget;

namespace rnnlab::ui {

struct ThemeStyle;

struct MainWindowActions {
    // File
    QAction* newExperiment = nullptr;     // Ctrl+N; controller
    QAction* open = nullptr;              // Ctrl+O; file dialog -> MainWindow::openRequested
    QAction* save = nullptr;              // Ctrl+S; controller
    QAction* saveAs = nullptr;            // Ctrl+Shift+S; file dialog -> saveAsRequested
    QAction* exportFigure = nullptr;      // Ctrl+E; the current figure
    QAction* exportAllFigures = nullptr;  // Ctrl+Shift+E
    QAction* quit = nullptr;              // Ctrl+Q
    // Edit
    QAction* undo = nullptr;        // Ctrl+Z; controller (its undo stack)
    QAction* redo = nullptr;        // Ctrl+Shift+Z or Ctrl+Y; controller
    QAction* copyFigure = nullptr;  // Ctrl+Shift+C; the current figure as an image
    // View
    QAction* darkTheme = nullptr;         // checkable, Ctrl+Shift+D
    QAction* presentationMode = nullptr;  // checkable, F11 (Esc leaves)
    QAction* snapshot = nullptr;          // Ctrl+Shift+P: the view as shown, to a file
    QAction* snapshotCaption = nullptr;   // checkable: a caption line under snapshots
    QAction* annotate = nullptr;          // checkable, D: draw on the view
    QAction* annotationPen = nullptr;     // the drawing tools, one checked at a time
    QAction* annotationArrow = nullptr;
    QAction* annotationBox = nullptr;
    QAction* annotationText = nullptr;
    QAction* clearAnnotations = nullptr;  // Delete
    // Train; controller
    QAction* playPause = nullptr;  // Space
    QAction* step = nullptr;       // S: one training step
    QAction* stop = nullptr;
    QAction* compareCells = nullptr;  // Ctrl+K: RNN, LSTM and GRU on this data, side by side
    // Help
    QAction* manual = nullptr;        // F1: the user manual, offline
    QAction* glossary = nullptr;      // the manual's glossary page
    QAction* whatsThis = nullptr;     // Shift+F1, then a click: what that part of the window is
    QAction* keyboardHelp = nullptr;  // Ctrl+F1
    QAction* about = nullptr;

    // The actions in menu order, for help pages and for adding them to the window.
    QList<QAction*> all() const;
};

// Creates the actions as children of window (texts, shortcuts, tips, enabled state) and adds
// them to it, so their shortcuts work even while the menu bar is hidden.
MainWindowActions createMainWindowActions(QWidget* window);

// The icons of the toolbar actions, in the theme's colours.
void applyActionIcons(const MainWindowActions& actions, const ThemeStyle& style);

// A table of every action that has a shortcut, as HTML, for the help page.
QString shortcutTableHtml(const MainWindowActions& actions);

}  // namespace rnnlab::ui
