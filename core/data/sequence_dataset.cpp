#include "core/data/sequence_dataset.h"

#include "core/base/errors.h"

namespace rnnlab {

SequenceDataset::SequenceDataset(std::string description, Index steps, Matrix<double> inputs,
                                 Matrix<double> targets, bool perStepTargets, bool classification,
                                 Index classes, const SplitSpec& split,
                                 std::vector<std::string> vocabulary,
                                 std::vector<std::string> classNames)
    : TrainingData(steps, inputs.cols(), classification ? classes : targets.cols(), perStepTargets,
                   classification),
      m_description(std::move(description)),
      m_inputs(std::move(inputs)),
      m_targets(std::move(targets)),
      m_vocabulary(std::move(vocabulary)),
      m_classNames(std::move(classNames)) {
    RNNLAB_ASSERT(steps > 0 && m_inputs.rows() % steps == 0, "inputs are not N sequences of T");
    RNNLAB_ASSERT(m_targets.rows() == (perStepTargets ? m_inputs.rows() : sequences()),
                  "one target row per sequence (or per step)");
    RNNLAB_ASSERT(m_vocabulary.empty() || m_inputs.cols() == 1, "one symbol index per step");
    RNNLAB_ASSERT(m_classNames.empty() || Index(m_classNames.size()) == outputSize(),
                  "one name per class");
    validate(split);
    const std::array<Index, 3> sizes = splitSizes(split, sequences());
    if (sizes[0] == 0)
        throw ConfigError(uiText(
            QT_TRANSLATE_NOOP("rnnlab::UiText", "split: %1 sequences leave none for training"),
            {std::to_string(sequences())}));
    Index id = 0;
    for (std::size_t p = 0; p < 3; ++p)
        for (Index i = 0; i < sizes[p]; ++i) m_ids[p].push_back(id++);
}

void SequenceDataset::sample(Index id, Matrix<double>& inputs, Matrix<double>& targets) const {
    const Index T = steps();
    inputs = m_inputs.middleRows(id * T, T);  // (T, I)
    if (perStepTargets())
        targets = m_targets.middleRows(id * T, T);  // (T, O)
    else
        targets = m_targets.middleRows(id, 1);  // (1, O)
}

}  // namespace rnnlab
