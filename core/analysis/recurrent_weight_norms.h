#pragma once
// The recurrent weights' two growth numbers (core/base/matrix_norms.h), per layer and gate block:
//   ρ(W)  spectral radius: the long-run growth of W^t;  σ₁(W)  largest singular value: the most
//   one multiplication can stretch a vector (ρ ≤ σ₁).
// Gate blocks are the (H, H) row blocks of W_hh in PyTorch's order: RNN one block (W_hh
// itself), LSTM i f g o, GRU r z n.
//
// What they say about gradients (Pascanu et al. 2013): for a tanh or relu RNN each backward
// step multiplies by J_t^T = W_hh^T diag(φ'(a_t)) with 0 ≤ φ' ≤ 1, so ‖J_t‖₂ ≤ σ₁(W_hh):
// σ₁ < 1 makes gradients vanish for certain, and ρ > 1 is needed for them to explode. In the
// LSTM and GRU the state also has an additive path (f ⊙ c, z ⊙ h) that bypasses W_hh, so the
// candidate block (g, n) plays the RNN's role but does not decide alone.

#include <vector>

#include "core/nn/network_config.h"
#include "core/nn/parameters.h"

namespace rnnlab {

struct RecurrentWeightNorms {
    std::vector<std::vector<double>> spectralRadius;        // [layer][gate block] ρ
    std::vector<std::vector<double>> largestSingularValue;  // [layer][gate block] σ₁
};

// Blocks up to this size get ρ; a larger one NaN: the non-symmetric eigenvalue problem grows
// faster than H³ (Eigen: 0.3 s at 256, 5 s at 512 on one core), and σ₁ ≥ ρ still bounds it.
constexpr int kMaxSpectralRadiusSize = 256;

// weights: layout of ParameterLayout(config). NaN for a block with a non-finite entry.
template <typename S>
RecurrentWeightNorms recurrentWeightNorms(const Parameters<S>& weights,
                                          const NetworkConfig& config);

// The gate block that plays the vanilla RNN's W_hh: 0 for the RNN, g (2) for the LSTM, n (2)
// for the GRU.
int candidateBlock(CellType cell);

}  // namespace rnnlab
