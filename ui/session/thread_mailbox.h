#pragma once
// Work handed to the thread an object lives in, in the order it was posted.
//
// A queued call would carry it too, but Qt synchronises queued calls and its thread pool inside
// its own libraries (a futex-based QMutex), which are not built with ThreadSanitizer: TSan
// cannot see that the work was complete before the other thread ran it, and reports every
// hand-over between the GUI and the training thread as a race. Here the work itself crosses
// through a std::mutex, which TSan sees, and Qt's queued call carries only the wake-up: a method
// called by name, with nothing captured that the other thread would read.

#include <QObject>
#include <deque>
#include <functional>
#include <mutex>

namespace rnnlab::ui {

class ThreadMailbox : public QObject {
    Q_OBJECT
public:
    using QObject::QObject;
    // Drops the jobs still waiting, under the lock: the last post may have come from the other
    // thread.
    ~ThreadMailbox() override;

    // Any thread: job runs on this object's thread, after every job posted before it. Jobs still
    // waiting when the mailbox is destroyed never run.
    void post(std::function<void()> job);

private:
    Q_INVOKABLE void runPending();

    std::mutex m_mutex;
    std::deque<std::function<void()>> m_jobs;
};

}  // namespace rnnlab::ui
