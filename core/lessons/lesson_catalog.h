#pragma once
// The lessons of a folder: every NAME.lesson.json in it, in the order of the Lessons menu. The
// bundled lessons live in resources/lessons/; the GUI reads them from the Qt resource
// ":/lessons" (resources/lessons.qrc), the tests from the source tree. Any folder of lesson
// files works the same way, so a teacher can keep their own next to the bundled ones.

#include <string>
#include <vector>

#include "core/lessons/lesson.h"

namespace rnnlab {

// The folder of the bundled lessons inside the application (Qt resource path).
constexpr const char* kBundledLessonsFolder = ":/lessons";

// Every *.lesson.json of `folder`, sorted by order, then name. Throws FileError for a lesson
// that does not read (naming its file and field), for a file whose name is not its lesson's
// name + ".lesson.json" and for a folder that does not exist.
std::vector<Lesson> readLessons(const std::string& folder);

// The lesson called `name`; ConfigError listing the names there are otherwise.
const Lesson& findLesson(const std::vector<Lesson>& lessons, const std::string& name);

}  // namespace rnnlab
