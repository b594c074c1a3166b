#pragma once
// The two warnings of the gradient view, as pure functions of what a run recorded:
//
// Vanishing: the gradient that reaches the earliest step of the traced sequence is a tiny
// fraction of the one at the last step,
//   (1) ratio = ‖dL/dh_first‖ / ‖dL/dh_{T-1}‖ < vanishingRatio            (output "last")
//   (2) ratio = ‖∂h_{T-1}/∂h_first‖₂ < vanishingRatio                     (output "sequence")
// With a loss at every step (2), dL/dh_0 also holds step 0's own loss, which does not travel at
// all, so (1) would stay large while the gradient from later steps vanishes; the Jacobian
// product measures the journey itself (state_jacobian.h). first = 0, or T - k under truncated
// BPTT of length k < T (older steps get no gradient by design, not by vanishing). Every layer is
// checked; the smallest ratio counts.
//
// Exploding: the total gradient norm before clipping (the latest step of the history)
//   (3) is above explodingFactor × the clip threshold (clipping on), or explodingNorm (off),
//       or is not finite, or
//   (4) grew: the geometric mean of the last growthWindow records is growthFactor times that of
//       the growthWindow records before them, and the latest norm is above the clip threshold
//       (1 with clipping off): a small gradient that grows is not yet a problem.
// Each badge comes with a one-paragraph explanation for students.

#include <string>
#include <vector>

#include "core/base/tensor_types.h"
#include "core/base/ui_text.h"
#include "core/nn/network_config.h"
#include "core/train/training_history.h"

namespace rnnlab {

struct DiagnosisThresholds {
    double vanishingRatio = 1e-3;
    double explodingFactor = 10.0;  // × clipMaxNorm, when clipping is on
    double explodingNorm = 1e3;     // when clipping is off
    double growthFactor = 10.0;
    int growthWindow = 10;  // step records per window of (4)
};

enum class BadgeState { Unknown, Off, On };  // Unknown: not enough data to say

struct Badge {
    BadgeState state = BadgeState::Unknown;
    double value = 0.0;   // the measured ratio (vanishing) or norm (exploding)
    int layer = -1;       // vanishing: the layer with the smallest ratio
    UiText summary;      // one line with the numbers, e.g. "‖dL/dh_1‖ / ‖dL/dh_20‖ = 3e-05"
    UiText explanation;  // one paragraph: what it means, why it happens, what helps
};

// dhNorm: [layer][t] ‖dL/dh_t‖ of the traced sequence (gradient_profile.h); jacobianNorm:
// [layer][t] ‖∂h_{T-1}/∂h_t‖ (state_jacobian.h), used for output "sequence" (may be empty
// otherwise). truncation: the run's truncated BPTT length (0: full).
Badge vanishingBadge(OutputMode output, int truncation,
                     const std::vector<std::vector<double>>& dhNorm,
                     const std::vector<std::vector<double>>& jacobianNorm,
                     const DiagnosisThresholds& thresholds = {});

// steps: the run's step records, oldest first (TrainingHistory::steps).
Badge explodingBadge(const std::vector<StepRecord>& steps, bool clip, double clipMaxNorm,
                     const DiagnosisThresholds& thresholds = {});

// The first step the vanishing badge compares with the last: 0, or T - truncation.
Index earliestComparedStep(Index steps, int truncation);

}  // namespace rnnlab
