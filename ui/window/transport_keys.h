#pragma once
// Space (play / pause) and S (step) must work wherever the keyboard focus is in the panels.
// A spin box's line edit claims every printable key for itself, although numbers never need
// a space or an S: this filter hands those two keys back to the window's shortcuts while a spin
// box has the focus. Text fields elsewhere keep them.

#include <QObject>

namespace rnnlab::ui {

class TransportKeys : public QObject {
    Q_OBJECT
public:
    using QObject::QObject;

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;
};

// Installs the filter on the application (owned by window).
void installTransportKeys(QObject* window);

}  // namespace rnnlab::ui
