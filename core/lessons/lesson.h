#pragma once
// A lesson: one experiment that tells one story, the views that show it, a few plain-language steps
// for the teacher (what to press, what to look at, what to conclude), and the checks that prove the
// story holds with exactly these settings and this seed. tests/core/tst_bundled_lessons.cpp
// runs every bundled lesson through lesson_runner.h and asserts its checks.
//
// A lesson may name variants of its experiment ("runs": the same data and seed, one setting
// changed) for the comparison view; a check then says which run it is about.

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "core/base/ui_text.h"
#include "core/io/experiment_file.h"
#include "core/lessons/quiz.h"

namespace rnnlab {

// What a check measures at the end of a run, and how it compares with its value:
//   gradient_ratio_below / _above   ‖dL/dh_0‖ / ‖dL/dh_{T-1}‖ of the first layer on the run's
//                                   traced sequence: how much of the gradient reaches the
//                                   first step
//   loss_fall_above / _below        validation loss before training / after it (classification:
//                                   the same with the cross-entropy loss)
//   diverges                        the divergence guard stopped the run
//   stays_finite                    the run trained every step without diverging
//   gradient_norm_above             the largest total gradient norm of any step, before clipping
//   forget_gate_above               the mean forget gate f_t over the traced sequence (LSTM)
//   closed_loop_error_above         RMSE of the free-running forecast / RMSE of the one-step
//                                   forecast, over the validation rows both cover
//   naive_error_above               RMSE of the one-step forecast / RMSE of the naive forecast
//                                   that repeats the last known value, over the validation rows
//   overfit_above                   validation loss after training / the lowest validation loss
//                                   at the end of any epoch: how far it climbed back up
//   stops_early                     early stopping ended the run before its steps
//   accuracy_above / _below         the share of validation targets whose largest output is
//                                   their class, after training (classification), 0 .. 1
//   bits_per_character_below        the validation cross-entropy L / ln 2 of a character
//                                   model after training: the bits it needs per character
//   unit_correlation_above          the largest |r| of a first-layer unit's h with the
//                                   characters a rule selects ("selection"), over the
//                                   validation text as the Text view reads it (its Units tab,
//                                   core/train/neuron_search.h), after training
enum class LessonCheckKind {
    GradientRatioBelow,
    GradientRatioAbove,
    LossFallAbove,
    LossFallBelow,
    Diverges,
    StaysFinite,
    GradientNormAbove,
    ForgetGateAbove,
    ClosedLoopErrorAbove,
    NaiveErrorAbove,
    OverfitAbove,
    StopsEarly,
    AccuracyAbove,
    AccuracyBelow,
    BitsPerCharacterBelow,
    UnitCorrelationAbove,
};

// The characters a unit_correlation_above check selects (neuron_search.h's rules).
enum class UnitSelection { AfterSpace, InsideQuotes, InsideBrackets, LineEnds };
// "after_space", "inside_quotes", "inside_brackets", "line_ends"; the parser throws
// ConfigError listing the valid names.
std::string toString(UnitSelection selection);
UnitSelection parseUnitSelection(const std::string& name);

// Names used in lesson files ("gradient_ratio_below", ...); the parser throws ConfigError
// listing the valid names.
std::string toString(LessonCheckKind kind);
LessonCheckKind parseLessonCheckKind(const std::string& name);
// False for diverges, stays_finite and stops_early, which compare with nothing.
bool hasValue(LessonCheckKind kind);

// The most seeds a check may train (each one is a whole run).
constexpr int kMaxCheckSeeds = 20;

struct LessonCheck {
    LessonCheckKind kind = LessonCheckKind::StaysFinite;
    double value = 0.0;
    std::string run;  // label of the run it is about; empty: the lesson's experiment
    // Trained with the seeds training.seed, +1, ..., + seeds − 1; the check holds when it holds
    // for at least `atLeast` of them ("in at least 4 of 5 seeds").
    int seeds = 1;
    int atLeast = 1;
    UnitSelection selection = UnitSelection::AfterSpace;  // unit_correlation_above only
};

// One step of the guided text.
struct LessonStep {
    std::string title;         // "1. Press play"
    std::string body;          // a paragraph of plain language (simple HTML allowed)
    std::string view;          // the view to show for this step; empty: leave the view as it is
    std::optional<Quiz> quiz;  // asked before the answer is shown
};

// A variant of the lesson's experiment: its overrides already merged in.
struct LessonRun {
    std::string label;  // "LSTM": the legend of the comparison plots
    Experiment experiment;
};

// "a, b, c": names as messages list them.
std::string joinedNames(const std::vector<std::string>& names);
// What a check or a quiz naming a run the lesson does not have is told:
// ": no run is labelled 'x' (runs: a, b)".
UiText noRunLabelled(const std::string& run, const std::vector<std::string>& labels);

// Names of the main window's views a lesson may show.
const std::vector<std::string>& lessonViewNames();

struct Lesson {
    std::string name;     // "vanishing-gradient": for `rnnlab --lesson NAME` and the file name
    int order = 0;        // place in the Lessons menu
    std::string title;    // "The vanishing gradient"
    std::string summary;  // one or two sentences: what the lesson shows
    // One sentence: what the student can do or explain after the lesson ("Explain why ..."),
    // shown at the top of the guide. Empty when the file has none.
    std::string goal;
    Experiment experiment;
    long long steps = 0;             // training steps the lesson is designed for
    std::vector<std::string> views;  // from lessonViewNames(), the first shown first
    std::vector<LessonRun> runs;     // for the comparison view; may be empty
    std::vector<LessonStep> text;
    std::vector<LessonCheck> checks;
    // The text fields in other languages, by language ("zh_CN") and then by the field's path
    // ("title", "text[2].body"): lesson_translation.h.
    std::map<std::string, std::map<std::string, std::string>> translations;

    // The experiment a check is about (its run's, or the lesson's); null for an unknown label.
    const Experiment* experimentFor(const std::string& runLabel) const;
};

}  // namespace rnnlab
