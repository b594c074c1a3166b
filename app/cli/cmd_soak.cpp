// rnnlab-cli soak: a long training run with tracing on, as a lesson left running all day would
// be, printing the process's resident memory as it goes. Memory must stay flat once the
// bounded histories are full: the step records, parameter norms and gradient profiles are
// decimated (decimated_series.h), traces replace each other, and the autosave rewrites one file.
// One JSON line every --report-every steps, then a summary line.
#include <unistd.h>

#include <Eigen/Core>
#include <QTemporaryDir>
#include <algorithm>
#include <chrono>
#include <cstdio>

#include "arguments.h"
#include "command_registry.h"
#include "core/base/errors.h"
#include "core/data/catalog.h"
#include "core/io/autosave.h"
#include "core/io/experiment_file.h"

namespace rnnlab::cli {
namespace RNNLAB_CLI_FILE {  // this file's own names (app/CMakeLists.txt)
namespace {

// Resident set size from /proc/self/statm (pages), in MiB; 0 where there is no /proc.
double residentMiB() {
    std::FILE* f = std::fopen("/proc/self/statm", "r");
    if (f == nullptr) return 0.0;
    long total = 0, resident = 0;
    const bool read = std::fscanf(f, "%ld %ld", &total, &resident) == 2;
    std::fclose(f);
    return read ? static_cast<double>(resident) * static_cast<double>(sysconf(_SC_PAGESIZE)) /
                      static_cast<double>(1 << 20)
                : 0.0;
}

struct SoakOptions {
    bool help = false;
    long long steps = 100000;
    long long reportEvery = 10000;
    long long warmup = 20000;
    long long autosaveEvery = 1000;
    int threads = 1;
    Experiment experiment;
};

SoakOptions parseOptions(const std::vector<std::string>& args) {
    const Arguments a(args,
                      {"steps", "cell", "hidden", "layers", "window", "batch", "trace-every",
                       "report-every", "warmup", "autosave-every", "generator", "threads"},
                      {"help"});
    a.expectNoPositional();
    SoakOptions o;
    o.help = a.has("help");
    o.steps = a.integer("steps", 100000, 1, 1000000000);
    o.reportEvery = a.integer("report-every", 10000, 1, 1000000000);
    o.warmup = std::min<long long>(a.integer("warmup", 20000, 0, 1000000000), o.steps);
    o.autosaveEvery = a.integer("autosave-every", 1000, 0, 1000000000);
    o.threads = a.integer("threads", 1, 1, 256);
    Experiment& e = o.experiment;
    e.network.cell = a.choice("cell", parseCellType, "lstm");
    e.network.hiddenSize = a.integer("hidden", 32, 1, kMaxHiddenSize);
    e.network.numLayers = a.integer("layers", 1, 1, kMaxLayers);
    e.training.epochs = kMaxEpochs;
    e.training.batchSize = a.integer("batch", 16, 1, kMaxBatchSize);
    e.training.traceEvery = a.integer("trace-every", 1, 0, 1000000000);
    DataSource data;
    data.generator.kind = a.choice(
        "generator", [](const std::string& n) { return generatorInfo(n).kind; }, "noisy_sine");
    data.window.window = a.integer("window", 50, 1, 100000);
    e.data = data;
    return o;
}

int run(const std::vector<std::string>& args) {
    const SoakOptions o = parseOptions(args);
    if (o.help) {
        std::printf(
            "usage: rnnlab-cli soak [--steps 100000] [--cell rnn|lstm|gru] [--hidden 32]\n"
            "                       [--layers 1] [--window 50] [--batch 16] [--trace-every 1]\n"
            "                       [--report-every 10000] [--warmup 20000]\n"
            "                       [--autosave-every 1000] [--generator noisy_sine] [--threads "
            "1]\n"
            "Trains that many steps (Adam, clipping, a trace every --trace-every steps, an\n"
            "autosave every --autosave-every steps) and prints the resident memory every\n"
            "--report-every steps as JSON lines, then a summary whose growth_mib is the change\n"
            "from the end of the warm-up (when the bounded histories have filled) to the end.\n");
        return 0;
    }
    const long long steps = o.steps, reportEvery = o.reportEvery, warmup = o.warmup;
    const long long autosaveEvery = o.autosaveEvery;
    Eigen::setNbThreads(o.threads);
    const Experiment& e = o.experiment;
    const DataSource& data = *e.data;
    const std::unique_ptr<Trainer> trainer = makeTrainer(e, {});

    QTemporaryDir recovery;
    if (!recovery.isValid()) throw FileError("cannot create a temporary folder for the autosave");
    AutosaveSlot autosave(recovery.path().toStdString());

    const auto start = std::chrono::steady_clock::now();
    auto seconds = [&] {
        return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    };
    double afterWarmup = residentMiB(), peak = afterWarmup;
    auto report = [&](long long step) {
        const double rss = residentMiB();
        peak = std::max(peak, rss);
        if (step == warmup) afterWarmup = rss;
        const TrainingHistory& h = trainer->history();
        std::printf(
            "{\"step\": %lld, \"epoch\": %d, \"seconds\": %.1f, \"rss_mib\": %.1f, "
            "\"history\": {\"epochs\": %zu, \"steps\": %zu, \"parameter_norms\": %zu, "
            "\"gradient_profiles\": %zu}}\n",
            step, trainer->epoch(), seconds(), rss, h.epochs.size(), h.steps.items().size(),
            h.parameterNorms.items().size(), h.gradientProfiles.items().size());
        std::fflush(stdout);
    };
    report(0);
    for (long long step = 1; step <= steps; ++step) {
        if (!trainer->step())
            throw ConfigError(
                "training stopped at step " + std::to_string(step) +
                (trainer->divergence() ? ": " + trainer->divergence()->message() : ""));
        if (autosaveEvery > 0 && step % autosaveEvery == 0) autosave.save(*trainer, data);
        if (step % reportEvery == 0 || step == warmup || step == steps) report(step);
    }
    const double end = residentMiB();
    std::printf(
        "{\"summary\": true, \"cell\": \"%s\", \"hidden\": %d, \"steps\": %lld, "
        "\"steps_per_s\": %.0f, \"rss_after_warmup_mib\": %.1f, \"rss_end_mib\": %.1f, "
        "\"rss_peak_mib\": %.1f, \"growth_mib\": %.1f}\n",
        toString(e.network.cell).c_str(), e.network.hiddenSize, steps,
        static_cast<double>(steps) / seconds(), afterWarmup, end, peak, end - afterWarmup);
    return 0;
}

const CommandRegistration registration{
    "soak", "a long run with tracing on, printing resident memory (it must stay flat)", &run,
    [](const std::vector<std::string>& args) { parseOptions(args); }};

}  // namespace
}  // namespace RNNLAB_CLI_FILE
}  // namespace rnnlab::cli
