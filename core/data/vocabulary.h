#pragma once
// The symbols of a character language model: every character (Unicode code point) of the
// training part of a text, sorted by code point, after one "unknown" symbol at index 0 that
// stands for any character the training part does not have:
//   "banana" → index 0 unknown, 1 'a', 2 'b', 3 'n'      (size V = 4)
// The network sees the indices (symbol_input.h); the file stores the symbols as strings in
// index order, the unknown one as "".

#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "core/base/errors.h"

namespace rnnlab {

// Largest vocabulary a text may give, the unknown symbol included: every letter, digit and
// sign of an alphabetic script many times over, and the common characters of Chinese (a
// newspaper uses about 3,500); beyond it a character model needs more data than a lesson has.
constexpr int kMaxTextVocabulary = 5000;

// A text with more different characters than a vocabulary holds; index() is the position of
// the first character beyond the limit (0-based, in the text given to Vocabulary::ofText).
class VocabularyLimitError : public ConfigError {
public:
    VocabularyLimitError(std::size_t index, char32_t character, int limit);
    std::size_t index() const { return m_index; }

private:
    std::size_t m_index;
};

class Vocabulary {
public:
    static constexpr int kUnknown = 0;

    Vocabulary();  // the unknown symbol alone
    // The characters of `text`, sorted by code point. VocabularyLimitError when there are more
    // than maxSize - 1 of them.
    static Vocabulary ofText(std::u32string_view text, int maxSize = kMaxTextVocabulary);
    // Back from the strings a file stores: "" first, then one character each, increasing.
    // ConfigError naming the entry that is not.
    static Vocabulary fromStrings(const std::vector<std::string>& symbols);

    int size() const { return static_cast<int>(m_symbols.size()); }  // V
    // The index of a character: kUnknown when the vocabulary lacks it.
    int indexOf(char32_t c) const;
    bool contains(char32_t c) const { return indexOf(c) != kUnknown; }
    char32_t symbol(int index) const { return m_symbols[static_cast<std::size_t>(index)]; }
    // As stored: "" for the unknown symbol, else the character in UTF-8.
    std::vector<std::string> strings() const;

    bool operator==(const Vocabulary& o) const { return m_symbols == o.m_symbols; }
    bool operator!=(const Vocabulary& o) const { return !(*this == o); }

private:
    void index();

    std::vector<char32_t> m_symbols;  // [0] unknown (stored as 0), then increasing code points
    std::unordered_map<char32_t, int> m_index;
};

// The symbols of a UTF-8 text, one per character, as the command line gives one (a prime to
// sample after, a text to trace). ConfigError starting with `name` for text that is not UTF-8
// and for a character the vocabulary lacks, by its place:
//   "prime, column 5: 'Z' (U+005A) is not in the vocabulary (the text the network learned
//    from has no such character)"
std::vector<int> symbolsOfText(const std::string& text, const Vocabulary& vocabulary,
                               const std::string& name);

}  // namespace rnnlab
