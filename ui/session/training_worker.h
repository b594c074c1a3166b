#pragma once
// The trainer's home on its own thread. Commands arrive through the session's mailbox from the
// GUI thread; training runs in short chunks between them, so pause, step and stop answer within
// one training step. What describes the run without moving it on leaves this thread: the
// trainer's deferred analyses (traces, heavy analyses, epoch evaluations), the forecasts, the
// explorer's traces and the gradient check run on two AnalysisThreads (light work, and the
// heavy O(H³) analyses) with copies of the weights, and come back here to be recorded.
// Snapshots go out at most ~30 times a second, newest wins: a new one is built only when the
// GUI has taken the previous one (or the run stopped), and signalled only then.
// Every exception is caught here and emitted as errorOccurred: nothing escapes a mailbox job.
//
// Each run the worker is given carries a run id; snapshots, traces and gradient checks carry
// the id of the run they describe, and results for a run that is no longer current are
// dropped.

#include <QElapsedTimer>
#include <QObject>
#include <atomic>
#include <cstdint>
#include <functional>
#include <memory>
#include <mutex>

#include "core/analysis/gradient_check.h"
#include "core/train/trainer.h"
#include "core/train/training_snapshot.h"
#include "ui/session/step_rate_meter.h"

namespace rnnlab::ui {

class AnalysisThread;
class MailboxLink;

class TrainingWorker : public QObject {
    Q_OBJECT
public:
    // self: posts to this worker's thread (analysis results come back through it); light and
    // heavy: the analysis threads, which outlive the worker.
    TrainingWorker(std::shared_ptr<MailboxLink> self, AnalysisThread& light, AnalysisThread& heavy,
                   QObject* parent = nullptr);

    // Any thread: the newest published snapshot (null before the first), and marks it taken.
    std::shared_ptr<const TrainingSnapshot> takeSnapshot();

    // Worker thread only, between steps: runs job on the trainer (if any), then hands out the
    // analyses its steps made. Exceptions propagate to the caller (TrainingSession::withTrainer
    // catches them).
    void withTrainer(const std::function<void(rnnlab::Trainer&)>& job);

    // The commands: called on the worker thread by the jobs TrainingSession posts to its
    // mailbox, one at a time between training chunks.
    // Replaces the run (stopping the current one) and publishes its first snapshot.
    void setTrainer(std::shared_ptr<rnnlab::Trainer> trainer, quint64 runId);
    void play();
    void pause();
    void stepOnce();
    // Pauses and rewinds to fresh weights from the seed: the history restarts.
    void reset();
    // Trains `epochs` more epochs, then pauses.
    void runEpochs(int epochs);
    void setSettings(const rnnlab::TrainingSettings& settings);
    // Traces the given input (T, I) with the current weights, without a target: customTrace.
    // A newer trace request drops an older one not started yet.
    void traceInput(const rnnlab::Matrix<double>& input);
    // Traces a sample of the data with gradients: customTrace.
    void traceSample(int split, int index);
    // BPTT against finite differences for `count` parameters of the current weights chosen
    // with `seed`, on the traced sequence (core/analysis/gradient_check.h): gradientCheckReady.
    void requestGradientCheck(int count, quint64 seed);
signals:
    void snapshotReady();
    void customTrace(quint64 runId, std::shared_ptr<const rnnlab::SequenceTrace> trace);
    void gradientCheckReady(quint64 runId,
                            std::shared_ptr<const rnnlab::GradientCheckResult> result);
    void errorOccurred(const QString& message);
    void runningChanged(bool running);

private:
    void scheduleChunk();
    void runChunk();
    void setRunning(bool running);
    // One training step on the trainer, timed for the speed readout; false when none was taken.
    bool trainStep();
    // Builds and stores a snapshot when the GUI took the last one, or always (force).
    void publish(bool force);
    template <typename F>
    void guarded(F&& f);
    // The trainer's new analysis jobs to the analysis threads.
    void dispatchAnalyses();
    void analysisDone(quint64 runId, const AnalysisResult& result);
    // Forecasts of the current weights, on the light thread; at most one at a time, and while
    // training at most a quarter of that thread's time. now: as soon as none is out (the run
    // stopped or changed, and the window should show where it is).
    void requestForecasts(bool now);
    void forecastsDone(quint64 runId, long long step, std::shared_ptr<const ForecastSet> forecasts,
                       qint64 ms);
    std::shared_ptr<const Parameters<float>> weightsNow() const;

    std::shared_ptr<MailboxLink> m_self;
    AnalysisThread& m_light;
    AnalysisThread& m_heavy;

    std::shared_ptr<Trainer> m_trainer;
    quint64 m_runId = 0;
    bool m_running = false;
    bool m_chunkScheduled = false;
    int m_stopAtEpoch = -1;  // runEpochs target; -1: none
    long long m_version = 0;
    QElapsedTimer m_sincePublish;
    QElapsedTimer m_clock;  // of m_rate
    StepRateMeter m_rate;   // every step, played or paced

    std::shared_ptr<const ForecastSet> m_forecasts;
    long long m_forecastStep = -1;
    bool m_forecastOut = false;     // a forecast is being computed
    bool m_forecastWanted = false;  // and another one is due after it
    QElapsedTimer m_sinceForecast;
    qint64 m_forecastMs = 0;  // how long the last one took

    // The newest explorer trace request; older ones not started yet are dropped.
    std::shared_ptr<std::atomic<std::uint64_t>> m_traceRequests;

    std::mutex m_snapshotMutex;  // a std::mutex: ThreadSanitizer sees it, not a QMutex
    std::shared_ptr<const TrainingSnapshot> m_snapshot;
    std::atomic<bool> m_snapshotTaken{true};
};

}  // namespace rnnlab::ui
