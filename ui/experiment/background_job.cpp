#include "ui/experiment/background_job.h"

#include <QMetaObject>
#include <QRunnable>
#include <QThreadPool>
#include <mutex>

namespace rnnlab::ui {

namespace {

// Held while a task is queued: a task takes it before it reads anything handed to it, so the
// task's construction on the GUI thread happens before its run on the pool, as TSan sees it.
std::mutex queueing;

class Delivery;

// What the pool task and the GUI thread share: whether the receiver still exists.
struct Link {
    std::mutex mutex;
    Delivery* receiver = nullptr;
};

// Lives on the context's thread (its child) and runs finished there.
class Delivery : public QObject {
    Q_OBJECT
public:
    Delivery(QObject* context, std::shared_ptr<Link> link, std::function<void()> finished)
        : QObject(context), m_link(std::move(link)), m_finished(std::move(finished)) {}
    ~Delivery() override {
        const std::lock_guard lock(m_link->mutex);
        m_link->receiver = nullptr;
    }

    Q_INVOKABLE void deliver() {
        {
            // Orders the work's writes (done before the task posted this call) before finished.
            const std::lock_guard lock(m_link->mutex);
        }
        m_finished();
        deleteLater();
    }

private:
    std::shared_ptr<Link> m_link;
    std::function<void()> m_finished;
};

class PoolTask : public QRunnable {
public:
    PoolTask(std::function<void()> work, std::shared_ptr<Link> link)
        : m_work(std::move(work)), m_link(std::move(link)) {}

    void run() override {
        { const std::lock_guard started(queueing); }
        m_work();
        const std::lock_guard lock(m_link->mutex);
        if (m_link->receiver)
            QMetaObject::invokeMethod(m_link->receiver, "deliver", Qt::QueuedConnection);
    }

private:
    std::function<void()> m_work;
    std::shared_ptr<Link> m_link;
};

}  // namespace

void runOnPool(QObject* context, std::function<void()> work, std::function<void()> finished) {
    auto link = std::make_shared<Link>();
    link->receiver = new Delivery(context, link, std::move(finished));
    const std::lock_guard queued(queueing);
    QThreadPool::globalInstance()->start(new PoolTask(std::move(work), std::move(link)));
}

}  // namespace rnnlab::ui

#include "background_job.moc"
