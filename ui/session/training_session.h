#pragma once
// The GUI thread's handle on training: owns the worker thread and the two analysis threads
// (training_worker.h), forwards commands to the worker through a ThreadMailbox (never blocking),
// and hands the views the newest snapshot. Destroying it stops training and joins the threads,
// so closing the window mid-training is clean.

#include <QObject>
#include <QThread>
#include <functional>
#include <memory>

#include "core/analysis/gradient_check.h"
#include "core/train/trainer.h"
#include "core/train/training_snapshot.h"

namespace rnnlab::ui {

class AnalysisThread;
class MailboxLink;
class ThreadMailbox;
class TrainingWorker;

class TrainingSession : public QObject {
    Q_OBJECT
public:
    // The compute threads of the training thread: every processor but one, which is the
    // window's and the analyses' (core/kernels/compute_threads.h); at least one.
    static int trainingComputeThreads();

    explicit TrainingSession(QObject* parent = nullptr);
    ~TrainingSession() override;

    // The newest snapshot received (null before the first).
    const std::shared_ptr<const TrainingSnapshot>& snapshot() const { return m_snapshot; }
    bool running() const { return m_running; }

    // The run to train from now on; runId tags its snapshots, traces and gradient checks.
    void setTrainer(std::shared_ptr<Trainer> trainer, quint64 runId = 0);
    void play();
    void pause();
    void togglePlay();
    void stepOnce();
    void reset();
    void runEpochs(int epochs);
    void setSettings(const TrainingSettings& settings);
    void traceInput(const Matrix<double>& input);
    void traceSample(Split split, Index index);
    // On the worker thread: gradientCheckReady (TrainingWorker::requestGradientCheck).
    void requestGradientCheck(int count, quint64 seed);
    // Runs job on the worker thread between two steps; done (if set) then runs on the GUI thread
    // with the job's error message (empty on success).
    void withTrainer(std::function<void(Trainer&)> job,
                     std::function<void(const QString& error)> done = {});

signals:
    // A new snapshot is available through snapshot().
    void snapshotChanged();
    void customTrace(quint64 runId, std::shared_ptr<const rnnlab::SequenceTrace> trace);
    void gradientCheckReady(quint64 runId,
                            std::shared_ptr<const rnnlab::GradientCheckResult> result);
    void errorOccurred(const QString& message);
    void runningChanged(bool running);

private:
    // Runs job on the worker thread, after the commands sent before it.
    void post(std::function<void()> job);

    // Declared first, destroyed last: the worker posts to them until its thread is joined.
    std::unique_ptr<AnalysisThread> m_light;
    std::unique_ptr<AnalysisThread> m_heavy;
    QThread m_thread;
    ThreadMailbox* m_toGui;               // what the worker sends back: runs on the GUI thread
    TrainingWorker* m_worker = nullptr;   // lives on m_thread, deleted when it finishes
    ThreadMailbox* m_toWorker = nullptr;  // commands: run on m_thread, deleted when it finishes
    std::shared_ptr<MailboxLink> m_workerLink;  // to m_toWorker, closed before it goes
    std::shared_ptr<const TrainingSnapshot> m_snapshot;
    bool m_running = false;
};

}  // namespace rnnlab::ui
