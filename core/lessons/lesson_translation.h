#pragma once
// A lesson's words in other languages. Each text field of a lesson file may have a sibling with
// the language's locale name appended, holding the same text in that language:
//   "title": "What a hidden state is",   "title_zh_CN": "什么是隐藏状态",
//   "text": [{"title": "1. ...", "title_zh_CN": "1. ...", "body": "...", "body_zh_CN": "..."}]
// The translated fields are "title", "summary", "goal", each step's "title" and "body", and its
// quiz's "question" and "explanation"; all are optional, and a field without a translation shows in
// English. Everything else (the experiment, views, runs, checks, numbers) is the same in every
// language, so a lesson and its checks do not depend on the language it is read in. The window
// shows localized(lesson, its language); rnnlab-cli reads the English.

#include <map>
#include <string>
#include <vector>

class QJsonObject;

namespace rnnlab {

class JsonPath;
struct Lesson;

// The languages lesson files may carry besides English: {"zh_CN"}.
const std::vector<std::string>& lessonLanguages();

// rejectUnknownFields (json_fields.h) for an object of a lesson file: the `known` fields, and
// the translated siblings ("title_zh_CN") of those among them that are `translated`.
void rejectUnknownLessonFields(const QJsonObject& o, const JsonPath& at,
                               const std::vector<std::string>& known,
                               const std::vector<std::string>& translated);

// Reads the translated siblings of `fields` in `o` (at `at`) into `translations`, keyed by
// language, then by the field's path from the lesson's top ("text[2].body"). A sibling that is
// not a string, or empty, is a FileError naming it ("lesson.json: text[2].body_zh_CN must ...").
void readTranslations(const QJsonObject& o, const JsonPath& at,
                      const std::vector<std::string>& fields,
                      std::map<std::string, std::map<std::string, std::string>>& translations);

// The lesson with its text fields in `language` where the file has them ("en", or a language
// without translations: the lesson as it is).
Lesson localized(Lesson lesson, const std::string& language);

}  // namespace rnnlab
