#include "ui/session/training_session.h"

#include <QMetaObject>
#include <QPointer>

#include "ui/session/training_worker.h"

namespace rnnlab::ui {

TrainingSession::TrainingSession(QObject* parent) : QObject(parent) {
    m_thread.setObjectName("training");
    m_worker = new TrainingWorker;
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(m_worker, &TrainingWorker::snapshotReady, this, [this] {
        if (auto s = m_worker->takeSnapshot()) {
            m_snapshot = std::move(s);
            emit snapshotChanged();
        }
    });
    connect(m_worker, &TrainingWorker::customTrace, this, &TrainingSession::customTrace);
    connect(m_worker, &TrainingWorker::gradientCheckReady, this,
            &TrainingSession::gradientCheckReady);
    connect(m_worker, &TrainingWorker::errorOccurred, this, &TrainingSession::errorOccurred);
    connect(m_worker, &TrainingWorker::runningChanged, this, [this](bool running) {
        m_running = running;
        emit runningChanged(running);
    });
    m_thread.start();
}

TrainingSession::~TrainingSession() {
    m_thread.quit();  // the worker yields to its event loop at least every chunk
    m_thread.wait();
}

template <typename F>
void TrainingSession::post(F&& f) {
    QMetaObject::invokeMethod(m_worker, std::forward<F>(f), Qt::QueuedConnection);
}

void TrainingSession::setTrainer(std::shared_ptr<Trainer> trainer) {
    post([w = m_worker, trainer = std::move(trainer)]() mutable { w->setTrainer(std::move(trainer)); });
}
void TrainingSession::play() { post([w = m_worker] { w->play(); }); }
void TrainingSession::pause() { post([w = m_worker] { w->pause(); }); }
void TrainingSession::togglePlay() { m_running ? pause() : play(); }
void TrainingSession::stepOnce() { post([w = m_worker] { w->stepOnce(); }); }
void TrainingSession::reset() { post([w = m_worker] { w->reset(); }); }
void TrainingSession::runEpochs(int epochs) { post([w = m_worker, epochs] { w->runEpochs(epochs); }); }
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
    post([w = m_worker, job = std::move(job), done = std::move(done), self = QPointer(this)] {
        QString error;
        try {
            w->withTrainer(job);
        } catch (const std::exception& e) {
            error = QString::fromStdString(e.what());
        } catch (...) {
            error = QObject::tr("unexpected error in the training thread");
        }
        if (done)
            QMetaObject::invokeMethod(
                self.data(), [self, done, error] { if (self) done(error); }, Qt::QueuedConnection);
    });
}

}  // namespace rnnlab::ui
