#pragma once
// The trainer's home on its own thread (design.md §6). Commands arrive as queued slot calls from
// the GUI thread; training runs in short chunks between them, so pause, step and stop answer
// within one training step. Snapshots go out at most ~30 times a second, newest wins: the
// worker replaces the pending snapshot and signals only when the GUI has taken the previous one.
// Every exception is caught here and emitted as errorOccurred: nothing escapes a slot.

#include <QElapsedTimer>
#include <QObject>
#include <atomic>
#include <functional>
#include <memory>
#include <mutex>

#include "core/analysis/gradient_check.h"
#include "core/train/trainer.h"
#include "core/train/training_snapshot.h"

namespace rnnlab::ui {

class TrainingWorker : public QObject {
    Q_OBJECT
public:
    explicit TrainingWorker(QObject* parent = nullptr);

    // Any thread: the newest published snapshot (null before the first), and marks it taken.
    std::shared_ptr<const TrainingSnapshot> takeSnapshot();

    // Worker thread only, between steps: runs job on the trainer (if any). Exceptions propagate
    // to the caller (TrainingSession::withTrainer catches them).
    void withTrainer(const std::function<void(rnnlab::Trainer&)>& job) {
        if (m_trainer) job(*m_trainer);
    }

public slots:
    // Replaces the run (stopping the current one) and publishes its first snapshot.
    void setTrainer(std::shared_ptr<rnnlab::Trainer> trainer);
    void play();
    void pause();
    void stepOnce();
    // Pauses and rewinds to fresh weights from the seed: the history restarts.
    void reset();
    // Trains `epochs` more epochs, then pauses.
    void runEpochs(int epochs);
    void setSettings(const rnnlab::TrainingSettings& settings);
    // Traces the given input (T, I) with the current weights, without a target: customTrace.
    void traceInput(const rnnlab::Matrix<double>& input);
    // Traces a sample of the data with gradients: customTrace.
    void traceSample(int split, int index);
    // BPTT against finite differences for `count` parameters of the current weights chosen
    // with `seed`, on the traced sequence (core/analysis/gradient_check.h): gradientCheckReady.
    void requestGradientCheck(int count, quint64 seed);
signals:
    void snapshotReady();
    void customTrace(std::shared_ptr<const rnnlab::SequenceTrace> trace);
    void gradientCheckReady(std::shared_ptr<const rnnlab::GradientCheckResult> result);
    void errorOccurred(const QString& message);
    void runningChanged(bool running);

private:
    void scheduleChunk();
    void runChunk();
    void setRunning(bool running);
    // Builds and stores a snapshot; forecasts refreshed when asked (they cost a pass over data).
    void publish(bool refreshForecasts);
    template <typename F>
    void guarded(F&& f);

    std::shared_ptr<Trainer> m_trainer;
    bool m_running = false;
    bool m_chunkScheduled = false;
    int m_stopAtEpoch = -1;  // runEpochs target; -1: none
    long long m_version = 0;
    QElapsedTimer m_sincePublish;
    QElapsedTimer m_rateClock;
    long long m_rateSteps = 0;
    double m_stepsPerSecond = 0;
    std::shared_ptr<const ForecastSet> m_forecasts;

    std::mutex m_snapshotMutex;  // a std::mutex: ThreadSanitizer sees it, not a QMutex
    std::shared_ptr<const TrainingSnapshot> m_snapshot;
    std::atomic<bool> m_snapshotTaken{true};
};

}  // namespace rnnlab::ui
