#include "core/gru_cell.h"

#include "core/recurrent_layer.h"

namespace rnnlab {

template <typename S>
void gruForward(const Parameters<S>& p, int layer, const Matrix<S>& x, Index T, Index B,
                LayerWorkspace<S>& ws) {
    const ParameterLayout& l = p.layout();
    const Index H = ws.h0.cols();
    const TransposedMap<S> W_hh_T = p.transposed(l.weightHh(layer));  // (H, 3H)
    const ConstVectorMap<S> b_hh = p.vector(l.biasHh(layer));          // (3H)
    ws.h.resize(T * B, H);
    ws.hn.resize(T * B, H);
    ws.stepHH.resize(B, 3 * H);
    projectInputs(p, layer, x, ws.gates);  // (T*B, 3H)
    ws.gates.leftCols(2 * H).rowwise() += b_hh.head(2 * H).transpose();
    for (Index t = 0; t < T; ++t) {
        const auto h_prev = previousHidden(ws, t, B);
        ws.stepHH.noalias() = h_prev * W_hh_T;  // (B, 3H) = W_hh h_{t-1}
        auto a = stepRows(ws.gates, t, B);      // (B, 3H): [r z n]
        a.leftCols(2 * H) += ws.stepHH.leftCols(2 * H);
        sigmoidInPlace<S>(a.leftCols(2 * H));  // (1) (2)
        auto hn_t = stepRows(ws.hn, t, B);
        hn_t = ws.stepHH.rightCols(H);
        hn_t.rowwise() += b_hh.tail(H).transpose();
        auto n_t = a.rightCols(H);
        n_t.array() = (n_t.array() + a.leftCols(H).array() * hn_t.array()).tanh();  // (3)
        stepRows(ws.h, t, B).array() =
            n_t.array() + a.middleCols(H, H).array() * (h_prev.array() - n_t.array());  // (4)
    }
}

template <typename S>
void gruBackward(const Parameters<S>& p, int layer, Index T, Index B, int truncation,
                 LayerWorkspace<S>& ws) {
    const Index H = ws.h0.cols();
    const ConstMatrixMap<S> W_hh = p.matrix(p.layout().weightHh(layer));  // (3H, H)
    ws.dA.resize(T * B, 3 * H);
    ws.dAhh.resize(T * B, 3 * H);
    for (Index t = T - 1; t >= 0; --t) {
        const auto g = stepRows(ws.gates, t, B);
        const auto r_t = g.leftCols(H).array();
        const auto z_t = g.middleCols(H, H).array();
        const auto n_t = g.rightCols(H).array();
        const auto hn_t = stepRows(ws.hn, t, B).array();
        const auto h_prev = previousHidden(ws, t, B).array();
        const auto dh_t = stepRows(ws.dh, t, B).array();
        auto da = stepRows(ws.dA, t, B);
        auto da_hh = stepRows(ws.dAhh, t, B);

        da.rightCols(H).array() = dh_t * (S(1) - z_t) * (S(1) - n_t.square());         // (5)
        da_hh.rightCols(H).array() = da.rightCols(H).array() * r_t;                     // (6)
        da.middleCols(H, H).array() = dh_t * (h_prev - n_t) * z_t * (S(1) - z_t);       // (7)
        da.leftCols(H).array() = da.rightCols(H).array() * hn_t * r_t * (S(1) - r_t);   // (8)
        da_hh.leftCols(2 * H) = da.leftCols(2 * H);

        if (t == 0) {  // (9)
            ws.dh0.array() = dh_t * z_t;
            ws.dh0.noalias() += da_hh * W_hh;
        } else if (!recurrenceCut(t, T, truncation)) {
            auto dh_prev = stepRows(ws.dh, t - 1, B);
            dh_prev.array() += dh_t * z_t;
            dh_prev.noalias() += da_hh * W_hh;
        }
    }
}

template void gruForward<float>(const Parameters<float>&, int, const Matrix<float>&, Index, Index,
                                LayerWorkspace<float>&);
template void gruForward<double>(const Parameters<double>&, int, const Matrix<double>&, Index,
                                 Index, LayerWorkspace<double>&);
template void gruBackward<float>(const Parameters<float>&, int, Index, Index, int,
                                 LayerWorkspace<float>&);
template void gruBackward<double>(const Parameters<double>&, int, Index, Index, int,
                                  LayerWorkspace<double>&);

}  // namespace rnnlab
