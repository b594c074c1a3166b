#include "ui/text/shown_refresh.h"

#include <QWidget>

namespace rnnlab::ui {

ShownRefresh::ShownRefresh(const QWidget& view, int perSecond, std::function<void()> request)
    : m_view(view), m_intervalMs(1000 / perSecond), m_request(std::move(request)) {
    m_wait.setSingleShot(true);
    QObject::connect(&m_wait, &QTimer::timeout, &m_wait, [this] { requestIfShown(); });
}

void ShownRefresh::schedule() {
    if (!m_view.isVisible()) {
        m_stale = true;
        return;
    }
    if (m_wait.isActive()) return;
    const qint64 wait = m_lastRequest.isValid() ? m_intervalMs - m_lastRequest.elapsed() : 0;
    if (wait <= 0) {
        requestIfShown();
    } else {
        m_wait.start(int(wait));
    }
}

void ShownRefresh::requestIfShown() {
    if (m_view.isVisible()) {
        m_request();
    } else {
        m_wait.stop();
        m_stale = true;
    }
}

void ShownRefresh::shown() {
    if (m_stale) requestIfShown();
}

void ShownRefresh::cancel() {
    m_wait.stop();
}

void ShownRefresh::requested() {
    m_wait.stop();
    m_stale = false;
    m_lastRequest.start();
}

bool ShownRefresh::pending() const {
    return m_stale || m_wait.isActive();
}

}  // namespace rnnlab::ui
