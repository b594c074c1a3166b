#include "core/nn/rnn_cell.h"

#include "core/nn/recurrent_layer.h"

namespace rnnlab {

template <typename S>
void rnnForward(const Parameters<S>& p, int layer, Nonlinearity act, const Matrix<S>& x, Index T,
                Index B, LayerWorkspace<S>& ws) {
    const ParameterLayout& l = p.layout();
    const Index H = ws.h0.cols();
    const Vector<S> bias = p.vector(l.biasIh(layer)) + p.vector(l.biasHh(layer));  // (H)
    ws.h.resize(T * B, H);
    prepareInputWeights(p, layer, ws);
    ws.recurrentWeights.pack(p.matrix(l.weightHh(layer)), true);  // W_hh^T (H, H)
    forEachBatchSlice(B, 2.0 * T * B * H * (x.cols() + H), [&](const BatchSlice& s) {
        for (Index t = 0; t < T; ++t) {
            auto a = s.rows(ws.h, t);                          // (n, H)
            inputProduct(p, layer, ws, s.rows(x, t), a);  // (1)
            ws.recurrentWeights.multiply(s.previous(ws.h, ws.h0, t), a, true);
            a.rowwise() += bias.transpose();
            if (act == Nonlinearity::Tanh)  // (2)
                tanhInPlace<S>(a);
            else
                a.array() = a.array().max(S(0));
        }
    });
}

template <typename S>
void rnnBackward(const Parameters<S>& p, int layer, Nonlinearity act, Index T, Index B,
                 int truncation, LayerWorkspace<S>& ws) {
    const Index H = ws.h0.cols();
    ws.dA.resize(T * B, H);
    ws.dAhh.resize(0, 0);
    ws.recurrentWeights.pack(p.matrix(p.layout().weightHh(layer)), false);  // W_hh (H, H)
    forEachBatchSlice(B, 2.0 * T * B * H * H, [&](const BatchSlice& s) {
        for (Index t = T - 1; t >= 0; --t) {
            auto da = s.rows(ws.dA, t);
            const auto h_t = s.rows(ws.h, t);
            const auto dh_t = s.rows(ws.dh, t);
            if (act == Nonlinearity::Tanh)  // (3)
                da.array() = dh_t.array() * (S(1) - h_t.array().square());
            else
                da.array() = (h_t.array() > S(0)).select(dh_t.array(), S(0));
            if (!recurrenceCut(t, T, truncation))  // (4); dh_{-1} has no other contributions
                ws.recurrentWeights.multiply(da, s.previous(ws.dh, ws.dh0, t), t > 0);
        }
    });
}

template void rnnForward<float>(const Parameters<float>&, int, Nonlinearity, const Matrix<float>&,
                                Index, Index, LayerWorkspace<float>&);
template void rnnForward<double>(const Parameters<double>&, int, Nonlinearity,
                                 const Matrix<double>&, Index, Index, LayerWorkspace<double>&);
template void rnnBackward<float>(const Parameters<float>&, int, Nonlinearity, Index, Index, int,
                                 LayerWorkspace<float>&);
template void rnnBackward<double>(const Parameters<double>&, int, Nonlinearity, Index, Index, int,
                                  LayerWorkspace<double>&);

}  // namespace rnnlab
