#include "core/lessons/quiz_file.h"

#include <algorithm>

#include "core/lessons/lesson_translation.h"

namespace rnnlab {

namespace {

// The fields each query takes besides "kind"; the first ones listed are required.
struct QueryFields {
    std::vector<const char*> required;
    std::vector<const char*> optional;
};

QueryFields fieldsOf(QuizQueryKind kind) {
    switch (kind) {
        case QuizQueryKind::GradientFallsBelow:
            return {{"threshold"}, {}};
        case QuizQueryKind::GateNearest:
            return {{"t"}, {"target"}};
        case QuizQueryKind::GateMean:
            return {{"gate"}, {"t"}};
        case QuizQueryKind::LargestStateUnit:
            return {{"t"}, {}};
        case QuizQueryKind::FinalLoss:
            return {{"run"}, {}};
        case QuizQueryKind::LargestGradientStep:
        case QuizQueryKind::GradientRatio:
        case QuizQueryKind::LowestFinalLoss:
            break;
    }
    return {};
}

void checkGate(const std::string& gate, const JsonPath& at, const Lesson& lesson) {
    const CellType cell = lesson.experiment.network.cell;
    const std::vector<std::string> gates = gateNames(cell);
    if (std::find(gates.begin(), gates.end(), gate) != gates.end()) return;
    if (gates.empty())
        at.fail(uiText(
            QT_TRANSLATE_NOOP("rnnlab::UiText", ": the %1 cell has no gate '%2' (gates: none)"),
            {toString(cell), gate}));
    at.fail(
        uiText(QT_TRANSLATE_NOOP("rnnlab::UiText", ": the %1 cell has no gate '%2' (gates: %3)"),
               {toString(cell), gate, joinedNames(gates)}));
}

void checkRun(const std::string& run, const JsonPath& at, const Lesson& lesson) {
    std::vector<std::string> labels;
    for (const LessonRun& r : lesson.runs) labels.push_back(r.label);
    if (std::find(labels.begin(), labels.end(), run) == labels.end())
        at.fail(noRunLabelled(run, labels));
}

QuizQuery parseQuery(const QJsonObject& o, const JsonPath& at, const Lesson& lesson) {
    QuizQuery q;
    q.kind = parseChoice(requireString(o, "kind", at), at.field("kind"), parseQuizQueryKind);
    const QueryFields fields = fieldsOf(q.kind);
    std::vector<const char*> known = {"kind"};
    known.insert(known.end(), fields.required.begin(), fields.required.end());
    known.insert(known.end(), fields.optional.begin(), fields.optional.end());
    rejectUnknownFields(o, at, known);
    for (const char* name : fields.required) requireField(o, name, at);
    q.t = optionalInt(o, "t", at, 0, 1, 1000000);
    q.threshold = optionalDouble(o, "threshold", at, 0.0);
    if (o.contains("threshold") && !(q.threshold > 0.0))
        at.field("threshold").fail(uiText(QT_TRANSLATE_NOOP("rnnlab::UiText", " must be above 0")));
    q.target = optionalDouble(o, "target", at, 1.0, -1.0, 1.0);
    q.gate = optionalString(o, "gate", at, "");
    if (o.contains("gate")) checkGate(q.gate, at.field("gate"), lesson);
    q.run = optionalString(o, "run", at, "");
    if (o.contains("run")) checkRun(q.run, at.field("run"), lesson);
    if (q.kind == QuizQueryKind::LowestFinalLoss && lesson.runs.size() < 2)
        at.field("kind").fail(uiText(QT_TRANSLATE_NOOP(
            "rnnlab::UiText", ": lowest_final_loss compares runs: the lesson needs two or more")));
    const bool gated = q.kind == QuizQueryKind::GateNearest || q.kind == QuizQueryKind::GateMean;
    if (gated && gateNames(lesson.experiment.network.cell).empty())
        at.field("kind").fail(uiText(
            QT_TRANSLATE_NOOP("rnnlab::UiText", ": %1 needs a cell with gates (lstm or gru)"),
            {toString(q.kind)}));
    return q;
}

}  // namespace

Quiz parseQuiz(const QJsonObject& o, const JsonPath& at, const Lesson& lesson) {
    rejectUnknownLessonFields(o, at, {"question", "query", "answer", "tolerance", "explanation"},
                              kQuizTranslatedFields);
    Quiz quiz;
    quiz.question = requireString(o, "question", at);
    if (quiz.question.empty())
        at.field("question")
            .fail(uiText(QT_TRANSLATE_NOOP("rnnlab::UiText", " must not be empty")));
    quiz.query = parseQuery(requireObject(o, "query", at), at.field("query"), lesson);
    const QuizAnswerKind kind = answerKind(quiz.query.kind);
    const std::vector<QuizInput> inputs = inputsFor(kind);
    quiz.input = inputs.front();
    if (o.contains("answer")) {
        quiz.input =
            parseChoice(requireString(o, "answer", at), at.field("answer"), parseQuizInput);
        if (std::find(inputs.begin(), inputs.end(), quiz.input) == inputs.end()) {
            std::vector<std::string> names;
            for (QuizInput i : inputs) names.push_back(toString(i));
            at.field("answer").fail(
                uiText(QT_TRANSLATE_NOOP("rnnlab::UiText", ": %1 is answered by %2, not %3"),
                       {toString(quiz.query.kind), joinedNames(names), toString(quiz.input)}));
        }
    }
    if (o.contains("tolerance")) {
        if (kind != QuizAnswerKind::Value)
            at.field("tolerance")
                .fail(uiText(QT_TRANSLATE_NOOP("rnnlab::UiText",
                                               ": only a number the query computes has a "
                                               "tolerance (%1 is answered exactly)"),
                             {toString(quiz.query.kind)}));
        quiz.tolerance = requireDouble(o, "tolerance", at, 0.0, 1.0);
        if (quiz.tolerance <= 0.0)
            at.field("tolerance")
                .fail(uiText(QT_TRANSLATE_NOOP("rnnlab::UiText", " must be above 0")));
    }
    quiz.explanation = optionalString(o, "explanation", at, "");
    return quiz;
}

}  // namespace rnnlab
