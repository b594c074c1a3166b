#pragma once
// Work that may take a while (reading a large CSV, opening an experiment) runs on Qt's thread
// pool so the window keeps answering; its result comes back on the GUI thread. The job must
// not touch widgets or anything the GUI thread changes meanwhile: give it copies.

#include <QFutureWatcher>
#include <QObject>
#include <QtConcurrent/QtConcurrentRun>
#include <functional>
#include <memory>
#include <mutex>
#include <optional>

namespace rnnlab::ui {

// Runs job on the thread pool, then done(result) on context's thread; job must not throw (it
// reports a failure in its Result). When context is destroyed first, done is not called (the
// job still finishes, and its result is dropped).
//
// The job and its result cross threads through std::mutexes, not only through Qt's pool and
// QFuture: those synchronise inside Qt, where ThreadSanitizer cannot see it (thread_mailbox.h).
// The pool's task reads nothing handed to it before it holds kHandOver, which the caller holds
// until the task is queued.
template <typename Result>
void runInBackground(QObject* context, std::function<Result()> job,
                     std::function<void(const Result&)> done) {
    struct HandOver {
        std::mutex mutex;
        std::function<Result()> job;
        std::optional<Result> result;
    };
    static std::mutex kHandOver;
    auto handOver = std::make_shared<HandOver>();
    handOver->job = std::move(job);
    auto* watcher = new QFutureWatcher<void>(context);
    QObject::connect(watcher, &QFutureWatcherBase::finished, context,
                     [watcher, handOver, done = std::move(done)] {
                         std::unique_lock lock(handOver->mutex);
                         const Result result = std::move(*handOver->result);
                         lock.unlock();
                         done(result);
                         watcher->deleteLater();
                     });
    const std::lock_guard queued(kHandOver);
    watcher->setFuture(QtConcurrent::run([handOver] {
        std::shared_ptr<HandOver> task;
        {
            const std::lock_guard started(kHandOver);
            task = handOver;
        }
        Result result = task->job();
        const std::lock_guard lock(task->mutex);
        task->result = std::move(result);
    }));
}

}  // namespace rnnlab::ui
