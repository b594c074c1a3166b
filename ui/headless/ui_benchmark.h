#pragma once
// `rnnlab --bench-ui`: how fast the window answers while a large network trains.
//   start-up     process start -> LabWindow built -> its first paint finished
//   frames       every view (and every page of a view's tabs): after each new snapshot, the
//                time to redraw it completely = replot of every visible Figure into its buffer
//                (what Figure's replot timer would do) + a synchronous QWidget::repaint() of the
//                view; the slowest figure of each view is named
//   event loop   a 1 ms PreciseTimer on the GUI thread while training runs at full speed and
//                the views take turns on screen; its lateness is how long the thread was busy
//                (stalls), the views' own throttled replots and snapshot handling included
// Times are percentiles (p50 p90 p99 max) in milliseconds. The targets: frames < 16 ms,
// stalls < 30 ms, start-up < 1 s.

#include <QSize>
#include <QString>
#include <QStringList>
#include <vector>

#include "core/nn/network_config.h"
#include "ui/window/launch_options.h"

class QWidget;

namespace rnnlab::ui {

class LabWindow;

struct UiBenchmarkOptions {
    CellType cell = CellType::Lstm;
    int hiddenSize = 128;
    int layers = 2;
    int window = 200;        // T: the data's window length
    int batch = 32;          // B
    int framesPerView = 30;  // frames measured per view
    int latencyMsPerView = 2000;
    int trainingSteps = 30;               // timed steps of each side of the training comparison
    QSize size = kDefaultScreenshotSize;  // of the window runUiBenchmark opens: a projector
};

// The network, window length, batch and training steps of the options, as --bench-train takes
// them (the command line gives them to both benchmarks), and back.
TrainBenchmarkOptions uiBenchmarkNetwork(const UiBenchmarkOptions& options);
UiBenchmarkOptions uiBenchmarkOptions(const TrainBenchmarkOptions& network);

// p50 p90 p99 max of a sample (nearest rank); all zero when it is empty.
struct Percentiles {
    double p50 = 0;
    double p90 = 0;
    double p99 = 0;
    double max = 0;
    int count = 0;

    static Percentiles of(std::vector<double> sample);
};

struct ViewFrames {
    QString view;            // "Gradients / Jacobians": the tab, then the page of a tab widget
    Percentiles frameMs;     // replots + repaint
    Percentiles frameCpuMs;  // the same in processor time of the GUI thread: what the frame
                             // costs without the waits for a busy machine's processors
    Percentiles repaintMs;   // the repaint alone
    QString slowestFigure;   // title of the figure with the longest replot (empty: no figures)
    double slowestFigureMs = 0;
    int figures = 0;      // most visible figures replotted in one frame
    double switchMs = 0;  // showing the view: the tab switch and its first full paint
};

struct ViewLatency {
    QString view;
    Percentiles lateMs;     // lateness of the 1 ms timer
    int replots = 0;        // by any figure of the window, meanwhile
    QString slowestReplot;  // the title of the figure with the longest of them
    double slowestReplotMs = 0;
};

// Both sides of the processors' budget: the window training with every view live, and the
// engine alone.
struct TrainingComparison {
    int steps = 0;                    // timed steps of each (0: not measured)
    double windowStepsPerSecond = 0;  // measureTraining
    double engineStepsPerSecond = 0;  // timeTrainingSteps<float>
};

struct UiBenchmarkReport {
    QString network;              // "lstm H=128 L=2 T=200 B=32"
    QString platform;             // Qt's platform plugin: xcb, offscreen, ...
    QSize size;                   // of the window
    double startupWindowMs = -1;  // process start -> LabWindow constructed (-1: unknown)
    double startupPaintMs = -1;   // process start -> first paint of the window done
    std::vector<ViewFrames> frames;
    std::vector<ViewLatency> latency;
    Percentiles allLatencyMs;
    long long trainingSteps = 0;  // steps trained during the measurement
    double stepsPerSecond = 0;
    TrainingComparison training;
};

// The current tab of the window (a view), or null.
QWidget* currentView(const LabWindow& window);

// Sets the window's experiment to the options' network and data (a sine wave in windows of
// options.window steps, batches of options.batch), trains at full speed, and measures frames and
// event-loop latency of every view. The window must be shown. Training is paused at the end.
UiBenchmarkReport measureUi(LabWindow& window, const UiBenchmarkOptions& options);

// Trains options.trainingSteps steps of the options' network in the window (measureTraining)
// and as many with the engine alone, and returns both rates.
// The window must be shown. Throws rnnlab::ConfigError when the experiment cannot be set up.
TrainingComparison compareTraining(LabWindow& window, const UiBenchmarkOptions& options);

QString formatReport(const UiBenchmarkReport& report);

// The whole benchmark for `rnnlab --bench-ui` (needs a QApplication): builds and shows a
// LabWindow, measures start-up, measureUi and compareTraining, prints the report on stdout. Returns
// 0, or 1 with a message on stderr when the experiment cannot be set up.
int runUiBenchmark(const UiBenchmarkOptions& options);

}  // namespace rnnlab::ui
