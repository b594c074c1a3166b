#pragma once
// Sequence classification: a set of independent sequences, each with one class label, read
// from a labelled file (labelled_text.h: sentences; labelled_sequences.h: numeric sequences).
// The network reads a whole sequence and answers one class at its last step (many-to-one,
// cross-entropy).
//
// The classes are the file's different labels sorted by their UTF-8 bytes (code-point order):
//   labels "pos", "neg", "pos" → class 0 "neg", class 1 "pos"
// taken from every line of the file, so that a class met only in the held-out parts is still
// counted there (and never predicted right). A file needs at least two classes.
//
// The sequences are split in file order with the SplitSpec fractions: the first lines train,
// the next validate, the rest test (like a text, and reproducible from the file alone: a file
// sorted by class should be put in mixed order first; `rnnlab-cli data --labelled` shows the
// classes of each part).
//
// One sample is (T, I) inputs (a symbol index per step when vocabularySize() > 0) and
// (1, 1) class index out; outputSize() is the number of classes.

#include <optional>
#include <string>
#include <vector>

#include "core/data/sequence_dataset.h"
#include "core/data/vocabulary.h"

namespace rnnlab {

// One label as read, with its place for messages.
struct LabelAt {
    std::string label;
    long line = 0;
    int column = 0;
};

// The sorted different labels. DataError naming the first line (file:line:column) when there
// is only one, or none.
std::vector<std::string> classesOf(const std::vector<LabelAt>& labels, const std::string& source);

class LabelledDataset : public SequenceDataset {
public:
    // inputs (N*T, I) sequence-major; labels one per sequence; vocabulary for symbol inputs.
    LabelledDataset(std::string source, Index steps, Matrix<double> inputs,
                    const std::vector<LabelAt>& labels, std::optional<Vocabulary> vocabulary,
                    const SplitSpec& split);

    const std::string& source() const { return description(); }
    int vocabularySize() const override { return m_vocabulary ? m_vocabulary->size() : 0; }
    const std::optional<Vocabulary>& vocabulary() const { return m_vocabulary; }
    const std::vector<std::string>& classes() const { return m_classes; }
    std::vector<std::string> symbolNames() const override {
        return m_vocabulary ? m_vocabulary->strings() : std::vector<std::string>{};
    }
    std::vector<std::string> classNames() const override { return m_classes; }
    // Sequences of each class in a part, in class order.
    std::vector<Index> classCounts(Split split) const;
    // Symbol inputs of a part the vocabulary lacks (the unknown symbol; 0 for the training part).
    Index unknownSymbols(Split split) const;

private:
    LabelledDataset(std::string source, Index steps, Matrix<double> inputs,
                    const std::vector<LabelAt>& labels, std::vector<std::string> classes,
                    std::optional<Vocabulary> vocabulary, const SplitSpec& split);

    std::vector<std::string> m_classes;
    std::optional<Vocabulary> m_vocabulary;
};

}  // namespace rnnlab
