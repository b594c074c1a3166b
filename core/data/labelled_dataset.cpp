#include "core/data/labelled_dataset.h"

#include <algorithm>

#include "core/data/data_error.h"

namespace rnnlab {

namespace {

Matrix<double> classTargets(const std::vector<LabelAt>& labels,
                            const std::vector<std::string>& classes) {
    Matrix<double> targets(Index(labels.size()), 1);
    for (std::size_t i = 0; i < labels.size(); ++i)
        targets(Index(i), 0) = double(
            std::lower_bound(classes.begin(), classes.end(), labels[i].label) - classes.begin());
    return targets;
}

}  // namespace

std::vector<std::string> classesOf(const std::vector<LabelAt>& labels, const std::string& source) {
    std::vector<std::string> classes;
    for (const LabelAt& l : labels) classes.push_back(l.label);
    std::sort(classes.begin(), classes.end());
    classes.erase(std::unique(classes.begin(), classes.end()), classes.end());
    if (classes.empty())
        throw DataError(source, 0, 0, {},
                        uiText(QT_TRANSLATE_NOOP("rnnlab::UiText",
                                                 "there are no labelled lines: nothing to learn "
                                                 "from")));
    if (classes.size() == 1)
        throw DataError(source, labels.front().line, labels.front().column, {},
                        uiText(QT_TRANSLATE_NOOP("rnnlab::UiText",
                                                 "every label is '%1': classification needs at "
                                                 "least two classes"),
                               {classes.front()}));
    return classes;
}

LabelledDataset::LabelledDataset(std::string source, Index steps, Matrix<double> inputs,
                                 const std::vector<LabelAt>& labels,
                                 std::optional<Vocabulary> vocabulary, const SplitSpec& split)
    : LabelledDataset(source, steps, std::move(inputs), labels, classesOf(labels, source),
                      std::move(vocabulary), split) {}

LabelledDataset::LabelledDataset(std::string source, Index steps, Matrix<double> inputs,
                                 const std::vector<LabelAt>& labels,
                                 std::vector<std::string> classes,
                                 std::optional<Vocabulary> vocabulary, const SplitSpec& split)
    : SequenceDataset(std::move(source), steps, std::move(inputs), classTargets(labels, classes),
                      false, true, Index(classes.size()), split),
      m_classes(std::move(classes)),
      m_vocabulary(std::move(vocabulary)) {}

std::vector<Index> LabelledDataset::classCounts(Split split) const {
    std::vector<Index> counts(m_classes.size(), 0);
    for (Index id : samples(split)) ++counts[std::size_t(targets()(id, 0))];
    return counts;
}

Index LabelledDataset::unknownSymbols(Split split) const {
    if (!m_vocabulary) return 0;
    Index unknown = 0;
    const Index T = steps();
    for (Index id : samples(split))
        for (Index t = 0; t < T; ++t) unknown += inputs()(id * T + t, 0) == Vocabulary::kUnknown;
    return unknown;
}

}  // namespace rnnlab
