#include "core/lessons/lesson_translation.h"

#include <QJsonObject>

#include "core/io/json_fields.h"
#include "core/lessons/lesson.h"

namespace rnnlab {

namespace {

std::string translatedName(const std::string& field, const std::string& language) {
    return field + "_" + language;
}

// `field`'s text in `words` (the translations of one language), or `english` when it has none.
void replace(std::string& english, const std::map<std::string, std::string>& words,
             const std::string& field) {
    const auto it = words.find(field);
    if (it != words.end()) english = it->second;
}

}  // namespace

const std::vector<std::string>& lessonLanguages() {
    static const std::vector<std::string> languages{"zh_CN"};
    return languages;
}

void rejectUnknownLessonFields(const QJsonObject& o, const JsonPath& at,
                               const std::vector<std::string>& known,
                               const std::vector<std::string>& translated) {
    std::vector<std::string> names = known;
    for (const std::string& language : lessonLanguages())
        for (const std::string& f : translated) names.push_back(translatedName(f, language));
    std::vector<const char*> accepted;
    for (const std::string& n : names) accepted.push_back(n.c_str());
    rejectUnknownFields(o, at, accepted);
}

void readTranslations(const QJsonObject& o, const JsonPath& at,
                      const std::vector<std::string>& fields,
                      std::map<std::string, std::map<std::string, std::string>>& translations) {
    for (const std::string& language : lessonLanguages()) {
        for (const std::string& field : fields) {
            const std::string name = translatedName(field, language);
            if (!o.contains(QString::fromStdString(name))) continue;
            const std::string text = requireString(o, name.c_str(), at);
            if (text.empty())
                at.field(name).fail(uiText(QT_TRANSLATE_NOOP(
                    "rnnlab::UiText", " must not be empty (leave it out instead)")));
            translations[language][at.field(field).path()] = text;
        }
    }
}

Lesson localized(Lesson lesson, const std::string& language) {
    const auto found = lesson.translations.find(language);
    if (found == lesson.translations.end()) return lesson;
    const std::map<std::string, std::string>& words = found->second;
    replace(lesson.title, words, "title");
    replace(lesson.summary, words, "summary");
    replace(lesson.goal, words, "goal");
    for (std::size_t i = 0; i < lesson.text.size(); ++i) {
        const std::string step = "text[" + std::to_string(i) + "].";
        replace(lesson.text[i].title, words, step + "title");
        replace(lesson.text[i].body, words, step + "body");
        if (std::optional<Quiz>& quiz = lesson.text[i].quiz) {
            replace(quiz->question, words, step + "quiz.question");
            replace(quiz->explanation, words, step + "quiz.explanation");
        }
    }
    return lesson;
}

}  // namespace rnnlab
