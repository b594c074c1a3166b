#include "core/lessons/quiz.h"

#include <cmath>
#include <cstdio>

#include "core/base/errors.h"
#include "core/base/number_text.h"

namespace rnnlab {

namespace {

struct QueryName {
    QuizQueryKind kind;
    const char* name;
    QuizAnswerKind answer;
};

constexpr QueryName kQueries[] = {
    {QuizQueryKind::LargestGradientStep, "largest_gradient_step", QuizAnswerKind::TimeStep},
    {QuizQueryKind::GradientFallsBelow, "gradient_falls_below", QuizAnswerKind::TimeStep},
    {QuizQueryKind::GradientRatio, "gradient_ratio", QuizAnswerKind::Value},
    {QuizQueryKind::GateNearest, "gate_nearest", QuizAnswerKind::Gate},
    {QuizQueryKind::GateMean, "gate_mean", QuizAnswerKind::Value},
    {QuizQueryKind::LargestStateUnit, "largest_state_unit", QuizAnswerKind::Unit},
    {QuizQueryKind::LowestFinalLoss, "lowest_final_loss", QuizAnswerKind::Run},
    {QuizQueryKind::FinalLoss, "final_loss", QuizAnswerKind::Value},
};

constexpr std::pair<QuizInput, const char*> kInputs[] = {
    {QuizInput::Choice, "choice"}, {QuizInput::Number, "number"}, {QuizInput::Click, "click"}};

const QueryName& entry(QuizQueryKind kind) {
    for (const QueryName& q : kQueries)
        if (q.kind == kind) return q;
    RNNLAB_ASSERT(false, "quiz query kind missing from kQueries");
    return kQueries[0];
}

UiText step(int t) {
    return uiText(QT_TRANSLATE_NOOP("rnnlab::UiText", "t = %1"), {std::to_string(t)});
}

// A number the feedback names as the answer, the same in every language.
UiText number(double v) {
    return verbatim(lessonNumber(v));
}

// ‖dL/dhₜ‖ of the first layer at t = 1 .. T (index t − 1); empty without gradients.
std::vector<double> gradientNorms(const SequenceTrace& trace) {
    std::vector<double> norms;
    if (trace.layers.empty()) return norms;
    const Matrix<double>& dh = trace.layers[0].dh;  // (T, H)
    for (Index t = 0; t < dh.rows(); ++t) norms.push_back(dh.row(t).norm());
    return norms;
}

// A gate as the subject at the start of a sentence: "The forget gate f".
UiText gateSubject(const std::string& name) {
    static const std::pair<const char*, const char*> kSubjects[] = {
        {"i", QT_TRANSLATE_NOOP("rnnlab::UiText", "The input gate %1")},
        {"f", QT_TRANSLATE_NOOP("rnnlab::UiText", "The forget gate %1")},
        {"g", QT_TRANSLATE_NOOP("rnnlab::UiText", "The cell candidate %1")},
        {"o", QT_TRANSLATE_NOOP("rnnlab::UiText", "The output gate %1")},
        {"r", QT_TRANSLATE_NOOP("rnnlab::UiText", "The reset gate %1")},
        {"z", QT_TRANSLATE_NOOP("rnnlab::UiText", "The update gate %1")},
        {"n", QT_TRANSLATE_NOOP("rnnlab::UiText", "The new candidate %1")}};
    for (const auto& [n, subject] : kSubjects)
        if (name == n) return uiText(subject, {name});
    return verbatim(name);
}

// The answer saying why there is none.
QuizAnswer none(QuizAnswerKind kind, const UiText& why) {
    QuizAnswer a;
    a.kind = kind;
    a.unavailable = why;
    return a;
}

UiText noTrace() {
    return uiText(QT_TRANSLATE_NOOP("rnnlab::UiText",
                                    "there is no traced sequence yet: train the run (press Play) "
                                    "first"));
}

UiText noGradient() {
    return uiText(QT_TRANSLATE_NOOP(
        "rnnlab::UiText", "the traced sequence has no gradient yet: train the run first"));
}

// The step `t` (1-based) of the trace, or why it is not there.
UiText missingStep(const SequenceTrace& trace, int t) {
    if (t >= 1 && t <= trace.steps) return {};
    return uiText(QT_TRANSLATE_NOOP("rnnlab::UiText", "the traced sequence has %1 steps, not %2"),
                  {std::to_string(trace.steps), std::to_string(t)});
}

QuizAnswer largestGradientStep(const SequenceTrace& trace) {
    const std::vector<double> norms = gradientNorms(trace);
    if (norms.empty()) return none(QuizAnswerKind::TimeStep, noGradient());
    std::size_t best = 0;
    for (std::size_t i = 1; i < norms.size(); ++i)
        if (norms[i] > norms[best]) best = i;
    QuizAnswer a;
    a.kind = QuizAnswerKind::TimeStep;
    a.index = int(best) + 1;
    a.value = norms[best];
    a.shown = step(a.index);
    a.why = uiText(QT_TRANSLATE_NOOP("rnnlab::UiText",
                                     "‖dL/dh‖ is largest at t = %1, where it is %2; at "
                                     "t = 1 it is %3 and at t = %4 %5."),
                   {std::to_string(a.index), lessonNumber(norms[best]), lessonNumber(norms.front()),
                    std::to_string(norms.size()), lessonNumber(norms.back())});
    return a;
}

QuizAnswer gradientFallsBelow(const SequenceTrace& trace, double threshold) {
    const std::vector<double> norms = gradientNorms(trace);
    if (norms.empty()) return none(QuizAnswerKind::TimeStep, noGradient());
    const int T = int(norms.size());
    for (int t = T; t >= 1; --t) {
        if (norms[std::size_t(t - 1)] >= threshold) continue;
        QuizAnswer a;
        a.kind = QuizAnswerKind::TimeStep;
        a.index = t;
        a.value = norms[std::size_t(t - 1)];
        a.shown = step(t);
        a.why = uiText(QT_TRANSLATE_NOOP("rnnlab::UiText",
                                         "Going back from t = %1 (where ‖dL/dh‖ is %2), "
                                         "‖dL/dh‖ first falls below %3 at t = %4, where "
                                         "it is %5."),
                       {std::to_string(T), lessonNumber(norms.back()), lessonNumber(threshold),
                        std::to_string(t), lessonNumber(a.value)});
        return a;
    }
    return none(QuizAnswerKind::TimeStep,
                uiText(QT_TRANSLATE_NOOP("rnnlab::UiText",
                                         "‖dL/dh‖ does not fall below %1 at any step "
                                         "of the traced sequence"),
                       {lessonNumber(threshold)}));
}

QuizAnswer gradientRatioAnswer(const SequenceTrace& trace) {
    const std::vector<double> norms = gradientNorms(trace);
    if (norms.empty()) return none(QuizAnswerKind::Value, noGradient());
    QuizAnswer a;
    a.value = norms.front() / norms.back();
    a.shown = number(a.value);
    a.why = uiText(QT_TRANSLATE_NOOP("rnnlab::UiText",
                                     "‖dL/dh‖ is %1 at t = 1 and %2 at t = %3: their "
                                     "ratio is %4."),
                   {lessonNumber(norms.front()), lessonNumber(norms.back()),
                    std::to_string(norms.size()), lessonNumber(a.value)});
    return a;
}

// Mean over the units of gate `g` at step t (1-based), or over every step and unit for t = 0.
double gateMean(const GateTrace& g, int t) {
    return t == 0 ? g.value.mean() : g.value.row(t - 1).mean();
}

QuizAnswer gateNearest(const SequenceTrace& trace, int t, double target) {
    const std::vector<GateTrace>& gates = trace.layers.at(0).gates;
    if (gates.empty())
        return none(QuizAnswerKind::Gate,
                    uiText(QT_TRANSLATE_NOOP("rnnlab::UiText", "a plain RNN cell has no gates")));
    if (UiText bad = missingStep(trace, t); !bad.empty()) return none(QuizAnswerKind::Gate, bad);
    QuizAnswer a;
    a.kind = QuizAnswerKind::Gate;
    std::string others;
    double bestDistance = INFINITY;
    for (const GateTrace& g : gates) {
        const double mean = gateMean(g, t);
        a.choices.push_back(g.name);
        others += (others.empty() ? "" : ", ") + g.name + " " + lessonNumber(mean);
        if (std::abs(mean - target) < bestDistance) {
            bestDistance = std::abs(mean - target);
            a.label = g.name;
            a.value = mean;
        }
    }
    a.shown = gateTitle(a.label);
    a.why = uiText(QT_TRANSLATE_NOOP("rnnlab::UiText", "At t = %1 the "), {std::to_string(t)}) +
            a.shown +
            uiText(QT_TRANSLATE_NOOP("rnnlab::UiText",
                                     " has the mean %1 over the units, the nearest to %2 (%3)."),
                   {lessonNumber(a.value), lessonNumber(target), others});
    return a;
}

QuizAnswer gateMean(const SequenceTrace& trace, const std::string& gate, int t) {
    if (t != 0)
        if (UiText bad = missingStep(trace, t); !bad.empty())
            return none(QuizAnswerKind::Value, bad);
    for (const GateTrace& g : trace.layers.at(0).gates) {
        if (g.name != gate) continue;
        QuizAnswer a;
        a.value = gateMean(g, t);
        a.shown = number(a.value);
        a.why = gateSubject(gate) +
                (t == 0 ? uiText(QT_TRANSLATE_NOOP("rnnlab::UiText",
                                                   " has the mean %1 over the units over every "
                                                   "step."),
                                 {lessonNumber(a.value)})
                        : uiText(QT_TRANSLATE_NOOP("rnnlab::UiText",
                                                   " has the mean %1 over the units at t = %2."),
                                 {lessonNumber(a.value), std::to_string(t)}));
        return a;
    }
    return none(QuizAnswerKind::Value,
                uiText(QT_TRANSLATE_NOOP("rnnlab::UiText", "this cell has no gate '%1'"), {gate}));
}

QuizAnswer largestStateUnit(const SequenceTrace& trace, int t) {
    if (UiText bad = missingStep(trace, t); !bad.empty()) return none(QuizAnswerKind::Unit, bad);
    const Matrix<double>& h = trace.layers.at(0).h;  // (T, H)
    Index best = 0;
    for (Index j = 1; j < h.cols(); ++j)
        if (std::abs(h(t - 1, j)) > std::abs(h(t - 1, best))) best = j;
    QuizAnswer a;
    a.kind = QuizAnswerKind::Unit;
    a.index = int(best) + 1;
    a.value = h(t - 1, best);
    a.shown = uiText(QT_TRANSLATE_NOOP("rnnlab::UiText", "unit %1"), {std::to_string(a.index)});
    a.why = uiText(QT_TRANSLATE_NOOP("rnnlab::UiText",
                                     "At t = %1 unit %2 has the largest |h| of the %3 units: "
                                     "h = %4."),
                   {std::to_string(t), std::to_string(a.index), std::to_string(h.cols()),
                    lessonNumber(a.value)});
    return a;
}

QuizAnswer lowestFinalLoss(const QuizEvidence& evidence) {
    if (evidence.finalLosses.empty())
        return none(QuizAnswerKind::Run,
                    uiText(QT_TRANSLATE_NOOP("rnnlab::UiText",
                                             "no run has trained yet: press Play all in Compare")));
    QuizAnswer a;
    a.kind = QuizAnswerKind::Run;
    std::string all;
    double lowest = INFINITY;
    for (const auto& [label, loss] : evidence.finalLosses) {
        a.choices.push_back(label);
        all += (all.empty() ? "" : ", ") + label + " " + lessonNumber(loss);
        if (loss < lowest) {  // NaN (a diverged run) never wins
            lowest = loss;
            a.label = label;
        }
    }
    if (a.label.empty())
        return none(QuizAnswerKind::Run,
                    uiText(QT_TRANSLATE_NOOP("rnnlab::UiText", "every run diverged")));
    a.value = lowest;
    a.shown = verbatim(a.label);
    a.why = uiText(QT_TRANSLATE_NOOP("rnnlab::UiText",
                                     "The final validation losses are %1: %2's is the lowest."),
                   {all, a.label});
    return a;
}

QuizAnswer finalLoss(const QuizEvidence& evidence, const std::string& run) {
    for (const auto& [label, loss] : evidence.finalLosses) {
        if (label != run) continue;
        QuizAnswer a;
        a.value = loss;
        a.shown = number(loss);
        a.why = uiText(QT_TRANSLATE_NOOP("rnnlab::UiText", "%1 ends with the validation loss %2."),
                       {run, lessonNumber(loss)});
        return a;
    }
    return none(
        QuizAnswerKind::Value,
        uiText(QT_TRANSLATE_NOOP("rnnlab::UiText", "the run '%1' has not trained yet"), {run}));
}

}  // namespace

std::string lessonNumber(double v) {
    return significantDigits(v, 3);
}

std::string toString(QuizQueryKind kind) {
    return entry(kind).name;
}

QuizQueryKind parseQuizQueryKind(const std::string& name) {
    std::string names;
    for (const QueryName& q : kQueries) {
        if (name == q.name) return q.kind;
        names += (names.empty() ? "" : ", ") + std::string(q.name);
    }
    throw ConfigError(uiText(
        QT_TRANSLATE_NOOP("rnnlab::UiText", "unknown query '%1' (expected %2)"), {name, names}));
}

std::string toString(QuizInput input) {
    for (const auto& [i, name] : kInputs)
        if (i == input) return name;
    return {};
}

QuizInput parseQuizInput(const std::string& name) {
    for (const auto& [input, n] : kInputs)
        if (name == n) return input;
    throw ConfigError(uiText(QT_TRANSLATE_NOOP("rnnlab::UiText",
                                               "unknown answer '%1' (expected choice, number or "
                                               "click)"),
                             {name}));
}

QuizAnswerKind answerKind(QuizQueryKind kind) {
    return entry(kind).answer;
}

std::vector<QuizInput> inputsFor(QuizAnswerKind kind) {
    switch (kind) {
        case QuizAnswerKind::TimeStep:
        case QuizAnswerKind::Unit:
            return {QuizInput::Click, QuizInput::Number};
        case QuizAnswerKind::Gate:
        case QuizAnswerKind::Run:
            return {QuizInput::Choice};
        case QuizAnswerKind::Value:
            break;
    }
    return {QuizInput::Number};
}

UiText gateTitle(const std::string& name) {
    static const std::pair<const char*, const char*> kTitles[] = {
        {"i", QT_TRANSLATE_NOOP("rnnlab::UiText", "input gate %1")},
        {"f", QT_TRANSLATE_NOOP("rnnlab::UiText", "forget gate %1")},
        {"g", QT_TRANSLATE_NOOP("rnnlab::UiText", "cell candidate %1")},
        {"o", QT_TRANSLATE_NOOP("rnnlab::UiText", "output gate %1")},
        {"r", QT_TRANSLATE_NOOP("rnnlab::UiText", "reset gate %1")},
        {"z", QT_TRANSLATE_NOOP("rnnlab::UiText", "update gate %1")},
        {"n", QT_TRANSLATE_NOOP("rnnlab::UiText", "new candidate %1")}};
    for (const auto& [n, title] : kTitles)
        if (name == n) return uiText(title, {name});
    return verbatim(name);
}

QuizAnswer answerQuery(const QuizQuery& query, const QuizEvidence& evidence) {
    const QuizAnswerKind kind = answerKind(query.kind);
    const bool needsTrace = kind != QuizAnswerKind::Run && query.kind != QuizQueryKind::FinalLoss;
    if (needsTrace && (!evidence.trace || evidence.trace->layers.empty()))
        return none(kind, noTrace());
    switch (query.kind) {
        case QuizQueryKind::LargestGradientStep:
            return largestGradientStep(*evidence.trace);
        case QuizQueryKind::GradientFallsBelow:
            return gradientFallsBelow(*evidence.trace, query.threshold);
        case QuizQueryKind::GradientRatio:
            return gradientRatioAnswer(*evidence.trace);
        case QuizQueryKind::GateNearest:
            return gateNearest(*evidence.trace, query.t, query.target);
        case QuizQueryKind::GateMean:
            return gateMean(*evidence.trace, query.gate, query.t);
        case QuizQueryKind::LargestStateUnit:
            return largestStateUnit(*evidence.trace, query.t);
        case QuizQueryKind::LowestFinalLoss:
            return lowestFinalLoss(evidence);
        case QuizQueryKind::FinalLoss:
            return finalLoss(evidence, query.run);
    }
    return none(kind, uiText("unknown query"));
}

bool isCorrect(const Quiz& quiz, const QuizAnswer& answer, const QuizResponse& response) {
    if (!answer.available()) return false;
    switch (answer.kind) {
        case QuizAnswerKind::Gate:
        case QuizAnswerKind::Run:
            return response.choice == answer.label;
        case QuizAnswerKind::TimeStep:
        case QuizAnswerKind::Unit:
            return std::isfinite(response.number) && std::lround(response.number) == answer.index;
        case QuizAnswerKind::Value:
            break;
    }
    return std::abs(response.number - answer.value) <= quiz.tolerance * std::abs(answer.value);
}

}  // namespace rnnlab
