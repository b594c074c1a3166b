#include "core/nn/lstm_cell.h"

#include "core/nn/recurrent_layer.h"

namespace rnnlab {

template <typename S>
void lstmForward(const Parameters<S>& p, int layer, const Matrix<S>& x, Index T, Index B,
                 LayerWorkspace<S>& ws) {
    const ParameterLayout& l = p.layout();
    const Index H = ws.h0.cols();
    const Vector<S> bias = p.vector(l.biasIh(layer)) + p.vector(l.biasHh(layer));  // (4H)
    ws.gates.resize(T * B, 4 * H);
    ws.h.resize(T * B, H);
    ws.c.resize(T * B, H);
    ws.tanhC.resize(T * B, H);
    prepareInputWeights(p, layer, ws);
    ws.recurrentWeights.pack(p.matrix(l.weightHh(layer)), true);  // W_hh^T (H, 4H)
    forEachBatchSlice(B, 8.0 * T * B * H * (x.cols() + H), [&](const BatchSlice& s) {
        for (Index t = 0; t < T; ++t) {
            auto a = s.rows(ws.gates, t);  // (n, 4H): [i f g o]
            inputProduct(p, layer, ws, s.rows(x, t), a);
            ws.recurrentWeights.multiply(s.previous(ws.h, ws.h0, t), a, true);
            a.rowwise() += bias.transpose();
            sigmoidInPlace<S>(a.leftCols(2 * H));    // (1) (2)
            tanhInPlace<S>(a.middleCols(2 * H, H));  // (3)
            sigmoidInPlace<S>(a.rightCols(H));       // (4)
            const auto c_prev = s.previous(ws.c, ws.c0, t);
            auto c_t = s.rows(ws.c, t);
            auto tanh_c = s.rows(ws.tanhC, t);
            c_t.array() = a.middleCols(H, H).array() * c_prev.array() +
                          a.leftCols(H).array() * a.middleCols(2 * H, H).array();  // (5)
            applyTanh<S>(c_t, tanh_c);
            s.rows(ws.h, t).array() = a.rightCols(H).array() * tanh_c.array();  // (6)
        }
    });
}

template <typename S>
void lstmBackward(const Parameters<S>& p, int layer, Index T, Index B, int truncation,
                  LayerWorkspace<S>& ws) {
    const Index H = ws.h0.cols();
    ws.dA.resize(T * B, 4 * H);
    ws.dAhh.resize(0, 0);
    ws.dc.resize(T * B, H);
    ws.recurrentWeights.pack(p.matrix(p.layout().weightHh(layer)), false);  // W_hh (4H, H)
    forEachBatchSlice(B, 8.0 * T * B * H * H, [&](const BatchSlice& s) {
        s.rows(ws.dc, T - 1).setZero();  // no later step adds to the last cell state
        for (Index t = T - 1; t >= 0; --t) {
            const auto g = s.rows(ws.gates, t);
            const auto i_t = g.leftCols(H).array();
            const auto f_t = g.middleCols(H, H).array();
            const auto g_t = g.middleCols(2 * H, H).array();
            const auto o_t = g.rightCols(H).array();
            const auto tanh_c = s.rows(ws.tanhC, t).array();
            const auto c_prev = s.previous(ws.c, ws.c0, t).array();
            const auto dh_t = s.rows(ws.dh, t).array();
            auto dc_t = s.rows(ws.dc, t).array();
            auto da = s.rows(ws.dA, t);

            dc_t += dh_t * o_t * (S(1) - tanh_c.square());                         // (7)
            da.rightCols(H).array() = dh_t * tanh_c * o_t * (S(1) - o_t);          // (8)
            da.leftCols(H).array() = dc_t * g_t * i_t * (S(1) - i_t);              // (9)
            da.middleCols(H, H).array() = dc_t * c_prev * f_t * (S(1) - f_t);      // (10)
            da.middleCols(2 * H, H).array() = dc_t * i_t * (S(1) - g_t.square());  // (11)

            auto dc_prev = s.previous(ws.dc, ws.dc0, t);
            if (recurrenceCut(t, T, truncation)) {
                dc_prev.setZero();  // truncated: nothing flows back into step t-1
            } else {
                dc_prev.array() = dc_t * f_t;  // (12)
                // (13), the first contribution to dh_{-1}, added to the others for t > 0
                ws.recurrentWeights.multiply(da, s.previous(ws.dh, ws.dh0, t), t > 0);
            }
        }
    });
}

template void lstmForward<float>(const Parameters<float>&, int, const Matrix<float>&, Index, Index,
                                 LayerWorkspace<float>&);
template void lstmForward<double>(const Parameters<double>&, int, const Matrix<double>&, Index,
                                  Index, LayerWorkspace<double>&);
template void lstmBackward<float>(const Parameters<float>&, int, Index, Index, int,
                                  LayerWorkspace<float>&);
template void lstmBackward<double>(const Parameters<double>&, int, Index, Index, int,
                                   LayerWorkspace<double>&);

}  // namespace rnnlab
