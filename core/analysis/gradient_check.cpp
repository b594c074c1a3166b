#include "core/analysis/gradient_check.h"

#include <algorithm>
#include <cmath>
#include <set>

#include "core/base/random.h"
#include "core/nn/recurrent_network.h"

namespace rnnlab {

std::string GradientCheckEntry::label() const {
    return parameter + "[" + std::to_string(row) +
           (column >= 0 ? ", " + std::to_string(column) : std::string()) + "]";
}

double GradientCheckResult::maxRelativeError() const {
    double worst = 0.0;
    for (const GradientCheckEntry& e : entries) worst = std::max(worst, e.relativeError);
    return worst;
}

double relativeError(double a, double b) {
    const double scale = std::max(std::abs(a), std::abs(b));
    return scale < 1e-12 ? 0.0 : std::abs(a - b) / scale;
}

GradientCheckResult gradientCheck(const NetworkConfig& config, const Parameters<double>& weights,
                                  const Matrix<double>& x, const Matrix<double>& targets,
                                  const GradientCheckOptions& options) {
    RecurrentNetwork<double> net(config);
    RNNLAB_ASSERT(net.parameters().flat().size() == weights.flat().size(), "weights layout");
    net.parameters().flat() = weights.flat();
    const Index T = x.rows();
    Workspace<double> ws;
    Parameters<double> grads;
    net.forward(x, T, 1, ws);
    GradientCheckResult result;
    result.epsilon = options.epsilon;
    result.loss = net.backward(ws, targets, grads);

    // Which parameters: a tensor uniformly, then an element of it uniformly, no repeats.
    const std::vector<ParameterInfo>& entries = weights.layout().entries();
    const Index total = weights.flat().size();
    const Index count = std::min<Index>(std::max(options.count, 0), total);
    Random rng(options.seed);
    std::set<Index> chosen;
    std::vector<std::pair<int, Index>> picks;  // (entry, element)
    while (static_cast<Index>(picks.size()) < count) {
        const int e = static_cast<int>(rng.below(entries.size()));
        const Index element =
            static_cast<Index>(rng.below(static_cast<std::uint64_t>(entries[e].size())));
        if (chosen.insert(entries[e].offset + element).second) picks.emplace_back(e, element);
    }

    Vector<double>& theta = net.parameters().flat();
    auto lossAt = [&](Index i, double value) {
        const double saved = theta[i];
        theta[i] = value;
        net.forward(x, T, 1, ws);
        const double loss = net.loss(ws, targets);
        theta[i] = saved;
        return loss;
    };
    for (const auto& [e, element] : picks) {
        const ParameterInfo& p = entries[static_cast<std::size_t>(e)];
        const Index i = p.offset + element;
        GradientCheckEntry c;
        c.parameter = p.name;
        c.row = p.isMatrix() ? element / p.cols : element;
        c.column = p.isMatrix() ? element % p.cols : -1;
        c.backprop = grads.flat()[i];
        c.numeric =
            (lossAt(i, theta[i] + options.epsilon) - lossAt(i, theta[i] - options.epsilon)) /
            (2 * options.epsilon);                               // (1)
        c.relativeError = relativeError(c.backprop, c.numeric);  // (2)
        result.entries.push_back(c);
    }
    return result;
}

}  // namespace rnnlab
