#pragma once
// "Save the changes to X before ...?" - asked before closing, File > New or opening another
// experiment when the current one was edited or trained since it was last saved.

#include <QString>

class QWidget;

namespace rnnlab::ui {

enum class UnsavedChoice { Save, Discard, Cancel };

// A modal question; action says what happens next ("closing", "opening another experiment").
UnsavedChoice askToSaveChanges(QWidget* parent, const QString& name, const QString& action);

}  // namespace rnnlab::ui
