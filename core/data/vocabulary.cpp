#include "core/data/vocabulary.h"

#include <algorithm>

#include "core/data/utf8_text.h"

namespace rnnlab {

VocabularyLimitError::VocabularyLimitError(std::size_t index, char32_t character, int limit)
    : ConfigError(uiText(QT_TRANSLATE_NOOP("rnnlab::UiText",
                                           "%1 is the %2th different character: a vocabulary "
                                           "holds at most %2 symbols, the unknown one included; "
                                           "use a text with fewer different characters"),
                         {describeCharacter(character), std::to_string(limit)})),
      m_index(index) {}

Vocabulary::Vocabulary() : m_symbols{0} {}

void Vocabulary::index() {
    m_index.clear();
    for (std::size_t i = 1; i < m_symbols.size(); ++i) m_index[m_symbols[i]] = static_cast<int>(i);
}

Vocabulary Vocabulary::ofText(std::u32string_view text, int maxSize) {
    std::unordered_map<char32_t, bool> seen;
    std::vector<char32_t> characters;
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (!seen.emplace(text[i], true).second) continue;
        characters.push_back(text[i]);
        if (static_cast<int>(characters.size()) > maxSize - 1)
            throw VocabularyLimitError(i, text[i], maxSize);
    }
    std::sort(characters.begin(), characters.end());
    Vocabulary v;
    v.m_symbols.insert(v.m_symbols.end(), characters.begin(), characters.end());
    v.index();
    return v;
}

Vocabulary Vocabulary::fromStrings(const std::vector<std::string>& symbols) {
    if (symbols.empty() || !symbols.front().empty())
        throw ConfigError(
            uiText(QT_TRANSLATE_NOOP("rnnlab::UiText", "[0] must be \"\", the unknown symbol")));
    if (static_cast<int>(symbols.size()) > kMaxTextVocabulary)
        throw ConfigError(
            uiText(QT_TRANSLATE_NOOP("rnnlab::UiText", "has %1 symbols, at most %2 are allowed"),
                   {std::to_string(symbols.size()), std::to_string(kMaxTextVocabulary)}));
    Vocabulary v;
    for (std::size_t i = 1; i < symbols.size(); ++i) {
        const std::string at = "[" + std::to_string(i) + "] ";
        std::u32string c;
        try {
            checkEncoding(symbols[i], "vocabulary", QT_TRANSLATE_NOOP("rnnlab::UiText", "text"));
            c = decodeUtf8(symbols[i]);
        } catch (const std::exception&) {
            c.clear();
        }
        if (c.size() != 1)
            throw ConfigError(
                verbatim(at) +
                uiText(QT_TRANSLATE_NOOP("rnnlab::UiText", "must be one character, not \"%1\""),
                       {symbols[i]}));
        if (i > 1 && c[0] <= v.m_symbols.back())
            throw ConfigError(verbatim(at) +
                              uiText(QT_TRANSLATE_NOOP("rnnlab::UiText",
                                                       "%1 is out of order: the symbols increase "
                                                       "by code point"),
                                     {describeCharacter(c[0])}));
        v.m_symbols.push_back(c[0]);
    }
    v.index();
    return v;
}

int Vocabulary::indexOf(char32_t c) const {
    const auto it = m_index.find(c);
    return it == m_index.end() ? kUnknown : it->second;
}

std::vector<std::string> Vocabulary::strings() const {
    std::vector<std::string> out{""};
    for (std::size_t i = 1; i < m_symbols.size(); ++i) out.push_back(encodeUtf8(m_symbols[i]));
    return out;
}

std::vector<int> symbolsOfText(const std::string& text, const Vocabulary& vocabulary,
                               const std::string& name) {
    std::u32string characters;
    try {
        checkEncoding(text, name, QT_TRANSLATE_NOOP("rnnlab::UiText", "text"));
        characters = decodeUtf8(text);
    } catch (const std::exception&) {
        throw ConfigError(
            uiText(QT_TRANSLATE_NOOP("rnnlab::UiText", "%1: not UTF-8 text"), {name}));
    }
    std::vector<int> symbols;
    for (std::size_t i = 0; i < characters.size(); ++i) {
        if (!vocabulary.contains(characters[i])) {
            const TextPosition p = positionOf(characters, i);
            const std::string character = describeCharacter(characters[i]);
            if (p.line > 1)
                throw ConfigError(uiText(
                    QT_TRANSLATE_NOOP("rnnlab::UiText",
                                      "%1, line %2, column %3: %4 is not in the vocabulary (the "
                                      "text the network learned from has no such character)"),
                    {name, std::to_string(p.line), std::to_string(p.column), character}));
            throw ConfigError(
                uiText(QT_TRANSLATE_NOOP("rnnlab::UiText",
                                         "%1, column %2: %3 is not in the vocabulary (the text the "
                                         "network learned from has no such character)"),
                       {name, std::to_string(p.column), character}));
        }
        symbols.push_back(vocabulary.indexOf(characters[i]));
    }
    return symbols;
}

}  // namespace rnnlab
