#pragma once
// What the trainer consumes: samples of T steps split into train / validation / test, batched
// into engine tensors. Three kinds share this interface:
//   WindowedDataset  - windows cut from one long Series (forecasting, window classification);
//   SequenceDataset  - a set of independent sequences (adding problem, remember-the-first);
//   TextDataset      - windows of a text's characters as symbol indices (language models).
//
// A batch of B samples, time-major (tensor_types.h):
//   inputs   (T*B, I)  row t*B + b = sample b at step t
//   targets  (B, O)    one target per sample           (perStepTargets() false, "last")
//            (T*B, O)  a target at every step, time-major (perStepTargets() true, "sequence")
// For classification O is 1 there: the class index as a number; outputSize() is the number of
// classes (the network's output size).

#include <array>
#include <string>
#include <vector>

#include "core/base/tensor_types.h"
#include "core/base/ui_text.h"

namespace rnnlab {

enum class Split { Train, Validation, Test };
std::string toString(Split split);  // "train", "validation", "test"
// One of three templates (core/base/ui_text.h), by part: a sentence naming a part has one for
// each, so that a translation names the part in its own words.
const char* forSplit(Split split, const char* train, const char* validation, const char* test);

// Fractions of the data, in order: the first `train` part trains, the next `validation` part
// validates, the rest tests. Each is rounded to whole rows (or sequences).
struct SplitSpec {
    double train = 0.7;
    double validation = 0.15;
    double test() const { return 1.0 - train - validation; }
};

// Throws ConfigError unless 0 < train <= 1, 0 <= validation and train + validation <= 1.
void validate(const SplitSpec& split);

// Sizes of the three parts of n items: {train, validation, test}, summing to n.
std::array<Index, 3> splitSizes(const SplitSpec& split, Index n);

class TrainingData;
// "validation: 1 window, test: 3 windows — not meaningful (at least 8 are needed: ...)" when the
// validation or test part has samples but fewer than kMinEvaluationSamples; empty otherwise.
constexpr Index kMinEvaluationSamples = 8;
UiText evaluationWarning(const TrainingData& data);

class TrainingData {
public:
    virtual ~TrainingData() = default;

    Index steps() const { return m_steps; }            // T
    Index inputSize() const { return m_inputSize; }    // I
    Index outputSize() const { return m_outputSize; }  // O, or the number of classes
    Index targetWidth() const { return m_classification ? 1 : m_outputSize; }
    bool perStepTargets() const { return m_perStepTargets; }
    bool classification() const { return m_classification; }
    // V for data whose input at each step is one symbol index 0..V-1 (a text), else 0: the
    // inputs are real numbers.
    virtual int vocabularySize() const { return 0; }
    // What each symbol index means when vocabularySize() > 0, in index order, as a file stores
    // the symbols ("" = the unknown symbol); empty for real-valued inputs.
    virtual std::vector<std::string> symbolNames() const { return {}; }
    // What each class index means when classification(), in index order (a text's next
    // character, a label, "balanced"); empty when the classes have no names ("class k").
    virtual std::vector<std::string> classNames() const { return {}; }

    Index count(Split split) const { return Index(m_ids[std::size_t(split)].size()); }
    Index batchCount(Split split, Index batchSize) const;
    // The i-th sample of a split in time order: a window's first row, or a sequence.
    Index sampleId(Split split, Index i) const { return m_ids[std::size_t(split)][std::size_t(i)]; }

    // The sample ids of a split in their natural (time) order.
    const std::vector<Index>& samples(Split split) const { return m_ids[std::size_t(split)]; }
    // Samples ids[first, first + size) — e.g. a trainer's shuffled copy of samples(Train);
    // resizes the outputs.
    void batchOf(const std::vector<Index>& ids, Index first, Index size, Matrix<float>& inputs,
                 Matrix<float>& targets) const;
    void batchOf(const std::vector<Index>& ids, Index first, Index size, Matrix<double>& inputs,
                 Matrix<double>& targets) const;
    // A network output or target in normalised units back in the data's own units (identity
    // for data that is not normalised).
    virtual double toDataUnits(double value) const { return value; }
    // An input feature (0 .. I-1) between the data's own units and the network's: what a
    // value typed by hand means to the network, and back (identity when not normalised).
    virtual double inputFromDataUnits(Index feature, double value) const {
        (void)feature;
        return value;
    }
    virtual double inputToDataUnits(Index feature, double value) const {
        (void)feature;
        return value;
    }

    // Samples [first, first + size) of a split in time order; resizes the outputs.
    void batch(Split split, Index first, Index size, Matrix<float>& inputs,
               Matrix<float>& targets) const;
    void batch(Split split, Index first, Index size, Matrix<double>& inputs,
               Matrix<double>& targets) const;

protected:
    TrainingData(Index steps, Index inputSize, Index outputSize, bool perStepTargets,
                 bool classification);

    // For data whose number of classes is known only once it is read (a text's vocabulary).
    void setOutputSize(Index outputSize) { m_outputSize = outputSize; }

    // One sample by id: inputs (T, I), targets (1, targetWidth()) or (T, targetWidth()).
    virtual void sample(Index id, Matrix<double>& inputs, Matrix<double>& targets) const = 0;

    std::array<std::vector<Index>, 3> m_ids;  // sample ids of each split, in time order

private:
    template <typename S>
    void fillBatch(const std::vector<Index>& ids, Index first, Index size, Matrix<S>& inputs,
                   Matrix<S>& targets) const;

    Index m_steps;
    Index m_inputSize;
    Index m_outputSize;
    bool m_perStepTargets;
    bool m_classification;
};

}  // namespace rnnlab
