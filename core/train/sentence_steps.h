#pragma once
// Which steps of a labelled sentence's window are the sentence, and what it says. A sentence of
// L characters is read as T steps: T - L padding symbols first (the line end, labelled_text.h),
// then its characters:
//   "ab", T = 4, vocabulary ["", "\n", "a", "b"]  →  x = 1 1 2 3,  start = 2,  text "ab"
// Data without a padding symbol (numeric sequences, symbol tasks) starts at step 0; data
// without symbols has no text.

#include <string>
#include <vector>

#include "core/data/training_data.h"

namespace rnnlab {

// The symbol labelled sentences are padded with, or -1 when the data pads nothing.
int paddingSymbolOf(const TrainingData& data);

struct SentenceSteps {
    Index start = 0;                 // first step of the sentence: steps before it are padding
    std::vector<int> symbols;        // (T) every step's symbol, padding included; empty: numbers
    std::vector<std::string> shown;  // (T - start) the sentence's symbols as stored, "" unknown
    std::string text;                // UTF-8, the sentence without padding; "\uFFFD" unknown
};

// Sample `index` (0-based, time order) of a split.
SentenceSteps sentenceSteps(const TrainingData& data, Split split, Index index);
// The same from a sample's symbols (T steps) and the data's symbol names.
SentenceSteps sentenceSteps(const std::vector<int>& symbols, const std::vector<std::string>& names,
                            int padding);

}  // namespace rnnlab
