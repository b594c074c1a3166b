#include "ui/lessons/bundled_lessons.h"

#include <QtGlobal>

#include "core/lessons/lesson_catalog.h"

// Q_INIT_RESOURCE must be called outside any namespace; it also keeps the linker from dropping
// the resource of this static library.
static void initLessonResources() {
    Q_INIT_RESOURCE(lessons);
}

namespace rnnlab::ui {

std::vector<Lesson> bundledLessons() {
    initLessonResources();
    return readLessons(kBundledLessonsFolder);
}

}  // namespace rnnlab::ui
