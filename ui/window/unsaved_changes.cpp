#include "ui/window/unsaved_changes.h"

#include <QMessageBox>

namespace rnnlab::ui {

UnsavedChoice askToSaveChanges(QWidget* parent, const QString& name, const QString& action,
                               bool undoable) {
    QMessageBox box(QMessageBox::Question, QObject::tr("Unsaved Changes"),
                    QObject::tr("Save the changes to \u201c%1\u201d before %2?").arg(name, action),
                    QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, parent);
    box.setInformativeText(
        undoable ? QObject::tr("The run is replaced. Edit → Undo brings it back as long as "
                               "this window is open; save it to keep it for later.")
                 : QObject::tr("The network, the settings and the training so far are "
                               "lost if you don't save them."));
    box.setDefaultButton(QMessageBox::Save);
    switch (box.exec()) {
        case QMessageBox::Save:
            return UnsavedChoice::Save;
        case QMessageBox::Discard:
            return UnsavedChoice::Discard;
        default:
            return UnsavedChoice::Cancel;
    }
}

}  // namespace rnnlab::ui
