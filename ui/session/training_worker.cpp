#include "ui/session/training_worker.h"

#include <QMetaObject>

#include "core/base/errors.h"
#include "core/train/sequence_tracing.h"
#include "ui/session/analysis_thread.h"
#include "ui/session/mailbox_link.h"
#include "ui/ui_text_translation.h"

namespace rnnlab::ui {

namespace {
constexpr qint64 kChunkMs = 15;         // longest run of steps between two looks at the queue
constexpr qint64 kPublishEveryMs = 33;  // ~30 snapshots a second at most
// While training, forecasts take at most 1 / kForecastSpacing of the light thread's time.
constexpr qint64 kForecastSpacing = 4;
}  // namespace

TrainingWorker::TrainingWorker(std::shared_ptr<MailboxLink> self, AnalysisThread& light,
                               AnalysisThread& heavy, QObject* parent)
    : QObject(parent),
      m_self(std::move(self)),
      m_light(light),
      m_heavy(heavy),
      m_traceRequests(std::make_shared<std::atomic<std::uint64_t>>(0)) {
    m_sincePublish.start();
    m_clock.start();
}

template <typename F>
void TrainingWorker::guarded(F&& f) {
    try {
        f();
    } catch (const std::bad_alloc&) {
        setRunning(false);
        emit errorOccurred(
            tr("out of memory: the network or the data is too large for this "
               "machine; training stopped"));
    } catch (const std::exception& e) {
        setRunning(false);
        emit errorOccurred(translatedUserMessage(e));
    } catch (...) {
        setRunning(false);
        emit errorOccurred(tr("unexpected error in the training thread"));
    }
}

std::shared_ptr<const TrainingSnapshot> TrainingWorker::takeSnapshot() {
    const std::lock_guard lock(m_snapshotMutex);
    m_snapshotTaken = true;
    return m_snapshot;
}

void TrainingWorker::withTrainer(const std::function<void(Trainer&)>& job) {
    if (!m_trainer) return;
    job(*m_trainer);
    dispatchAnalyses();
}

std::shared_ptr<const Parameters<float>> TrainingWorker::weightsNow() const {
    return std::make_shared<const Parameters<float>>(m_trainer->network().parameters());
}

void TrainingWorker::setTrainer(std::shared_ptr<Trainer> trainer, quint64 runId) {
    guarded([&] {
        setRunning(false);
        m_trainer = std::move(trainer);
        m_runId = runId;
        m_rate.reset();
        m_stopAtEpoch = -1;
        m_forecasts.reset();
        m_forecastStep = -1;
        if (!m_trainer) return;
        m_trainer->handOutAnalysesAgain();  // a run that comes back: its results were dropped
        dispatchAnalyses();
        publish(true);
        requestForecasts(true);
    });
}

void TrainingWorker::play() {
    guarded([&] {
        if (!m_trainer) return;
        if (m_trainer->finished()) m_trainer->resume();
        if (m_trainer->finished()) {  // all epochs done: nothing to run
            publish(true);
            return;
        }
        setRunning(true);
        scheduleChunk();
    });
}

void TrainingWorker::pause() {
    guarded([&] {
        setRunning(false);
        m_stopAtEpoch = -1;
        m_rate.reset();
        if (!m_trainer) return;
        publish(true);
        requestForecasts(true);
    });
}

void TrainingWorker::stepOnce() {
    guarded([&] {
        setRunning(false);
        if (!m_trainer) return;
        if (m_trainer->finished()) m_trainer->resume();
        trainStep();
        dispatchAnalyses();
        publish(true);
        requestForecasts(true);
    });
}

void TrainingWorker::reset() {
    guarded([&] {
        setRunning(false);
        m_stopAtEpoch = -1;
        if (!m_trainer) return;
        m_trainer->reinitialise();
        dispatchAnalyses();
        publish(true);
        requestForecasts(true);
    });
}

void TrainingWorker::runEpochs(int epochs) {
    guarded([&] {
        if (!m_trainer || epochs <= 0) return;
        m_stopAtEpoch = m_trainer->epoch() + epochs;
        if (m_trainer->settings().epochs < m_stopAtEpoch) {
            TrainingSettings s = m_trainer->settings();
            s.epochs = m_stopAtEpoch;
            m_trainer->setSettings(s);
        }
    });
    play();
}

void TrainingWorker::setSettings(const TrainingSettings& settings) {
    guarded([&] {
        if (!m_trainer) return;
        m_trainer->setSettings(settings);
        publish(true);
    });
}

void TrainingWorker::traceInput(const Matrix<double>& input) {
    guarded([&] {
        if (!m_trainer) return;
        const std::uint64_t request = ++*m_traceRequests;
        m_light.post([requests = m_traceRequests, request, self = m_self, worker = this,
                      runId = m_runId, network = m_trainer->networkConfig(), weights = weightsNow(),
                      input] {
            if (*requests != request) return;  // a newer request replaced it
            try {
                auto trace = std::make_shared<const SequenceTrace>(
                    rnnlab::traceInput(network, *weights, input));
                self->post([worker, runId, trace] { emit worker->customTrace(runId, trace); });
            } catch (const std::exception& e) {
                self->post([worker, message = translatedUserMessage(e)] {
                    emit worker->errorOccurred(message);
                });
            }
        });
    });
}

void TrainingWorker::traceSample(int split, int index) {
    guarded([&] {
        if (!m_trainer) return;
        const std::uint64_t request = ++*m_traceRequests;
        m_light.post([requests = m_traceRequests, request, self = m_self, worker = this,
                      runId = m_runId, network = m_trainer->networkConfig(), weights = weightsNow(),
                      data = m_trainer->sharedData(), truncation = m_trainer->settings().truncation,
                      split, index] {
            if (*requests != request) return;
            try {
                auto trace = std::make_shared<const SequenceTrace>(
                    rnnlab::traceSample(network, *weights, *data, Split(split), index, truncation));
                self->post([worker, runId, trace] { emit worker->customTrace(runId, trace); });
            } catch (const std::exception& e) {
                self->post([worker, message = translatedUserMessage(e)] {
                    emit worker->errorOccurred(message);
                });
            }
        });
    });
}

void TrainingWorker::requestGradientCheck(int count, quint64 seed) {
    guarded([&] {
        if (!m_trainer) return;
        const Trainer& t = *m_trainer;
        const auto [split, index] = t.tracedSample();
        auto x = std::make_shared<Matrix<double>>();
        auto y = std::make_shared<Matrix<double>>();
        t.data().batchOf(t.data().samples(split), index, 1, *x, *y);
        GradientCheckOptions options;
        options.count = count;
        options.seed = seed;
        m_light.post([self = m_self, worker = this, runId = m_runId, network = t.networkConfig(),
                      weights = t.weights(), x, y, options, step = t.stepCount()] {
            try {
                auto result = std::make_shared<GradientCheckResult>(
                    gradientCheck(network, weights, *x, *y, options));
                result->step = step;
                self->post([worker, runId, result] {
                    emit worker->gradientCheckReady(runId, std::move(result));
                });
            } catch (const std::exception& e) {
                self->post([worker, message = translatedUserMessage(e)] {
                    emit worker->errorOccurred(message);
                });
            }
        });
    });
}

void TrainingWorker::dispatchAnalyses() {
    for (std::shared_ptr<const AnalysisJob>& job : m_trainer->takeAnalysisJobs()) {
        AnalysisThread& thread = job->kind == AnalysisKind::HeavyAnalyses ? m_heavy : m_light;
        thread.post([job = std::move(job), self = m_self, worker = this, runId = m_runId] {
            try {
                AnalysisResult result = runAnalysis(*job);
                self->post([worker, runId, result = std::move(result)] {
                    worker->analysisDone(runId, result);
                });
            } catch (const std::exception& e) {
                // The trainer does it itself when it needs it (TrainerState, backpressure).
                self->post([worker, message = translatedUserMessage(e)] {
                    emit worker->errorOccurred(message);
                });
            }
        });
    }
}

void TrainingWorker::analysisDone(quint64 runId, const AnalysisResult& result) {
    if (!m_trainer || runId != m_runId) return;  // for a run that is no longer here
    guarded([&] {
        m_trainer->completeAnalysis(result);
        if (!m_running) publish(true);
    });
}

void TrainingWorker::requestForecasts(bool now) {
    if (!m_trainer) return;
    const bool spaced =
        !m_sinceForecast.isValid() || m_sinceForecast.elapsed() >= kForecastSpacing * m_forecastMs;
    if (m_forecastOut || (!now && !spaced)) {
        m_forecastWanted = true;
        return;
    }
    m_forecastOut = true;
    m_forecastWanted = false;
    m_light.post([self = m_self, worker = this, runId = m_runId, step = m_trainer->stepCount(),
                  network = m_trainer->networkConfig(), weights = weightsNow(),
                  data = m_trainer->sharedData()] {
        QElapsedTimer clock;
        clock.start();
        std::shared_ptr<const ForecastSet> forecasts;
        try {
            RecurrentNetwork<float> net(network);
            net.parameters().flat() = weights->flat();
            forecasts = std::make_shared<const ForecastSet>(computeForecasts(net, *data));
        } catch (const std::exception& e) {
            self->post([worker, message = translatedUserMessage(e)] {
                emit worker->errorOccurred(message);
            });
        }
        self->post([worker, runId, step, forecasts, ms = clock.elapsed()] {
            worker->forecastsDone(runId, step, forecasts, ms);
        });
    });
}

void TrainingWorker::forecastsDone(quint64 runId, long long step,
                                   std::shared_ptr<const ForecastSet> forecasts, qint64 ms) {
    m_forecastOut = false;
    m_forecastMs = ms;
    m_sinceForecast.restart();
    if (forecasts && m_trainer && runId == m_runId) {
        m_forecasts = std::move(forecasts);
        m_forecastStep = step;
        if (!m_running) guarded([&] { publish(true); });
    }
    // Stopped meanwhile: the window should show where the run is, not where it was.
    if (m_forecastWanted && !m_running) requestForecasts(true);
}

void TrainingWorker::scheduleChunk() {
    if (m_chunkScheduled) return;
    m_chunkScheduled = true;
    QMetaObject::invokeMethod(
        this,
        [this] {
            m_chunkScheduled = false;
            runChunk();
        },
        Qt::QueuedConnection);
}

void TrainingWorker::runChunk() {
    if (!m_running || !m_trainer) return;
    guarded([&] {
        QElapsedTimer chunk;
        chunk.start();
        bool epochEnded = false;
        do {
            const int epochBefore = m_trainer->epoch();
            if (!trainStep()) break;
            if (m_trainer->epoch() != epochBefore) {
                epochEnded = true;
                if (m_stopAtEpoch >= 0 && m_trainer->epoch() >= m_stopAtEpoch) {
                    m_stopAtEpoch = -1;
                    setRunning(false);
                    break;
                }
            }
        } while (chunk.elapsed() < kChunkMs);
        if (m_trainer->finished()) setRunning(false);
        dispatchAnalyses();
        if (epochEnded || m_forecastWanted || !m_running) requestForecasts(!m_running);
        if (!m_running) {
            publish(true);
        } else if (m_sincePublish.elapsed() >= kPublishEveryMs) {
            publish(false);
        }
        if (m_running) scheduleChunk();
    });
}

bool TrainingWorker::trainStep() {
    if (!m_trainer->step()) return false;
    m_rate.stepped(m_clock.elapsed());
    return true;
}

void TrainingWorker::setRunning(bool running) {
    if (running == m_running) return;
    m_running = running;
    emit runningChanged(running);
}

void TrainingWorker::publish(bool force) {
    if (!m_trainer) return;
    if (!force && !m_snapshotTaken) return;  // the window gets a newer one once it took that
    dispatchAnalyses();
    const Trainer& t = *m_trainer;
    auto s = std::make_shared<TrainingSnapshot>();
    s->version = ++m_version;
    s->runId = m_runId;
    s->running = m_running;
    s->step = t.stepCount();
    s->epoch = t.epoch();
    s->epochs = t.settings().epochs;
    s->epochProgress = t.epochProgress();
    s->stepsPerSecond = m_rate.stepsPerSecond();
    s->learningRate = t.currentLearningRate();
    s->stopReason = t.stopReason();
    s->divergence = t.divergence();
    s->network = t.networkConfig();
    s->settings = t.settings();
    s->history = t.history();
    s->trace = t.latestTrace();
    s->pendingAnalyses = int(t.pendingAnalyses());
    s->forecasts = m_forecasts;
    s->forecastStep = m_forecastStep;
    {
        const std::lock_guard lock(m_snapshotMutex);
        m_snapshot = std::move(s);
    }
    m_sincePublish.restart();
    if (m_snapshotTaken.exchange(false)) emit snapshotReady();
}

}  // namespace rnnlab::ui
