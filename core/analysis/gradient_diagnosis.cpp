#include "core/analysis/gradient_diagnosis.h"

#include <algorithm>
#include <cmath>
#include <cstdio>

#include "core/base/number_text.h"

namespace rnnlab {

namespace {

// A step number as a real subscript (₀..₉, U+2080..U+2089): dh₂₀, not dh_20.
std::string subscriptNumber(int n) {
    std::string out;
    for (char digit : std::to_string(n)) {
        if (digit == '-') {
            out += "\u208b";
        } else {  // UTF-8 of U+2080 + d: E2 82 (80 + d)
            out += {'\xe2', '\x82', char(0x80 + (digit - '0'))};
        }
    }
    return out;
}

// Measured norms and ratios in the badges: two significant digits.
std::string badgeNumber(double v) {
    return significantDigits(v, 2);
}

const char* kVanishingExplanation = QT_TRANSLATE_NOOP(
    "rnnlab::UiText",
    "Vanishing gradients: going back through time, the gradient is multiplied at every step by "
    "the Jacobian ∂h_t/∂h_{t-1}. When these factors are below 1 it shrinks geometrically, so "
    "nothing more than a few steps back is learned: the network forgets the start of the "
    "sequence. Remedies: an LSTM or GRU cell, orthogonal or identity (IRNN) recurrent weights, a "
    "positive LSTM forget-gate bias.");

const char* kSequenceNote = QT_TRANSLATE_NOOP(
    "rnnlab::UiText",
    " With a loss at every step, ‖dL/dh₁‖ also holds step 1's own loss, which does not travel "
    "at all, so the badge measures the journey itself: the Jacobian product ‖∂h_T/∂h_t‖.");

const char* kTruncationNote = QT_TRANSLATE_NOOP(
    "rnnlab::UiText",
    " Truncated BPTT cuts the gradient a fixed number of steps back on purpose, so the badge "
    "only looks at the steps inside that window.");

const char* kExplodingExplanation = QT_TRANSLATE_NOOP(
    "rnnlab::UiText",
    "Exploding gradients: when the factors ∂h_t/∂h_{t-1} are above 1, the gradient from "
    "far-away steps grows geometrically, and one huge step throws the weights far away: the "
    "loss spikes or becomes NaN. Remedies: gradient clipping (it rescales the whole gradient to "
    "the threshold, keeping its direction; Pascanu et al. 2013), a lower learning rate, "
    "orthogonal recurrent weights, an LSTM or GRU cell.");

double geometricMean(const std::vector<StepRecord>& steps, std::size_t begin, std::size_t end) {
    double sum = 0.0;
    for (std::size_t i = begin; i < end; ++i)
        sum += std::log(std::max(steps[i].gradNormBefore, 1e-300));
    return std::exp(sum / static_cast<double>(end - begin));
}

}  // namespace

Index earliestComparedStep(Index steps, int truncation) {
    return truncation > 0 && truncation < steps ? steps - truncation : 0;
}

Badge vanishingBadge(OutputMode output, int truncation,
                     const std::vector<std::vector<double>>& dhNorm,
                     const std::vector<std::vector<double>>& jacobianNorm,
                     const DiagnosisThresholds& thresholds) {
    Badge b;
    const bool sequence = output == OutputMode::Sequence;
    b.explanation = uiText(kVanishingExplanation);
    if (sequence) b.explanation += uiText(kSequenceNote);
    if (truncation > 0) b.explanation += uiText(kTruncationNote);

    const std::vector<std::vector<double>>& norms = sequence ? jacobianNorm : dhNorm;
    if (norms.empty() || norms.front().empty()) {
        b.summary = uiText(
            sequence ? QT_TRANSLATE_NOOP("rnnlab::UiText", "no Jacobian product recorded yet")
                     : QT_TRANSLATE_NOOP("rnnlab::UiText", "no traced gradients yet"));
        return b;
    }
    const Index T = static_cast<Index>(norms.front().size());
    if (T < 2) {
        b.summary = uiText(QT_TRANSLATE_NOOP(
            "rnnlab::UiText",
            "the traced sequence has a single step: nothing to travel back through"));
        return b;
    }
    const Index first = earliestComparedStep(T, truncation);
    double smallest = 0.0;
    for (std::size_t k = 0; k < norms.size(); ++k) {
        const std::vector<double>& n = norms[k];
        const double last = n[static_cast<std::size_t>(T - 1)];
        if (!(last > 0.0) || !std::isfinite(last) || !std::isfinite(n[std::size_t(first)]))
            continue;
        const double ratio = n[static_cast<std::size_t>(first)] / last;
        if (b.layer < 0 || ratio < smallest) {
            smallest = ratio;
            b.layer = static_cast<int>(k);
        }
    }
    if (b.layer < 0) {
        b.summary =
            uiText(QT_TRANSLATE_NOOP("rnnlab::UiText", "no finite gradient reaches the last step"));
        return b;
    }
    b.value = smallest;
    b.state = smallest < thresholds.vanishingRatio ? BadgeState::On : BadgeState::Off;
    const std::string t0 = subscriptNumber(first + 1), tT = subscriptNumber(T);
    const std::string ratio = sequence
                                  ? "\u2016\u2202h" + tT + "/\u2202h" + t0 + "\u2016"
                                  : "\u2016dL/dh" + t0 + "\u2016 / \u2016dL/dh" + tT + "\u2016";
    const std::string compared = b.state == BadgeState::On ? "<" : "\u2265";
    b.summary =
        uiText(QT_TRANSLATE_NOOP("rnnlab::UiText", "%1 = %2 %3 %4"),
               {ratio, badgeNumber(smallest), compared, badgeNumber(thresholds.vanishingRatio)});
    if (norms.size() > 1)
        b.summary += uiText(QT_TRANSLATE_NOOP("rnnlab::UiText", " (layer %1)"),
                            {std::to_string(b.layer + 1)});
    return b;
}

Badge explodingBadge(const std::vector<StepRecord>& steps, bool clip, double clipMaxNorm,
                     const DiagnosisThresholds& thresholds) {
    Badge b;
    b.explanation = uiText(kExplodingExplanation);
    if (steps.empty()) {
        b.summary = uiText(QT_TRANSLATE_NOOP("rnnlab::UiText", "no training steps yet"));
        return b;
    }
    const double norm = steps.back().gradNormBefore;
    const double limit = clip ? thresholds.explodingFactor * clipMaxNorm : thresholds.explodingNorm;
    const UiText limitText =
        clip ? uiText(QT_TRANSLATE_NOOP("rnnlab::UiText", "%1 (%2 × the clip threshold %3)"),
                      {badgeNumber(limit), badgeNumber(thresholds.explodingFactor),
                       badgeNumber(clipMaxNorm)})
             : uiText(QT_TRANSLATE_NOOP("rnnlab::UiText", "%1"), {badgeNumber(limit)});
    const UiText consequence =
        clip ? uiText(QT_TRANSLATE_NOOP("rnnlab::UiText", "; clipping scales it down to %1"),
                      {badgeNumber(clipMaxNorm)})
             : uiText(QT_TRANSLATE_NOOP("rnnlab::UiText", "; clipping is off"));
    b.value = norm;
    if (!std::isfinite(norm)) {
        b.state = BadgeState::On;
        b.summary = uiText(QT_TRANSLATE_NOOP("rnnlab::UiText", "the gradient norm is not finite"));
        return b;
    }
    if (norm > limit) {
        b.state = BadgeState::On;
        b.summary =
            uiText(QT_TRANSLATE_NOOP("rnnlab::UiText", "gradient norm %1 > "), {badgeNumber(norm)});
        b.summary += limitText;
        b.summary += consequence;
        return b;
    }
    const std::size_t w = static_cast<std::size_t>(std::max(1, thresholds.growthWindow));
    const double growthFloor = clip ? clipMaxNorm : 1.0;
    if (steps.size() >= 2 * w && norm > growthFloor) {
        const std::size_t n = steps.size();
        const double growth =
            geometricMean(steps, n - w, n) / geometricMean(steps, n - 2 * w, n - w);
        if (growth >= thresholds.growthFactor) {
            b.state = BadgeState::On;
            b.summary = uiText(QT_TRANSLATE_NOOP("rnnlab::UiText",
                                                 "gradient norm grew %1× over the last %2 recorded "
                                                 "steps, now %3"),
                               {badgeNumber(growth), std::to_string(w), badgeNumber(norm)});
            b.summary += consequence;
            return b;
        }
    }
    b.state = BadgeState::Off;
    b.summary =
        uiText(QT_TRANSLATE_NOOP("rnnlab::UiText", "gradient norm %1 ≤ "), {badgeNumber(norm)});
    b.summary += limitText;
    return b;
}

}  // namespace rnnlab
