#include "ui/window/headless_run.h"

#include <QEventLoop>

#include "core/errors.h"
#include "ui/window/experiment_controller.h"

namespace rnnlab::ui {

void openAndWait(ExperimentController& c, const QString& path) {
    QEventLoop loop;
    QString error;
    const auto fail = [&](const QString& message) {
        error = message;
        loop.quit();
    };
    const QMetaObject::Connection onFile =
        QObject::connect(&c, &ExperimentController::fileError, &loop, fail);
    const QMetaObject::Connection onData =
        QObject::connect(&c, &ExperimentController::dataError, &loop, fail);
    const QMetaObject::Connection onLoaded =
        QObject::connect(&c, &ExperimentController::loadingChanged, &loop, [&](bool loading) {
            if (!loading) loop.quit();
        });
    if (path.endsWith(QStringLiteral(".csv"), Qt::CaseInsensitive)) {
        c.openCsv(path, CsvOptions());
    } else {
        c.openExperiment(path);
    }
    if (c.isLoading()) loop.exec();
    for (const auto& connection : {onFile, onData, onLoaded}) QObject::disconnect(connection);
    if (!error.isEmpty()) throw FileError(error.toStdString());
    waitForWorker(c);
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
