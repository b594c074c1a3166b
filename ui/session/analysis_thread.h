#pragma once
// A thread for the work that describes a run without moving it on: the analyses a deferred
// Trainer hands out (core/train/analysis_job.h), forecasts, the explorer's traces and the
// gradient check. It runs the jobs posted to it in order, niced below the training thread and
// the window (thread_niceness.h), so that on a 2-core machine training keeps a core and the
// window stays fluid; it uses whatever the two leave.
//
// Jobs must carry copies (weights, data as shared immutable pointers) and post their results
// through a MailboxLink. Destroying the thread drops the jobs still waiting and waits for the
// running one.

#include <QString>
#include <QThread>
#include <functional>
#include <memory>

namespace rnnlab::ui {

class MailboxLink;
class ThreadMailbox;

class AnalysisThread {
public:
    // niceness: added to the process's nice value for this thread (Linux; 0 elsewhere).
    AnalysisThread(const QString& name, int niceness);
    ~AnalysisThread();
    AnalysisThread(const AnalysisThread&) = delete;
    AnalysisThread& operator=(const AnalysisThread&) = delete;

    // Any thread: job runs on this thread after every job posted before it.
    void post(std::function<void()> job);

private:
    QThread m_thread;
    ThreadMailbox* m_mailbox = nullptr;  // lives on m_thread, deleted when it finishes
    std::shared_ptr<MailboxLink> m_link;
};

}  // namespace rnnlab::ui
