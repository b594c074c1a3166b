#pragma once
// Gradient norms and global-norm clipping, as torch.nn.utils.clip_grad_norm_ (norm_type 2,
// Pascanu et al. 2013):
//   (1) n_k = ||g_k||_2                      for every tensor k of the layout
//   (2) total = ||(n_0, n_1, ...)||_2        the norm of all gradients as one vector
//   (3) coef = max_norm / (total + 1e-6)
//   (4) g <- coef * g   for every gradient, when coef < 1
// Sums of squares are accumulated in double for float gradients too. torch accumulates float
// gradients in float; the two totals differ by a few float ulps (~1e-7 relative), far inside
// the 1e-5 agreement of docs/formats.md §1, and the double sum cannot overflow for float inputs.
// Unlike torch (which multiplies every gradient by NaN or 0), a non-finite total is only
// reported: the gradients are left as they are, for the trainer to stop and name the culprit.

#include <vector>

#include "core/nn/parameters.h"

namespace rnnlab {

struct ClipResult {
    double normBefore = 0.0;   // total of (2)
    double normAfter = 0.0;    // coef * normBefore when clipped, else normBefore
    double coefficient = 1.0;  // the factor applied to every gradient (1 when not clipped)
    bool clipped = false;      // coef < 1: the gradients were scaled
    bool finite = true;        // false: total is NaN or inf, nothing was scaled
    int nonFiniteEntry = -1;   // index into layout().entries() of the first non-finite norm (-1:
                               // every norm finite, only their sum of squares overflowed)
};

// (1): one L2 norm per layout entry, in layout order (the gradient views plot these).
template <typename S>
std::vector<double> parameterNorms(const Parameters<S>& grads);

// (2) from the norms of (1).
double totalNorm(const std::vector<double>& norms);

// (1)-(4). maxNorm must be positive and finite (check settings with validateMaxNorm()).
template <typename S>
ClipResult clipGradNorm(Parameters<S>& grads, double maxNorm);

// ConfigError "clip max norm must be positive and finite, got -1" for a bad setting.
void validateMaxNorm(double maxNorm);

}  // namespace rnnlab
