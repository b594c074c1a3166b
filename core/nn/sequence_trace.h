#pragma once
// Everything the engine computed for one sequence, per layer and time step, in plain (T, ·)
// matrices: what `rnnlab-cli trace` writes and what the explorer and gradient views draw.
// Extracted from a Workspace after forward() (and backward(), for the gradients).

#include <optional>
#include <string>
#include <vector>

#include "core/nn/network_config.h"
#include "core/nn/recurrent_network.h"

namespace rnnlab {

struct GateTrace {
    std::string name;             // "i" "f" "g" "o" (LSTM), "r" "z" "n" (GRU)
    Matrix<double> value;         // (T, H) activated: σ(·) or tanh(·)
    Matrix<double> preActivation; // (T, H) the argument of σ / tanh
};

struct LayerTrace {
    Matrix<double> h;                // (T, H) h_t
    Matrix<double> c;                // (T, H) c_t, LSTM only
    Matrix<double> preActivation;    // (T, H) RNN only: a_t with h_t = φ(a_t)
    // (T, G*H) the input's term of every pre-activation, without bias: W_ih x_t (layer 0; x_t
    // the one-hot e_{s_t} or the embedding E[s_t] for symbols), W_ih h^{k-1}_t above. Columns
    // g*H .. g*H+H-1 belong to gates[g] (RNN: G = 1, a_t).
    Matrix<double> inputTerm;
    std::vector<GateTrace> gates;    // LSTM, GRU
    Matrix<double> dh;               // (T, H) total dL/dh_t; empty without a target
    Matrix<double> dc;               // (T, H) total dL/dc_t, LSTM with a target
};

struct SequenceTrace {
    NetworkConfig config;
    Index steps = 0;                 // T
    Matrix<double> x;                // (T, I); for symbols (T, 1) the indices s_t
    Matrix<double> embedded;         // (T, E) e_t = E[s_t], symbols with an embedding only
    Matrix<double> outputs;          // (1, O) "last" or (T, O) "sequence"
    std::optional<double> loss;      // with a target only
    std::vector<LayerTrace> layers;  // L entries, layer 0 first
};

// Gate names of a cell in PyTorch's row order: {} for RNN.
std::vector<std::string> gateNames(CellType cell);

// Sample b of a batch. Gradients (dh, dc, loss) are copied when withGradients is true, which
// requires backward() to have run on ws; `loss` is then the batch's loss.
template <typename S>
SequenceTrace extractTrace(const RecurrentNetwork<S>& net, const Workspace<S>& ws, Index sample,
                           std::optional<double> loss);

}  // namespace rnnlab
