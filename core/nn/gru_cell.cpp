#include "core/nn/gru_cell.h"

#include "core/nn/recurrent_layer.h"

namespace rnnlab {

template <typename S>
void gruForward(const Parameters<S>& p, int layer, const Matrix<S>& x, Index T, Index B,
                LayerWorkspace<S>& ws) {
    const ParameterLayout& l = p.layout();
    const Index H = ws.h0.cols();
    const ConstMatrixMap<S> W_hh = p.matrix(l.weightHh(layer));  // (3H, H)
    const ConstVectorMap<S> b_hh = p.vector(l.biasHh(layer));    // (3H)
    Vector<S> bias = p.vector(l.biasIh(layer));                  // (3H): b_ih, plus b_hh for r z
    bias.head(2 * H) += b_hh.head(2 * H);
    const Vector<S> b_hn = b_hh.tail(H);
    ws.gates.resize(T * B, 3 * H);
    ws.h.resize(T * B, H);
    ws.hn.resize(T * B, H);
    prepareInputWeights(p, layer, ws);
    ws.recurrentWeights.pack(W_hh.topRows(2 * H), true);      // [W_hr W_hz]^T (H, 2H)
    ws.candidateWeights.pack(W_hh.bottomRows(H), true);       // W_hn^T (H, H)
    forEachBatchSlice(B, 6.0 * T * B * H * (x.cols() + H), [&](const BatchSlice& s) {
        for (Index t = 0; t < T; ++t) {
            const auto h_prev = s.previous(ws.h, ws.h0, t);
            auto a = s.rows(ws.gates, t);  // (n, 3H): [r z n]
            auto hn_t = s.rows(ws.hn, t);  // (n, H)
            inputProduct(p, layer, ws, s.rows(x, t), a);
            ws.recurrentWeights.multiply(h_prev, a.leftCols(2 * H), true);
            ws.candidateWeights.multiply(h_prev, hn_t, false);
            a.rowwise() += bias.transpose();
            hn_t.rowwise() += b_hn.transpose();
            sigmoidInPlace<S>(a.leftCols(2 * H));  // (1) (2)
            auto n_t = a.rightCols(H);
            n_t.array() += a.leftCols(H).array() * hn_t.array();  // (3)
            tanhInPlace<S>(n_t);
            s.rows(ws.h, t).array() =
                n_t.array() + a.middleCols(H, H).array() * (h_prev.array() - n_t.array());  // (4)
        }
    });
}

template <typename S>
void gruBackward(const Parameters<S>& p, int layer, Index T, Index B, int truncation,
                 LayerWorkspace<S>& ws) {
    const Index H = ws.h0.cols();
    ws.dA.resize(T * B, 3 * H);
    ws.dAhh.resize(T * B, 3 * H);
    ws.recurrentWeights.pack(p.matrix(p.layout().weightHh(layer)), false);  // W_hh (3H, H)
    forEachBatchSlice(B, 6.0 * T * B * H * H, [&](const BatchSlice& s) {
        for (Index t = T - 1; t >= 0; --t) {
            const auto g = s.rows(ws.gates, t);
            const auto r_t = g.leftCols(H).array();
            const auto z_t = g.middleCols(H, H).array();
            const auto n_t = g.rightCols(H).array();
            const auto hn_t = s.rows(ws.hn, t).array();
            const auto h_prev = s.previous(ws.h, ws.h0, t).array();
            const auto dh_t = s.rows(ws.dh, t).array();
            auto da = s.rows(ws.dA, t);
            auto da_hh = s.rows(ws.dAhh, t);

            da.rightCols(H).array() = dh_t * (S(1) - z_t) * (S(1) - n_t.square());         // (5)
            da_hh.rightCols(H).array() = da.rightCols(H).array() * r_t;                    // (6)
            da.middleCols(H, H).array() = dh_t * (h_prev - n_t) * z_t * (S(1) - z_t);      // (7)
            da.leftCols(H).array() = da.rightCols(H).array() * hn_t * r_t * (S(1) - r_t);  // (8)
            da_hh.leftCols(2 * H) = da.leftCols(2 * H);

            if (!recurrenceCut(t, T, truncation)) {  // (9); dh_{-1} has no other contributions
                auto dh_prev = s.previous(ws.dh, ws.dh0, t);
                if (t == 0)
                    dh_prev.array() = dh_t * z_t;
                else
                    dh_prev.array() += dh_t * z_t;
                ws.recurrentWeights.multiply(da_hh, dh_prev, true);
            }
        }
    });
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
