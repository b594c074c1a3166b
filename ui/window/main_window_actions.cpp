#include "ui/window/main_window_actions.h"

#include <QAction>
#include <QActionGroup>
#include <QWidget>

#include "ui/theme/themed_icon.h"

namespace rnnlab::ui {

namespace {

QAction* make(QWidget* window, const QString& text, const QList<QKeySequence>& shortcuts,
              const QString& tip, bool enabled = true) {
    auto* a = new QAction(text, window);
    a->setShortcuts(shortcuts);
    a->setStatusTip(tip);
    a->setWhatsThis(tip);
    a->setToolTip(shortcuts.isEmpty()
                      ? tip
                      : QStringLiteral("%1 (%2)").arg(
                            tip, shortcuts.first().toString(QKeySequence::NativeText)));
    a->setEnabled(enabled);
    return a;
}

// Snapshot, caption and the drawing layer's commands (View menu).
void addSlideActions(QWidget* w, MainWindowActions& a) {
    a.snapshot = make(w, QObject::tr("&Snapshot of the View\u2026"),
                      {QKeySequence(QStringLiteral("Ctrl+Shift+P"))},
                      QObject::tr("Save the view as shown, annotations included, as PNG (2\u00d7), "
                                  "SVG or PDF, and copy it to the clipboard"));
    a.snapshotCaption =
        make(w, QObject::tr("Caption &Under Snapshots"), {},
             QObject::tr("Write the experiment, step, seed and settings under each snapshot"));
    a.snapshotCaption->setCheckable(true);
    a.annotate = make(w, QObject::tr("&Draw on the View"), {QKeySequence(Qt::Key_D)},
                      QObject::tr("Draw with the chosen tool over the view (D again stops)"));
    a.annotate->setCheckable(true);
    auto* tools = new QActionGroup(w);
    const auto tool = [&](const QString& text, const QString& tip) {
        QAction* t = make(w, text, {}, tip);
        t->setCheckable(true);
        tools->addAction(t);
        return t;
    };
    a.annotationPen = tool(QObject::tr("&Pen"), QObject::tr("Draw freehand"));
    a.annotationArrow = tool(QObject::tr("&Arrow"), QObject::tr("Drag from the tail to the tip"));
    a.annotationBox =
        tool(QObject::tr("&Highlight Box"), QObject::tr("Drag a box over what matters"));
    a.annotationText =
        tool(QObject::tr("&Text"), QObject::tr("Click and type; Enter or Esc ends the text"));
    a.annotationPen->setChecked(true);
    a.clearAnnotations = make(w, QObject::tr("&Clear Drawings"), {QKeySequence(Qt::Key_Delete)},
                              QObject::tr("Remove everything drawn on the view"));
}

}  // namespace

QList<QAction*> MainWindowActions::all() const {
    return {newExperiment,
            open,
            save,
            saveAs,
            exportFigure,
            exportAllFigures,
            quit,
            undo,
            redo,
            copyFigure,
            darkTheme,
            presentationMode,
            snapshot,
            snapshotCaption,
            annotate,
            annotationPen,
            annotationArrow,
            annotationBox,
            annotationText,
            clearAnnotations,
            playPause,
            step,
            stop,
            compareCells,
            manual,
            glossary,
            whatsThis,
            keyboardHelp,
            about};
}

MainWindowActions createMainWindowActions(QWidget* w) {
    MainWindowActions a;
    a.newExperiment = make(w, QObject::tr("&New Experiment"), {QKeySequence::New},
                           QObject::tr("Start a new experiment"), false);
    a.open = make(w, QObject::tr("&Open\u2026"), {QKeySequence::Open},
                  QObject::tr("Open a CSV series or an .rnnlab.json experiment"), false);
    a.save = make(w, QObject::tr("&Save"), {QKeySequence::Save}, QObject::tr("Save the experiment"),
                  false);
    a.saveAs =
        make(w, QObject::tr("Save &As\u2026"), {QKeySequence(QStringLiteral("Ctrl+Shift+S"))},
             QObject::tr("Save the experiment under a new name"), false);
    a.exportFigure =
        make(w, QObject::tr("&Export Figure\u2026"), {QKeySequence(QStringLiteral("Ctrl+E"))},
             QObject::tr("Export the current figure as PNG, PDF, SVG or CSV"));
    a.exportAllFigures = make(w, QObject::tr("Export &All Figures\u2026"),
                              {QKeySequence(QStringLiteral("Ctrl+Shift+E"))},
                              QObject::tr("Export every figure into a folder"));
    a.quit = make(w, QObject::tr("&Quit"), {QKeySequence(QStringLiteral("Ctrl+Q"))},
                  QObject::tr("Quit RNN Lab"));
    a.undo = make(w, QObject::tr("&Undo"), {QKeySequence::Undo},
                  QObject::tr("Undo the last change to the experiment"), false);
    a.redo =
        make(w, QObject::tr("&Redo"),
             {QKeySequence(QStringLiteral("Ctrl+Shift+Z")), QKeySequence(QStringLiteral("Ctrl+Y"))},
             QObject::tr("Redo the change just undone"), false);
    a.copyFigure =
        make(w, QObject::tr("&Copy Figure"), {QKeySequence(QStringLiteral("Ctrl+Shift+C"))},
             QObject::tr("Copy the current figure to the clipboard as an image"));
    a.darkTheme =
        make(w, QObject::tr("&Dark Theme"), {QKeySequence(QStringLiteral("Ctrl+Shift+D"))},
             QObject::tr("Switch between the light and the dark theme"));
    a.darkTheme->setCheckable(true);
    a.presentationMode = make(w, QObject::tr("&Presentation Mode"), {QKeySequence(Qt::Key_F11)},
                              QObject::tr("Full screen, large fonts, panels hidden (Esc leaves)"));
    a.presentationMode->setCheckable(true);
    addSlideActions(w, a);
    a.playPause = make(w, QObject::tr("&Play"), {QKeySequence(Qt::Key_Space)},
                       QObject::tr("Start or pause training"), false);
    a.step = make(w, QObject::tr("S&tep"), {QKeySequence(Qt::Key_S)},
                  QObject::tr("Run one training step"), false);
    a.stop = make(w, QObject::tr("St&op"), {}, QObject::tr("Stop training"), false);
    a.compareCells =
        make(w, QObject::tr("&Compare RNN, LSTM and GRU"), {QKeySequence(Qt::CTRL | Qt::Key_K)},
             QObject::tr("Train the three cells side by side on this data with this "
                         "seed, in the Compare view"),
             false);
    a.manual = make(w, QObject::tr("&Manual"), {QKeySequence::HelpContents},
                    QObject::tr("The user manual, with every view, file format and command"));
    a.glossary = make(w, QObject::tr("&Glossary"), {},
                      QObject::tr("The words and symbols of the views and lessons"));
    a.whatsThis = make(w, QObject::tr("What's &This?"), {QKeySequence(Qt::SHIFT | Qt::Key_F1)},
                       QObject::tr("Click any part of the window to have it explained"));
    a.keyboardHelp =
        make(w, QObject::tr("&Keyboard Shortcuts"), {QKeySequence(QStringLiteral("Ctrl+F1"))},
             QObject::tr("List the keyboard shortcuts"));
    a.about = make(w, QObject::tr("&About RNN Lab"), {}, QObject::tr("Version and licence"));
    a.about->setMenuRole(QAction::AboutRole);
    a.quit->setMenuRole(QAction::QuitRole);
    w->addActions(a.all());
    return a;
}

void applyActionIcons(const MainWindowActions& a, const ThemeStyle& style) {
    const QList<QPair<QAction*, QString>> icons = {
        {a.newExperiment, QStringLiteral("new")},
        {a.open, QStringLiteral("open")},
        {a.save, QStringLiteral("save")},
        {a.exportFigure, QStringLiteral("export")},
        {a.step, QStringLiteral("step")},
        {a.stop, QStringLiteral("stop")},
        {a.presentationMode, QStringLiteral("presentation")}};
    for (const auto& [action, name] : icons) action->setIcon(themedIcon(name, style));
}

QString shortcutTableHtml(const MainWindowActions& actions) {
    QString rows;
    for (const QAction* action : actions.all()) {
        if (action->shortcuts().isEmpty()) continue;
        QStringList keys;
        for (const QKeySequence& k : action->shortcuts()) {
            keys << QStringLiteral("<b>%1</b>")
                        .arg(k.toString(QKeySequence::NativeText).toHtmlEscaped());
        }
        QString text = action->text();
        text.remove(QLatin1Char('&'));
        rows += QStringLiteral("<tr><td>%1</td><td>&nbsp;&nbsp;%2</td></tr>")
                    .arg(keys.join(QObject::tr(" or ")), text.toHtmlEscaped());
    }
    return QStringLiteral("<table>%1</table>").arg(rows);
}

}  // namespace rnnlab::ui
