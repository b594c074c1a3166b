#pragma once
// A view that follows training asks for its numbers (a reading computed by the worker) at most
// `perSecond` times a second, and only while it is shown: a change while it is hidden is kept
// as "stale" and asked for once when it is next shown. The Text view's strip and its sentence
// page share this rule.
//
//   schedule()        something changed: ask now, or when the interval since the last request
//                     has passed, or when next shown
//   requestIfShown()  ask now when shown, else when next shown
//   requested()       the view has just asked: the interval starts again, nothing is pending

#include <QElapsedTimer>
#include <QTimer>
#include <functional>

class QWidget;

namespace rnnlab::ui {

class ShownRefresh {
public:
    ShownRefresh(const QWidget& view, int perSecond, std::function<void()> request);
    ShownRefresh(const ShownRefresh&) = delete;
    ShownRefresh& operator=(const ShownRefresh&) = delete;

    void schedule();
    void requestIfShown();
    // From the view's showEvent: asks when a change came while it was hidden.
    void shown();
    // A waiting request is dropped (the view has nothing to ask for now).
    void cancel();
    void requested();
    // Whether a request is due: a change while hidden, or one waiting for its interval.
    bool pending() const;

private:
    const QWidget& m_view;
    int m_intervalMs;
    std::function<void()> m_request;
    bool m_stale = true;
    QElapsedTimer m_lastRequest;
    QTimer m_wait;
};

}  // namespace rnnlab::ui
