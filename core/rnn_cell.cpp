#include "core/rnn_cell.h"

#include "core/recurrent_layer.h"

namespace rnnlab {

template <typename S>
void rnnForward(const Parameters<S>& p, int layer, Nonlinearity act, const Matrix<S>& x, Index T,
                Index B, LayerWorkspace<S>& ws) {
    const ParameterLayout& l = p.layout();
    const TransposedMap<S> W_hh_T = p.transposed(l.weightHh(layer));  // (H, H)
    projectInputs(p, layer, x, ws.h);                                  // a_t without W_hh h_{t-1}
    ws.h.rowwise() += p.vector(l.biasHh(layer)).transpose();
    for (Index t = 0; t < T; ++t) {
        auto a = stepRows(ws.h, t, B);                        // (B, H)
        a.noalias() += previousHidden(ws, t, B) * W_hh_T;     // (1)
        if (act == Nonlinearity::Tanh)                        // (2)
            a.array() = a.array().tanh();
        else
            a.array() = a.array().max(S(0));
    }
}

template <typename S>
void rnnBackward(const Parameters<S>& p, int layer, Nonlinearity act, Index T, Index B,
                 int truncation, LayerWorkspace<S>& ws) {
    const ConstMatrixMap<S> W_hh = p.matrix(p.layout().weightHh(layer));  // (H, H)
    ws.dA.resize(T * B, ws.h.cols());
    ws.dAhh.resize(0, 0);
    for (Index t = T - 1; t >= 0; --t) {
        auto da = stepRows(ws.dA, t, B);
        const auto h_t = stepRows(ws.h, t, B);
        const auto dh_t = stepRows(ws.dh, t, B);
        if (act == Nonlinearity::Tanh)  // (3)
            da.array() = dh_t.array() * (S(1) - h_t.array().square());
        else
            da.array() = (h_t.array() > S(0)).select(dh_t.array(), S(0));
        if (t == 0)  // (4)
            ws.dh0.noalias() = da * W_hh;
        else if (!recurrenceCut(t, T, truncation))
            stepRows(ws.dh, t - 1, B).noalias() += da * W_hh;
    }
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
