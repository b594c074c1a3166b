#include "ui/session/training_session.h"

#include <algorithm>

#include "core/base/errors.h"
#include "core/kernels/compute_threads.h"
#include "ui/session/analysis_thread.h"
#include "ui/session/mailbox_link.h"
#include "ui/session/thread_mailbox.h"
#include "ui/session/thread_niceness.h"
#include "ui/session/training_worker.h"
#include "ui/ui_text_translation.h"

namespace rnnlab::ui {

int TrainingSession::trainingComputeThreads() {
    return std::max(1, availableProcessors() - 1);
}

TrainingSession::TrainingSession(QObject* parent)
    : QObject(parent),
      m_light(std::make_unique<AnalysisThread>("analysis", kLightAnalysisNiceness)),
      m_heavy(std::make_unique<AnalysisThread>("heavy analysis", kHeavyAnalysisNiceness)),
      m_toGui(new ThreadMailbox(this)) {
    m_thread.setObjectName("training");
    m_toWorker = new ThreadMailbox;
    m_toWorker->moveToThread(&m_thread);
    m_workerLink = std::make_shared<MailboxLink>(m_toWorker);
    m_worker = new TrainingWorker(m_workerLink, *m_light, *m_heavy);
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(&m_thread, &QThread::finished, m_toWorker, &QObject::deleteLater);
    // The worker's signals run these on its thread; what they carry reaches the GUI thread
    // through the mailbox.
    const auto onWorker = Qt::DirectConnection;
    connect(
        m_worker, &TrainingWorker::snapshotReady, m_worker,
        [this] {
            m_toGui->post([this] {
                if (auto s = m_worker->takeSnapshot()) {
                    m_snapshot = std::move(s);
                    emit snapshotChanged();
                }
            });
        },
        onWorker);
    connect(
        m_worker, &TrainingWorker::customTrace, m_worker,
        [this](quint64 runId, std::shared_ptr<const SequenceTrace> trace) {
            m_toGui->post([this, runId, trace] { emit customTrace(runId, trace); });
        },
        onWorker);
    connect(
        m_worker, &TrainingWorker::gradientCheckReady, m_worker,
        [this](quint64 runId, std::shared_ptr<const GradientCheckResult> result) {
            m_toGui->post([this, runId, result] { emit gradientCheckReady(runId, result); });
        },
        onWorker);
    connect(
        m_worker, &TrainingWorker::errorOccurred, m_worker,
        [this](const QString& message) {
            m_toGui->post([this, message] { emit errorOccurred(message); });
        },
        onWorker);
    connect(
        m_worker, &TrainingWorker::runningChanged, m_worker,
        [this](bool running) {
            m_toGui->post([this, running] {
                m_running = running;
                emit runningChanged(running);
            });
        },
        onWorker);
    m_thread.start();
    m_workerLink->post([] {
        niceThisThread(kTrainingNiceness);
        setComputeThreadsOfThisThread(trainingComputeThreads());
    });
}

TrainingSession::~TrainingSession() {
    m_workerLink->close();  // analysis results have nowhere to go from now on
    m_thread.quit();        // the worker yields to its event loop at least every chunk
    m_thread.wait();
    m_light.reset();  // waits for the job running there, drops the others
    m_heavy.reset();
}

void TrainingSession::post(std::function<void()> job) {
    m_toWorker->post(std::move(job));
}

void TrainingSession::setTrainer(std::shared_ptr<Trainer> trainer, quint64 runId) {
    post([w = m_worker, trainer = std::move(trainer), runId]() mutable {
        w->setTrainer(std::move(trainer), runId);
    });
}
void TrainingSession::play() {
    post([w = m_worker] { w->play(); });
}
void TrainingSession::pause() {
    post([w = m_worker] { w->pause(); });
}
void TrainingSession::togglePlay() {
    m_running ? pause() : play();
}
void TrainingSession::stepOnce() {
    post([w = m_worker] { w->stepOnce(); });
}
void TrainingSession::reset() {
    post([w = m_worker] { w->reset(); });
}
void TrainingSession::runEpochs(int epochs) {
    post([w = m_worker, epochs] { w->runEpochs(epochs); });
}
void TrainingSession::setSettings(const TrainingSettings& settings) {
    post([w = m_worker, settings] { w->setSettings(settings); });
}
void TrainingSession::traceInput(const Matrix<double>& input) {
    post([w = m_worker, input] { w->traceInput(input); });
}
void TrainingSession::traceSample(Split split, Index index) {
    post([w = m_worker, split, index] { w->traceSample(int(split), int(index)); });
}
void TrainingSession::requestGradientCheck(int count, quint64 seed) {
    post([w = m_worker, count, seed] { w->requestGradientCheck(count, seed); });
}

void TrainingSession::withTrainer(std::function<void(Trainer&)> job,
                                  std::function<void(const QString&)> done) {
    // done goes through the GUI mailbox, which lives as long as this session: the worker
    // thread is joined before it is destroyed, and jobs left in it then never run.
    post([w = m_worker, gui = m_toGui, job = std::move(job), done = std::move(done)] {
        QString error;
        try {
            w->withTrainer(job);
        } catch (const std::exception& e) {
            error = translatedUserMessage(e);
        } catch (...) {
            error = QObject::tr("unexpected error in the training thread");
        }
        if (done) gui->post([done, error] { done(error); });
    });
}

}  // namespace rnnlab::ui
