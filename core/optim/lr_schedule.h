#pragma once
// Learning rate per epoch, from the base rate lr_0, in the closed forms of torch.optim.lr_scheduler
// (_get_closed_form_lr). Epochs count from 0: the rate for the first epoch is lr(0) = lr_0, as a
// torch scheduler created before training and stepped after every epoch.
//   constant   lr(e) = lr_0
//   step       lr(e) = lr_0 * gamma^floor(e / step_size)                          (StepLR)
//   cosine     lr(e) = eta_min + (lr_0 - eta_min) * (1 + cos(pi * e / T_max)) / 2
//   (CosineAnnealingLR;
//              Loshchilov & Hutter 2017). Past T_max the cosine rises again, as torch's.

#include <string>

namespace rnnlab {

enum class LrScheduleKind { Constant, Step, Cosine };

struct LrSchedule {
    LrScheduleKind kind = LrScheduleKind::Constant;
    int stepSize = 10;    // step: epochs between decays (torch: required)
    double gamma = 0.1;   // step: decay factor (torch's default)
    int tMax = 100;       // cosine: epochs of the half period (torch: required)
    double etaMin = 0.0;  // cosine: lowest rate (torch's default)

    bool operator==(const LrSchedule& o) const {
        return kind == o.kind && stepSize == o.stepSize && gamma == o.gamma && tMax == o.tMax &&
               etaMin == o.etaMin;
    }
    bool operator!=(const LrSchedule& o) const { return !(*this == o); }
};

// Throws ConfigError naming the setting ("step size must be at least 1, got 0").
void validate(const LrSchedule& schedule);

// Names used in files and on the command line: "constant" "step" "cosine".
std::string toString(LrScheduleKind kind);
LrScheduleKind parseLrScheduleKind(const std::string& s);

// lr(epoch) for epoch >= 0.
double learningRateAt(const LrSchedule& schedule, double baseLr, int epoch);

}  // namespace rnnlab
