#include "ui/experiment/background_job.h"

#include <QMetaObject>
#include <QRunnable>
#include <QThreadPool>
#include <mutex>

namespace rnnlab::ui {

namespace {

// Held while a task is queued: a task takes it before it reads anything handed to it, so the
// task's construction on the queueing thread happens before its run on the pool, as TSan sees it.
std::mutex queueing;

class OrderedTask : public QRunnable {
public:
    explicit OrderedTask(std::function<void()> work) : m_work(std::move(work)) {}

    void run() override {
        { const std::lock_guard started(queueing); }
        m_work();
    }

private:
    std::function<void()> m_work;
};

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

}  // namespace

void runOnPool(QObject* context, std::function<void()> work, std::function<void()> finished) {
    auto link = std::make_shared<Link>();
    link->receiver = new Delivery(context, link, std::move(finished));
    startOnPool(*QThreadPool::globalInstance(), [work = std::move(work), link = std::move(link)] {
        work();
        const std::lock_guard lock(link->mutex);
        if (link->receiver)
            QMetaObject::invokeMethod(link->receiver, "deliver", Qt::QueuedConnection);
    });
}

void startOnPool(QThreadPool& pool, std::function<void()> work) {
    const std::lock_guard queued(queueing);
    pool.start(new OrderedTask(std::move(work)));
}

}  // namespace rnnlab::ui

#include "background_job.moc"
