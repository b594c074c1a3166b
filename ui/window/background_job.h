#pragma once
// Work that may take a while (reading a large CSV, opening an experiment) runs on Qt's thread
// pool so the window keeps answering; its result comes back on the GUI thread. The job must
// not touch widgets or anything the GUI thread changes meanwhile: give it copies.

#include <QFutureWatcher>
#include <QObject>
#include <QtConcurrent/QtConcurrentRun>
#include <functional>

namespace rnnlab::ui {

// Runs job on the thread pool, then done(result) on context's thread. When context is
// destroyed first, done is not called (the job still finishes, and its result is dropped).
template <typename Result>
void runInBackground(QObject* context, std::function<Result()> job,
                     std::function<void(const Result&)> done) {
    auto* watcher = new QFutureWatcher<Result>(context);
    QObject::connect(watcher, &QFutureWatcherBase::finished, context,
                     [watcher, done = std::move(done)] {
                         done(watcher->result());
                         watcher->deleteLater();
                     });
    watcher->setFuture(QtConcurrent::run(std::move(job)));
}

}  // namespace rnnlab::ui
