#pragma once
// Runs a lesson headless, as a teacher would with the play button, and measures what its checks are
// about: each run trains for the lesson's steps (fewer when the divergence guard stops it), then
// its traced sequence is traced once more with the final weights. This is the proof that a lesson
// shows what it claims (tests/core/tst_bundled_lessons.cpp) and what `checkLesson` reports.

#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "core/lessons/lesson.h"
#include "core/nn/sequence_trace.h"

namespace rnnlab {

// ‖dL/dh_0‖ / ‖dL/dh_{T-1}‖ of the first layer: the share of the gradient at the last step that
// is left when it has flowed back to the first. Requires a trace with gradients.
double gradientRatio(const SequenceTrace& trace);
// Mean of the forget gate f_t over every step and unit of the first layer; none without one.
std::optional<double> forgetGateMean(const SequenceTrace& trace);

// What one run measured at the end of its steps.
struct LessonRunResult {
    std::string label;  // empty: the lesson's experiment
    long long stepsTrained = 0;
    bool diverged = false;
    bool stoppedEarly = false;     // by early stopping, before its steps
    std::string divergence;        // the guard's message when it diverged
    double initialLoss = 0.0;      // validation loss before the first step (training loss when
    double finalLoss = 0.0;        // the data has no validation part) and after the last
    double lowestEpochLoss = 0.0;  // the same loss's lowest at the end of any epoch
    double gradientRatio = 0.0;
    double largestGradientNorm = 0.0;  // of any step, before clipping
    std::optional<double> forgetGate;
    std::optional<double> accuracy;  // of the loss's part after training (classification only)
    std::optional<double> bitsPerCharacter;  // of the loss's part after training (a text only)
    // A text only: the largest |r| of a first-layer unit's h with each selection rule over the
    // validation reading (none for a rule that selects nothing or everything there).
    std::map<UnitSelection, double> unitCorrelation;
    // The validation errors the metrics panel shows, as ratios: the free-running (closed-loop)
    // RMSE / the one-step RMSE (none without a closed-loop forecast), and the one-step RMSE /
    // the persistence baseline's RMSE, "next = last" (none without a one-step forecast).
    std::optional<double> closedLoopErrorRatio;
    std::optional<double> naiveErrorRatio;
    std::shared_ptr<const SequenceTrace> trace;  // the traced sequence with the final weights
};

// Trains `experiment` for `steps` steps, evaluating the loss at the end of every epoch; CSV
// paths resolve against baseDirectory.
LessonRunResult runLessonExperiment(const Experiment& experiment, const std::string& label,
                                    long long steps, const std::string& baseDirectory = {});

struct LessonCheckResult {
    LessonCheck check;
    std::optional<double> measured;  // none for diverges, stays_finite and stops_early; the
                                     // first seed's with several
    bool passed = false;
    // One line: "LSTM: gradient ratio ‖dL/dh_0‖/‖dL/dh_T‖ = 0.031, expected above 0.01"; with
    // several seeds "LSTM: 5 of 5 seeds (1 … 5) pass, needs 4: gradient ratio ... = 0.031,
    // 0.02, ..., expected above 0.01".
    std::string message;
};

// One seed's verdict (the check's seeds and at_least are not looked at).
LessonCheckResult evaluateCheck(const LessonCheck& check, const LessonRunResult& run);

// The runs of a lesson, each trained once when first asked for.
class LessonRuns {
public:
    explicit LessonRuns(const Lesson& lesson, std::string baseDirectory = {});
    // The run labelled `label` ("" the lesson's experiment) with the seed training.seed +
    // seedOffset.
    const LessonRunResult& get(const std::string& label, int seedOffset = 0);
    // Every run trained so far, by label and seed.
    std::vector<const LessonRunResult*> trained() const;

private:
    const Lesson& m_lesson;
    std::string m_baseDirectory;
    std::map<std::pair<std::string, int>, LessonRunResult> m_done;
};

// Every run a check is about, once each, then every check in the lesson's order.
std::vector<LessonCheckResult> checkLesson(const Lesson& lesson, LessonRuns& runs);
std::vector<LessonCheckResult> checkLesson(const Lesson& lesson,
                                           const std::string& baseDirectory = {});

// A quiz's answer on the lesson's run as `rnnlab-cli lesson check` trains it.
struct LessonQuizResult {
    std::size_t step = 0;  // index into lesson.text
    QuizAnswer answer;
};

// What each quiz answers after the lesson's steps: on the traced sequence of the lesson's
// experiment, and the final losses of its runs.
std::vector<LessonQuizResult> answerQuizzes(const Lesson& lesson, LessonRuns& runs);

}  // namespace rnnlab
