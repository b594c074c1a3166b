#include "ui/session/thread_mailbox.h"

#include <QMetaObject>

namespace rnnlab::ui {

ThreadMailbox::~ThreadMailbox() {
    const std::lock_guard lock(m_mutex);
    m_jobs.clear();
}

void ThreadMailbox::post(std::function<void()> job) {
    {
        const std::lock_guard lock(m_mutex);
        m_jobs.push_back(std::move(job));
    }
    QMetaObject::invokeMethod(this, "runPending", Qt::QueuedConnection);
}

void ThreadMailbox::runPending() {
    std::deque<std::function<void()>> jobs;
    {
        const std::lock_guard lock(m_mutex);
        jobs.swap(m_jobs);
    }
    for (const std::function<void()>& job : jobs) job();
}

}  // namespace rnnlab::ui
