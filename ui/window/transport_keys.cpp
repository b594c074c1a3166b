#include "ui/window/transport_keys.h"

#include <QAbstractSpinBox>
#include <QCoreApplication>
#include <QKeyEvent>
#include <QLineEdit>

namespace rnnlab::ui {

bool TransportKeys::eventFilter(QObject* watched, QEvent* event) {
    if (event->type() != QEvent::ShortcutOverride) return false;
    const auto* key = static_cast<QKeyEvent*>(event);
    if (key->modifiers() != Qt::NoModifier ||
        (key->key() != Qt::Key_Space && key->key() != Qt::Key_S))
        return false;
    // The spin box gets the event first and passes it to its line edit itself.
    const auto* edit = qobject_cast<QLineEdit*>(watched);
    const bool spinBox = qobject_cast<QAbstractSpinBox*>(watched) ||
                         (edit && qobject_cast<QAbstractSpinBox*>(edit->parentWidget()));
    if (!spinBox) return false;
    event->ignore();  // not overridden: the shortcut runs
    return true;
}

void installTransportKeys(QObject* window) {
    QCoreApplication::instance()->installEventFilter(new TransportKeys(window));
}

}  // namespace rnnlab::ui
