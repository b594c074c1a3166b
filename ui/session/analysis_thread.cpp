#include "ui/session/analysis_thread.h"

#include "core/kernels/compute_threads.h"
#include "ui/session/mailbox_link.h"
#include "ui/session/thread_mailbox.h"
#include "ui/session/thread_niceness.h"

namespace rnnlab::ui {

AnalysisThread::AnalysisThread(const QString& name, int niceness) {
    m_thread.setObjectName(name);
    m_mailbox = new ThreadMailbox;
    m_mailbox->moveToThread(&m_thread);
    QObject::connect(&m_thread, &QThread::finished, m_mailbox, &QObject::deleteLater);
    m_link = std::make_shared<MailboxLink>(m_mailbox);
    m_thread.start();
    // One compute thread: the training thread has the rest of the machine (compute_threads.h).
    m_link->post([niceness] {
        niceThisThread(niceness);
        setComputeThreadsOfThisThread(1);
    });
}

AnalysisThread::~AnalysisThread() {
    m_link->close();
    m_thread.quit();
    m_thread.wait();
}

void AnalysisThread::post(std::function<void()> job) {
    m_link->post(std::move(job));
}

}  // namespace rnnlab::ui
