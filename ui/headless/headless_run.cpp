#include "ui/experiment/file_kind.h"
#include "ui/headless/headless_run.h"

#include <QEventLoop>
#include <QTimer>

#include "core/base/errors.h"
#include "ui/compare/compare_view.h"
#include "ui/session/training_session.h"
#include "ui/experiment/experiment_controller.h"

namespace rnnlab::ui {

void loadAndWait(ExperimentController& c, const std::function<void()>& request) {
    QEventLoop loop;  // the connections below end with it, also when request() throws
    QString error;
    const auto fail = [&](const QString& message) {
        error = message;
        loop.quit();
    };
    QObject::connect(&c, &ExperimentController::fileError, &loop, fail);
    QObject::connect(&c, &ExperimentController::dataError, &loop, fail);
    QObject::connect(&c, &ExperimentController::loadingChanged, &loop, [&](bool loading) {
        if (!loading) loop.quit();
    });
    request();
    if (c.isLoading()) loop.exec();
    if (!error.isEmpty()) throw FileError(error.toStdString());
    waitForWorker(c);
}

void openAndWait(ExperimentController& c, const QString& path) {
    loadAndWait(c, [&] {
        switch (fileKindOf(path)) {
            case FileKind::Series: c.openCsv(path, CsvOptions()); break;
            case FileKind::Text: c.openText(path); break;
            case FileKind::Labelled: c.openLabelled(path); break;
            default: c.openExperiment(path); break;
        }
    });
}

QString trainAndWait(ExperimentController& c, int steps) {
    QEventLoop loop;
    QString said;
    QObject::connect(&c, &ExperimentController::message, &loop,
                     [&said](const QString& text) { said = text; });
    QObject::connect(&c, &ExperimentController::stepsTrained, &loop, &QEventLoop::quit);
    c.trainSteps(steps);
    loop.exec();
    waitForWorker(c);
    return said;
}

void trainRunsAndWait(CompareView& compare, int steps) {
    QEventLoop loop;
    int pending = 0;
    for (int i = 0; i < compare.runCount() * compare.seedCount(); ++i) {
        // Every seed of every run.
        TrainingSession* session =
            compare.seedSession(i / compare.seedCount(), i % compare.seedCount());
        if (!session) continue;  // a run that could not be built
        ++pending;
        session->withTrainer(
            [steps](Trainer& t) {
                for (int k = 0; k < steps && t.step(); ++k) {
                }
            },
            [session, &pending, &loop](const QString&) {
                session->pause();  // publishes the snapshot of the new step
                // Answered after that snapshot has been delivered.
                session->withTrainer([](Trainer&) {},
                                     [&pending, &loop](const QString&) {
                                         if (--pending == 0) loop.quit();
                                     });
            });
    }
    if (pending > 0) loop.exec();
}

namespace {

bool settled(const ExperimentController& c) {
    const auto& s = c.snapshot();
    if (c.isPreparing() || !s) return false;
    return s->running || (s->pendingAnalyses == 0 && s->forecastStep == s->step);
}

}  // namespace

void waitForWorker(ExperimentController& c, int timeoutMs) {
    {
        // A job queued behind every earlier command: when it reports back, their snapshots
        // (sent before it) have been delivered.
        QEventLoop loop;
        c.session().withTrainer([](Trainer&) {}, [&loop](const QString&) { loop.quit(); });
        loop.exec();
    }
    if (settled(c)) return;
    QEventLoop loop;
    QObject::connect(&c, &ExperimentController::snapshotChanged, &loop, [&] {
        if (settled(c)) loop.quit();
    });
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    loop.exec();
}

}  // namespace rnnlab::ui
