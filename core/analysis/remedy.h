#pragma once
// The remedies for vanishing and exploding gradients a student can try live from the gradient
// view, each one change to the network or the training settings, keeping the data and the
// seed so that runs differ only by that change:
//   cell           RNN -> LSTM -> GRU: gated, additive state paths (Hochreiter & Schmidhuber
//                  1997; Cho et al. 2014); the LSTM with a forget-gate bias of at least
//                  kLstmForgetBias, as it is meant to start
//   nonlinearity   tanh or relu (RNN): relu's derivative is 1 where active, tanh's at most 1
//   clipping       on/off and threshold (Pascanu et al. 2013)
//   forget bias    LSTM b_f += bias: f ≈ σ(bias) ≈ 0.73 at bias 1 (Gers et al. 2000,
//                  Jozefowicz et al. 2015)
//   recurrent init PyTorch's default, orthogonal (Saxe et al. 2014) or identity (IRNN, Le et
//                  al. 2015): every singular value of W_hh starts at 1
//   truncation     truncated BPTT length (0: full)
// How much of the run a change restarts is its effect (effectOf).

#include <string>

#include "core/base/ui_text.h"
#include "core/nn/network_config.h"
#include "core/train/training_settings.h"

namespace rnnlab {

// The forget-gate bias the cell remedy gives an LSTM: σ(3) ≈ 0.95, so over a 40-step window
// 0.95^40 ≈ 13 % of the cell state survives. A positive bias is the standard advice (Gers et al.
// 2000; Jozefowicz et al. 2015 use 1); memories of tens of steps need about log T (Tallec &
// Ollivier 2018): with +1 the first lesson's LSTM still loses the gradient (σ(1)^40 ≈ 3e-6).
constexpr double kLstmForgetBias = 3.0;

enum class RemedyKind { Cell, Nonlinearity, Clipping, ForgetBias, RecurrentInit, Truncation };

struct Remedy {
    RemedyKind kind = RemedyKind::Clipping;
    CellType cell = CellType::Rnn;                   // Cell
    Nonlinearity nonlinearity = Nonlinearity::Tanh;  // Nonlinearity
    bool clip = true;                                // Clipping
    double clipMaxNorm = 1.0;                        // Clipping
    double forgetBias = 1.0;                         // ForgetBias
    InitScheme init = InitScheme::PyTorch;           // RecurrentInit
    int truncation = 0;                              // Truncation

    bool operator==(const Remedy& o) const;
    bool operator!=(const Remedy& o) const { return !(*this == o); }
};

enum class RemedyEffect {
    Live,          // a training setting: Trainer::setSettings, effective at the next step
    Reinitialise,  // the initial weights: setSettings, then Trainer::reinitialise (same seed)
    Rebuild,       // the network itself: a new Trainer on the same data, settings and seed
};

RemedyEffect effectOf(RemedyKind kind);

// Writes the change into a copy of the run's configuration. The init scheme keeps the other
// InitSettings (gain, identity scale, forget bias, spectral radius).
void applyRemedy(const Remedy& remedy, NetworkConfig& network, TrainingSettings& settings);

// One line for a status bar: "cell: LSTM", "clipping: on, threshold 1", "forget-gate bias: +1",
// "recurrent init: identity (IRNN)", "truncated BPTT: 10 steps" ... (english(); the window
// shows it translated).
UiText describe(const Remedy& remedy);

}  // namespace rnnlab
