#pragma once
// Sentences to classify: labelled lines, one sentence each, whose characters (Unicode code
// points, utf8_text.h: Chinese exactly like English) are the network's symbol inputs.
//
// Two forms of file:
//   label<TAB>text per line (no header): the label is what comes before the first TAB (blanks
//   around it trimmed), the text everything after it, as it is. Blank lines are skipped.
//     pos	What a lovely day.
//     neg	我不喜欢这部电影。
//   a CSV with a header and a label column and a text column (labelled_table.h).
//
// The vocabulary is the training part's characters (vocabulary.h) and the line break "\n",
// the padding symbol: no line's text holds one. A held-out character the training part lacks
// is the unknown symbol 0.
//
// The window T is given, or (0) the longest training text in characters, at most
// kMaxLabelledWindow. A text of L characters becomes T steps that end with its last
// character, so the network's answer at its last step has read the whole text:
//   L <= T   T - L padding symbols first, then its L characters
//   L >  T   its last T characters
//   "ab", T = 4, vocabulary ["", "\n", "a", "b"]  →  x = 1 1 2 3
// A recurrent network given the same padded indices in PyTorch computes the same outputs.

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "core/data/labelled_dataset.h"
#include "core/data/labelled_table.h"

namespace rnnlab {

// The longest window chosen for a file's texts without one given: a few sentences.
constexpr Index kMaxLabelledWindow = 100;

// One labelled sentence with its place: the label's line and column, and where its text starts.
struct LabelledLine {
    LabelAt label;
    std::u32string text;
    int textColumn = 0;  // characters for label<TAB>text lines, the cell for a CSV
};

// label<TAB>text lines: DataError naming file:line(:column) for bad UTF-8 or binary bytes, a
// line without a TAB, an empty label or text, and a file without lines.
std::vector<LabelledLine> readLabelledLines(std::string_view bytes, const std::string& source);
// The label and text columns of a CSV; DataError for an empty label or text, and a text that
// holds a line break.
std::vector<LabelledLine> labelledLinesOf(const LabelledTable& table,
                                          const LabelledColumns& columns);

// The T = window steps a text's symbols become (above): the padding symbol first when it has
// fewer, its last T when it has more. ConfigError when the vocabulary lacks the padding symbol.
std::vector<int> paddedToWindow(const std::vector<int>& symbols, const Vocabulary& vocabulary,
                                Index window);

// DataError for fewer than two classes, a training part without lines, a vocabulary above
// kMaxTextVocabulary (at the first character beyond it).
std::shared_ptr<LabelledDataset> labelledTextData(const std::vector<LabelledLine>& lines,
                                                  const std::string& source, Index window,
                                                  const SplitSpec& split);

}  // namespace rnnlab
