#include "core/base/ui_text.h"

#include <utility>

namespace rnnlab {

std::string UiText::english() const {
    std::string text;
    for (const Part& p : parts) text += fillIn(p.source, p.values);
    return text;
}

UiText uiText(const char* source, std::vector<std::string> values) {
    return UiText{{UiText::Part{source, std::move(values)}}};
}

UiText verbatim(std::string text) {
    return UiText{{UiText::Part{"%1", {std::move(text)}}}};
}

UiText& operator+=(UiText& a, const UiText& b) {
    a.parts.insert(a.parts.end(), b.parts.begin(), b.parts.end());
    return a;
}

UiText operator+(UiText a, const UiText& b) {
    return a += b;
}

std::string fillIn(const std::string& source, const std::vector<std::string>& values) {
    std::string out;
    for (std::size_t i = 0; i < source.size(); ++i) {
        const char next = i + 1 < source.size() ? source[i + 1] : '\0';
        const std::size_t index = static_cast<std::size_t>(next - '1');
        if (source[i] == '%' && next >= '1' && next <= '9' && index < values.size()) {
            out += values[index];
            ++i;
        } else {
            out += source[i];
        }
    }
    return out;
}

}  // namespace rnnlab
