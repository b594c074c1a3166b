#pragma once
// The shape of a network: which cell, how many layers, sizes, head and loss. Mirrors the
// reference PyTorch model of docs/formats.md §1: nn.RNN/nn.LSTM/nn.GRU(batch_first) + nn.Linear.

#include <optional>
#include <string>

namespace rnnlab {

enum class CellType { Rnn, Lstm, Gru };
enum class Nonlinearity { Tanh, Relu };  // vanilla RNN only
enum class OutputMode { Last, Sequence };  // head on the last step, or on every step
enum class LossKind { Mse, CrossEntropy };

struct NetworkConfig {
    CellType cell = CellType::Lstm;
    Nonlinearity nonlinearity = Nonlinearity::Tanh;
    int inputSize = 1;
    int hiddenSize = 16;
    int numLayers = 1;
    int outputSize = 1;  // classes for cross-entropy
    OutputMode output = OutputMode::Last;
    LossKind loss = LossKind::Mse;

    bool operator==(const NetworkConfig& o) const {
        return cell == o.cell && nonlinearity == o.nonlinearity && inputSize == o.inputSize &&
               hiddenSize == o.hiddenSize && numLayers == o.numLayers &&
               outputSize == o.outputSize && output == o.output && loss == o.loss;
    }
    bool operator!=(const NetworkConfig& o) const { return !(*this == o); }
};

// G: rows of W_ih per hidden unit. RNN 1, LSTM 4 (i, f, g, o), GRU 3 (r, z, n).
int gateCount(CellType cell);

// Largest sizes the engine accepts; beyond them a classroom machine runs out of memory or time.
constexpr int kMaxHiddenSize = 4096;
constexpr int kMaxLayers = 16;
constexpr int kMaxInputSize = 4096;
constexpr int kMaxOutputSize = 4096;
// Training keeps about ten copies of the parameters (weights, gradients, optimizer state, the
// last good and the best weights): 20 million of them take about 1 GB.
constexpr long long kMaxParameters = 20'000'000;

// Throws ConfigError naming the offending setting (every message starts with the field name).
void validate(const NetworkConfig& config);

// Why `nonlinearity` cannot go with `cell`, or nothing: "relu applies only to cell rnn (lstm has
// fixed sigmoid and tanh activations)". validate() refuses such a network; the front ends say
// which of their controls or options to change.
std::optional<std::string> nonlinearityProblem(CellType cell, Nonlinearity nonlinearity);

// `config` with another cell. LSTM and GRU have fixed activations, so a relu RNN turned into one
// of them gets tanh: every place that switches cells (a remedy, the comparison of cells) keeps a
// network that validates and saves.
NetworkConfig withCell(NetworkConfig config, CellType cell);

// Names used in files and on the command line: "rnn" "lstm" "gru", "tanh" "relu",
// "last" "sequence", "mse" "cross_entropy". The parsers throw ConfigError listing the valid names.
std::string toString(CellType v);
std::string toString(Nonlinearity v);
std::string toString(OutputMode v);
std::string toString(LossKind v);
CellType parseCellType(const std::string& s);
Nonlinearity parseNonlinearity(const std::string& s);
OutputMode parseOutputMode(const std::string& s);
LossKind parseLossKind(const std::string& s);

// Total number of trainable scalars (RNN weights and biases plus the linear head).
long long parameterCount(const NetworkConfig& config);

}  // namespace rnnlab
