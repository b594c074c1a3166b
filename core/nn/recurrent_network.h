#pragma once
// A stack of recurrent layers (RNN, LSTM or GRU) with a linear head and a loss, computing
// exactly what the reference PyTorch model of docs/formats.md §1 computes:
//   h^0_t = x_t;  h^k_t = cell_k(h^{k-1}_t, h^k_{t-1})            k = 1..L
// where, for symbol input (symbol_input.h), x_t is the one-hot e_{s_t} or the embedding E[s_t].
//   y = W_fc h^L_{T-1} + b_fc   (output "last")   or   y_t = W_fc h^L_t + b_fc   ("sequence")
// forward() fills a Workspace with every step's states and gates; backward() runs full
// backpropagation through time and leaves every parameter gradient and every per-step
// dL/dh_t (and dL/dc_t) in it. The network holds no per-call state: one network can serve
// several workspaces (threads) at once.

#include <vector>

#include "core/kernels/packed_gemm.h"
#include "core/nn/layer_workspace.h"
#include "core/nn/network_config.h"
#include "core/nn/parameters.h"

namespace rnnlab {

template <typename S>
struct Workspace {
    Index T = 0;                            // time steps of the last forward()
    Index B = 0;                            // batch size of the last forward()
    Matrix<S> x;                            // (T*B, I)  the input sequence; symbols: (T*B, 1)
    Matrix<S> embedded;                     // (T*B, E)  with an embedding: E[s_t], layer 1's input
    Matrix<S> dEmbedded;                    // (T*B, E)  dL/d embedded
    std::vector<LayerWorkspace<S>> layers;  // L entries
    Matrix<S> outputs;                      // (B, O) "last" or (T*B, O) "sequence"; logits for CE
    Matrix<S> dOutputs;                     // same shape: dL/d outputs
    PackedMatrix<S> headWeights;            // forward W_fc^T (H, O); backward W_fc (O, H)
};

// Initial states; an empty vector means zeros. Otherwise one (B, H) matrix per layer.
template <typename S>
struct InitialState {
    std::vector<Matrix<S>> h;
    std::vector<Matrix<S>> c;  // LSTM only
};

template <typename S>
class RecurrentNetwork {
public:
    explicit RecurrentNetwork(const NetworkConfig& config);  // all parameters zero

    const NetworkConfig& config() const { return m_config; }
    Parameters<S>& parameters() { return m_params; }
    const Parameters<S>& parameters() const { return m_params; }

    // x: (T*B, I), time-major; for symbol input (T*B, 1) symbol indices, refused with a
    // ConfigError naming the row when one is not an integer in 0..V-1. Returns ws.outputs.
    const Matrix<S>& forward(const Matrix<S>& x, Index T, Index B, Workspace<S>& ws,
                             const InitialState<S>* initial = nullptr) const;

    // Loss of ws.outputs against targets, as docs/formats.md §1: mse = mean over all elements;
    // cross_entropy = log-softmax + NLL, mean over rows. Targets have the shape of the outputs
    // for mse, and one class index per row, (rows, 1), for cross_entropy.
    S loss(const Workspace<S>& ws, const Matrix<S>& targets) const;

    // BPTT after forward(). Overwrites grads (same layout as parameters()) and fills every
    // layer's dh/dc/dh0/dc0. truncation > 0 cuts the recurrent gradient every `truncation`
    // steps counted back from the last step: the chain h_{t-1} <- h_t is cut when
    // (T - t) % truncation == 0, as when PyTorch detaches the state between chunks of that
    // length aligned to the end of the sequence. Returns the loss.
    S backward(Workspace<S>& ws, const Matrix<S>& targets, Parameters<S>& grads,
               int truncation = 0) const;

private:
    // The first recurrent layer's input: the embedded symbols, or x itself (dense, or the
    // indices that a one-hot layer gathers with).
    const Matrix<S>& layerInput(const Workspace<S>& ws, int layer) const;

    NetworkConfig m_config;
    Parameters<S> m_params;
};

extern template class RecurrentNetwork<float>;
extern template class RecurrentNetwork<double>;

}  // namespace rnnlab
