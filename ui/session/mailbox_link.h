#pragma once
// A way to post to a ThreadMailbox that may go away first: every thread that posts shares the
// link, and the mailbox's owner closes it before the mailbox is destroyed. A post after that is
// dropped. The target is read under the link's std::mutex, so ThreadSanitizer sees the order.

#include <functional>
#include <mutex>

#include "ui/session/thread_mailbox.h"

namespace rnnlab::ui {

class MailboxLink {
public:
    explicit MailboxLink(ThreadMailbox* target) : m_target(target) {}

    // Any thread: false (and the job dropped) once closed.
    bool post(std::function<void()> job) {
        const std::lock_guard lock(m_mutex);
        if (!m_target) return false;
        m_target->post(std::move(job));
        return true;
    }
    void close() {
        const std::lock_guard lock(m_mutex);
        m_target = nullptr;
    }

private:
    std::mutex m_mutex;
    ThreadMailbox* m_target;
};

}  // namespace rnnlab::ui
