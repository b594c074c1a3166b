#include "core/optim/gradient_clipping.h"

#include <cmath>

#include "core/base/setting_checks.h"

namespace rnnlab {

template <typename S>
std::vector<double> parameterNorms(const Parameters<S>& grads) {
    const std::vector<ParameterInfo>& entries = grads.layout().entries();
    std::vector<double> norms(entries.size());
    for (std::size_t k = 0; k < entries.size(); ++k) {
        const ConstVectorMap<S> g = grads.vector(static_cast<int>(k));
        double sumSquares = 0.0;
        for (Index j = 0; j < g.size(); ++j) {
            const double x = static_cast<double>(g[j]);
            sumSquares += x * x;
        }
        norms[k] = std::sqrt(sumSquares);
    }
    return norms;
}

double totalNorm(const std::vector<double>& norms) {
    double sumSquares = 0.0;
    for (double n : norms) sumSquares += n * n;
    return std::sqrt(sumSquares);
}

template <typename S>
ClipResult clipGradNorm(Parameters<S>& grads, double maxNorm) {
    RNNLAB_ASSERT(std::isfinite(maxNorm) && maxNorm > 0, "clip max norm must be positive");
    const std::vector<double> norms = parameterNorms(grads);
    ClipResult r;
    r.normBefore = totalNorm(norms);
    r.normAfter = r.normBefore;
    if (!std::isfinite(r.normBefore)) {
        r.finite = false;
        for (std::size_t k = 0; k < norms.size() && r.nonFiniteEntry < 0; ++k)
            if (!std::isfinite(norms[k])) r.nonFiniteEntry = static_cast<int>(k);
        return r;
    }
    // torch evaluates max_norm / (total + 1e-6) in the gradients' precision as
    // reciprocal(total + 1e-6) * max_norm (Tensor.__rtruediv__); the same here.
    const S coef =
        static_cast<S>(maxNorm) * (S(1) / (static_cast<S>(r.normBefore) + static_cast<S>(1e-6)));
    if (coef < S(1)) {
        grads.flat() *= coef;
        r.coefficient = static_cast<double>(coef);
        r.normAfter = r.coefficient * r.normBefore;
        r.clipped = true;
    }
    return r;
}

void validateMaxNorm(double maxNorm) {
    requirePositive("clip max norm", maxNorm);
}

template std::vector<double> parameterNorms(const Parameters<float>&);
template std::vector<double> parameterNorms(const Parameters<double>&);
template ClipResult clipGradNorm(Parameters<float>&, double);
template ClipResult clipGradNorm(Parameters<double>&, double);

}  // namespace rnnlab
