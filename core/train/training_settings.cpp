#include "core/train/training_settings.h"

#include <cmath>
#include <string>

#include "core/base/errors.h"
#include "core/base/setting_checks.h"
#include "core/optim/gradient_clipping.h"

namespace rnnlab {

bool TrainingSettings::operator==(const TrainingSettings& o) const {
    return optimizer == o.optimizer && schedule == o.schedule && init == o.init &&
           clip == o.clip && clipMaxNorm == o.clipMaxNorm && batchSize == o.batchSize &&
           epochs == o.epochs && seed == o.seed && truncation == o.truncation &&
           earlyStoppingPatience == o.earlyStoppingPatience &&
           divergenceFactor == o.divergenceFactor && traceEvery == o.traceEvery &&
           traceSample == o.traceSample;
}

namespace {
void requireRange(const char* name, long long value, long long lo, long long hi) {
    if (value < lo || value > hi)
        throw ConfigError(
            uiText(QT_TRANSLATE_NOOP("rnnlab::UiText", "%1 must be between %2 and %3, got %4"),
                   {name, std::to_string(lo), std::to_string(hi), std::to_string(value)}));
}
}  // namespace

void validate(const TrainingSettings& s) {
    validate(s.optimizer);
    validate(s.schedule);
    validate(s.init);
    if (s.clip) validateMaxNorm(s.clipMaxNorm);
    requireRange("batch size", s.batchSize, 1, kMaxBatchSize);
    requireRange("epochs", s.epochs, 1, kMaxEpochs);
    requireRange("truncated BPTT length", s.truncation, 0, 1000000);
    requireRange("early stopping patience", s.earlyStoppingPatience, 0, kMaxEpochs);
    requireRange("trace interval", s.traceEvery, 0, 1000000000);
    requireRange("traced sample", s.traceSample, 0, 1000000000);
    if (!std::isfinite(s.divergenceFactor) || s.divergenceFactor < 0 ||
        (s.divergenceFactor > 0 && s.divergenceFactor <= 1))
        throw ConfigError(uiText(QT_TRANSLATE_NOOP("rnnlab::UiText",
                                                   "divergence factor must be 0 (off) or above 1, "
                                                   "got %1"),
                                 {formatNumber(s.divergenceFactor)}));
}

}  // namespace rnnlab
