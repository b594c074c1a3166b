#include "core/analysis/gradient_diagnosis.h"

#include <algorithm>
#include <cmath>
#include <cstdio>

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

std::string number(double v) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.2g", v);
    return buf;
}

const char* kVanishingExplanation =
    "Vanishing gradients: going back through time, the gradient is multiplied at every step by "
    "the Jacobian \u2202h_t/\u2202h_{t-1}. When these factors are below 1 it shrinks "
    "geometrically, so nothing more than a few steps back is learned: the network forgets the "
    "start of the sequence. Remedies: an LSTM or GRU cell, orthogonal or identity (IRNN) "
    "recurrent weights, a positive LSTM forget-gate bias.";

const char* kSequenceNote =
    " With a loss at every step, \u2016dL/dh\u2081\u2016 also holds step 1's own loss, which does "
    "not "
    "travel at all, so the badge measures the journey itself: the Jacobian product "
    "\u2016\u2202h_T/\u2202h_t\u2016.";

const char* kTruncationNote =
    " Truncated BPTT cuts the gradient a fixed number of steps back on purpose, so the badge "
    "only looks at the steps inside that window.";

const char* kExplodingExplanation =
    "Exploding gradients: when the factors \u2202h_t/\u2202h_{t-1} are above 1, the gradient from "
    "far-away steps grows geometrically, and one huge step throws the weights far away: the "
    "loss spikes or becomes NaN. Remedies: gradient clipping (it rescales the whole gradient to "
    "the threshold, keeping its direction; Pascanu et al. 2013), a lower learning rate, "
    "orthogonal recurrent weights, an LSTM or GRU cell.";

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
    b.explanation = kVanishingExplanation;
    if (sequence) b.explanation += kSequenceNote;
    if (truncation > 0) b.explanation += kTruncationNote;

    const std::vector<std::vector<double>>& norms = sequence ? jacobianNorm : dhNorm;
    if (norms.empty() || norms.front().empty()) {
        b.summary = sequence ? "no Jacobian product recorded yet" : "no traced gradients yet";
        return b;
    }
    const Index T = static_cast<Index>(norms.front().size());
    if (T < 2) {
        b.summary = "the traced sequence has a single step: nothing to travel back through";
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
        b.summary = "no finite gradient reaches the last step";
        return b;
    }
    b.value = smallest;
    b.state = smallest < thresholds.vanishingRatio ? BadgeState::On : BadgeState::Off;
    const std::string t0 = subscriptNumber(first + 1), tT = subscriptNumber(T);
    b.summary = sequence ? "\u2016\u2202h" + tT + "/\u2202h" + t0 + "\u2016 = " + number(smallest)
                         : "\u2016dL/dh" + t0 + "\u2016 / \u2016dL/dh" + tT +
                               "\u2016 = " + number(smallest);
    b.summary += b.state == BadgeState::On ? " < " : " \u2265 ";
    b.summary += number(thresholds.vanishingRatio);
    if (norms.size() > 1) b.summary += " (layer " + std::to_string(b.layer + 1) + ")";
    return b;
}

Badge explodingBadge(const std::vector<StepRecord>& steps, bool clip, double clipMaxNorm,
                     const DiagnosisThresholds& thresholds) {
    Badge b;
    b.explanation = kExplodingExplanation;
    if (steps.empty()) {
        b.summary = "no training steps yet";
        return b;
    }
    const double norm = steps.back().gradNormBefore;
    const double limit = clip ? thresholds.explodingFactor * clipMaxNorm : thresholds.explodingNorm;
    const std::string limitText = clip ? number(limit) + " (" + number(thresholds.explodingFactor) +
                                             " \u00d7 the clip threshold " + number(clipMaxNorm) +
                                             ")"
                                       : number(limit);
    const std::string consequence =
        clip ? "; clipping scales it down to " + number(clipMaxNorm) : "; clipping is off";
    b.value = norm;
    if (!std::isfinite(norm)) {
        b.state = BadgeState::On;
        b.summary = "the gradient norm is not finite";
        return b;
    }
    if (norm > limit) {
        b.state = BadgeState::On;
        b.summary = "gradient norm " + number(norm) + " > " + limitText + consequence;
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
            b.summary = "gradient norm grew " + number(growth) + "\u00d7 over the last " +
                        std::to_string(w) + " recorded steps, now " + number(norm) + consequence;
            return b;
        }
    }
    b.state = BadgeState::Off;
    b.summary = "gradient norm " + number(norm) + " \u2264 " + limitText;
    return b;
}

}  // namespace rnnlab
