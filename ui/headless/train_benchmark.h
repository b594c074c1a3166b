#pragma once
// `rnnlab --bench-train`: the window's training throughput, to set beside the engine's
// (`rnnlab-cli bench` with the same flags). The real window, shown (offscreen when there is no
// display), trains the network on its default sine wave (1000 points; 20 per step for windows
// over 50) in windows of `seq` steps and batches of `batch`, with its default settings otherwise
// (Adam, clipping at 1, an epoch evaluation after each pass, a trace every 10 steps),
// at the top speed level, with every view of the window live as a user would have it: the
// snapshots, traces, analyses, forecasts and redraws all run meanwhile. Like `bench`, it trains
// max(3, steps / 10) steps to warm up, then times `steps` steps, and prints one JSON line.

#include <QString>

#include "core/train/data_source.h"
#include "core/nn/network_config.h"

namespace rnnlab::ui {

class LabWindow;

struct TrainBenchmarkOptions {
    CellType cell = CellType::Lstm;
    int hiddenSize = 64;
    int layers = 1;
    int seq = 100;   // T: the data's window length
    int batch = 32;  // B
    int steps = 0;   // timed steps; 0: defaultTrainBenchmarkSteps(hiddenSize)
};

// Enough steps for a few seconds: 3000 below H = 64, 300 up to H = 255, 100 from H = 256 (a
// step of H = 512 takes ~0.1 s).
int defaultTrainBenchmarkSteps(int hiddenSize);

// The benchmarks' data: the window's default sine (1000 points), longer for long windows so
// that every split holds windows (20 points per window step), in windows of `window` steps.
DataSource benchmarkDataSource(int window);

struct TrainBenchmarkResult {
    long long steps = 0;           // timed steps
    double seconds = 0;            // wall clock from Play to the pause after them
    double cpuSecondsPerStep = 0;  // processor time of the whole process (GUI and analyses too)
};

// Sets the window's experiment to the options' network and data, warms up, then plays at full
// speed until `steps` more steps are trained and pauses. The window must be shown. Throws
// rnnlab::ConfigError when the experiment cannot be set up.
TrainBenchmarkResult measureTraining(LabWindow& window, const TrainBenchmarkOptions& options);

// The JSON line, with the keys of `rnnlab-cli bench` ("impl": "rnnlab-window").
QString trainBenchmarkJson(const TrainBenchmarkOptions& options, const TrainBenchmarkResult& r);

// The whole benchmark for `rnnlab --bench-train` (needs a QApplication): prints the JSON line.
// Returns 0, or 1 with a message on stderr when the experiment cannot be set up.
int runTrainBenchmark(const TrainBenchmarkOptions& options);

}  // namespace rnnlab::ui
