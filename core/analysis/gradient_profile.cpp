#include "core/analysis/gradient_profile.h"

#include <cmath>

namespace rnnlab {

std::vector<std::vector<double>> hiddenGradientNorms(const SequenceTrace& trace) {
    std::vector<std::vector<double>> out;
    for (const LayerTrace& l : trace.layers) {
        if (l.dh.size() == 0) return {};
        std::vector<double> norms(static_cast<std::size_t>(l.dh.rows()));
        for (Index t = 0; t < l.dh.rows(); ++t)
            norms[static_cast<std::size_t>(t)] = l.dh.row(t).norm();
        out.push_back(std::move(norms));
    }
    return out;
}

std::optional<double> backwardStepFactor(const std::vector<double>& values, std::size_t first) {
    // Least squares on (t, log v_t): b = Σ (t - t̄)(y - ȳ) / Σ (t - t̄)².
    double n = 0, st = 0, sy = 0, stt = 0, sty = 0;
    for (std::size_t t = first; t < values.size(); ++t) {
        const double v = values[t];
        if (!(v > 0.0) || !std::isfinite(v)) continue;
        const double x = static_cast<double>(t), y = std::log(v);
        n += 1;
        st += x;
        sy += y;
        stt += x * x;
        sty += x * y;
    }
    const double denominator = n * stt - st * st;
    if (n < 2 || denominator <= 0.0) return std::nullopt;
    const double b = (n * sty - st * sy) / denominator;
    return std::exp(-b);
}

}  // namespace rnnlab
