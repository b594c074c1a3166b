#pragma once
// Work that may take a while (reading a large CSV, opening an experiment) runs on Qt's thread
// pool so the window keeps answering; its result comes back on the GUI thread. The job must
// not touch widgets or anything the GUI thread changes meanwhile: give it copies.
//
// The job and its result cross threads through std::mutexes, not through QtConcurrent and
// QFuture: those synchronise inside Qt, where ThreadSanitizer cannot see it
// (ui/session/thread_mailbox.h), and their inline code reads the task on the pool thread before
// any lock of ours could order it.

#include <QObject>
#include <QThreadPool>
#include <functional>
#include <memory>
#include <optional>

namespace rnnlab::ui {

// Starts work on pool such that whatever this thread did before (work's construction included)
// happens before work runs, as ThreadSanitizer sees it: QThreadPool orders it inside Qt only.
void startOnPool(QThreadPool& pool, std::function<void()> work);

// Runs work on Qt's global thread pool, then finished on context's thread; finished is dropped
// when context is destroyed first (work still runs to its end).
void runOnPool(QObject* context, std::function<void()> work, std::function<void()> finished);

// Runs job on the thread pool, then done(result) on context's thread; job must not throw (it
// reports a failure in its Result). When context is destroyed first, done is not called (the
// job still finishes, and its result is dropped).
template <typename Result>
void runInBackground(QObject* context, std::function<Result()> job,
                     std::function<void(const Result&)> done) {
    auto result = std::make_shared<std::optional<Result>>();
    runOnPool(
        context, [job = std::move(job), result] { *result = job(); },
        [result, done = std::move(done)] { done(**result); });
}

}  // namespace rnnlab::ui
