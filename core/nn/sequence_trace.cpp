#include "core/nn/sequence_trace.h"

#include "core/nn/symbol_input.h"

namespace rnnlab {

std::vector<std::string> gateNames(CellType cell) {
    switch (cell) {
        case CellType::Rnn: return {};
        case CellType::Lstm: return {"i", "f", "g", "o"};
        case CellType::Gru: return {"r", "z", "n"};
    }
    return {};
}

namespace {
// Rows t*B + b of a time-major matrix, as a (T, cols) double matrix.
template <typename S>
Matrix<double> sampleRows(const Matrix<S>& m, Index T, Index B, Index b, Index col0, Index cols) {
    Matrix<double> out(T, cols);
    for (Index t = 0; t < T; ++t)
        out.row(t) = m.block(t * B + b, col0, 1, cols).template cast<double>();
    return out;
}

// The first layer's input for sample b as dense rows (T, I_0): x itself for real input, the
// one-hot vectors e_{s_t} (V wide: a trace is one short sequence), or the embeddings E[s_t].
template <typename S>
Matrix<double> firstLayerInput(const NetworkConfig& c, const Workspace<S>& ws, Index b,
                               const Matrix<double>& x) {
    if (hasEmbedding(c)) return sampleRows(ws.embedded, ws.T, ws.B, b, 0, c.embeddingSize);
    if (!hasOneHotInput(c)) return x;
    Matrix<double> oneHot = Matrix<double>::Zero(x.rows(), c.vocabSize);
    for (Index t = 0; t < x.rows(); ++t) oneHot(t, symbolAt(x, t)) = 1.0;
    return oneHot;
}
}  // namespace

template <typename S>
SequenceTrace extractTrace(const RecurrentNetwork<S>& net, const Workspace<S>& ws, Index b,
                           std::optional<double> loss) {
    const NetworkConfig& c = net.config();
    const Parameters<S>& p = net.parameters();
    const ParameterLayout& l = p.layout();
    const Index T = ws.T, B = ws.B, H = c.hiddenSize;
    RNNLAB_ASSERT(b >= 0 && b < B, "trace sample out of range");
    SequenceTrace tr;
    tr.config = c;
    tr.steps = T;
    tr.loss = loss;
    tr.x = sampleRows(ws.x, T, B, b, 0, c.inputSize);
    if (hasEmbedding(c)) tr.embedded = sampleRows(ws.embedded, T, B, b, 0, c.embeddingSize);
    tr.outputs = c.output == OutputMode::Last
                     ? Matrix<double>(ws.outputs.row(b).template cast<double>())
                     : sampleRows(ws.outputs, T, B, b, 0, c.outputSize);
    const std::vector<std::string> names = gateNames(c.cell);
    for (int k = 0; k < c.numLayers; ++k) {
        const LayerWorkspace<S>& lw = ws.layers[k];
        LayerTrace lt;
        lt.h = sampleRows(lw.h, T, B, b, 0, H);
        if (c.cell == CellType::Lstm) lt.c = sampleRows(lw.c, T, B, b, 0, H);
        if (loss) {
            lt.dh = sampleRows(lw.dh, T, B, b, 0, H);
            if (c.cell == CellType::Lstm) lt.dc = sampleRows(lw.dc, T, B, b, 0, H);
        }
        // Pre-activations for this sample, recomputed from the cached inputs and states:
        //   A = x W_ih^T + b_ih + h_{t-1} W_hh^T + b_hh  (GRU n: x W_in^T + b_in + r ⊙ hn)
        const Matrix<double> in = k == 0 ? firstLayerInput(c, ws, b, tr.x)
                                         : sampleRows(ws.layers[k - 1].h, T, B, b, 0, H);
        Matrix<double> hPrev(T, H);
        hPrev.row(0) = lw.h0.row(b).template cast<double>();
        if (T > 1) hPrev.bottomRows(T - 1) = lt.h.topRows(T - 1);
        const Matrix<double> W_ih = p.matrix(l.weightIh(k)).template cast<double>();
        const Matrix<double> W_hh = p.matrix(l.weightHh(k)).template cast<double>();
        const Vector<double> b_ih = p.vector(l.biasIh(k)).template cast<double>();
        const Vector<double> b_hh = p.vector(l.biasHh(k)).template cast<double>();
        lt.inputTerm = in * W_ih.transpose();
        Matrix<double> inputPart = lt.inputTerm;
        inputPart.rowwise() += b_ih.transpose();
        Matrix<double> hiddenPart = hPrev * W_hh.transpose();
        hiddenPart.rowwise() += b_hh.transpose();
        Matrix<double> pre = inputPart + hiddenPart;  // (T, G*H)
        if (c.cell == CellType::Gru) {
            const Matrix<double> r = sampleRows(lw.gates, T, B, b, 0, H);
            pre.rightCols(H).array() =
                inputPart.rightCols(H).array() + r.array() * hiddenPart.rightCols(H).array();
        }
        if (names.empty()) {
            lt.preActivation = pre;
        } else {
            for (size_t g = 0; g < names.size(); ++g) {
                const Index col = static_cast<Index>(g) * H;
                lt.gates.push_back(
                    {names[g], sampleRows(lw.gates, T, B, b, col, H), pre.middleCols(col, H)});
            }
        }
        tr.layers.push_back(std::move(lt));
    }
    return tr;
}

template SequenceTrace extractTrace<float>(const RecurrentNetwork<float>&, const Workspace<float>&,
                                           Index, std::optional<double>);
template SequenceTrace extractTrace<double>(const RecurrentNetwork<double>&,
                                            const Workspace<double>&, Index, std::optional<double>);

}  // namespace rnnlab
