#include "ui/headless/ui_benchmark.h"

#include <unistd.h>

#include <QApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QGuiApplication>
#include <QTabWidget>
#include <QTimer>
#include <algorithm>
#include <cmath>
#include <cstdio>
#include <ctime>

#include "core/base/errors.h"
#include "core/train/step_benchmark.h"
#include "ui/plot/figure.h"
#include "ui/experiment/experiment_controller.h"
#include "ui/headless/headless_run.h"
#include "ui/window/lab_window.h"
#include "ui/window/speed_control.h"
#include "ui/headless/train_benchmark.h"

namespace rnnlab::ui {
namespace {

constexpr int kViewSettleMs = 250;     // after a view is shown, before its latency counts
constexpr int kSnapshotWaitMs = 1000;  // longest wait for a new snapshot before a frame
constexpr int kFirstPaintTimeoutMs = 10000;

double milliseconds(const QElapsedTimer& clock) {
    return double(clock.nsecsElapsed()) / 1e6;
}

// Milliseconds since this process started (/proc/self/stat, 10 ms resolution), or -1.
double msSinceProcessStart() {
    QFile stat(QStringLiteral("/proc/self/stat"));
    if (!stat.open(QIODevice::ReadOnly)) return -1;
    const QByteArray text = stat.readAll();
    // Field 22, starttime, in clock ticks after boot; the name (field 2) may contain spaces.
    const QList<QByteArray> fields = text.mid(text.lastIndexOf(')') + 2).split(' ');
    constexpr int kStartTimeAfterName = 22 - 3;
    if (fields.size() <= kStartTimeAfterName) return -1;
    bool ok = false;
    const double ticks = fields[kStartTimeAfterName].toDouble(&ok);
    timespec now{};
    if (!ok || clock_gettime(CLOCK_BOOTTIME, &now) != 0) return -1;
    const double nowMs = 1e3 * double(now.tv_sec) + 1e-6 * double(now.tv_nsec);
    return nowMs - 1e3 * ticks / double(sysconf(_SC_CLK_TCK));
}

// Processor time of the calling thread, in milliseconds.
double threadCpuMs() {
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return 1e3 * double(ts.tv_sec) + 1e-6 * double(ts.tv_nsec);
}

// Runs the event loop for ms milliseconds.
void spin(int ms) {
    QEventLoop loop;
    QTimer::singleShot(ms, Qt::PreciseTimer, &loop, &QEventLoop::quit);
    loop.exec();
}

// Runs the event loop until the controller publishes a snapshot (or timeoutMs passed).
void waitForSnapshot(ExperimentController& controller, int timeoutMs) {
    QEventLoop loop;
    const QMetaObject::Connection c = QObject::connect(
        &controller, &ExperimentController::snapshotChanged, &loop, &QEventLoop::quit);
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    loop.exec();
    QObject::disconnect(c);
}

// A tab's text as shown: "Norms && clipping" reads "Norms & clipping".
QString shownText(QString text) {
    text.replace(QLatin1String("&&"), QStringLiteral("\x01"));
    text.remove(QLatin1Char('&'));
    return text.replace(QLatin1Char('\x01'), QLatin1Char('&'));
}

// A view, or one page of a tab widget inside it, and how to bring it on screen.
struct Screen {
    QString name;
    QString view;                 // the window's tab
    QTabWidget* pages = nullptr;  // null: the view as a whole
    int page = 0;
};

// Every view; a view with tab widgets once per page of each (pages of hidden pages excluded).
std::vector<Screen> screensOf(LabWindow& window) {
    std::vector<Screen> screens;
    for (const QString& view : window.viewNames()) {
        window.showView(view);
        QWidget* widget = currentView(window);
        std::vector<QTabWidget*> tabs;
        if (widget) {
            for (QTabWidget* t : widget->findChildren<QTabWidget*>())
                if (t->isVisible()) tabs.push_back(t);
        }
        if (tabs.empty()) screens.push_back({view, view, nullptr, 0});
        for (QTabWidget* t : tabs) {
            for (int i = 0; i < t->count(); ++i)
                screens.push_back(
                    {view + QStringLiteral(" / ") + shownText(t->tabText(i)), view, t, i});
        }
    }
    return screens;
}

void show(LabWindow& window, const Screen& screen) {
    window.showView(screen.view);
    if (screen.pages) screen.pages->setCurrentIndex(screen.page);
}

ViewFrames measureFrames(LabWindow& window, const Screen& screen, int frames) {
    ViewFrames result;
    result.view = screen.name;
    QElapsedTimer clock;
    clock.start();
    show(window, screen);
    QWidget* view = currentView(window);
    view->repaint();
    result.switchMs = milliseconds(clock);

    std::vector<double> frameMs, frameCpuMs, repaintMs;
    for (int f = 0; f < frames; ++f) {
        waitForSnapshot(window.controller(), kSnapshotWaitMs);
        // What the figures' replot timers would draw: the visible figures whose data moved.
        std::vector<Figure*> figures;
        for (Figure* figure : view->findChildren<Figure*>())
            if (figure->isVisible() && figure->replotScheduled()) figures.push_back(figure);
        clock.restart();
        const double cpuStart = threadCpuMs();
        for (Figure* figure : figures) {
            QElapsedTimer one;
            one.start();
            figure->replot(QCustomPlot::rpQueuedRefresh);
            const double ms = milliseconds(one);
            if (ms > result.slowestFigureMs) {
                result.slowestFigureMs = ms;
                result.slowestFigure = figure->title();
            }
        }
        const double replotMs = milliseconds(clock);
        view->repaint();
        frameMs.push_back(milliseconds(clock));
        frameCpuMs.push_back(threadCpuMs() - cpuStart);
        repaintMs.push_back(frameMs.back() - replotMs);
        result.figures = std::max(result.figures, int(figures.size()));
    }
    result.frameMs = Percentiles::of(std::move(frameMs));
    result.frameCpuMs = Percentiles::of(std::move(frameCpuMs));
    result.repaintMs = Percentiles::of(std::move(repaintMs));
    return result;
}

// Lateness of a 1 ms timer on the GUI thread while the screen is shown for durationMs.
// Lateness of a 1 ms timer on the GUI thread while the screen is shown for durationMs (each
// also appended to all), and the longest replot any figure of the window did meanwhile (shown
// or not: the stalls' usual suspect).
ViewLatency measureLatency(LabWindow& window, const Screen& screen, int durationMs,
                           std::vector<double>& all) {
    ViewLatency result;
    result.view = screen.name;
    show(window, screen);
    spin(kViewSettleMs);
    std::vector<double> late;
    QElapsedTimer clock;
    QTimer tick;
    tick.setTimerType(Qt::PreciseTimer);
    tick.setInterval(1);
    qint64 last = 0;
    QObject::connect(&tick, &QTimer::timeout, [&] {
        const qint64 now = clock.nsecsElapsed();
        late.push_back(std::max(0.0, double(now - last) / 1e6 - tick.interval()));
        last = now;
    });
    QElapsedTimer replot;
    std::vector<QMetaObject::Connection> watches;
    for (Figure* figure : window.findChildren<Figure*>()) {
        watches.push_back(
            QObject::connect(figure, &QCustomPlot::beforeReplot, [&] { replot.start(); }));
        watches.push_back(QObject::connect(figure, &QCustomPlot::afterReplot, [&, figure] {
            ++result.replots;
            const double ms = milliseconds(replot);
            if (ms > result.slowestReplotMs) {
                result.slowestReplotMs = ms;
                result.slowestReplot = figure->title();
            }
        }));
    }
    clock.start();
    tick.start();
    spin(durationMs);
    for (const QMetaObject::Connection& c : watches) QObject::disconnect(c);
    all.insert(all.end(), late.begin(), late.end());
    result.lateMs = Percentiles::of(std::move(late));
    return result;
}

QString row(const QString& name, const Percentiles& p) {
    return QString::asprintf("%-34s %7.1f %7.1f %7.1f %7.1f", qPrintable(name), p.p50, p.p90, p.p99,
                             p.max);
}

}  // namespace

Percentiles Percentiles::of(std::vector<double> sample) {
    Percentiles p;
    p.count = int(sample.size());
    if (sample.empty()) return p;
    std::sort(sample.begin(), sample.end());
    // Nearest rank: the smallest value with at least q of the sample at or below it.
    const auto rank = [&](double q) {
        const auto k = std::size_t(std::ceil(q * double(sample.size())));
        return sample[std::max<std::size_t>(k, 1) - 1];
    };
    p.p50 = rank(0.5);
    p.p90 = rank(0.9);
    p.p99 = rank(0.99);
    p.max = sample.back();
    return p;
}

QWidget* currentView(const LabWindow& window) {
    // The view's scroll area (the window's central widget also holds the lesson caption).
    QWidget* viewport = window.currentViewport();
    return viewport ? viewport->parentWidget() : window.centralWidget();
}

UiBenchmarkReport measureUi(LabWindow& window, const UiBenchmarkOptions& options) {
    ExperimentController& controller = window.controller();
    QString error;
    const QMetaObject::Connection onError = QObject::connect(
        &controller, &ExperimentController::dataError, [&](const QString& e) { error = e; });

    const DataSource source = benchmarkDataSource(options.window);
    NetworkConfig network = controller.network();
    network.cell = options.cell;
    network.hiddenSize = options.hiddenSize;
    network.numLayers = options.layers;
    TrainingSettings settings = controller.settings();
    settings.epochs = kMaxEpochs;  // trains for the whole measurement
    settings.batchSize = options.batch;
    controller.setDataSource(source);
    controller.setNetwork(network);
    controller.setSettings(settings);
    while (controller.isLoading()) spin(10);
    waitForWorker(controller);
    QObject::disconnect(onError);
    if (!error.isEmpty()) throw ConfigError(error.toStdString());

    UiBenchmarkReport report;
    const NetworkConfig& n = controller.network();
    report.network = QString::asprintf(
        "%s H=%d L=%d T=%ld B=%d", toString(n.cell).c_str(), n.hiddenSize, n.numLayers,
        long(controller.trainingDataSource().window.window), controller.settings().batchSize);
    report.platform = QGuiApplication::platformName();
    report.size = window.size();

    window.speedControl()->setLevel(SpeedControl::kMaxLevel);
    controller.setSpeedLevel(SpeedControl::kMaxLevel);
    const auto first = controller.snapshot();
    const long long firstStep = first ? first->step : 0;
    QElapsedTimer clock;
    clock.start();
    controller.play();
    waitForSnapshot(controller, kSnapshotWaitMs);

    const std::vector<Screen> screens = screensOf(window);
    for (const Screen& screen : screens)
        report.frames.push_back(measureFrames(window, screen, options.framesPerView));
    std::vector<double> all;
    for (const Screen& screen : screens)
        report.latency.push_back(measureLatency(window, screen, options.latencyMsPerView, all));
    report.allLatencyMs = Percentiles::of(std::move(all));

    controller.pause();
    waitForWorker(controller);
    const auto last = controller.snapshot();
    report.trainingSteps = (last ? last->step : 0) - firstStep;
    report.stepsPerSecond = double(report.trainingSteps) / (milliseconds(clock) / 1e3);
    return report;
}

TrainBenchmarkOptions uiBenchmarkNetwork(const UiBenchmarkOptions& options) {
    TrainBenchmarkOptions network;
    network.cell = options.cell;
    network.hiddenSize = options.hiddenSize;
    network.layers = options.layers;
    network.seq = options.window;
    network.batch = options.batch;
    network.steps = options.trainingSteps;
    return network;
}

UiBenchmarkOptions uiBenchmarkOptions(const TrainBenchmarkOptions& network) {
    UiBenchmarkOptions options;
    options.cell = network.cell;
    options.hiddenSize = network.hiddenSize;
    options.layers = network.layers;
    options.window = network.seq;
    options.batch = network.batch;
    options.trainingSteps = network.steps;
    return options;
}

TrainingComparison compareTraining(LabWindow& window, const UiBenchmarkOptions& options) {
    const TrainBenchmarkOptions asked = uiBenchmarkNetwork(options);
    const TrainBenchmarkResult inWindow = measureTraining(window, asked);
    // The network `rnnlab-cli bench` times for the same flags.
    NetworkConfig network;
    network.cell = asked.cell;
    network.hiddenSize = asked.hiddenSize;
    network.numLayers = asked.layers;
    const StepTiming engine =
        timeTrainingSteps<float>(network, asked.seq, asked.batch, asked.steps);
    TrainingComparison c;
    c.steps = asked.steps;
    c.windowStepsPerSecond = double(inWindow.steps) / inWindow.seconds;
    c.engineStepsPerSecond = engine.stepsPerSecond;
    return c;
}

QString formatReport(const UiBenchmarkReport& r) {
    QString text;
    text += QStringLiteral(
                "RNN Lab UI benchmark: %1, training at full speed (%2 steps/s); window %3x%4 "
                "on %5\n")
                .arg(r.network)
                .arg(r.stepsPerSecond, 0, 'f', 1)
                .arg(r.size.width())
                .arg(r.size.height())
                .arg(r.platform);
    if (r.startupPaintMs >= 0) {
        text += QStringLiteral(
                    "start-up: window built %1 ms, first paint done %2 ms after process start "
                    "(target < 1000 ms)\n")
                    .arg(r.startupWindowMs, 0, 'f', 0)
                    .arg(r.startupPaintMs, 0, 'f', 0);
    }
    text += QStringLiteral(
        "\nframes: replot of the visible figures whose data moved + repaint, ms (target < 16); "
        "cpu: the GUI thread's processor time; repaint: p99 of the repaint alone; switch: "
        "showing the view; figs: most figures replotted in a frame\n");
    text += QString::asprintf("%-34s %7s %7s %7s %7s %7s %7s %7s %6s %4s  %s\n", "view", "p50",
                              "p90", "p99", "max", "cpu p50", "cpu p99", "repaint", "switch",
                              "figs", "slowest figure (max ms)");
    for (const ViewFrames& v : r.frames) {
        text += row(v.view, v.frameMs) +
                QString::asprintf(" %7.1f %7.1f %7.1f %6.1f %4d  %s", v.frameCpuMs.p50,
                                  v.frameCpuMs.p99, v.repaintMs.p99, v.switchMs, v.figures,
                                  qPrintable(v.slowestFigure.isEmpty()
                                                 ? QStringLiteral("-")
                                                 : QStringLiteral("%1 (%2)")
                                                       .arg(v.slowestFigure)
                                                       .arg(v.slowestFigureMs, 0, 'f', 1))) +
                QLatin1Char('\n');
    }
    text += QStringLiteral(
        "\nevent-loop latency: lateness of a 1 ms timer while training, ms (target: max < 30)\n");
    text += QString::asprintf("%-34s %7s %7s %7s %7s %7s  %s\n", "view", "p50", "p90", "p99", "max",
                              "replots", "slowest replot meanwhile (ms)");
    for (const ViewLatency& v : r.latency) {
        text += row(v.view, v.lateMs) +
                QString::asprintf(
                    " %7d  %s\n", v.replots,
                    qPrintable(v.slowestReplot.isEmpty() ? QStringLiteral("-")
                                                         : QStringLiteral("%1 (%2)")
                                                               .arg(v.slowestReplot)
                                                               .arg(v.slowestReplotMs, 0, 'f', 1)));
    }
    text += row(QStringLiteral("all views"), r.allLatencyMs) + QLatin1Char('\n');
    const TrainingComparison& t = r.training;
    if (t.steps > 0) {
        text += QStringLiteral(
                    "\ntraining, %1 steps each: the window (every view live) %2 steps/s, the "
                    "engine alone %3 steps/s: %4 of the engine (target >= 0.8)\n")
                    .arg(t.steps)
                    .arg(t.windowStepsPerSecond, 0, 'f', 2)
                    .arg(t.engineStepsPerSecond, 0, 'f', 2)
                    .arg(t.windowStepsPerSecond / t.engineStepsPerSecond, 0, 'f', 2);
    }
    return text;
}

int runUiBenchmark(const UiBenchmarkOptions& options) {
    LabWindow window;
    const double windowMs = msSinceProcessStart();
    window.resize(options.size);

    // The first paint: a widget of the window painted, then that update finished.
    struct FirstPaint : QObject {
        QWidget* window = nullptr;
        bool seen = false;
        QEventLoop loop;
        bool eventFilter(QObject* object, QEvent* event) override {
            auto* widget = qobject_cast<QWidget*>(object);
            if (!seen && event->type() == QEvent::Paint && widget && widget->window() == window) {
                seen = true;
                QTimer::singleShot(0, &loop, &QEventLoop::quit);
            }
            return false;
        }
    } firstPaint;
    firstPaint.window = &window;
    qApp->installEventFilter(&firstPaint);
    QTimer::singleShot(kFirstPaintTimeoutMs, &firstPaint.loop, &QEventLoop::quit);
    window.show();
    firstPaint.loop.exec();
    qApp->removeEventFilter(&firstPaint);
    const double paintMs = firstPaint.seen ? msSinceProcessStart() : -1;

    try {
        UiBenchmarkReport report = measureUi(window, options);
        report.training = compareTraining(window, options);
        report.startupWindowMs = windowMs;
        report.startupPaintMs = paintMs;
        std::fputs(qPrintable(formatReport(report)), stdout);
    } catch (const ConfigError& e) {
        std::fprintf(stderr, "rnnlab --bench-ui: %s\n", e.what());
        return 1;
    }
    return 0;
}

}  // namespace rnnlab::ui
