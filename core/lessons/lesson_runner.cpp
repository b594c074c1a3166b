#include "core/lessons/lesson_runner.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <limits>

#include "core/data/windowed_dataset.h"
#include "core/io/json_fields.h"
#include "core/train/baselines.h"
#include "core/train/forecast.h"

namespace rnnlab {

namespace {

Split lossSplit(const TrainingData& data) {
    return data.count(Split::Validation) > 0 ? Split::Validation : Split::Train;
}

std::string number(double v) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.3g", v);
    return buf;
}

// What a check's number is called in its message.
std::string measuredName(LessonCheckKind kind) {
    switch (kind) {
        case LessonCheckKind::GradientRatioBelow:
        case LessonCheckKind::GradientRatioAbove:
            return "gradient ratio \u2016dL/dh\u2016 first step / last step";
        case LessonCheckKind::LossFallAbove:
        case LessonCheckKind::LossFallBelow:
            return "loss before / loss after training";
        case LessonCheckKind::GradientNormAbove:
            return "largest gradient norm";
        case LessonCheckKind::ForgetGateAbove:
            return "mean forget gate";
        case LessonCheckKind::ClosedLoopErrorAbove:
            return "closed-loop RMSE / one-step RMSE";
        case LessonCheckKind::NaiveErrorAbove:
            return "one-step RMSE / RMSE of repeating the last value";
        case LessonCheckKind::OverfitAbove:
            return "loss after training / lowest loss at an epoch's end";
        case LessonCheckKind::Diverges:
        case LessonCheckKind::StaysFinite:
        case LessonCheckKind::StopsEarly:
            break;
    }
    return {};
}

}  // namespace

double gradientRatio(const SequenceTrace& trace) {
    RNNLAB_ASSERT(!trace.layers.empty() && trace.layers[0].dh.rows() > 0, "trace without dL/dh");
    const Matrix<double>& dh = trace.layers[0].dh;  // (T, H)
    return dh.row(0).norm() / dh.row(dh.rows() - 1).norm();
}

std::optional<double> forgetGateMean(const SequenceTrace& trace) {
    for (const GateTrace& g : trace.layers.at(0).gates)
        if (g.name == "f") return g.value.mean();
    return std::nullopt;
}

LessonRunResult runLessonExperiment(const Experiment& experiment, const std::string& label,
                                    long long steps, const std::string& baseDirectory) {
    const std::unique_ptr<Trainer> trainer = makeTrainer(experiment, baseDirectory);
    const Split split = lossSplit(trainer->data());
    LessonRunResult r;
    r.label = label;
    r.initialLoss = trainer->evaluate(split).loss.value();
    r.lowestEpochLoss = std::numeric_limits<double>::infinity();
    while (trainer->stepCount() < steps) {
        const int epoch = trainer->epoch();
        const std::optional<StepRecord> step = trainer->step();
        if (!step) break;
        r.largestGradientNorm = std::max(r.largestGradientNorm, step->gradNormBefore);
        if (trainer->epoch() != epoch)
            r.lowestEpochLoss = std::min(r.lowestEpochLoss, trainer->evaluate(split).loss.value());
    }
    r.stepsTrained = trainer->stepCount();
    r.diverged = trainer->stopReason() == StopReason::Diverged;
    r.stoppedEarly = trainer->stopReason() == StopReason::EarlyStopped;
    if (r.diverged) r.divergence = trainer->divergence()->message();
    r.finalLoss = trainer->evaluate(split).loss.value();

    const auto [tracedSplit, index] = trainer->tracedSample();
    const SequenceTrace trace = trainer->traceSample(tracedSplit, index);
    r.gradientRatio = gradientRatio(trace);
    r.forgetGate = forgetGateMean(trace);

    // The numbers the metrics panel shows: the one-step, free-running and persistence RMSE of
    // the validation part.
    const Metrics oneStep = trainer->evaluate(Split::Validation).metrics;
    const Metrics freeRunning = freeRunningErrors(trainer->network(), trainer->data()).validation;
    const std::optional<Baselines> baselines = computeBaselines(trainer->data());
    if (oneStep.count > 0 && !oneStep.accuracy && oneStep.rmse > 0.0) {
        if (freeRunning.count > 0) r.closedLoopErrorRatio = freeRunning.rmse / oneStep.rmse;
        if (baselines && baselines->persistence.validation.count > 0 &&
            baselines->persistence.validation.rmse > 0.0)
            r.naiveErrorRatio = oneStep.rmse / baselines->persistence.validation.rmse;
    }
    return r;
}

LessonCheckResult evaluateCheck(const LessonCheck& check, const LessonRunResult& run) {
    LessonCheckResult result;
    result.check = check;
    const std::string who = run.label.empty() ? "the lesson's run" : run.label;
    bool above = true;  // the measured value must exceed check.value (else stay below it)
    switch (check.kind) {
        case LessonCheckKind::Diverges:
            result.passed = run.diverged;
            result.message = who + (run.diverged ? " diverged: " + run.divergence
                                                 : " trained " + std::to_string(run.stepsTrained) +
                                                       " steps without diverging, expected it to "
                                                       "diverge");
            return result;
        case LessonCheckKind::StaysFinite:
            result.passed = !run.diverged && std::isfinite(run.finalLoss);
            result.message =
                who + (result.passed ? " trained " + std::to_string(run.stepsTrained) +
                                           " steps, final loss " + number(run.finalLoss)
                                     : " did not stay finite: " + run.divergence);
            return result;
        case LessonCheckKind::StopsEarly:
            result.passed = run.stoppedEarly;
            result.message =
                who +
                (run.stoppedEarly ? " stopped early after " : " did not stop early: trained ") +
                std::to_string(run.stepsTrained) + " steps, final loss " + number(run.finalLoss);
            return result;
        case LessonCheckKind::GradientRatioBelow:
            above = false;
            result.measured = run.gradientRatio;
            break;
        case LessonCheckKind::GradientRatioAbove:
            result.measured = run.gradientRatio;
            break;
        case LessonCheckKind::LossFallBelow:
            above = false;
            result.measured = run.initialLoss / run.finalLoss;
            break;
        case LessonCheckKind::LossFallAbove:
            result.measured = run.initialLoss / run.finalLoss;
            break;
        case LessonCheckKind::GradientNormAbove:
            result.measured = run.largestGradientNorm;
            break;
        case LessonCheckKind::ForgetGateAbove:
            result.measured = run.forgetGate;
            break;
        case LessonCheckKind::ClosedLoopErrorAbove:
            result.measured = run.closedLoopErrorRatio;
            break;
        case LessonCheckKind::NaiveErrorAbove:
            result.measured = run.naiveErrorRatio;
            break;
        case LessonCheckKind::OverfitAbove:
            if (std::isfinite(run.lowestEpochLoss))
                result.measured = run.finalLoss / run.lowestEpochLoss;
            break;
    }
    const std::string expected =
        std::string(above ? "above " : "below ") + formatDouble(check.value);
    if (!result.measured) {
        result.message =
            who + ": no " + measuredName(check.kind) + " to compare (expected " + expected + ")";
        return result;
    }
    const double v = *result.measured;
    result.passed = above ? v > check.value : v < check.value;
    result.message =
        who + ": " + measuredName(check.kind) + " = " + number(v) + ", expected " + expected;
    return result;
}

std::vector<LessonCheckResult> checkLesson(const Lesson& lesson, const std::string& baseDirectory) {
    std::map<std::string, LessonRunResult> runs;
    std::vector<LessonCheckResult> results;
    for (const LessonCheck& check : lesson.checks) {
        auto it = runs.find(check.run);
        if (it == runs.end()) {
            const Experiment* experiment = lesson.experimentFor(check.run);
            RNNLAB_ASSERT(experiment != nullptr, "check about an unknown run");
            it = runs.emplace(check.run, runLessonExperiment(*experiment, check.run, lesson.steps,
                                                             baseDirectory))
                     .first;
        }
        results.push_back(evaluateCheck(check, it->second));
    }
    return results;
}

}  // namespace rnnlab
