// rnnlab-cli bench: times full training steps (forward, BPTT, clip_grad_norm_, Adam) on random
// data, the same work as scripts/bench/torch_reference.py, and prints one JSON line. With
// --vocab V, as torch_reference.py --vocab: a character model on random symbols 0..V-1, one-hot
// or embedded (--embed E), V logits, cross-entropy on every step (or on the last) against the
// next symbol.
#include <Eigen/Core>
#include <cstdio>

#include "arguments.h"
#include "command_registry.h"
#include "core/base/errors.h"
#include "core/kernels/packed_gemm.h"
#include "core/kernels/simd_kernels.h"
#include "core/train/memory_budget.h"
#include "core/train/step_benchmark.h"

namespace rnnlab::cli {
namespace RNNLAB_CLI_FILE {  // this file's own names (app/CMakeLists.txt)
namespace {

// Flops of the matrix products in one training step (forward, BPTT and weight gradients): per
// layer of input size I_k, a_t = x_t W_ih^T + h_{t-1} W_hh^T costs 2 B G H (I_k + H) per step,
// and backward repeats that twice (dh and dx, dW_ih and dW_hh), except the input gradient of the
// first layer, which only an embedding needs. One-hot symbols are gathered: I_0 counts 0. The
// head, y = h W_fc^T on R rows (B, or T*B for "sequence"), costs 2 R H O three times too.
double productFlopsPerStep(const NetworkConfig& c, Index T, Index B) {
    const double G = gateCount(c.cell), H = c.hiddenSize;
    double flops = 0;
    for (int k = 0; k < c.numLayers; ++k) {
        const double I = k > 0 ? H : hasOneHotInput(c) ? 0 : firstLayerInputSize(c);
        const bool inputGradient = k > 0 || hasEmbedding(c);
        flops +=
            3 * 2.0 * T * B * G * H * (I + H) - (inputGradient ? 0.0 : 2.0 * T * B * G * H * I);
    }
    const double headRows = c.output == OutputMode::Last ? B : T * B;
    return flops + 3 * 2.0 * headRows * H * c.outputSize;
}

struct BenchOptions {
    bool help = false;
    NetworkConfig network;
    Index steps = 100;  // T
    Index batch = 32;   // B
    int repeats = 200;
    int threads = 1;
    std::string dtype = "float32";
};

// --vocab V [--embed E] [--output sequence|last] [--loss cross_entropy]: a character model.
void parseSymbolOptions(const Arguments& a, NetworkConfig& c) {
    if (!a.has("vocab")) {
        for (const char* name : {"embed", "output", "loss"})
            if (a.has(name))
                throw UsageError(std::string("--") + name +
                                 " applies only to a character model (--vocab V)");
        return;
    }
    if (a.has("input"))
        throw UsageError("--input: a character model (--vocab V) takes one symbol per step");
    c.input = InputKind::Symbols;
    c.vocabSize = a.integer("vocab", 0, 2, kMaxVocabSize);
    c.embeddingSize = a.integer("embed", 0, 0, kMaxEmbeddingSize);
    c.outputSize = c.vocabSize;
    c.output = a.choice("output", parseOutputMode, "sequence");
    c.loss = a.choice("loss", parseLossKind, "cross_entropy");
    if (c.loss != LossKind::CrossEntropy)
        throw UsageError("--loss: a character model (--vocab V) is trained with cross_entropy");
}

BenchOptions parseOptions(const std::vector<std::string>& args) {
    const Arguments a(args,
                      {"cell", "hidden", "layers", "seq", "batch", "input", "steps", "threads",
                       "dtype", "nonlinearity", "vocab", "embed", "output", "loss"},
                      {"help"});
    a.expectNoPositional();
    BenchOptions o;
    o.help = a.has("help");
    NetworkConfig& c = o.network;
    c.cell = a.choice("cell", parseCellType, "lstm");
    c.nonlinearity = a.choice("nonlinearity", parseNonlinearity, "tanh");
    if (const auto problem = nonlinearityProblem(c.cell, c.nonlinearity))
        throw UsageError("--nonlinearity: " + problem->english());
    c.hiddenSize = a.integer("hidden", 64, 1, kMaxHiddenSize);
    c.numLayers = a.integer("layers", 1, 1, kMaxLayers);
    c.inputSize = a.integer("input", 1, 1, kMaxInputSize);
    c.outputSize = 1;
    parseSymbolOptions(a, c);
    o.steps = a.integer("seq", 100, 1, 100000);
    o.batch = a.integer("batch", 32, 1, 65536);
    o.repeats = a.integer("steps", 200, 1, 100000000);
    o.threads = a.integer("threads", 1, 1, 256);
    o.dtype = a.value("dtype", "float32");
    if (o.dtype != "float32" && o.dtype != "float64")
        throw UsageError("--dtype must be float32 or float64, got '" + o.dtype + "'");
    try {
        validate(c);
    } catch (const ConfigError& e) {
        // "hidden_size 3232 with num_layers 1 makes ... parameters": the flags that set them
        throw UsageError("--hidden " + std::to_string(c.hiddenSize) + " --layers " +
                         std::to_string(c.numLayers) + ": " + e.what());
    }
    try {
        checkMemoryBudget(estimateTraining(c, o.batch, 0, o.steps),
                          "the benchmark of --hidden " + std::to_string(c.hiddenSize) +
                              " --layers " + std::to_string(c.numLayers) + " --seq " +
                              std::to_string(o.steps) + " --batch " + std::to_string(o.batch));
    } catch (const ConfigError& e) {
        throw UsageError(e.what());
    }
    return o;
}

int run(const std::vector<std::string>& args) {
    const BenchOptions o = parseOptions(args);
    if (o.help) {
        std::printf(
            "usage: rnnlab-cli bench [--cell rnn|lstm|gru] [--nonlinearity tanh|relu] "
            "[--hidden 64] [--layers 1]\n"
            "                        [--seq 100] [--batch 32] [--input 1] [--steps 200] "
            "[--threads 1] [--dtype float32|float64]\n"
            "                        [--vocab V [--embed 0] [--output sequence|last] "
            "[--loss cross_entropy]]\n"
            "Times full training steps (forward, BPTT, clipping at 1, Adam) on random data;\n"
            "with --vocab, of a character model: random symbols 0..V-1 in (one-hot, or an\n"
            "embedding of size --embed), V logits out, cross-entropy against the next symbol;\n"
            "prints one JSON line with steps_per_s (wall clock), cpu_s_per_step (processor\n"
            "time of all threads, steadier on a busy machine), gflop_per_s (the matrix\n"
            "products' flops per second: compare with `rnnlab-cli gemm-peak`) and\n"
            "gflop_per_cpu_s (the same per second of processor time).\n");
        return 0;
    }
    const NetworkConfig& c = o.network;
    const Index T = o.steps, B = o.batch;
    const int steps = o.repeats, threads = o.threads;
    const std::string& dtype = o.dtype;
    Eigen::setNbThreads(threads);
    const StepTiming timing = dtype == "float32" ? timeTrainingSteps<float>(c, T, B, steps)
                                                 : timeTrainingSteps<double>(c, T, B, steps);
    const double flops = productFlopsPerStep(c, T, B);
    // The keys of torch_reference.py: "input", or for a character model "vocab", "embed",
    // "output".
    const std::string input = c.input == InputKind::Real
                                  ? "\"input\": " + std::to_string(c.inputSize)
                                  : "\"vocab\": " + std::to_string(c.vocabSize) +
                                        ", \"embed\": " + std::to_string(c.embeddingSize) +
                                        ", \"output\": \"" + toString(c.output) + "\"";
    std::printf(
        "{\"impl\": \"rnnlab\", \"cell\": \"%s\", \"hidden\": %d, \"layers\": %d, \"seq\": %ld, "
        "\"batch\": %ld, %s, \"threads\": %d, \"dtype\": \"%s\", \"steps\": %d, "
        "\"kernel\": \"%s\", \"steps_per_s\": %.6g, \"cpu_s_per_step\": %.6g, "
        "\"gflop_per_s\": %.4g, \"gflop_per_cpu_s\": %.4g}\n",
        toString(c.cell).c_str(), c.hiddenSize, c.numLayers, static_cast<long>(T),
        static_cast<long>(B), input.c_str(), threads, dtype.c_str(), steps,
        dtype == "float32" ? simdKernelName() : "eigen", timing.stepsPerSecond,
        timing.cpuSecondsPerStep, flops * timing.stepsPerSecond / 1e9,
        flops / timing.cpuSecondsPerStep / 1e9);
    return 0;
}

const CommandRegistration registration{
    "bench", "time training steps on random data (forward, BPTT, clip, Adam)", &run,
    [](const std::vector<std::string>& args) { parseOptions(args); }};

}  // namespace
}  // namespace RNNLAB_CLI_FILE
}  // namespace rnnlab::cli
