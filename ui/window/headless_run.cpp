#include "ui/window/headless_run.h"

#include <QEventLoop>

#include "core/errors.h"
#include "ui/window/experiment_controller.h"

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
        if (path.endsWith(QStringLiteral(".csv"), Qt::CaseInsensitive)) {
            c.openCsv(path, CsvOptions());
        } else {
            c.openExperiment(path);
        }
    });
}

void trainAndWait(ExperimentController& c, int steps) {
    QEventLoop loop;
    QObject::connect(&c, &ExperimentController::stepsTrained, &loop, &QEventLoop::quit);
    c.trainSteps(steps);
    loop.exec();
    waitForWorker(c);
}

void waitForWorker(ExperimentController& c) {
    // A job queued behind every earlier command: when it reports back, their snapshots (sent
    // before it) have been delivered.
    QEventLoop loop;
    c.session().withTrainer([](Trainer&) {}, [&loop](const QString&) { loop.quit(); });
    loop.exec();
}

}  // namespace rnnlab::ui
