#pragma once
// The shape of a network: which cell, how many layers, sizes, head and loss. Mirrors the
// reference PyTorch model of docs/formats.md §1: nn.RNN/nn.LSTM/nn.GRU(batch_first) + nn.Linear.

#include <optional>
#include <string>

#include "core/base/ui_text.h"

namespace rnnlab {

enum class CellType { Rnn, Lstm, Gru };
enum class Nonlinearity { Tanh, Relu };  // vanilla RNN only
enum class OutputMode { Last, Sequence };  // head on the last step, or on every step
enum class LossKind { Mse, CrossEntropy };
// What a time step feeds the first layer: input_size real numbers, or one symbol index
// s_t in 0..vocab_size-1, seen as the one-hot vector e_{s_t} (embedding_size 0) or as row s_t of
// an embedding table, as torch.nn.Embedding(vocab_size, embedding_size).
enum class InputKind { Real, Symbols };

struct NetworkConfig {
    CellType cell = CellType::Lstm;
    Nonlinearity nonlinearity = Nonlinearity::Tanh;
    int inputSize = 1;  // columns of the input per step: 1 (the symbol index) for symbols
    int hiddenSize = 16;
    int numLayers = 1;
    int outputSize = 1;  // classes for cross-entropy
    OutputMode output = OutputMode::Last;
    LossKind loss = LossKind::Mse;
    // Last, so that positional initialisers of real-valued networks keep their meaning.
    InputKind input = InputKind::Real;
    int vocabSize = 0;      // V, symbols only
    int embeddingSize = 0;  // E, symbols only; 0 = one-hot input

    bool operator==(const NetworkConfig& o) const {
        return cell == o.cell && nonlinearity == o.nonlinearity && input == o.input &&
               inputSize == o.inputSize && vocabSize == o.vocabSize &&
               embeddingSize == o.embeddingSize && hiddenSize == o.hiddenSize &&
               numLayers == o.numLayers && outputSize == o.outputSize && output == o.output &&
               loss == o.loss;
    }
    bool operator!=(const NetworkConfig& o) const { return !(*this == o); }
};

// Columns of the first layer's W_ih: input_size for real input, V for one-hot symbols, E with an
// embedding.
int firstLayerInputSize(const NetworkConfig& config);
bool hasEmbedding(const NetworkConfig& config);    // symbols with embedding_size > 0
bool hasOneHotInput(const NetworkConfig& config);  // symbols with embedding_size 0

// G: rows of W_ih per hidden unit. RNN 1, LSTM 4 (i, f, g, o), GRU 3 (r, z, n).
int gateCount(CellType cell);

// Largest sizes the engine accepts; beyond them a classroom machine runs out of memory or time.
constexpr int kMaxHiddenSize = 4096;
constexpr int kMaxLayers = 16;
constexpr int kMaxInputSize = 4096;
constexpr int kMaxOutputSize = 4096;
// Characters of a text in any script, a word list of a small corpus.
constexpr int kMaxVocabSize = 65536;
constexpr int kMaxEmbeddingSize = 4096;
// Training keeps about ten copies of the parameters (weights, gradients, optimizer state, the
// last good and the best weights): 20 million of them take about 1 GB.
constexpr long long kMaxParameters = 20'000'000;

// Throws ConfigError naming the offending setting (every message starts with the field name).
void validate(const NetworkConfig& config);

// Why `nonlinearity` cannot go with `cell`, or nothing: "relu applies only to cell rnn (lstm has
// fixed sigmoid and tanh activations)". validate() refuses such a network; the front ends say
// which of their controls or options to change.
std::optional<UiText> nonlinearityProblem(CellType cell, Nonlinearity nonlinearity);

// `config` with another cell. LSTM and GRU have fixed activations, so a relu RNN turned into one
// of them gets tanh: every place that switches cells (a remedy, the comparison of cells) keeps a
// network that validates and saves.
NetworkConfig withCell(NetworkConfig config, CellType cell);

// Names used in files and on the command line: "rnn" "lstm" "gru", "tanh" "relu",
// "last" "sequence", "mse" "cross_entropy", "real" "symbols". The parsers throw ConfigError
// listing the valid names.
std::string toString(CellType v);
std::string toString(Nonlinearity v);
std::string toString(OutputMode v);
std::string toString(LossKind v);
std::string toString(InputKind v);
CellType parseCellType(const std::string& s);
Nonlinearity parseNonlinearity(const std::string& s);
OutputMode parseOutputMode(const std::string& s);
LossKind parseLossKind(const std::string& s);
InputKind parseInputKind(const std::string& s);

// Total number of trainable scalars (the embedding, RNN weights and biases, the linear head).
long long parameterCount(const NetworkConfig& config);

}  // namespace rnnlab
