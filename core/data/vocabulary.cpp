#include "core/data/vocabulary.h"

#include <algorithm>

#include "core/data/utf8_text.h"

namespace rnnlab {

VocabularyLimitError::VocabularyLimitError(std::size_t index, char32_t character, int limit)
    : ConfigError(describeCharacter(character) + " is the " + std::to_string(limit) +
                  "th different character: a vocabulary holds at most " + std::to_string(limit) +
                  " symbols, the unknown one included; use a text with fewer different "
                  "characters"),
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
        throw ConfigError("[0] must be \"\", the unknown symbol");
    if (static_cast<int>(symbols.size()) > kMaxTextVocabulary)
        throw ConfigError("has " + std::to_string(symbols.size()) + " symbols, at most " +
                          std::to_string(kMaxTextVocabulary) + " are allowed");
    Vocabulary v;
    for (std::size_t i = 1; i < symbols.size(); ++i) {
        const std::string at = "[" + std::to_string(i) + "] ";
        std::u32string c;
        try {
            checkEncoding(symbols[i], "vocabulary", "text");
            c = decodeUtf8(symbols[i]);
        } catch (const std::exception&) {
            c.clear();
        }
        if (c.size() != 1)
            throw ConfigError(at + "must be one character, not \"" + symbols[i] + "\"");
        if (i > 1 && c[0] <= v.m_symbols.back())
            throw ConfigError(at + describeCharacter(c[0]) +
                              " is out of order: the symbols increase by code point");
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
        checkEncoding(text, name, "text");
        characters = decodeUtf8(text);
    } catch (const std::exception&) {
        throw ConfigError(name + ": not UTF-8 text");
    }
    std::vector<int> symbols;
    for (std::size_t i = 0; i < characters.size(); ++i) {
        if (!vocabulary.contains(characters[i])) {
            const TextPosition p = positionOf(characters, i);
            throw ConfigError(
                name + ", " + (p.line > 1 ? "line " + std::to_string(p.line) + ", " : "") +
                "column " + std::to_string(p.column) + ": " + describeCharacter(characters[i]) +
                " is not in the vocabulary (the text the network learned from has "
                "no such character)");
        }
        symbols.push_back(vocabulary.indexOf(characters[i]));
    }
    return symbols;
}

}  // namespace rnnlab
