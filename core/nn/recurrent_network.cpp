#include "core/nn/recurrent_network.h"

#include "core/nn/gru_cell.h"
#include "core/nn/loss.h"
#include "core/nn/lstm_cell.h"
#include "core/nn/recurrent_layer.h"
#include "core/nn/rnn_cell.h"
#include "core/nn/symbol_input.h"

namespace rnnlab {

template <typename S>
RecurrentNetwork<S>::RecurrentNetwork(const NetworkConfig& config)
    : m_config(config), m_params(config) {
    validate(config);
}

template <typename S>
const Matrix<S>& RecurrentNetwork<S>::layerInput(const Workspace<S>& ws, int layer) const {
    if (layer > 0) return ws.layers[layer - 1].h;
    return hasEmbedding(m_config) ? ws.embedded : ws.x;
}

template <typename S>
const Matrix<S>& RecurrentNetwork<S>::forward(const Matrix<S>& x, Index T, Index B,
                                              Workspace<S>& ws,
                                              const InitialState<S>* initial) const {
    const NetworkConfig& c = m_config;
    const Index H = c.hiddenSize;
    RNNLAB_ASSERT(T > 0 && B > 0 && x.rows() == T * B && x.cols() == c.inputSize, "input shape");
    ws.T = T;
    ws.B = B;
    if (c.input == InputKind::Symbols) checkSymbolIndices(x, B, c.vocabSize);
    ws.x = x;
    if (hasEmbedding(c))  // x_t = E[s_t]
        gatherRows<S>(m_params.matrix(m_params.layout().embedding()), x, ws.embedded);
    ws.layers.resize(c.numLayers);
    for (int k = 0; k < c.numLayers; ++k) {
        LayerWorkspace<S>& lw = ws.layers[k];
        const bool haveH = initial && !initial->h.empty();
        const bool haveC = initial && !initial->c.empty();
        if (haveH) {
            RNNLAB_ASSERT(initial->h[k].rows() == B && initial->h[k].cols() == H, "h0 shape");
            lw.h0 = initial->h[k];
        } else {
            lw.h0.setZero(B, H);
        }
        if (c.cell == CellType::Lstm) {
            if (haveC) {
                RNNLAB_ASSERT(initial->c[k].rows() == B && initial->c[k].cols() == H, "c0 shape");
                lw.c0 = initial->c[k];
            } else {
                lw.c0.setZero(B, H);
            }
        }
        const Matrix<S>& in = layerInput(ws, k);
        switch (c.cell) {
            case CellType::Rnn: rnnForward(m_params, k, c.nonlinearity, in, T, B, lw); break;
            case CellType::Lstm: lstmForward(m_params, k, in, T, B, lw); break;
            case CellType::Gru: gruForward(m_params, k, in, T, B, lw); break;
        }
    }
    // Head: y = h W_fc^T + b_fc on the last step (B, O) or on every step (T*B, O).
    const ParameterLayout& l = m_params.layout();
    const Matrix<S>& top = ws.layers.back().h;
    const auto headInput = c.output == OutputMode::Last ? top.bottomRows(B) : top.bottomRows(T * B);
    ws.outputs.resize(headInput.rows(), c.outputSize);
    ws.headWeights.pack(m_params.matrix(l.fcWeight()), true);  // W_fc^T (H, O)
    ws.headWeights.multiply(headInput, ws.outputs, false);
    ws.outputs.rowwise() += m_params.vector(l.fcBias()).transpose();
    return ws.outputs;
}

template <typename S>
S RecurrentNetwork<S>::loss(const Workspace<S>& ws, const Matrix<S>& targets) const {
    return computeLoss<S>(m_config.loss, ws.outputs, targets, nullptr);
}

template <typename S>
S RecurrentNetwork<S>::backward(Workspace<S>& ws, const Matrix<S>& targets, Parameters<S>& grads,
                                int truncation) const {
    const NetworkConfig& c = m_config;
    const Index T = ws.T, B = ws.B, H = c.hiddenSize;
    RNNLAB_ASSERT(static_cast<int>(ws.layers.size()) == c.numLayers, "backward before forward");
    if (grads.flat().size() != m_params.flat().size()) grads = Parameters<S>(c);
    const S lossValue = computeLoss<S>(c.loss, ws.outputs, targets, &ws.dOutputs);

    // Head: dW_fc = dY^T h, db_fc = Σ dY, dh = dY W_fc.
    const ParameterLayout& l = m_params.layout();
    LayerWorkspace<S>& top = ws.layers.back();
    const bool last = c.output == OutputMode::Last;
    const auto headInput = last ? top.h.bottomRows(B) : top.h.bottomRows(T * B);
    multiplyTransposed<S>(ws.dOutputs, headInput, grads.matrix(l.fcWeight()), false);
    grads.vector(l.fcBias()).noalias() = ws.dOutputs.colwise().sum().transpose();
    top.dh.resize(T * B, H);
    if (last) top.dh.topRows((T - 1) * B).setZero();
    ws.headWeights.pack(m_params.matrix(l.fcWeight()), false);  // W_fc (O, H)
    ws.headWeights.multiply(ws.dOutputs, top.dh.bottomRows(ws.dOutputs.rows()), false);

    for (int k = c.numLayers - 1; k >= 0; --k) {
        LayerWorkspace<S>& lw = ws.layers[k];
        lw.dh0.resize(B, H);
        if (c.cell == CellType::Lstm) lw.dc0.resize(B, H);
        switch (c.cell) {
            case CellType::Rnn: rnnBackward(m_params, k, c.nonlinearity, T, B, truncation, lw); break;
            case CellType::Lstm: lstmBackward(m_params, k, T, B, truncation, lw); break;
            case CellType::Gru: gruBackward(m_params, k, T, B, truncation, lw); break;
        }
        layerWeightGradients(m_params, k, layerInput(ws, k), T, B, lw, grads);
        if (k > 0) inputGradient(m_params, k, lw, ws.layers[k - 1].dh);  // layer below's dh
    }
    if (hasEmbedding(c)) {  // dE[s_t] += dx_t, dx_t = dA_t W_ih of the first layer
        inputGradient(m_params, 0, ws.layers[0], ws.dEmbedded);
        MatrixMap<S> dE = grads.matrix(l.embedding());
        dE.setZero();
        scatterAddRows<S>(ws.dEmbedded, ws.x, dE);
    }
    return lossValue;
}

template class RecurrentNetwork<float>;
template class RecurrentNetwork<double>;

}  // namespace rnnlab
