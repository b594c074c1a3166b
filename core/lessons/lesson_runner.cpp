#include "core/lessons/lesson_runner.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <limits>

#include "core/data/text_dataset.h"
#include "core/data/windowed_dataset.h"
#include "core/io/json_fields.h"
#include "core/train/baselines.h"
#include "core/train/forecast.h"
#include "core/train/neuron_search.h"
#include "core/train/text_reading.h"

namespace rnnlab {

namespace {

Split lossSplit(const TrainingData& data) {
    return data.count(Split::Validation) > 0 ? Split::Validation : Split::Train;
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
        case LessonCheckKind::AccuracyAbove:
        case LessonCheckKind::AccuracyBelow:
            return "accuracy";
        case LessonCheckKind::BitsPerCharacterBelow:
            return "bits per character";
        case LessonCheckKind::UnitCorrelationAbove:
            return "largest |r| of a unit's h";
        case LessonCheckKind::Diverges:
        case LessonCheckKind::StaysFinite:
        case LessonCheckKind::StopsEarly:
            break;
    }
    return {};
}

// Whether the measured value must exceed the check's value (else stay below it).
bool expectsAbove(LessonCheckKind kind) {
    return kind != LessonCheckKind::GradientRatioBelow && kind != LessonCheckKind::LossFallBelow &&
           kind != LessonCheckKind::AccuracyBelow && kind != LessonCheckKind::BitsPerCharacterBelow;
}

// "above 0.01" / "below 1.5": what a check with a value expects.
std::string expectation(const LessonCheck& check) {
    return std::string(expectsAbove(check.kind) ? "above " : "below ") + formatDouble(check.value);
}

SelectionMask selectionMask(UnitSelection selection, const std::u32string& text) {
    switch (selection) {
        case UnitSelection::AfterSpace: return afterSpaceMask(text);
        case UnitSelection::InsideQuotes: return insideQuotesMask(text);
        case UnitSelection::InsideBrackets: return insideBracketsMask(text);
        case UnitSelection::LineEnds: return lineEndsMask(text);
    }
    return {};
}

// For a character model: the best |r| of a first-layer unit's h with each rule, on the
// validation text as the Text view's Units tab reads it.
std::map<UnitSelection, double> unitCorrelations(const Trainer& trainer) {
    std::map<UnitSelection, double> best;
    const auto* text = dynamic_cast<const TextDataset*>(&trainer.data());
    if (!text) return best;
    const TextReading reading =
        readValidationText(trainer.networkConfig(), trainer.network().parameters(), *text);
    NeuronQuery query;
    query.count = 1;
    for (UnitSelection s : {UnitSelection::AfterSpace, UnitSelection::InsideQuotes,
                            UnitSelection::InsideBrackets, UnitSelection::LineEnds}) {
        const SelectionMask mask = selectionMask(s, reading.characters);
        const Index selected = selectedCount(mask);
        if (selected == 0 || selected == reading.size()) continue;
        best[s] = std::abs(rankUnits(reading, mask, query).front().score);
    }
    return best;
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
    const Evaluation final = trainer->evaluate(split);
    r.finalLoss = final.loss.value();
    r.accuracy = final.metrics.accuracy;
    r.bitsPerCharacter = final.bitsPerCharacter;
    r.unitCorrelation = unitCorrelations(*trainer);

    const auto [tracedSplit, index] = trainer->tracedSample();
    const auto trace =
        std::make_shared<const SequenceTrace>(trainer->traceSample(tracedSplit, index));
    r.gradientRatio = gradientRatio(*trace);
    r.forgetGate = forgetGateMean(*trace);
    r.trace = trace;

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
                                           " steps, final loss " + lessonNumber(run.finalLoss)
                                     : " did not stay finite: " + run.divergence);
            return result;
        case LessonCheckKind::StopsEarly:
            result.passed = run.stoppedEarly;
            result.message =
                who +
                (run.stoppedEarly ? " stopped early after " : " did not stop early: trained ") +
                std::to_string(run.stepsTrained) + " steps, final loss " +
                lessonNumber(run.finalLoss);
            return result;
        case LessonCheckKind::GradientRatioBelow:
        case LessonCheckKind::GradientRatioAbove:
            result.measured = run.gradientRatio;
            break;
        case LessonCheckKind::LossFallBelow:
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
        case LessonCheckKind::AccuracyAbove:
        case LessonCheckKind::AccuracyBelow:
            result.measured = run.accuracy;
            break;
        case LessonCheckKind::BitsPerCharacterBelow:
            result.measured = run.bitsPerCharacter;
            break;
        case LessonCheckKind::UnitCorrelationAbove:
            if (const auto it = run.unitCorrelation.find(check.selection);
                it != run.unitCorrelation.end())
                result.measured = it->second;
            break;
    }
    const std::string expected = expectation(check);
    if (!result.measured) {
        result.message =
            who + ": no " + measuredName(check.kind) + " to compare (expected " + expected + ")";
        return result;
    }
    const double v = *result.measured;
    result.passed = expectsAbove(check.kind) ? v > check.value : v < check.value;
    result.message =
        who + ": " + measuredName(check.kind) + " = " + lessonNumber(v) + ", expected " + expected;
    return result;
}

LessonRuns::LessonRuns(const Lesson& lesson, std::string baseDirectory)
    : m_lesson(lesson), m_baseDirectory(std::move(baseDirectory)) {}

std::vector<const LessonRunResult*> LessonRuns::trained() const {
    std::vector<const LessonRunResult*> out;
    for (const auto& [key, result] : m_done) out.push_back(&result);
    return out;
}

const LessonRunResult& LessonRuns::get(const std::string& label, int seedOffset) {
    const auto key = std::make_pair(label, seedOffset);
    auto it = m_done.find(key);
    if (it != m_done.end()) return it->second;
    const Experiment* experiment = m_lesson.experimentFor(label);
    RNNLAB_ASSERT(experiment != nullptr, "lesson run with an unknown label");
    Experiment seeded = *experiment;
    seeded.training.seed += std::uint64_t(seedOffset);
    return m_done.emplace(key, runLessonExperiment(seeded, label, m_lesson.steps, m_baseDirectory))
        .first->second;
}

namespace {

// The check over its seeds: passes when at least check.atLeast of them pass. Each seed's
// verdict is listed: "seed 3: 0.031 pass".
LessonCheckResult evaluateOverSeeds(const LessonCheck& check, const Lesson& lesson,
                                    LessonRuns& runs) {
    if (check.seeds == 1) return evaluateCheck(check, runs.get(check.run));
    const std::uint64_t firstSeed = lesson.experimentFor(check.run)->training.seed;
    LessonCheckResult result;
    result.check = check;
    int passed = 0;
    std::string seeds;
    for (int k = 0; k < check.seeds; ++k) {
        const LessonCheckResult one = evaluateCheck(check, runs.get(check.run, k));
        if (k == 0) result.measured = one.measured;
        passed += one.passed ? 1 : 0;
        seeds += (seeds.empty() ? "" : ", ") + std::string("seed ") +
                 std::to_string(firstSeed + std::uint64_t(k)) + " " +
                 (one.measured ? lessonNumber(*one.measured) + " " : "") +
                 (one.passed ? "pass" : "fail");
    }
    result.passed = passed >= check.atLeast;
    const std::string who = check.run.empty() ? "the lesson's run" : check.run;
    const std::string what = hasValue(check.kind)
                                 ? measuredName(check.kind) + " " + expectation(check)
                                 : toString(check.kind);
    result.message = who + ": " + what + " in " + std::to_string(passed) + " of " +
                     std::to_string(check.seeds) + " seeds, expected at least " +
                     std::to_string(check.atLeast) + " (" + seeds + ")";
    return result;
}

}  // namespace

std::vector<LessonCheckResult> checkLesson(const Lesson& lesson, LessonRuns& runs) {
    std::vector<LessonCheckResult> results;
    for (const LessonCheck& check : lesson.checks)
        results.push_back(evaluateOverSeeds(check, lesson, runs));
    return results;
}

std::vector<LessonCheckResult> checkLesson(const Lesson& lesson, const std::string& baseDirectory) {
    LessonRuns runs(lesson, baseDirectory);
    return checkLesson(lesson, runs);
}

std::vector<LessonQuizResult> answerQuizzes(const Lesson& lesson, LessonRuns& runs) {
    std::vector<LessonQuizResult> results;
    for (std::size_t i = 0; i < lesson.text.size(); ++i) {
        const std::optional<Quiz>& quiz = lesson.text[i].quiz;
        if (!quiz) continue;
        QuizEvidence evidence;
        evidence.trace = runs.get("").trace.get();
        const QuizAnswerKind kind = answerKind(quiz->query.kind);
        if (kind == QuizAnswerKind::Run || quiz->query.kind == QuizQueryKind::FinalLoss)
            for (const LessonRun& r : lesson.runs)
                evidence.finalLosses.emplace_back(r.label, runs.get(r.label).finalLoss);
        results.push_back({i, answerQuery(quiz->query, evidence)});
    }
    return results;
}

}  // namespace rnnlab
