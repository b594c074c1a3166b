#pragma once
// A text that the engine writes for people and the window shows (a gradient badge's summary and
// explanation). The engine knows no languages: it keeps each sentence as an English template
// with %1, %2, ... for the values, marked with QT_TRANSLATE_NOOP("rnnlab::UiText", ...) so that
// lupdate puts it into the window's translations, and the values as they are written (numbers,
// symbols, names from files: never translated). english() fills the English templates in (the
// CLI, the tests); the window fills the translated ones in with the same values
// (ui/ui_text_translation.h). Only QtCore's QT_TRANSLATE_NOOP macro is used: it expands to the
// text itself.
//
//   UiText t = uiText(QT_TRANSLATE_NOOP("rnnlab::UiText", "gradient norm %1 > %2"),
//                     {"12", "10"});
//   t.english() == "gradient norm 12 > 10"

#include <QtGlobal>
#include <string>
#include <vector>

namespace rnnlab {

// The context the engine's texts are translated in.
constexpr const char* kUiTextContext = "rnnlab::UiText";

struct UiText {
    // One template and its values; a text is its parts one after another.
    struct Part {
        std::string source;  // English, with %1 .. %9 for the values
        std::vector<std::string> values;
    };
    std::vector<Part> parts;

    bool empty() const { return parts.empty(); }
    std::string english() const;
};

UiText uiText(const char* source, std::vector<std::string> values = {});
// A text that is never translated: a place ("prices.csv:3:2: ", a JSON path), a separator, a
// name or a message from outside the engine. Its template is "%1", which no translation has.
UiText verbatim(std::string text);
// `b`'s parts after `a`'s.
UiText& operator+=(UiText& a, const UiText& b);
UiText operator+(UiText a, const UiText& b);
// `source` (English or a translation) with %1 .. %9 replaced by values[0] .. values[8]; a value
// is put in as it is, never scanned for placeholders itself.
std::string fillIn(const std::string& source, const std::vector<std::string>& values);

}  // namespace rnnlab
