#pragma once
// Losses of the head's outputs, with their gradient (docs/formats.md §1, as torch.nn.functional):
//   mse:            L = 1/N Σ_n (y_n - t_n)²          over all N elements;  dL/dy = 2 (y - t) / N
//   cross_entropy:  L = -1/R Σ_r log softmax(y_r)[c_r] over R rows;          dL/dy_r = (softmax(y_r) - onehot(c_r)) / R

#include "core/base/tensor_types.h"
#include "core/nn/network_config.h"

namespace rnnlab {

// outputs: (R, O). targets: (R, O) for mse; (R, 1) class indices in [0, O) for cross_entropy.
// Writes dL/d outputs into dOutputs when it is not null (resized to outputs' shape).
template <typename S>
S computeLoss(LossKind kind, const Matrix<S>& outputs, const Matrix<S>& targets,
              Matrix<S>* dOutputs);

}  // namespace rnnlab
