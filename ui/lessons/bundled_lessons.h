#pragma once
// The lessons that ship inside the application: resources/lessons/*.lesson.json, compiled in
// through resources/lessons.qrc and read from ":/lessons" (core/lessons/lesson_catalog.h).
// The Lessons menu lists them; `rnnlab --lesson NAME` opens one.

#include <vector>

#include "core/lessons/lesson.h"

namespace rnnlab::ui {

// In menu order, in the window's language (installedLanguage(), lesson_translation.h). Throws
// FileError naming the file and field when a bundled lesson does not read.
std::vector<Lesson> bundledLessons();
// A lesson file's lesson in the window's language (readLesson, lesson_file.h).
Lesson readLessonShown(const std::string& path);

}  // namespace rnnlab::ui
