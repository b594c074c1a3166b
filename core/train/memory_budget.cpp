#include "core/train/memory_budget.h"

#include <unistd.h>

#include <algorithm>
#include <cctype>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <numeric>

#include "core/base/errors.h"
#include "core/data/catalog.h"
#include "core/data/symbol_generators.h"

namespace rnnlab {

namespace {

constexpr const char* kBudgetVariable = "RNNLAB_MEMORY_BUDGET";

std::string count(double n) {
    char text[32];
    std::snprintf(text, sizeof text, "%.0f", n);
    return text;
}

// A buffer of n1 × n2 × ... values of `bytes` bytes each, described by its factors' names
// (marked for translation where they are written).
MemoryPart buffer(const char* what, const std::vector<std::pair<const char*, double>>& by,
                  double bytes) {
    UiText text = uiText(what) + uiText(QT_TRANSLATE_NOOP("rnnlab::UiText", ": "));
    double total = bytes;
    for (std::size_t i = 0; i < by.size(); ++i) {
        const auto& [name, n] = by[i];
        text += verbatim(i == 0 ? "" : " × ") + uiText(name) + verbatim(" " + count(n));
        total *= n;
    }
    return {text + uiText(QT_TRANSLATE_NOOP("rnnlab::UiText", " × %1 bytes"), {count(bytes)}),
            total};
}

// Values cached per sample and step by one forward and backward pass (layer_workspace.h): per
// layer the gates and their gradients (2G·H) and up to six state vectors (h, c, tanh c, the GRU
// n part, dh, dc), then the inputs (a symbol's index; with an embedding also its row and that
// row's gradient, 2E) and the outputs with their gradients.
double valuesPerStep(const NetworkConfig& c) {
    const double G = gateCount(c.cell), H = c.hiddenSize;
    const double embedded = hasEmbedding(c) ? 2.0 * c.embeddingSize : 0.0;
    return c.numLayers * (2 * G * H + 6 * H) + c.inputSize + embedded + 2.0 * c.outputSize;
}

// Values a pass keeps whatever its length: with one-hot input, W_ih^T and its gradient as
// (V, G·H) tables to gather from and scatter into (symbol_input.h).
double valuesPerPass(const NetworkConfig& c) {
    return hasOneHotInput(c) ? 2.0 * c.vocabSize * gateCount(c.cell) * c.hiddenSize : 0.0;
}

double physicalMemory() {
    const long pages = ::sysconf(_SC_PHYS_PAGES), pageSize = ::sysconf(_SC_PAGE_SIZE);
    return pages > 0 && pageSize > 0 ? double(pages) * double(pageSize) : 0.0;
}

// "2G", "512M", "1.5G", "1000000" (bytes); nothing else.
bool parseSize(const std::string& text, double& bytes) {
    char* end = nullptr;
    const double n = std::strtod(text.c_str(), &end);
    if (end == text.c_str() || !std::isfinite(n) || n <= 0 || !std::isdigit(text[0])) return false;
    const std::string unit(end);
    const std::string units = "KMGT";
    double scale = 1;
    if (!unit.empty()) {
        const std::size_t k = units.find(unit[0]);
        const std::string rest = unit.substr(1);
        if (k == std::string::npos || !(rest.empty() || rest == "B" || rest == "iB")) return false;
        scale = std::pow(1024.0, double(k + 1));
    }
    bytes = n * scale;
    return true;
}

}  // namespace

MemoryEstimate estimateGeneratedData(const ResolvedGenerator& generator) {
    const std::map<std::string, double>& p = generator.parameters;
    // A series: the series, its normalised copy and the generator's own work.
    if (!generator.info->sequenceTask)
        return {buffer(QT_TRANSLATE_NOOP("rnnlab::UiText", "the generated series"),
                       {{QT_TRANSLATE_NOOP("rnnlab::UiText", "length"), p.at("length")},
                        {QT_TRANSLATE_NOOP("rnnlab::UiText", "copies"), 3}},
                       8)};
    const double N = p.at("sequences");
    if (generator.info->symbols) {  // one symbol in and at most one class out per step
        const double T = double(symbolSequenceSteps(generator));
        return {buffer(QT_TRANSLATE_NOOP("rnnlab::UiText", "the generated symbols and targets"),
                       {{QT_TRANSLATE_NOOP("rnnlab::UiText", "sequences"), N},
                        {QT_TRANSLATE_NOOP("rnnlab::UiText", "steps"), T},
                        {QT_TRANSLATE_NOOP("rnnlab::UiText", "inputs and targets"), 2}},
                       8)};
    }
    const bool adding = generator.spec.kind == GeneratorKind::AddingProblem;
    const double T = adding ? p.at("length") : p.at("delay") + 1;
    const double classes = adding ? 0 : p.at("classes");
    const double I = adding ? 2 : std::max(1.0, classes);
    return {buffer(QT_TRANSLATE_NOOP("rnnlab::UiText", "the generated inputs"),
                   {{QT_TRANSLATE_NOOP("rnnlab::UiText", "sequences"), N},
                    {adding ? QT_TRANSLATE_NOOP("rnnlab::UiText", "length")
                            : QT_TRANSLATE_NOOP("rnnlab::UiText", "steps (delay + 1)"),
                     T},
                    {QT_TRANSLATE_NOOP("rnnlab::UiText", "values"), I}},
                   8),
            buffer(QT_TRANSLATE_NOOP("rnnlab::UiText", "the generated targets"),
                   {{QT_TRANSLATE_NOOP("rnnlab::UiText", "sequences"), N}}, 8)};
}

MemoryEstimate estimateTraining(const NetworkConfig& c, Index batchSize, Index evaluationChunk,
                                Index steps) {
    const std::pair<const char*, double> perStep{
        QT_TRANSLATE_NOOP("rnnlab::UiText", "values per sample and step"), valuesPerStep(c)};
    MemoryEstimate estimate{
        buffer(QT_TRANSLATE_NOOP("rnnlab::UiText", "one training batch through the network"),
               {{QT_TRANSLATE_NOOP("rnnlab::UiText", "window"), double(steps)},
                {QT_TRANSLATE_NOOP("rnnlab::UiText", "batch_size"), double(batchSize)},
                perStep},
               4),
        buffer(QT_TRANSLATE_NOOP("rnnlab::UiText", "one evaluation chunk"),
               {{QT_TRANSLATE_NOOP("rnnlab::UiText", "window"), double(steps)},
                {QT_TRANSLATE_NOOP("rnnlab::UiText", "samples"), double(evaluationChunk)},
                perStep},
               4),
        // float32: weights, gradients, up to three optimizer buffers, the last sound copy of
        // these, the best weights; float64: the traced sequence's network and gradients.
        buffer(QT_TRANSLATE_NOOP("rnnlab::UiText",
                                 "the parameters, their gradients and optimizer state"),
               {{QT_TRANSLATE_NOOP("rnnlab::UiText", "parameters"), double(parameterCount(c))},
                {QT_TRANSLATE_NOOP("rnnlab::UiText", "copies"), 10 + 2 * 4}},
               4),
    };
    if (valuesPerPass(c) > 0)
        estimate.push_back(buffer(
            QT_TRANSLATE_NOOP("rnnlab::UiText",
                              "the one-hot input tables of the training and evaluation passes"),
            {{QT_TRANSLATE_NOOP("rnnlab::UiText", "passes"), 2},
             {QT_TRANSLATE_NOOP("rnnlab::UiText", "values"), valuesPerPass(c)}},
            4));
    return estimate;
}

MemoryEstimate estimateTrace(const NetworkConfig& c, Index steps) {
    // The pass's cache, and the trace copied out of it.
    MemoryEstimate estimate{
        buffer(QT_TRANSLATE_NOOP("rnnlab::UiText", "the traced sequence"),
               {{QT_TRANSLATE_NOOP("rnnlab::UiText", "steps"), double(steps)},
                {QT_TRANSLATE_NOOP("rnnlab::UiText", "values per step"), 2 * valuesPerStep(c)}},
               8),
        buffer(QT_TRANSLATE_NOOP("rnnlab::UiText", "the parameters and their gradients"),
               {{QT_TRANSLATE_NOOP("rnnlab::UiText", "parameters"), double(parameterCount(c))},
                {QT_TRANSLATE_NOOP("rnnlab::UiText", "copies"), 2}},
               8)};
    if (valuesPerPass(c) > 0)
        estimate.push_back(
            buffer(QT_TRANSLATE_NOOP("rnnlab::UiText", "the one-hot input tables of the pass"),
                   {{QT_TRANSLATE_NOOP("rnnlab::UiText", "values"), valuesPerPass(c)}}, 8));
    return estimate;
}

MemoryBudget memoryBudget() {
    if (const char* text = std::getenv(kBudgetVariable); text != nullptr && *text != '\0') {
        MemoryBudget b;
        if (!parseSize(text, b.bytes))
            throw ConfigError(verbatim(std::string(kBudgetVariable) + ": ") +
                              uiText(QT_TRANSLATE_NOOP("rnnlab::UiText",
                                                       "'%1' is not a size (for example 4G, 512M "
                                                       "or a number of bytes)"),
                                     {text}));
        b.origin = verbatim(std::string(kBudgetVariable) + "=" + text);
        return b;
    }
    const double physical = physicalMemory();
    if (physical <= 0)
        return {1e300, uiText(QT_TRANSLATE_NOOP("rnnlab::UiText", "unknown physical memory"))};
    return {physical / 2, uiText(QT_TRANSLATE_NOOP("rnnlab::UiText",
                                                   "half of this machine's %1; %2 sets another"),
                                 {memoryText(physical), kBudgetVariable})};
}

void checkMemoryBudget(const MemoryEstimate& estimate, const std::string& subject) {
    checkMemoryBudget(estimate, verbatim(subject));
}

void checkMemoryBudget(const MemoryEstimate& estimate, const UiText& subject) {
    const double total =
        std::accumulate(estimate.begin(), estimate.end(), 0.0,
                        [](double sum, const MemoryPart& p) { return sum + p.bytes; });
    const MemoryBudget budget = memoryBudget();
    if (total <= budget.bytes) return;
    MemoryEstimate parts = estimate;
    std::sort(parts.begin(), parts.end(),
              [](const MemoryPart& a, const MemoryPart& b) { return a.bytes > b.bytes; });
    UiText text = subject + uiText(QT_TRANSLATE_NOOP("rnnlab::UiText",
                                                     " needs about %1 of memory, more than the "
                                                     "budget of %2"),
                                   {memoryText(total), memoryText(budget.bytes)});
    text += verbatim(" (") + budget.origin + verbatim("): ");
    bool first = true;
    for (const MemoryPart& p : parts)
        if (p.bytes >= total / 10) {
            text += verbatim(first ? "" : "; ") + p.what + verbatim(" = " + memoryText(p.bytes));
            first = false;
        }
    throw ConfigError(text);
}

std::string memoryText(double bytes) {
    static const char* const kUnits[] = {"bytes", "KiB", "MiB", "GiB", "TiB", "PiB", "EiB"};
    int unit = 0;
    while (bytes >= 1024 && unit < 6) {
        bytes /= 1024;
        ++unit;
    }
    char text[48];
    std::snprintf(text, sizeof text, bytes < 10 && unit > 0 ? "%.1f %s" : "%.0f %s", bytes,
                  kUnits[unit]);
    return text;
}

}  // namespace rnnlab
