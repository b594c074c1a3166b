#include "ui/lessons/bundled_lessons.h"

#include <QtGlobal>

#include "core/lessons/lesson_catalog.h"
#include "core/lessons/lesson_file.h"
#include "core/lessons/lesson_translation.h"
#include "ui/application_language.h"

// Q_INIT_RESOURCE must be called outside any namespace; it also keeps the linker from dropping
// the resource of this static library.
static void initLessonResources() {
    Q_INIT_RESOURCE(lessons);
}

namespace rnnlab::ui {

std::vector<Lesson> bundledLessons() {
    initLessonResources();
    std::vector<Lesson> lessons = readLessons(kBundledLessonsFolder);
    for (Lesson& l : lessons) l = localized(std::move(l), installedLanguage().toStdString());
    return lessons;
}

Lesson readLessonShown(const std::string& path) {
    return localized(readLesson(path), installedLanguage().toStdString());
}

}  // namespace rnnlab::ui
