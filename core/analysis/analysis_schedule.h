#pragma once
// How often a run records the heavy analyses of its traced sequence: the Jacobian products
// ‖∂h_{T-1}/∂h_t‖ (state_jacobian.h) and the spectral radius and largest singular value of
// every W_hh gate block (recurrent_weight_norms.h). Both grow with H³ (the eigenvalues of a
// non-symmetric block faster still), a training step only with B·T·H², so they are recorded at
// every trace when the batches are large and otherwise at every 2nd, 4th, 8th, ... trace: as
// often as keeps their cost within kHeavyAnalysisShare of the training they describe (an LSTM
// with H = 16, T = 20, B = 32 at every 4th trace, with H = 512 at every 16th).
//
// The interval depends on the shapes alone, never on a clock: every run of an experiment, in
// the window or on the command line, saved and resumed or not, records the same steps.

#include "core/base/tensor_types.h"
#include "core/nn/network_config.h"

namespace rnnlab {

// Analysis work allowed per unit of training work. On two cores the training thread has one and
// the window's drawing, the epochs' evaluations and these analyses share the other.
constexpr double kHeavyAnalysisShare = 0.1;
// Free-running forecast work allowed per unit of training work.
constexpr double kFreeRunningShare = 0.1;

// Estimated cost, in multiply-adds of a matrix product, of one training step (forward and
// backward through time) and of the heavy analyses of one traced sequence. The analyses are
// weighted by how much slower than a product Eigen runs them on one core (measured: the
// non-symmetric eigenvalues of a 512 × 512 block take as long as 1,200 × 512³ product flops).
double trainingStepCost(const NetworkConfig& network, Index steps, Index batch);
double heavyAnalysisCost(const NetworkConfig& network, Index steps);

// Steps between two heavy analyses: traceEvery × 2^k for the smallest k that keeps them within
// kHeavyAnalysisShare of the training; 0 when traceEvery is 0 (no traces, no analyses).
long long heavyAnalysisEvery(const NetworkConfig& network, Index steps, Index batch,
                             int traceEvery);

// The free-running (closed-loop) errors of an epoch's evaluation (core/train/forecast.h) run
// the network once per forecast row, one window of `steps` at a time with a batch of one: at
// classroom sizes that costs about half as much as the epoch's training, and it cannot start
// before the epoch has ended. So they are recorded at every epoch when they are cheap and at
// every 2nd, 4th, 8th, ... epoch (counting from the first) otherwise: as often as keeps them
// within kFreeRunningShare of the training. Shapes alone decide, as for the heavy analyses.
// trainSamples: training samples per epoch; forecastRows: rows the forecast runs over.
int freeRunningEvery(const NetworkConfig& network, Index steps, Index batch, Index trainSamples,
                     Index forecastRows);

}  // namespace rnnlab
