// rnnlab-cli bench: times full training steps (forward, BPTT, clip_grad_norm_, Adam) on random
// data, the same work as ../shared/bench/torch_reference.py, and prints one JSON line.
#include <Eigen/Core>
#include <chrono>
#include <cstdio>

#include "arguments.h"
#include "command_registry.h"
#include "core/gradient_clipping.h"
#include "core/initializers.h"
#include "core/optimizer.h"
#include "core/random.h"
#include "core/recurrent_network.h"

namespace rnnlab::cli {
namespace {

template <typename S>
double stepsPerSecond(const NetworkConfig& c, Index T, Index B, int steps) {
    RecurrentNetwork<S> net(c);
    initialise(net.parameters(), c, InitSettings{}, 0);
    Random rng(0);
    Matrix<S> x(T * B, c.inputSize), y(B, 1);
    for (Index i = 0; i < x.size(); ++i) x.data()[i] = static_cast<S>(rng.normal());
    for (Index i = 0; i < y.size(); ++i) y.data()[i] = static_cast<S>(rng.normal());
    Optimizer<S> adam(OptimizerSettings::forKind(OptimizerKind::Adam));
    Workspace<S> ws;
    Parameters<S> grads;
    auto step = [&] {
        net.forward(x, T, B, ws);
        net.backward(ws, y, grads);
        clipGradNorm(grads, 1.0);
        adam.step(net.parameters().flat(), grads.flat());
    };
    for (int i = 0; i < std::max(3, steps / 10); ++i) step();
    const auto start = std::chrono::steady_clock::now();
    for (int i = 0; i < steps; ++i) step();
    const double seconds =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    return steps / seconds;
}

int run(const std::vector<std::string>& args) {
    const Arguments a(args, {"cell", "hidden", "layers", "seq", "batch", "input", "steps",
                             "threads", "dtype", "nonlinearity"},
                      {"help"});
    if (a.has("help")) {
        std::printf(
            "usage: rnnlab-cli bench [--cell rnn|lstm|gru] [--nonlinearity tanh|relu] "
            "[--hidden 64] [--layers 1]\n"
            "                        [--seq 100] [--batch 32] [--input 1] [--steps 200] "
            "[--threads 1] [--dtype float32|float64]\n"
            "Times full training steps (forward, BPTT, clipping at 1, Adam) on random data;\n"
            "prints one JSON line with steps_per_s.\n");
        return 0;
    }
    NetworkConfig c;
    c.cell = parseCellType(a.value("cell", "lstm"));
    c.nonlinearity = parseNonlinearity(a.value("nonlinearity", "tanh"));
    c.hiddenSize = a.integer("hidden", 64, 1, kMaxHiddenSize);
    c.numLayers = a.integer("layers", 1, 1, kMaxLayers);
    c.inputSize = a.integer("input", 1, 1, kMaxInputSize);
    c.outputSize = 1;
    const Index T = a.integer("seq", 100, 1, 100000);
    const Index B = a.integer("batch", 32, 1, 65536);
    const int steps = a.integer("steps", 200, 1, 100000000);
    const int threads = a.integer("threads", 1, 1, 256);
    const std::string dtype = a.value("dtype", "float32");
    if (dtype != "float32" && dtype != "float64")
        throw UsageError("--dtype must be float32 or float64, got '" + dtype + "'");
    Eigen::setNbThreads(threads);
    const double rate = dtype == "float32" ? stepsPerSecond<float>(c, T, B, steps)
                                           : stepsPerSecond<double>(c, T, B, steps);
    std::printf(
        "{\"impl\": \"rnnlab\", \"cell\": \"%s\", \"hidden\": %d, \"layers\": %d, \"seq\": %ld, "
        "\"batch\": %ld, \"input\": %d, \"threads\": %d, \"dtype\": \"%s\", \"steps\": %d, "
        "\"steps_per_s\": %.6g}\n",
        toString(c.cell).c_str(), c.hiddenSize, c.numLayers, static_cast<long>(T),
        static_cast<long>(B), c.inputSize, threads, dtype.c_str(), steps, rate);
    return 0;
}

const CommandRegistration registration{
    "bench", "time training steps on random data (forward, BPTT, clip, Adam)", &run};

}  // namespace
}  // namespace rnnlab::cli
