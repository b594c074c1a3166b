// rnnlab-cli trace: one sequence through a model, every state, gate and gradient written as
// JSON (docs/formats.md §2, the trace). This is how the engine is compared with PyTorch.
#include <QJsonDocument>
#include <algorithm>
#include <cstdio>
#include <filesystem>

#include "arguments.h"
#include "command_registry.h"
#include "core/base/errors.h"
#include "core/data/csv_reader.h"
#include "core/io/atomic_file.h"
#include "core/io/experiment_file.h"
#include "core/io/trace_file.h"
#include "core/nn/symbol_input.h"
#include "core/train/memory_budget.h"
#include "text_arguments.h"
#include "trace_text.h"

namespace rnnlab::cli {
namespace RNNLAB_CLI_FILE {  // this file's own names (app/CMakeLists.txt)
namespace {

// The trace was written, but some of its numbers are not finite (null in the file).
constexpr int kExitNonFinite = 3;

void checkTarget(const Matrix<double>& y, const NetworkConfig& c, Index T, const std::string& path) {
    const Index rows = c.output == OutputMode::Last ? 1 : T;
    const Index cols = c.loss == LossKind::Mse ? c.outputSize : 1;
    if (y.rows() != rows || y.cols() != cols)
        throw UsageError(path + ": expected " + std::to_string(rows) + " row(s) of " +
                         std::to_string(cols) + " number(s) (output \"" + toString(c.output) +
                         "\", loss " + toString(c.loss) + "), got " + std::to_string(y.rows()) +
                         " x " + std::to_string(y.cols()));
    if (c.loss == LossKind::CrossEntropy)
        for (Index r = 0; r < rows; ++r) {
            const double k = y(r, 0);
            if (k != static_cast<double>(static_cast<Index>(k)) || k < 0 || k >= c.outputSize)
                throw UsageError(path + ": row " + std::to_string(r + 1) + ": class " +
                                 std::to_string(k) + " is not a whole number from 0 to " +
                                 std::to_string(c.outputSize - 1));
        }
}

// X.csv: input_size numbers per row, or one symbol index per row for a symbol model.
void checkInput(const Matrix<double>& x, const NetworkConfig& c, const std::string& path) {
    if (c.input == InputKind::Real) {
        if (x.cols() != c.inputSize)
            throw UsageError(path + ": has " + std::to_string(x.cols()) +
                             " column(s), the model's input_size is " +
                             std::to_string(c.inputSize));
        return;
    }
    if (x.cols() != 1)
        throw UsageError(path + ": has " + std::to_string(x.cols()) +
                         " column(s), the model takes one symbol index per row (input symbols, " +
                         "vocab_size " + std::to_string(c.vocabSize) + ")");
    for (Index r = 0; r < x.rows(); ++r) {
        const std::string problem = symbolIndexProblem(x(r, 0), c.vocabSize);
        if (!problem.empty())
            throw UsageError(path + ": row " + std::to_string(r + 1) + ": " + problem);
    }
}

// --target: Y.csv, or for a classifier of labelled data one of its classes by name when no file
// of that name exists (as --labelled takes a bundled set's name): that class's index.
Matrix<double> loadTarget(const std::string& target, const Experiment& e) {
    const bool labelled = e.data && e.data->kind == DataSourceKind::Labelled;
    const std::vector<std::string> classes =
        labelled ? e.data->labelled.classes : std::vector<std::string>{};
    if (meansName(target, classes)) {
        const auto named = std::find(classes.begin(), classes.end(), target);
        return Matrix<double>::Constant(1, 1, double(named - classes.begin()));
    }
    std::error_code ec;
    if (!classes.empty() && !std::filesystem::exists(target, ec)) {
        std::string names;
        for (const std::string& c : classes) names += (names.empty() ? "" : ", ") + c;
        throw UsageError("--target: '" + target + "' is neither a file nor a class of " +
                         e.source + " (" + names + ")");
    }
    return loadNumberMatrix(target);
}

struct TraceResult {
    QJsonObject json;
    NonFiniteValues nonFinite;  // written as null
};

template <typename S>
TraceResult runTrace(const NetworkConfig& c, const Parameters<double>& weights,
                     const Matrix<double>& x, const std::optional<Matrix<double>>& y,
                     int truncation) {
    RecurrentNetwork<S> net(c);
    net.parameters().flat() = weights.flat().cast<S>();
    Workspace<S> ws;
    net.forward(x.cast<S>(), x.rows(), 1, ws);
    if (!y) {
        const SequenceTrace trace = extractTrace(net, ws, 0, std::nullopt);
        return {traceJson(trace, nullptr), nonFiniteValues(trace, nullptr)};
    }
    Parameters<S> grads;
    const double loss = static_cast<double>(net.backward(ws, y->cast<S>(), grads, truncation));
    const Parameters<double> g = grads.template cast<double>();
    const SequenceTrace trace = extractTrace(net, ws, 0, loss);
    return {traceJson(trace, &g), nonFiniteValues(trace, &g)};
}

struct TraceOptions {
    bool help = false;
    std::string modelPath, outPath;
    std::optional<std::string> inputPath, text;  // one of them: the sequence
    std::optional<std::string> targetPath;
    std::string dtype = "float64";
    int truncation = 0;
};

TraceOptions parseOptions(const std::vector<std::string>& args) {
    const Arguments a(args, {"model", "input", "text", "target", "out", "dtype", "truncation"},
                      {"help"});
    a.expectNoPositional();
    TraceOptions o;
    o.help = a.has("help");
    if (o.help) return o;
    o.modelPath = a.required("model");
    o.inputPath = a.optional("input");
    o.text = a.optional("text");
    if (o.inputPath && o.text)
        throw UsageError("--input and --text both give the sequence to trace: give one of them");
    if (!o.inputPath && !o.text)
        throw UsageError("missing the sequence to trace: --input X.csv or --text TEXT");
    o.outPath = a.required("out");
    o.targetPath = a.optional("target");
    o.dtype = a.value("dtype", "float64");
    if (o.dtype != "float32" && o.dtype != "float64")
        throw UsageError("--dtype must be float32 or float64, got '" + o.dtype + "'");
    o.truncation = a.integer("truncation", 0, 0, 1000000);
    return o;
}

int run(const std::vector<std::string>& args) {
    const TraceOptions o = parseOptions(args);
    if (o.help) {
        std::printf(
            "usage: rnnlab-cli trace --model M.rnnlab.json (--input X.csv | --text TEXT)\n"
            "                        [--target Y.csv|CLASS] --out T.json\n"
            "                        [--dtype float64|float32] [--truncation K]\n"
            "X.csv: T rows of input_size numbers, or of one symbol index 0..vocab_size-1 for a\n"
            "model with input symbols. --text: for a model trained on a text or on labelled\n"
            "sentences, its characters as the indices of the vocabulary saved with it (a\n"
            "character it lacks is refused); labelled sentences are padded at the start with the\n"
            "padding symbol to the experiment's window, or cut to their last characters, as\n"
            "training does. Y.csv: one row (output \"last\") or T rows (\"sequence\"); for\n"
            "cross_entropy one class index per row. A labelled experiment's --target may also\n"
            "name a class (neg) when no file of that name exists. Computes in float64 unless\n"
            "--dtype float32. Without --target: no loss, dh or grads.\n"
            "Exit codes: 0 traced, 1 bad input, 2 bad usage, 3 traced, but values overflowed to\n"
            "infinity or NaN (written as null; a warning names the first).\n");
        return 0;
    }
    const std::string &modelPath = o.modelPath, &outPath = o.outPath;
    const std::string& dtype = o.dtype;
    const int truncation = o.truncation;

    const Experiment e = readExperiment(modelPath);
    const NetworkConfig& c = e.network;
    const std::string inputName = o.text ? "--text" : *o.inputPath;
    const Matrix<double> x = o.text ? symbolsOfTraceText(e, *o.text) : loadNumberMatrix(inputName);
    if (!o.text) checkInput(x, c, inputName);
    std::optional<Matrix<double>> y;
    if (o.targetPath) {
        y = loadTarget(*o.targetPath, e);
        checkTarget(*y, c, x.rows(), *o.targetPath);
    }
    checkMemoryBudget(estimateTrace(c, x.rows()),
                      inputName + ": tracing its " + std::to_string(x.rows()) + " steps");
    const TraceResult trace = dtype == "float64" ? runTrace<double>(c, e.weights, x, y, truncation)
                                                 : runTrace<float>(c, e.weights, x, y, truncation);
    writeFileAtomically(outPath, QJsonDocument(trace.json).toJson(QJsonDocument::Compact));
    if (trace.nonFinite.count > 0) {
        std::fprintf(stderr,
                     "rnnlab-cli trace: warning: %s: %lld values overflowed to infinity or NaN "
                     "and are written as null, the first at %s (the input or the weights are too "
                     "large for this network%s)\n",
                     outPath.c_str(), trace.nonFinite.count, trace.nonFinite.first.c_str(),
                     dtype == "float32" ? "; --dtype float64 has more range" : "");
        return kExitNonFinite;
    }
    return 0;
}

const CommandRegistration registration{
    "trace", "one sequence through a model: outputs, states, gates, gradients as JSON", &run,
    [](const std::vector<std::string>& args) { parseOptions(args); }};

}  // namespace
}  // namespace RNNLAB_CLI_FILE
}  // namespace rnnlab::cli
