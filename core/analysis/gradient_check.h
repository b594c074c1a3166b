#pragma once
// Backpropagation is just calculus: for a few parameters θ_j chosen at random, the gradient
// BPTT computes beside the central finite difference
//   (1) g̃_j = (L(θ + ε e_j) - L(θ - ε e_j)) / 2ε
// on one sequence, in double precision, and their relative error
//   (2) err_j = |g_j - g̃_j| / max(|g_j|, |g̃_j|)      (0 when both are below 1e-12)
// In double with ε = 1e-5 the rounding and truncation errors of (1) are about 1e-11 each, so
// err_j is tiny unless the gradient itself is tiny (then rounding dominates) or a relu sits on
// its kink within ±ε. The check always runs
// full BPTT: truncated BPTT deliberately drops terms and would not match (1).

#include <cstdint>
#include <string>
#include <vector>

#include "core/nn/network_config.h"
#include "core/nn/parameters.h"

namespace rnnlab {

struct GradientCheckEntry {
    std::string parameter;       // state_dict name, e.g. "rnn.weight_hh_l0"
    Index row = 0;               // position inside the tensor
    Index column = -1;           // -1 for a bias (a 1-D tensor)
    double backprop = 0.0;       // g_j from BPTT
    double numeric = 0.0;        // g̃_j, (1)
    double relativeError = 0.0;  // (2)

    std::string label() const;  // "rnn.weight_hh_l0[3, 5]" or "rnn.bias_ih_l0[2]"
};

struct GradientCheckResult {
    long long step = 0;  // training step of the weights (set by the caller)
    double epsilon = 0.0;
    double loss = 0.0;  // L(θ) on the sequence
    std::vector<GradientCheckEntry> entries;
    double maxRelativeError() const;
};

struct GradientCheckOptions {
    int count = 8;           // parameters to check (at most the network's parameter count)
    std::uint64_t seed = 1;  // which ones: every tensor equally likely, then every element
    double epsilon = 1e-5;
};

// (1)-(2) for one sequence: x (T, I), targets as for RecurrentNetwork::backward with B = 1.
GradientCheckResult gradientCheck(const NetworkConfig& config, const Parameters<double>& weights,
                                  const Matrix<double>& x, const Matrix<double>& targets,
                                  const GradientCheckOptions& options);

// (2).
double relativeError(double a, double b);

}  // namespace rnnlab
