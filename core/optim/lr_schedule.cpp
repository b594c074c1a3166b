#include "core/optim/lr_schedule.h"

#include <cmath>

#include "core/base/errors.h"
#include "core/base/setting_checks.h"
#include "core/base/tensor_types.h"

namespace rnnlab {

void validate(const LrSchedule& s) {
    switch (s.kind) {
        case LrScheduleKind::Constant:
            break;
        case LrScheduleKind::Step:
            requireAtLeast("step size", s.stepSize, 1);
            requirePositive("gamma", s.gamma);
            break;
        case LrScheduleKind::Cosine:
            requireAtLeast("T_max", s.tMax, 1);
            requireNonNegative("eta_min", s.etaMin);
            break;
    }
}

std::string toString(LrScheduleKind kind) {
    switch (kind) {
        case LrScheduleKind::Constant:
            return "constant";
        case LrScheduleKind::Step:
            return "step";
        case LrScheduleKind::Cosine:
            return "cosine";
    }
    return "?";
}

LrScheduleKind parseLrScheduleKind(const std::string& s) {
    for (LrScheduleKind k :
         {LrScheduleKind::Constant, LrScheduleKind::Step, LrScheduleKind::Cosine})
        if (s == toString(k)) return k;
    throw ConfigError(uiText(QT_TRANSLATE_NOOP("rnnlab::UiText",
                                               "unknown learning-rate schedule '%1' (expected "
                                               "constant, step or cosine)"),
                             {s}));
}

double learningRateAt(const LrSchedule& s, double baseLr, int epoch) {
    RNNLAB_ASSERT(epoch >= 0, "negative epoch");
    switch (s.kind) {
        case LrScheduleKind::Constant:
            return baseLr;
        case LrScheduleKind::Step:
            return baseLr * std::pow(s.gamma, epoch / s.stepSize);
        case LrScheduleKind::Cosine:
            return s.etaMin + (baseLr - s.etaMin) * (1.0 + std::cos(M_PI * epoch / s.tMax)) / 2.0;
    }
    return baseLr;
}

}  // namespace rnnlab
