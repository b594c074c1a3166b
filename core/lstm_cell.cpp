#include "core/lstm_cell.h"

#include "core/recurrent_layer.h"

namespace rnnlab {

template <typename S>
void lstmForward(const Parameters<S>& p, int layer, const Matrix<S>& x, Index T, Index B,
                 LayerWorkspace<S>& ws) {
    const ParameterLayout& l = p.layout();
    const Index H = ws.h0.cols();
    const TransposedMap<S> W_hh_T = p.transposed(l.weightHh(layer));  // (H, 4H)
    ws.h.resize(T * B, H);
    ws.c.resize(T * B, H);
    ws.tanhC.resize(T * B, H);
    projectInputs(p, layer, x, ws.gates);  // (T*B, 4H) pre-activations, input part
    ws.gates.rowwise() += p.vector(l.biasHh(layer)).transpose();
    for (Index t = 0; t < T; ++t) {
        auto a = stepRows(ws.gates, t, B);  // (B, 4H): [i f g o]
        a.noalias() += previousHidden(ws, t, B) * W_hh_T;
        sigmoidInPlace<S>(a.leftCols(2 * H));     // (1) (2)
        tanhInPlace<S>(a.middleCols(2 * H, H));   // (3)
        sigmoidInPlace<S>(a.rightCols(H));        // (4)
        const auto c_prev = t == 0 ? ws.c0.middleRows(0, B) : stepRows(ws.c, t - 1, B);
        auto c_t = stepRows(ws.c, t, B);
        auto tanh_c = stepRows(ws.tanhC, t, B);
        c_t.array() = a.middleCols(H, H).array() * c_prev.array() +
                      a.leftCols(H).array() * a.middleCols(2 * H, H).array();  // (5)
        tanh_c.array() = c_t.array().tanh();
        stepRows(ws.h, t, B).array() = a.rightCols(H).array() * tanh_c.array();  // (6)
    }
}

template <typename S>
void lstmBackward(const Parameters<S>& p, int layer, Index T, Index B, int truncation,
                  LayerWorkspace<S>& ws) {
    const Index H = ws.h0.cols();
    const ConstMatrixMap<S> W_hh = p.matrix(p.layout().weightHh(layer));  // (4H, H)
    ws.dA.resize(T * B, 4 * H);
    ws.dAhh.resize(0, 0);
    ws.dc.setZero(T * B, H);
    for (Index t = T - 1; t >= 0; --t) {
        const auto g = stepRows(ws.gates, t, B);
        const auto i_t = g.leftCols(H).array();
        const auto f_t = g.middleCols(H, H).array();
        const auto g_t = g.middleCols(2 * H, H).array();
        const auto o_t = g.rightCols(H).array();
        const auto tanh_c = stepRows(ws.tanhC, t, B).array();
        const auto c_prev = (t == 0 ? ws.c0.middleRows(0, B) : stepRows(ws.c, t - 1, B)).array();
        const auto dh_t = stepRows(ws.dh, t, B).array();
        auto dc_t = stepRows(ws.dc, t, B).array();
        auto da = stepRows(ws.dA, t, B);

        dc_t += dh_t * o_t * (S(1) - tanh_c.square());                                 // (7)
        da.rightCols(H).array() = dh_t * tanh_c * o_t * (S(1) - o_t);                  // (8)
        da.leftCols(H).array() = dc_t * g_t * i_t * (S(1) - i_t);                      // (9)
        da.middleCols(H, H).array() = dc_t * c_prev * f_t * (S(1) - f_t);              // (10)
        da.middleCols(2 * H, H).array() = dc_t * i_t * (S(1) - g_t.square());          // (11)

        if (t == 0) {
            ws.dc0.array() = dc_t * f_t;                                               // (12)
            ws.dh0.noalias() = da * W_hh;                                              // (13)
        } else if (!recurrenceCut(t, T, truncation)) {
            stepRows(ws.dc, t - 1, B).array() = dc_t * f_t;
            stepRows(ws.dh, t - 1, B).noalias() += da * W_hh;
        }
    }
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
