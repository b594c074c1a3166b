#include "core/nn/loss.h"

#include <cmath>

namespace rnnlab {

namespace {

template <typename S>
S meanSquaredError(const Matrix<S>& y, const Matrix<S>& target, Matrix<S>* dY) {
    RNNLAB_ASSERT(y.rows() == target.rows() && y.cols() == target.cols(), "mse target shape");
    const S n = static_cast<S>(y.size());
    if (dY) dY->noalias() = (S(2) / n) * (y - target);
    return (y - target).squaredNorm() / n;
}

template <typename S>
S crossEntropy(const Matrix<S>& logits, const Matrix<S>& classes, Matrix<S>* dLogits) {
    RNNLAB_ASSERT(classes.rows() == logits.rows() && classes.cols() == 1, "cross-entropy target");
    const Index R = logits.rows(), O = logits.cols();
    if (dLogits) dLogits->resize(R, O);
    S total = 0;
    for (Index r = 0; r < R; ++r) {
        const Index c = static_cast<Index>(classes(r, 0));
        RNNLAB_ASSERT(c >= 0 && c < O, "class index out of range");
        // log softmax(y)_c = y_c - m - log Σ_j exp(y_j - m),  m = max_j y_j (stable form)
        const S m = logits.row(r).maxCoeff();
        const S sumExp = (logits.row(r).array() - m).exp().sum();
        total -= logits(r, c) - m - std::log(sumExp);
        if (dLogits) {
            dLogits->row(r) = ((logits.row(r).array() - m).exp() / (sumExp * S(R))).matrix();
            (*dLogits)(r, c) -= S(1) / S(R);
        }
    }
    return total / S(R);
}

}  // namespace

template <typename S>
S computeLoss(LossKind kind, const Matrix<S>& outputs, const Matrix<S>& targets,
              Matrix<S>* dOutputs) {
    return kind == LossKind::Mse ? meanSquaredError(outputs, targets, dOutputs)
                                 : crossEntropy(outputs, targets, dOutputs);
}

template float computeLoss<float>(LossKind, const Matrix<float>&, const Matrix<float>&,
                                  Matrix<float>*);
template double computeLoss<double>(LossKind, const Matrix<double>&, const Matrix<double>&,
                                    Matrix<double>*);

}  // namespace rnnlab
