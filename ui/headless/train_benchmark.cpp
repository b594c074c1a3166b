#include "ui/headless/train_benchmark.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QTimer>
#include <algorithm>
#include <cstdio>

#include "core/base/errors.h"
#include "core/data/generators.h"
#include "core/kernels/simd_kernels.h"
#include "core/train/step_benchmark.h"
#include "ui/session/training_session.h"
#include "ui/experiment/experiment_controller.h"
#include "ui/headless/headless_run.h"
#include "ui/window/lab_window.h"
#include "ui/window/launch_options.h"
#include "ui/window/speed_control.h"

namespace rnnlab::ui {
namespace {

void setUp(ExperimentController& controller, const TrainBenchmarkOptions& o) {
    QString error;
    const QMetaObject::Connection onError = QObject::connect(
        &controller, &ExperimentController::dataError, [&](const QString& e) { error = e; });
    const DataSource source = benchmarkDataSource(o.seq);
    NetworkConfig network = controller.network();
    network.cell = o.cell;
    network.hiddenSize = o.hiddenSize;
    network.numLayers = o.layers;
    TrainingSettings settings = controller.settings();
    settings.batchSize = o.batch;
    settings.epochs = kMaxEpochs;  // trains for the whole measurement
    controller.setDataSource(source);
    controller.setNetwork(network);
    controller.setSettings(settings);
    while (controller.isLoading()) {
        QEventLoop loop;
        QTimer::singleShot(10, &loop, &QEventLoop::quit);
        loop.exec();
    }
    waitForWorker(controller);
    QObject::disconnect(onError);
    if (!error.isEmpty()) throw ConfigError(error.toStdString());
}

// Runs the event loop until the controller's snapshot has reached `step` (or the run stopped).
void waitForStep(ExperimentController& controller, long long step) {
    QEventLoop loop;
    QObject::connect(&controller, &ExperimentController::snapshotChanged, &loop, [&] {
        const auto& s = controller.snapshot();
        if (s && (s->step >= step || s->stopReason != StopReason::None)) loop.quit();
    });
    loop.exec();
}

}  // namespace

DataSource benchmarkDataSource(int window) {
    constexpr int kSeriesLengthPerStep = 20;
    DataSource source = ExperimentController::defaultDataSource();
    const double length = resolvedParameters(source.generator).at("length");
    source.generator.parameters["length"] = std::max(length, double(kSeriesLengthPerStep * window));
    source.window.window = window;
    return source;
}

int defaultTrainBenchmarkSteps(int hiddenSize) {
    return hiddenSize < 64 ? 3000 : hiddenSize < 256 ? 300 : 100;
}

TrainBenchmarkResult measureTraining(LabWindow& window, const TrainBenchmarkOptions& o) {
    ExperimentController& controller = window.controller();
    setUp(controller, o);
    const int steps = o.steps > 0 ? o.steps : defaultTrainBenchmarkSteps(o.hiddenSize);
    trainAndWait(controller, std::max(3, steps / 10));

    window.speedControl()->setLevel(SpeedControl::kMaxLevel);
    controller.setSpeedLevel(SpeedControl::kMaxLevel);
    const long long first = controller.snapshot()->step;
    QElapsedTimer clock;
    clock.start();
    const double cpuStart = processorSeconds();
    controller.play();
    waitForStep(controller, first + steps);
    TrainBenchmarkResult r;
    r.seconds = double(clock.nsecsElapsed()) / 1e9;
    r.steps = controller.snapshot()->step - first;
    r.cpuSecondsPerStep = r.steps > 0 ? (processorSeconds() - cpuStart) / double(r.steps) : 0;
    controller.pause();
    waitForWorker(controller);
    if (r.steps < steps) {
        throw ConfigError(QObject::tr("the run stopped after %1 of the %2 steps")
                              .arg(r.steps)
                              .arg(steps)
                              .toStdString());
    }
    return r;
}

QString trainBenchmarkJson(const TrainBenchmarkOptions& o, const TrainBenchmarkResult& r) {
    return QString::asprintf(
        "{\"impl\": \"rnnlab-window\", \"cell\": \"%s\", \"hidden\": %d, \"layers\": %d, "
        "\"seq\": %d, \"batch\": %d, \"input\": 1, \"threads\": %d, \"dtype\": \"float32\", "
        "\"steps\": %lld, \"kernel\": \"%s\", \"steps_per_s\": %.6g, \"cpu_s_per_step\": %.6g}",
        toString(o.cell).c_str(), o.hiddenSize, o.layers, o.seq, o.batch,
        TrainingSession::trainingComputeThreads(), r.steps, simdKernelName(),
        r.seconds > 0 ? double(r.steps) / r.seconds : 0.0, r.cpuSecondsPerStep);
}

int runTrainBenchmark(const TrainBenchmarkOptions& options) {
    LabWindow window;
    window.resize(kDefaultScreenshotSize);
    window.show();
    try {
        const TrainBenchmarkResult r = measureTraining(window, options);
        std::printf("%s\n", qPrintable(trainBenchmarkJson(options, r)));
    } catch (const ConfigError& e) {
        std::fprintf(stderr, "rnnlab --bench-train: %s\n", e.what());
        return 1;
    }
    return 0;
}

}  // namespace rnnlab::ui
