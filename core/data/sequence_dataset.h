#pragma once
// A set of independent sequences of T steps, each with its own target: the long-memory tasks
// (adding problem, remember-the-first) whose samples are not windows of one series. Sequences
// are split by index into train / validation / test (they are independent draws, so order
// carries no time) and batched exactly like windows (training_data.h). The symbolic tasks
// (symbol_generators.h) give one symbol index per step (I = 1) and their vocabulary.

#include <string>
#include <vector>

#include "core/data/training_data.h"

namespace rnnlab {

class SequenceDataset : public TrainingData {
public:
    // inputs  (N*T, I)  row n*T + t = sequence n at step t (sequence-major, as generated)
    // targets (N, O) one per sequence, or (N*T, O) per step with perStepTargets
    // classification: targets hold class indices (O = 1) and classes is the class count.
    // vocabulary: the symbols in index order when every input is one symbol index (I = 1);
    // classNames: what each class means, in index order (empty: unnamed).
    SequenceDataset(std::string description, Index steps, Matrix<double> inputs,
                    Matrix<double> targets, bool perStepTargets, bool classification, Index classes,
                    const SplitSpec& split, std::vector<std::string> vocabulary = {},
                    std::vector<std::string> classNames = {});

    const std::string& description() const { return m_description; }
    Index sequences() const { return m_inputs.rows() / steps(); }
    const Matrix<double>& inputs() const { return m_inputs; }    // (N*T, I)
    const Matrix<double>& targets() const { return m_targets; }  // (N, O) or (N*T, O)
    const std::vector<std::string>& vocabulary() const { return m_vocabulary; }
    int vocabularySize() const override { return static_cast<int>(m_vocabulary.size()); }
    std::vector<std::string> symbolNames() const override { return m_vocabulary; }
    std::vector<std::string> classNames() const override { return m_classNames; }

private:
    void sample(Index id, Matrix<double>& inputs, Matrix<double>& targets) const override;

    std::string m_description;
    Matrix<double> m_inputs;
    Matrix<double> m_targets;
    std::vector<std::string> m_vocabulary;
    std::vector<std::string> m_classNames;
};

}  // namespace rnnlab
