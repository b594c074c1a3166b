#pragma once
// A step's "quiz" in a lesson file (lesson_file.h):
//   "quiz": {"question": "At which time step is ‖dL/dhₜ‖ largest?",
//            "query": {"kind": "largest_gradient_step"},
//            "answer": "click",
//            "explanation": "The loss is computed at the last step: ..."}
// - "query" names one of quiz.h's queries and its parameters, and nothing else: "t" (a time
//   step, 1 or more) for gate_nearest, largest_state_unit and, optionally, gate_mean;
//   "threshold" (above 0) for gradient_falls_below; "target" (−1 … 1, default 1) for
//   gate_nearest; "gate" (one of the lesson cell's gates) for gate_mean; "run" (a run's label)
//   for final_loss. lowest_final_loss needs two runs or more.
// - "answer" (optional) is how the student answers, and must fit what the query answers: a
//   time step or unit by "click" (the default) or "number"; a gate or run by "choice"; a number
//   by "number".
// - "tolerance" (optional, only for a number the query computes; default 0.1): the relative
//   error an answer may have, above 0 and at most 1.
// - "explanation" (optional): what the answer means, shown with the computed value.
// - "question" and "explanation" may have translations, as a step's texts do
//   ("question_zh_CN"; lesson_translation.h), read by the lesson's reader.
// Errors name the JSON path: "lesson.json: text[2].quiz.query.gate: the lstm cell has no gate
// 'r' (gates: i, f, g, o)".

#include <QJsonObject>

#include "core/io/json_fields.h"
#include "core/lessons/lesson.h"

namespace rnnlab {

// The quiz fields a lesson file may translate.
inline const std::vector<std::string> kQuizTranslatedFields{"question", "explanation"};

// `lesson` holds the experiment and runs already read; throws FileError naming the path.
Quiz parseQuiz(const QJsonObject& o, const JsonPath& at, const Lesson& lesson);

}  // namespace rnnlab
