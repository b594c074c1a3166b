#include "reference_forward.h"

#include <cmath>
#include <vector>

namespace rnnlab::test {

namespace {
double sigmoid(double a) { return 1.0 / (1.0 + std::exp(-a)); }

// Row `row` of W (rows x cols, row-major) times v, plus the two biases.
double affine(const Parameters<double>& p, int w, int b1, int row, const std::vector<double>& v) {
    const ParameterInfo& info = p.layout().entries()[w];
    double s = 0.0;
    for (Index j = 0; j < info.cols; ++j) s += p.flat()[info.offset + row * info.cols + j] * v[j];
    if (b1 >= 0) s += p.flat()[p.layout().entries()[b1].offset + row];
    return s;
}

// The first layer's input vector at row `row` of x: x itself, the one-hot vector e_s of symbol s,
// or row s of the embedding.
std::vector<double> firstLayerInput(const NetworkConfig& c, const Parameters<double>& p,
                                    const Matrix<double>& x, Index row) {
    if (c.input == InputKind::Real) return std::vector<double>(x.row(row).begin(), x.row(row).end());
    const Index s = static_cast<Index>(x(row, 0));
    if (c.embeddingSize == 0) {
        std::vector<double> oneHot(c.vocabSize, 0.0);
        oneHot[s] = 1.0;
        return oneHot;
    }
    const ParameterInfo& E = p.layout().entries()[p.layout().embedding()];
    const double* first = p.flat().data() + E.offset + s * E.cols;
    return std::vector<double>(first, first + E.cols);
}
}  // namespace

ReferenceResult referenceForward(const NetworkConfig& c, const Parameters<double>& p,
                                 const Matrix<double>& x, Index T, Index B,
                                 const Matrix<double>& targets, const Perturbation& pert) {
    const ParameterLayout& l = p.layout();
    const int H = c.hiddenSize;
    ReferenceResult r;
    r.h.assign(c.numLayers, Matrix<double>::Zero(T * B, H));
    for (Index b = 0; b < B; ++b) {
        std::vector<std::vector<double>> h(c.numLayers, std::vector<double>(H, 0.0));
        std::vector<std::vector<double>> cs(c.numLayers, std::vector<double>(H, 0.0));
        for (Index t = 0; t < T; ++t) {
            std::vector<double> in = firstLayerInput(c, p, x, t * B + b);
            for (int k = 0; k < c.numLayers; ++k) {
                const int wi = l.weightIh(k), wh = l.weightHh(k), bi = l.biasIh(k), bh = l.biasHh(k);
                std::vector<double> hNew(H), cNew(H);
                for (int u = 0; u < H; ++u) {
                    // a_gate(u) = W_ih[gate*H+u] in + b_ih + W_hh[gate*H+u] h + b_hh
                    auto pre = [&](int gate) {
                        return affine(p, wi, bi, gate * H + u, in) + affine(p, wh, bh, gate * H + u, h[k]);
                    };
                    if (c.cell == CellType::Rnn) {
                        const double a = pre(0);
                        hNew[u] = c.nonlinearity == Nonlinearity::Tanh ? std::tanh(a) : std::max(a, 0.0);
                    } else if (c.cell == CellType::Lstm) {
                        const double i = sigmoid(pre(0)), f = sigmoid(pre(1));
                        const double g = std::tanh(pre(2)), o = sigmoid(pre(3));
                        cNew[u] = f * cs[k][u] + i * g;
                        hNew[u] = o * std::tanh(cNew[u]);
                    } else {
                        const double rg = sigmoid(pre(0)), z = sigmoid(pre(1));
                        const double hn = affine(p, wh, bh, 2 * H + u, h[k]);
                        const double n = std::tanh(affine(p, wi, bi, 2 * H + u, in) + rg * hn);
                        hNew[u] = (1.0 - z) * n + z * h[k][u];
                    }
                }
                if (pert.layer == k && pert.step == t && pert.sample == b) {
                    const int u = pert.unit;
                    if (!pert.cellState) {
                        hNew[u] += pert.delta;
                    } else {  // c_t moves, and h_t = o_t tanh(c_t) with it
                        const double o = sigmoid(affine(p, wi, bi, 3 * H + u, in) +
                                                 affine(p, wh, bh, 3 * H + u, h[k]));
                        cNew[u] += pert.delta;
                        hNew[u] = o * std::tanh(cNew[u]);
                    }
                }
                h[k] = hNew;
                cs[k] = cNew;
                for (int u = 0; u < H; ++u) r.h[k](t * B + b, u) = h[k][u];
                in = h[k];
            }
        }
    }
    const Index rows = c.output == OutputMode::Last ? B : T * B;
    r.outputs.resize(rows, c.outputSize);
    const Matrix<double>& top = r.h.back();
    for (Index row = 0; row < rows; ++row) {
        std::vector<double> v(H);
        const Index src = c.output == OutputMode::Last ? (T - 1) * B + row : row;
        for (int u = 0; u < H; ++u) v[u] = top(src, u);
        for (int o = 0; o < c.outputSize; ++o) r.outputs(row, o) = affine(p, l.fcWeight(), l.fcBias(), o, v);
    }
    double loss = 0.0;
    if (c.loss == LossKind::Mse) {
        for (Index i = 0; i < r.outputs.rows(); ++i)
            for (Index j = 0; j < r.outputs.cols(); ++j)
                loss += std::pow(r.outputs(i, j) - targets(i, j), 2);
        loss /= static_cast<double>(r.outputs.size());
    } else {
        for (Index i = 0; i < r.outputs.rows(); ++i) {
            double sum = 0.0;
            for (Index j = 0; j < r.outputs.cols(); ++j) sum += std::exp(r.outputs(i, j));
            loss -= r.outputs(i, static_cast<Index>(targets(i, 0))) - std::log(sum);
        }
        loss /= static_cast<double>(r.outputs.rows());
    }
    r.loss = loss;
    return r;
}

}  // namespace rnnlab::test
