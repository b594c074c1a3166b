#pragma once
// One fuzz input for the lesson-file reader, shared by the libFuzzer target (fuzz_lesson.cpp) and
// its replay test (tests/core/tst_lesson_fuzz_corpus.cpp). The input is the file's bytes.
// It must either be refused with a FileError whose message starts with the file name, or read into
// a lesson that holds what the window relies on: at least one view and one step of text, each
// step's view one of the lesson's, each check about an existing run, and every experiment (the
// lesson's and its runs') with data and settings that validate. Any other exception propagates.
// Returns the broken invariant, or nullptr.

#include <QByteArray>
#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <cstring>

#include "core/base/errors.h"
#include "core/lessons/lesson_file.h"

namespace rnnlab::fuzz {

inline bool experimentHolds(const Experiment& e) {
    try {
        validate(e.network);
        validate(e.training);
    } catch (const ConfigError&) {
        return false;
    }
    return e.data.has_value() && !e.state.has_value() &&
           e.weights.flat().size() == parameterCount(e.network);
}

inline const char* checkLessonInput(const std::uint8_t* data, std::size_t size) {
    static const char* const kName = "fuzz.lesson.json";
    const QByteArray bytes(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    Lesson lesson;
    try {
        lesson = parseLesson(bytes, kName);
    } catch (const FileError& error) {
        const std::size_t n = std::strlen(kName);
        if (std::strncmp(error.what(), kName, n) != 0 || error.what()[n] != ':')
            return "a message that does not start with the file name";
        return nullptr;
    }
    if (lesson.views.empty() || lesson.text.empty()) return "a lesson without views or text";
    for (const LessonStep& step : lesson.text)
        if (!step.view.empty() &&
            std::find(lesson.views.begin(), lesson.views.end(), step.view) == lesson.views.end())
            return "a step shows a view the lesson does not have";
    for (const LessonCheck& check : lesson.checks)
        if (lesson.experimentFor(check.run) == nullptr) return "a check about an unknown run";
    if (!experimentHolds(lesson.experiment)) return "the lesson's experiment does not hold";
    for (const LessonRun& run : lesson.runs)
        if (!experimentHolds(run.experiment)) return "a run's experiment does not hold";
    return nullptr;
}

}  // namespace rnnlab::fuzz
