#pragma once
// A character model reading a text, character by character (Karpathy 2015, "The Unreasonable
// Effectiveness of Recurrent Neural Networks": the coloured text strip): what the Text view
// draws. Per character n = 0 .. N-1 of the reading:
//   x_n                    the character read (its symbol is the network's input)
//   y_n                    the next character (the target), when the text has one
//   p_n = softmax(z_n)     the network's guess of y_n from its logits z_n (V)
//   top-5 of p_n           the five likeliest next characters, most likely first
//   s_n = -log2 p_n(y_n)   the surprise in bits; the cross-entropy loss of the step is s_n ln 2
//   h_n, c_n, gates_n      every layer's state and gates after reading x_n, (N, H) per layer
//
// Validation text: the first windows of the validation part, each read from a zero state
// exactly as validation evaluates it (text_dataset.h: windows of T characters, back to back,
// so character n is step n mod T of window n div T). Any other text (typed or pasted): one
// sequence from a zero state; its last character has no next one.
//
// Values are kept as float: a reading of 1,500 characters of a 2-layer LSTM of 256 units is
// about 20 MB. A bigger network reads fewer validation characters (readingCharacterLimit).

#include <array>
#include <string>
#include <vector>

#include "core/base/tensor_types.h"
#include "core/data/text_dataset.h"
#include "core/nn/network_config.h"
#include "core/nn/parameters.h"

namespace rnnlab {

// Characters of validation text read when nothing else is asked: a screenful of text.
constexpr Index kDefaultReadingCharacters = 1500;
// The most characters a typed text may have: a long paragraph, still one sequence of steps.
constexpr Index kMaxTypedCharacters = 5000;
constexpr int kReadingGuesses = 5;
// The most memory the states and gates of a validation reading may take.
constexpr Index kMaxReadingBytes = Index(64) << 20;

// The most characters whose states and gates, L (2 + G) H floats each (h, c and the G gates
// of every layer), fit in kMaxReadingBytes: 682 for an LSTM of 4,096 units.
Index readingCharacterLimit(const NetworkConfig& network);

struct LayerReading {
    Matrix<float> h;                     // (N, H)
    Matrix<float> c;                     // (N, H) LSTM only, else empty
    std::vector<std::string> gateNames;  // "i" "f" "g" "o" (LSTM), "r" "z" "n" (GRU), none (RNN)
    std::vector<Matrix<float>> gates;    // (N, H) each, activated, in gateNames' order
};

struct TextReading {
    enum class Source { Validation, Typed };
    Source source = Source::Validation;
    NetworkConfig network;
    std::vector<std::string> symbolNames;  // V, the vocabulary as stored ("" = unknown)
    Index windowLength = 0;  // T for validation windows; N for a typed text (one sequence)

    std::u32string characters;        // (N) x_n as in the text, also where it is unknown
    std::vector<int> symbols;         // (N) the symbol the network read
    std::vector<int> targets;         // (N) symbol of y_n; -1 where there is no next character
    std::vector<float> surpriseBits;  // (N) s_n; NaN where there is no next character
    std::vector<std::array<int, kReadingGuesses>> guesses;          // (N) symbols, likeliest first
    std::vector<std::array<float, kReadingGuesses>> probabilities;  // (N) theirs
    std::vector<LayerReading> layers;                               // L, layer 0 first

    Index size() const { return Index(characters.size()); }  // N
    // Window and step of character n (validation: window n div T, step n mod T).
    Index windowOf(Index n) const { return windowLength > 0 ? n / windowLength : 0; }
    Index stepOf(Index n) const { return windowLength > 0 ? n % windowLength : n; }
    // Mean surprise over the characters that have a next one, in bits per character.
    double meanSurpriseBits() const;
};

// The first whole validation windows holding at most min(maxCharacters,
// readingCharacterLimit) characters (at least one window when there is any). ConfigError when the
// network is not a character model of this text (symbol input, output on every step, V classes).
TextReading readValidationText(const NetworkConfig& network, const Parameters<float>& weights,
                               const TextDataset& data,
                               Index maxCharacters = kDefaultReadingCharacters);
// Validation windows first .. first + count - 1 (as many of them as there are; first is
// clamped to the windows there are), read the same way: character n is step n mod T of window
// first + n div T. The same ConfigError.
TextReading readValidationWindows(const NetworkConfig& network, const Parameters<float>& weights,
                                  const TextDataset& data, Index first, Index count);

// Any text (UTF-32), one sequence from a zero state; a character the vocabulary lacks is read
// as the unknown symbol. ConfigError for an empty text, one above kMaxTypedCharacters, or a
// network that is not a character model of this vocabulary.
TextReading readTypedText(const NetworkConfig& network, const Parameters<float>& weights,
                          const Vocabulary& vocabulary, const std::u32string& text);

}  // namespace rnnlab
