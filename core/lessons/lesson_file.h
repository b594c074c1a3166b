#pragma once
// The lesson file, resources/lessons/NAME.lesson.json:
//   {"format": "rnnlab-lesson", "version": 1,
//    "name": "vanishing-gradient", "order": 1,
//    "title": "The vanishing gradient",
//    "summary": "A tanh RNN cannot learn to remember a value for 30 steps: ...",
//    "goal": "Explain why the gradient of a tanh RNN vanishes over a long delay.",
//    "experiment": {"network": {...}, "training": {...}, "data": {...}},
//    "steps": 1500,
//    "views": ["gradients", "training"],
//    "runs": [{"label": "RNN"}, {"label": "LSTM", "network": {"cell": "lstm"}}],
//    "text": [{"title": "1. Press play", "body": "...", "view": "training"}, ...],
//    "checks": [{"kind": "gradient_ratio_below", "value": 1e-3},
//               {"kind": "loss_fall_above", "value": 10, "run": "LSTM"}]}
// - "experiment" holds the "network", "training" and "data" sections of an experiment file
//   (*.rnnlab.json, experiment_file.h), read by the same code. No "weights": a lesson starts
//   from its seed, like "Reset" in the window.
// - Each run's "network", "training" and "data" objects are merged into the experiment's, field
//   by field at every depth (a run that sets {"training": {"clip": true}} keeps every other
//   setting), and the result is read and checked like the experiment.
// - A step's "view" must be one of the lesson's "views"; "compare" needs two runs or more.
// - "goal" is one sentence: not empty, ending in '.', '?' or '!', with no sentence end before.
// - Each text field ("title", "summary", "goal", a step's "title" and "body") may have a
//   translated sibling, "title_zh_CN" and so on (lesson_translation.h).
// - Optional: "order" (0), "goal", "runs", "checks", a step's "view". Everything else is
//   required; unknown fields are refused, naming them.
// Errors are FileError naming the file and field:
//   "lesson.json: text[2].title is missing"
//   "lesson.json: goal must be one sentence, ending in '.', '?' or '!'"
//   "lesson.json: views[1]: unknown view 'plots' (expected training, explorer, gradients,
//    compare)"
//   "lesson.json: text[3].view: 'explorer' is not one of the lesson's views (training, gradients)"
//   "lesson.json: runs[1] (LSTM): network.cell: unknown cell 'lstmx' (expected rnn, lstm or gru)"
//   "lesson.json: checks[0].run: no run is labelled 'GRU' (runs: RNN, LSTM)"

#include <QByteArray>
#include <string>

#include "core/lessons/lesson.h"

namespace rnnlab {

constexpr int kLessonFileVersion = 1;
// A lesson is text and settings; a file larger than this is not one.
constexpr qint64 kMaxLessonFileBytes = qint64(4) << 20;

// Throws FileError naming the file and the field. A CSV path relative to the lesson file is
// made relative to the current folder.
Lesson readLesson(const std::string& path);

// Whether `nameOrPath`, given where a lesson is asked for (`rnnlab --lesson`), is a file's path
// rather than a lesson's name: it holds a '/' or ends in ".json" (a name is lower-case letters,
// digits and dashes).
bool isLessonPath(const std::string& nameOrPath);
// `name` prefixes the messages.
Lesson parseLesson(const QByteArray& bytes, const std::string& name);

}  // namespace rnnlab
