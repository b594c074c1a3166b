#include "core/nn/network_config.h"

#include "core/base/errors.h"

namespace rnnlab {

int gateCount(CellType cell) {
    switch (cell) {
        case CellType::Rnn: return 1;
        case CellType::Lstm: return 4;
        case CellType::Gru: return 3;
    }
    return 1;
}

int firstLayerInputSize(const NetworkConfig& c) {
    if (c.input == InputKind::Real) return c.inputSize;
    return c.embeddingSize > 0 ? c.embeddingSize : c.vocabSize;
}
bool hasEmbedding(const NetworkConfig& c) {
    return c.input == InputKind::Symbols && c.embeddingSize > 0;
}
bool hasOneHotInput(const NetworkConfig& c) {
    return c.input == InputKind::Symbols && c.embeddingSize == 0;
}

namespace {
void requireRange(const char* name, int value, int lo, int hi) {
    if (value < lo || value > hi)
        throw ConfigError(
            uiText(QT_TRANSLATE_NOOP("rnnlab::UiText", "%1 must be between %2 and %3, got %4"),
                   {name, std::to_string(lo), std::to_string(hi), std::to_string(value)}));
}
}  // namespace

std::optional<UiText> nonlinearityProblem(CellType cell, Nonlinearity nonlinearity) {
    if (nonlinearity == Nonlinearity::Tanh || cell == CellType::Rnn) return std::nullopt;
    return uiText(QT_TRANSLATE_NOOP("rnnlab::UiText",
                                    "relu applies only to cell rnn (%1 has fixed sigmoid and tanh "
                                    "activations)"),
                  {toString(cell)});
}

NetworkConfig withCell(NetworkConfig config, CellType cell) {
    config.cell = cell;
    if (cell != CellType::Rnn) config.nonlinearity = Nonlinearity::Tanh;
    return config;
}

void validate(const NetworkConfig& c) {
    if (const std::optional<UiText> problem = nonlinearityProblem(c.cell, c.nonlinearity))
        throw ConfigError(verbatim("nonlinearity: ") + *problem);
    if (c.input == InputKind::Real) {
        requireRange("input_size", c.inputSize, 1, kMaxInputSize);
        if (c.vocabSize != 0 || c.embeddingSize != 0)
            throw ConfigError(uiText(QT_TRANSLATE_NOOP("rnnlab::UiText",
                                                       "%1 applies only to input symbols (this "
                                                       "network's input is real)"),
                                     {c.vocabSize != 0 ? "vocab_size" : "embedding_size"}));
    } else {
        if (c.inputSize != 1)
            throw ConfigError(uiText(QT_TRANSLATE_NOOP("rnnlab::UiText",
                                                       "input_size must be 1 (one symbol index per "
                                                       "step) for input symbols, got %1"),
                                     {std::to_string(c.inputSize)}));
        requireRange("vocab_size", c.vocabSize, 2, kMaxVocabSize);
        requireRange("embedding_size", c.embeddingSize, 0, kMaxEmbeddingSize);
    }
    requireRange("hidden_size", c.hiddenSize, 1, kMaxHiddenSize);
    requireRange("num_layers", c.numLayers, 1, kMaxLayers);
    requireRange("output_size", c.outputSize, 1, kMaxOutputSize);
    if (c.loss == LossKind::CrossEntropy && c.outputSize < 2)
        throw ConfigError(uiText(QT_TRANSLATE_NOOP("rnnlab::UiText",
                                                   "output_size must be at least 2 (one output per "
                                                   "class) for cross_entropy")));
    const long long n = parameterCount(c);
    if (n > kMaxParameters)
        throw ConfigError(
            uiText(c.input == InputKind::Symbols
                       ? QT_TRANSLATE_NOOP("rnnlab::UiText",
                                           "hidden_size %1 with num_layers %2, vocab_size %3 and "
                                           "embedding_size %4")
                       : QT_TRANSLATE_NOOP("rnnlab::UiText", "hidden_size %1 with num_layers %2"),
                   {std::to_string(c.hiddenSize), std::to_string(c.numLayers),
                    std::to_string(c.vocabSize), std::to_string(c.embeddingSize)}) +
            uiText(QT_TRANSLATE_NOOP("rnnlab::UiText",
                                     " makes %1 parameters (cell %2), more than the %3 that fit in "
                                     "memory for training: reduce hidden_size or num_layers"),
                   {std::to_string(n), toString(c.cell), std::to_string(kMaxParameters)}));
}

std::string toString(CellType v) {
    switch (v) {
        case CellType::Rnn: return "rnn";
        case CellType::Lstm: return "lstm";
        case CellType::Gru: return "gru";
    }
    return "?";
}
std::string toString(Nonlinearity v) { return v == Nonlinearity::Tanh ? "tanh" : "relu"; }
std::string toString(OutputMode v) { return v == OutputMode::Last ? "last" : "sequence"; }
std::string toString(LossKind v) { return v == LossKind::Mse ? "mse" : "cross_entropy"; }
std::string toString(InputKind v) { return v == InputKind::Real ? "real" : "symbols"; }

CellType parseCellType(const std::string& s) {
    if (s == "rnn") return CellType::Rnn;
    if (s == "lstm") return CellType::Lstm;
    if (s == "gru") return CellType::Gru;
    throw ConfigError(uiText(
        QT_TRANSLATE_NOOP("rnnlab::UiText", "unknown cell '%1' (expected rnn, lstm or gru)"), {s}));
}
Nonlinearity parseNonlinearity(const std::string& s) {
    if (s == "tanh") return Nonlinearity::Tanh;
    if (s == "relu") return Nonlinearity::Relu;
    throw ConfigError(uiText(
        QT_TRANSLATE_NOOP("rnnlab::UiText", "unknown nonlinearity '%1' (expected tanh or relu)"),
        {s}));
}
OutputMode parseOutputMode(const std::string& s) {
    if (s == "last") return OutputMode::Last;
    if (s == "sequence") return OutputMode::Sequence;
    throw ConfigError(uiText(
        QT_TRANSLATE_NOOP("rnnlab::UiText", "unknown output '%1' (expected last or sequence)"),
        {s}));
}
LossKind parseLossKind(const std::string& s) {
    if (s == "mse") return LossKind::Mse;
    if (s == "cross_entropy") return LossKind::CrossEntropy;
    throw ConfigError(uiText(
        QT_TRANSLATE_NOOP("rnnlab::UiText", "unknown loss '%1' (expected mse or cross_entropy)"),
        {s}));
}
InputKind parseInputKind(const std::string& s) {
    if (s == "real") return InputKind::Real;
    if (s == "symbols") return InputKind::Symbols;
    throw ConfigError(uiText(
        QT_TRANSLATE_NOOP("rnnlab::UiText", "unknown input '%1' (expected real or symbols)"), {s}));
}

long long parameterCount(const NetworkConfig& c) {
    const long long G = gateCount(c.cell), H = c.hiddenSize;
    long long n = hasEmbedding(c) ? static_cast<long long>(c.vocabSize) * c.embeddingSize : 0;
    for (int k = 0; k < c.numLayers; ++k) {
        const long long in = k == 0 ? firstLayerInputSize(c) : H;
        n += G * H * in + G * H * H + 2 * G * H;  // W_ih, W_hh, b_ih, b_hh
    }
    return n + static_cast<long long>(c.outputSize) * H + c.outputSize;  // fc.weight, fc.bias
}

}  // namespace rnnlab
