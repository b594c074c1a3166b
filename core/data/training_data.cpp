#include "core/data/training_data.h"

#include <cmath>

#include "core/base/errors.h"

namespace rnnlab {

const char* forSplit(Split split, const char* train, const char* validation, const char* test) {
    return split == Split::Train ? train : split == Split::Validation ? validation : test;
}

std::string toString(Split split) {
    switch (split) {
        case Split::Train:
            return "train";
        case Split::Validation:
            return "validation";
        case Split::Test:
            return "test";
    }
    return "train";
}

void validate(const SplitSpec& split) {
    if (!(split.train > 0.0 && split.train <= 1.0))
        throw ConfigError(uiText(QT_TRANSLATE_NOOP("rnnlab::UiText",
                                                   "split: the training fraction must be in (0, "
                                                   "1], got %1"),
                                 {std::to_string(split.train)}));
    if (!(split.validation >= 0.0 && split.validation < 1.0))
        throw ConfigError(uiText(QT_TRANSLATE_NOOP("rnnlab::UiText",
                                                   "split: the validation fraction must be in [0, "
                                                   "1), got %1"),
                                 {std::to_string(split.validation)}));
    if (split.train + split.validation > 1.0 + 1e-12)
        throw ConfigError(uiText(QT_TRANSLATE_NOOP("rnnlab::UiText",
                                                   "split: training + validation fractions exceed "
                                                   "1 (%1 + %2)"),
                                 {std::to_string(split.train), std::to_string(split.validation)}));
}

std::array<Index, 3> splitSizes(const SplitSpec& split, Index n) {
    const Index trainEnd = std::min(n, Index(std::llround(split.train * double(n))));
    const Index validationEnd =
        std::min(n, Index(std::llround((split.train + split.validation) * double(n))));
    return {trainEnd, validationEnd - trainEnd, n - validationEnd};
}

TrainingData::TrainingData(Index steps, Index inputSize, Index outputSize, bool perStepTargets,
                           bool classification)
    : m_steps(steps),
      m_inputSize(inputSize),
      m_outputSize(outputSize),
      m_perStepTargets(perStepTargets),
      m_classification(classification) {}

Index TrainingData::batchCount(Split split, Index batchSize) const {
    RNNLAB_ASSERT(batchSize > 0, "batch size must be positive");
    return (count(split) + batchSize - 1) / batchSize;
}

template <typename S>
void TrainingData::fillBatch(const std::vector<Index>& ids, Index first, Index size,
                             Matrix<S>& inputs, Matrix<S>& targets) const {
    RNNLAB_ASSERT(first >= 0 && size > 0 && first + size <= Index(ids.size()),
                  "batch outside the sample list");
    const Index T = m_steps;
    const Index B = size;
    const Index O = targetWidth();
    inputs.resize(T * B, m_inputSize);                // (T*B, I)
    targets.resize(m_perStepTargets ? T * B : B, O);  // (T*B, O) or (B, O)
    Matrix<double> x;                                 // (T, I)
    Matrix<double> y;                                 // (T, O) or (1, O)
    for (Index b = 0; b < B; ++b) {
        sample(ids[std::size_t(first + b)], x, y);
        for (Index t = 0; t < T; ++t) inputs.row(t * B + b) = x.row(t).template cast<S>();
        if (m_perStepTargets)
            for (Index t = 0; t < T; ++t) targets.row(t * B + b) = y.row(t).template cast<S>();
        else
            targets.row(b) = y.row(0).template cast<S>();
    }
}

void TrainingData::batchOf(const std::vector<Index>& ids, Index first, Index size,
                           Matrix<float>& inputs, Matrix<float>& targets) const {
    fillBatch(ids, first, size, inputs, targets);
}

void TrainingData::batchOf(const std::vector<Index>& ids, Index first, Index size,
                           Matrix<double>& inputs, Matrix<double>& targets) const {
    fillBatch(ids, first, size, inputs, targets);
}

void TrainingData::batch(Split split, Index first, Index size, Matrix<float>& inputs,
                         Matrix<float>& targets) const {
    fillBatch(samples(split), first, size, inputs, targets);
}

void TrainingData::batch(Split split, Index first, Index size, Matrix<double>& inputs,
                         Matrix<double>& targets) const {
    fillBatch(samples(split), first, size, inputs, targets);
}

}  // namespace rnnlab

namespace rnnlab {

UiText evaluationWarning(const TrainingData& data) {
    UiText few;
    for (Split part : {Split::Validation, Split::Test}) {
        const Index n = data.count(part);
        if (n == 0 || n >= kMinEvaluationSamples) continue;
        if (!few.empty()) few += uiText(QT_TRANSLATE_NOOP("rnnlab::UiText", ", "));
        const bool validation = part == Split::Validation;
        if (n == 1) {
            few += uiText(validation ? QT_TRANSLATE_NOOP("rnnlab::UiText", "validation: 1 window")
                                     : QT_TRANSLATE_NOOP("rnnlab::UiText", "test: 1 window"));
        } else {
            few += uiText(validation ? QT_TRANSLATE_NOOP("rnnlab::UiText", "validation: %1 windows")
                                     : QT_TRANSLATE_NOOP("rnnlab::UiText", "test: %1 windows"),
                          {std::to_string(n)});
        }
    }
    if (few.empty()) return few;
    few += uiText(QT_TRANSLATE_NOOP("rnnlab::UiText",
                                    " — not meaningful (at least %1 are needed: a shorter window "
                                    "or a longer series)"),
                  {std::to_string(kMinEvaluationSamples)});
    return few;
}

}  // namespace rnnlab
