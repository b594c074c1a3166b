#pragma once
// A character language model's data: windows of T characters of one text, each predicting the
// next character at every step.
//
// The text (UTF-8, decoded to code points: utf8_text.h) is split by position with the SplitSpec
// fractions: its first part trains, the next validates, the rest tests. The vocabulary is the
// training part's characters (vocabulary.h); a validation or test character it lacks is the
// unknown symbol 0. A window starting at character s is
//   inputs   x_t = symbol of character s+t                          t = 0 .. T-1
//   targets  y_t = symbol of character s+t+1  (the next character, at every step)
// Windows do not overlap: the training part's start at 0, T, 2T, ...; a validation or test
// window is placed by its targets, which lie in the part (its first input may be the last
// character of the part before, as a reader of the text at that point would know it). The
// last (part length mod T) characters of a part are not predicted.
//
// One sample is (T, 1) symbol indices in, (T, 1) class indices out; outputSize() is V.

#include <array>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "core/data/training_data.h"
#include "core/data/vocabulary.h"

namespace rnnlab {

// Largest text file read: a few books; a character model of a classroom trains on far less.
constexpr std::uint64_t kMaxTextBytes = std::uint64_t(32) << 20;

class TextDataset : public TrainingData {
public:
    // `source` names the text in messages (a path, "datasets/constitution.txt"). DataError
    // naming file:line:column for invalid UTF-8 or binary bytes, an empty text, a training
    // part too short for one window, a vocabulary above kMaxTextVocabulary.
    static std::shared_ptr<TextDataset> fromBytes(std::string_view bytes, const std::string& source,
                                                  Index window, const SplitSpec& split);

    TextDataset(std::u32string text, const std::string& source, Index window,
                const SplitSpec& split);

    const std::string& source() const { return m_source; }
    const Vocabulary& vocabulary() const { return m_vocabulary; }
    int vocabularySize() const override { return m_vocabulary.size(); }
    std::vector<std::string> symbolNames() const override { return m_vocabulary.strings(); }
    std::vector<std::string> classNames() const override { return m_vocabulary.strings(); }
    const std::u32string& text() const { return m_text; }
    Index characters() const { return static_cast<Index>(m_text.size()); }
    // First character and number of characters of a part of the text.
    Index partBegin(Split split) const { return m_partBegin[std::size_t(split)]; }
    Index partLength(Split split) const { return m_partLength[std::size_t(split)]; }
    // Characters of a part the vocabulary lacks (always 0 for the training part).
    Index unknownCharacters(Split split) const;
    // H = -Σ_c p_c log2 p_c over the training part's character frequencies p_c: the bits per
    // character of the best model that knows no context, the line a language model must beat.
    double unigramEntropyBits() const;

private:
    void sample(Index start, Matrix<double>& inputs, Matrix<double>& targets) const override;

    std::string m_source;
    std::u32string m_text;
    Vocabulary m_vocabulary;
    std::vector<int> m_symbols;  // one per character
    std::array<Index, 3> m_partBegin{};
    std::array<Index, 3> m_partLength{};
};

}  // namespace rnnlab
