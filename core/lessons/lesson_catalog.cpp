#include "core/lessons/lesson_catalog.h"

#include <QDir>
#include <algorithm>

#include "core/base/errors.h"
#include "core/lessons/lesson_file.h"

namespace rnnlab {

std::vector<Lesson> readLessons(const std::string& folder) {
    const QDir dir(QString::fromStdString(folder));
    if (!dir.exists())
        throw FileError(verbatim(folder + ": ") +
                        uiText(QT_TRANSLATE_NOOP("rnnlab::UiText", "folder not found")));
    std::vector<Lesson> lessons;
    const QString suffix = QStringLiteral(".lesson.json");
    for (const QString& file : dir.entryList({"*" + suffix}, QDir::Files, QDir::Name)) {
        const std::string path = dir.filePath(file).toStdString();
        Lesson lesson = readLesson(path);
        const std::string expected = lesson.name + suffix.toStdString();
        if (file.toStdString() != expected)
            throw FileError(verbatim(path + ": ") +
                            uiText(QT_TRANSLATE_NOOP("rnnlab::UiText",
                                                     "holds the lesson '%1': name the file %2"),
                                   {lesson.name, expected}));
        lessons.push_back(std::move(lesson));
    }
    std::stable_sort(lessons.begin(), lessons.end(), [](const Lesson& a, const Lesson& b) {
        return a.order != b.order ? a.order < b.order : a.name < b.name;
    });
    return lessons;
}

const Lesson& findLesson(const std::vector<Lesson>& lessons, const std::string& name) {
    std::string names;
    for (const Lesson& l : lessons) {
        if (l.name == name) return l;
        names += (names.empty() ? "" : ", ") + l.name;
    }
    if (names.empty())
        throw ConfigError(
            uiText(QT_TRANSLATE_NOOP("rnnlab::UiText", "no lesson is called '%1' (lessons: none)"),
                   {name}));
    throw ConfigError(
        uiText(QT_TRANSLATE_NOOP("rnnlab::UiText", "no lesson is called '%1' (lessons: %2)"),
               {name, names}));
}

}  // namespace rnnlab
