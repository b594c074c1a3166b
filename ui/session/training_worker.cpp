#include "ui/session/training_worker.h"

#include <QMetaObject>
#include <cmath>

namespace rnnlab::ui {

namespace {
constexpr qint64 kChunkMs = 15;         // longest run of steps between two looks at the queue
constexpr qint64 kPublishEveryMs = 33;  // ~30 snapshots a second at most
}  // namespace

TrainingWorker::TrainingWorker(QObject* parent) : QObject(parent) {
    m_sincePublish.start();
    m_rateClock.start();
}

template <typename F>
void TrainingWorker::guarded(F&& f) {
    try {
        f();
    } catch (const std::exception& e) {
        setRunning(false);
        emit errorOccurred(QString::fromStdString(e.what()));
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

void TrainingWorker::setTrainer(std::shared_ptr<Trainer> trainer) {
    guarded([&] {
        setRunning(false);
        m_trainer = std::move(trainer);
        m_stopAtEpoch = -1;
        publish(true);
    });
}

void TrainingWorker::play() {
    guarded([&] {
        if (!m_trainer) return;
        if (m_trainer->finished()) m_trainer->resume();
        if (m_trainer->finished()) {  // all epochs done: nothing to run
            publish(false);
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
        if (m_trainer) publish(true);
    });
}

void TrainingWorker::stepOnce() {
    guarded([&] {
        setRunning(false);
        if (!m_trainer) return;
        if (m_trainer->finished()) m_trainer->resume();
        m_trainer->step();
        publish(true);
    });
}

void TrainingWorker::reset() {
    guarded([&] {
        setRunning(false);
        m_stopAtEpoch = -1;
        if (!m_trainer) return;
        m_trainer->reinitialise();
        publish(true);
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
        publish(false);
    });
}

void TrainingWorker::traceInput(const Matrix<double>& input) {
    guarded([&] {
        if (!m_trainer) return;
        emit customTrace(std::make_shared<const SequenceTrace>(m_trainer->traceInput(input)));
    });
}

void TrainingWorker::traceSample(int split, int index) {
    guarded([&] {
        if (!m_trainer) return;
        emit customTrace(
            std::make_shared<const SequenceTrace>(m_trainer->traceSample(Split(split), index)));
    });
}

void TrainingWorker::requestGradientCheck(int count, quint64 seed) {
    guarded([&] {
        if (!m_trainer) return;
        const Trainer& t = *m_trainer;
        const auto [split, index] = t.tracedSample();
        Matrix<double> x, y;
        t.data().batchOf(t.data().samples(split), index, 1, x, y);
        GradientCheckOptions options;
        options.count = count;
        options.seed = seed;
        auto result = std::make_shared<GradientCheckResult>(
            gradientCheck(t.networkConfig(), t.weights(), x, y, options));
        result->step = t.stepCount();
        emit gradientCheckReady(std::move(result));
    });
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
            if (!m_trainer->step()) break;
            ++m_rateSteps;
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
        if (m_rateClock.elapsed() >= 500) {
            m_stepsPerSecond = 1000.0 * static_cast<double>(m_rateSteps) /
                               static_cast<double>(m_rateClock.elapsed());
            m_rateClock.restart();
            m_rateSteps = 0;
        }
        if (!m_running || epochEnded || m_sincePublish.elapsed() >= kPublishEveryMs)
            publish(epochEnded || !m_running);
        if (m_running) scheduleChunk();
    });
}

void TrainingWorker::setRunning(bool running) {
    if (running == m_running) return;
    m_running = running;
    if (running) {
        m_rateClock.restart();
        m_rateSteps = 0;
    }
    emit runningChanged(running);
}

void TrainingWorker::publish(bool refreshForecasts) {
    if (!m_trainer) return;
    const Trainer& t = *m_trainer;
    if (refreshForecasts || !m_forecasts)
        m_forecasts = std::make_shared<const ForecastSet>(
            computeForecasts(t.network(), t.data(), t.freeRunningNow()));
    auto s = std::make_shared<TrainingSnapshot>();
    s->version = ++m_version;
    s->running = m_running;
    s->step = t.stepCount();
    s->epoch = t.epoch();
    s->epochs = t.settings().epochs;
    s->epochProgress = t.epochProgress();
    s->stepsPerSecond = m_stepsPerSecond;
    if (m_stepsPerSecond > 0) {
        const double batches =
            std::ceil(static_cast<double>(t.data().count(Split::Train)) / t.settings().batchSize);
        const double remaining = (s->epochs - s->epoch - s->epochProgress) * batches;
        s->etaSeconds = std::max(0.0, remaining / m_stepsPerSecond);
    }
    s->learningRate = t.currentLearningRate();
    s->stopReason = t.stopReason();
    s->divergence = t.divergence();
    s->network = t.networkConfig();
    s->settings = t.settings();
    s->history = t.history();
    s->trace = t.latestTrace();
    s->forecasts = m_forecasts;
    {
        const std::lock_guard lock(m_snapshotMutex);
        m_snapshot = std::move(s);
    }
    m_sincePublish.restart();
    if (m_snapshotTaken.exchange(false)) emit snapshotReady();
}

}  // namespace rnnlab::ui
