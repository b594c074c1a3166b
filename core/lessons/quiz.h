#pragma once
// A quiz on a lesson step: a question whose correct answer is computed from the run on screen by
// a named query over what the engine traced, never typed into the lesson file. The student
// answers before the answer is shown; the feedback gives the computed value and what it means.
//
// Queries (t is a time step 1 .. T as the views number them; norms of the first layer):
//   largest_gradient_step   the t at which ‖dL/dhₜ‖ is largest                       → time step
//   gradient_falls_below    going back from t = T, the first t with ‖dL/dhₜ‖ below
//                           `threshold`                                                → time step
//   gradient_ratio          ‖dL/dh₁‖ / ‖dL/dh_T‖                                      → number
//   gate_nearest            the gate whose mean over the units at step `t` is nearest
//                           `target` (default 1)                                      → gate
//   gate_mean               the mean of `gate` over the units at step `t` (over every
//                           step when `t` is absent)                                  → number
//   largest_state_unit      the unit j with the largest |h_t[j]| at step `t`          → unit
//   lowest_final_loss       the lesson run with the lowest final validation loss     → run
//   final_loss              the final validation loss of `run`                       → number
// One function per query in quiz.cpp; tests/core/lessons/tst_quiz.cpp works each out by hand.

#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "core/base/ui_text.h"
#include "core/nn/sequence_trace.h"

namespace rnnlab {

enum class QuizQueryKind {
    LargestGradientStep,
    GradientFallsBelow,
    GradientRatio,
    GateNearest,
    GateMean,
    LargestStateUnit,
    LowestFinalLoss,
    FinalLoss,
};

// What a query's answer is: it decides how the student may answer.
enum class QuizAnswerKind {
    TimeStep,  // 1 .. T: a number, or a click on a time step
    Unit,      // 1 .. H: a number, or a click on a unit
    Gate,      // a gate's name: a choice among the cell's gates
    Run,       // a run's label: a choice among the lesson's runs
    Value,     // a number, right within a relative tolerance
};

// How the student answers.
enum class QuizInput {
    Choice,  // buttons, one per gate or run
    Number,  // a number field
    Click,   // a click on a time step or unit in the Explorer (or the time bar)
};

// Names used in lesson files ("largest_gradient_step", "choice"); parsers throw ConfigError
// listing the valid names.
std::string toString(QuizQueryKind kind);
QuizQueryKind parseQuizQueryKind(const std::string& name);
std::string toString(QuizInput input);
QuizInput parseQuizInput(const std::string& name);
QuizAnswerKind answerKind(QuizQueryKind kind);
// The inputs that fit an answer kind, the first being the default.
std::vector<QuizInput> inputsFor(QuizAnswerKind kind);

struct QuizQuery {
    QuizQueryKind kind = QuizQueryKind::LargestGradientStep;
    int t = 0;               // 1-based; 0: none given
    double threshold = 0.0;  // gradient_falls_below
    double target = 1.0;     // gate_nearest
    std::string gate;        // gate_mean
    std::string run;         // final_loss
};

struct Quiz {
    std::string question;  // simple HTML, as a step's body
    QuizQuery query;
    QuizInput input = QuizInput::Number;
    double tolerance = 0.1;   // Value answers: |answer − value| ≤ tolerance · |value|
    std::string explanation;  // optional: what the answer means, shown with the feedback
};

// What a quiz's answer is computed from: the run on screen.
struct QuizEvidence {
    const SequenceTrace* trace = nullptr;  // the traced sequence of the lesson's run
    // Each lesson run's label and final validation loss (training loss without validation).
    std::vector<std::pair<std::string, double>> finalLosses;
};

struct QuizAnswer {
    // Empty when there is an answer; else why there is none yet ("train the run first").
    UiText unavailable;
    QuizAnswerKind kind = QuizAnswerKind::Value;
    int index = 0;       // TimeStep, Unit: 1-based
    std::string label;   // Gate, Run
    double value = 0.0;  // Value; for the others the number the choice rests on
    UiText shown;        // the answer as the feedback names it: "t = 12", "forget gate f", "0.031"
    UiText why;          // the computed numbers behind it, one sentence
    std::vector<std::string> choices;  // Gate, Run: every option, in the views' order

    bool available() const { return unavailable.empty(); }
};

// The student's answer: `choice` for Choice inputs, `number` for Number and Click.
struct QuizResponse {
    std::string choice;
    double number = 0.0;
};

QuizAnswer answerQuery(const QuizQuery& query, const QuizEvidence& evidence);
bool isCorrect(const Quiz& quiz, const QuizAnswer& answer, const QuizResponse& response);

// A measured number as lessons print it, three significant digits: "0.031", "1.2e-07".
std::string lessonNumber(double v);
// "forget gate f", "reset gate r": how the feedback names a gate.
UiText gateTitle(const std::string& name);

}  // namespace rnnlab
