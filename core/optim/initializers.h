#pragma once
// Initial values for every parameter of a network, drawn from rnnlab::Random so that the same
// seed gives bit-identical parameters everywhere. Values are drawn in double, tensor by tensor
// in state_dict order and row-major inside a tensor (the order of nn.RNN.reset_parameters), and
// then rounded to S: the float parameters of a seed are the double ones rounded.
//
// Schemes (k = 1/sqrt(H); "gate block" = the H rows of one gate, LSTM i f g o, GRU r z n):
//   scheme       W_ih, fc.weight          W_hh                          biases
//   pytorch      U(-k, k)                 U(-k, k)                      U(-k, k)
//   xavier       Xavier U(-a, a)          Xavier U(-a, a)               0
//   orthogonal   Xavier U(-a, a)          orthogonal, per gate block    0
//   identity     Xavier U(-a, a)          scale * I, per gate block     0
// and in every scheme embedding.weight ~ N(0, 1), as torch.nn.Embedding.
// - pytorch: nn.RNN/LSTM/GRU.reset_parameters and nn.Linear(H, O) (whose kaiming_uniform_(a=
//   sqrt(5)) bound and bias bound are both 1/sqrt(fan_in) = k).
// - Xavier (Glorot & Bengio 2010), torch.nn.init.xavier_uniform_ on the whole tensor:
//   a = gain * sqrt(6 / (fan_in + fan_out)), fan_in = columns, fan_out = rows.
// - orthogonal (Saxe et al. 2014), torch.nn.init.orthogonal_ on each (H, H) gate block: the Q of
//   the QR factorisation of a standard Gaussian matrix, column j multiplied by sign(R_jj)
//   (Mezzadri 2007, so Q is uniform over orthogonal matrices), times gain. With the Xavier input
//   weights and zero biases this is Keras' default for recurrent layers.
// - identity (IRNN, Le et al. 2015): W_hh gate blocks = scale * I, biases 0. The paper draws the
//   other weights from N(0, 0.001^2); here they are Xavier like the other schemes.
// Options applied after the scheme, in this order:
// - forgetBias (LSTM only, ignored for RNN and GRU): added to the f block b_ih[H:2H] of every
//   layer (Gers et al. 2000, Jozefowicz et al. 2015). torch users do the same with
//   `rnn.bias_ih_l0.data[H:2*H] += 1`; since the gate sees b_ih + b_hh either would do.
// - spectralRadius > 0: every W_hh gate block B is multiplied by rho_target / rho(B), so that
//   each block's spectral radius is rho_target (rho < 1: gradients vanish, > 1: they explode;
//   Pascanu et al. 2013).

#include <cstdint>
#include <string>

#include "core/nn/network_config.h"
#include "core/nn/parameters.h"

namespace rnnlab {

enum class InitScheme { PyTorch, Xavier, Orthogonal, Identity };

struct InitSettings {
    InitScheme scheme = InitScheme::PyTorch;
    double gain = 1.0;            // xavier and orthogonal draws (torch's gain argument)
    double identityScale = 1.0;   // identity: W_hh gate blocks = identityScale * I
    double forgetBias = 0.0;      // LSTM: added to b_ih[H:2H] of every layer
    double spectralRadius = 0.0;  // > 0: rescale every W_hh gate block to it; 0: off

    bool operator==(const InitSettings& o) const {
        return scheme == o.scheme && gain == o.gain && identityScale == o.identityScale &&
               forgetBias == o.forgetBias && spectralRadius == o.spectralRadius;
    }
    bool operator!=(const InitSettings& o) const { return !(*this == o); }
};

// Throws ConfigError naming the setting ("init gain must be positive and finite, got 0").
void validate(const InitSettings& settings);

// Names used in files and on the command line: "pytorch" "xavier" "orthogonal" "identity".
std::string toString(InitScheme scheme);
InitScheme parseInitScheme(const std::string& s);

// Overwrites every value of params, whose layout must be ParameterLayout(config). Validates the
// settings; also throws ConfigError when spectralRadius > 0 and a W_hh gate block has spectral
// radius 0 (identity scale 0), which no factor can rescale.
template <typename S>
void initialise(Parameters<S>& params, const NetworkConfig& config, const InitSettings& settings,
                std::uint64_t seed);

}  // namespace rnnlab
