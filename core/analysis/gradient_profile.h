#pragma once
// The classic picture of vanishing and exploding gradients: ‖dL/dh_t‖ against the time step t
// of one sequence. With the loss on the last step, a gradient that travels back k steps has
// been multiplied by k Jacobians (state_jacobian.h), so the curve is roughly geometric in t and
// a straight line on a log axis; its slope gives the average factor per step back.

#include <optional>
#include <vector>

#include "core/nn/sequence_trace.h"

namespace rnnlab {

// ‖dL/dh_t‖₂ of every layer of a trace with gradients: [layer][t]. Empty without them.
std::vector<std::vector<double>> hiddenGradientNorms(const SequenceTrace& trace);

// The average factor by which a norm is multiplied per step back in time, over the steps
// t = first .. size-1: exp(-b) for the least-squares line log v_t ≈ a + b t through the
// positive, finite values. Below 1 the curve decays toward early steps (vanishing), above 1 it
// grows (exploding). None with fewer than two usable values.
std::optional<double> backwardStepFactor(const std::vector<double>& values, std::size_t first = 0);

}  // namespace rnnlab
