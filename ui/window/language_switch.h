#pragma once
// View → Language: Follow the System, English, 简体中文 (application_language.h).
// Choosing another language rebuilds the window in it: after the usual offer to save unsaved
// changes, the window closes with a WindowReopening that says what it showed, and the program
// (app/gui) opens a new window in the new language with the same experiment file (or lesson)
// and view. Rebuilding, rather than re-setting every text in place, cannot leave a label in
// the old language behind.

#include <QString>
#include <functional>

class QMenu;

namespace rnnlab::ui {

class LabWindow;

// What a window closed for a language switch showed, to open again in the next window.
struct WindowReopening {
    QString experimentFile;  // empty: an unsaved or new run, which starts anew
    QString lesson;          // the lesson's name when the run was a lesson's
    QString view;            // the view's key (MainWindow::viewNames)

    void applyTo(LabWindow& window) const;
};

// Fills `menu` with the choices, the current one checked; `chosen` gets the language picked
// (empty for "Follow the System") whenever it differs from the one installed or remembered.
void fillLanguageMenu(QMenu* menu, const std::function<void(const QString&)>& chosen);

}  // namespace rnnlab::ui
