#pragma once
// "Save the changes to X before ...?" - asked before closing, File > New or opening another
// experiment when the current one was edited or trained since it was last saved.

#include <QString>

class QWidget;

namespace rnnlab::ui {

enum class UnsavedChoice { Save, Discard, Cancel };

// A modal question; action says what happens next ("closing", "opening another experiment").
// undoable: Edit → Undo can bring the run back afterwards, and the question says so.
UnsavedChoice askToSaveChanges(QWidget* parent, const QString& name, const QString& action,
                               bool undoable = false);

}  // namespace rnnlab::ui
