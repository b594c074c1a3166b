#include "core/train/sequence_predictions.h"

#include <algorithm>

#include "core/data/windowed_dataset.h"
#include "core/train/evaluation.h"

namespace rnnlab {

long long SequencePredictions::total() const {
    long long n = 0;
    for (long long count : classTotals()) n += count;
    return n;
}

long long SequencePredictions::correct() const {
    long long n = 0;
    for (std::size_t c = 0; c < confusion.size(); ++c) n += confusion[c][c];
    return n;
}

std::vector<long long> SequencePredictions::classTotals() const {
    std::vector<long long> totals;
    for (const std::vector<long long>& row : confusion) {
        long long n = 0;
        for (long long count : row) n += count;
        totals.push_back(n);
    }
    return totals;
}

std::vector<std::optional<double>> SequencePredictions::classAccuracy() const {
    const std::vector<long long> totals = classTotals();
    std::vector<std::optional<double>> accuracy;
    for (std::size_t c = 0; c < confusion.size(); ++c)
        accuracy.push_back(totals[c] > 0 ? std::optional<double>(double(confusion[c][c]) /
                                                                 double(totals[c]))
                                         : std::nullopt);
    return accuracy;
}

bool predictsPerSample(const TrainingData& data) {
    return data.classification() || dynamic_cast<const WindowedDataset*>(&data) == nullptr;
}

Split predictionSplit(const TrainingData& data) {
    if (data.count(Split::Validation) > 0) return Split::Validation;
    if (data.count(Split::Test) > 0) return Split::Test;
    return Split::Train;
}

namespace {

// Points each sample adds to a regression scatter.
Index pointsPerSample(const TrainingData& data) {
    return (data.perStepTargets() ? data.steps() : 1) * data.outputSize();
}

// Adds one batch's outputs (rows as the targets': B, or T*B time-major) to the predictions.
void count(const TrainingData& data, const Matrix<float>& out, const Matrix<float>& y,
           SequencePredictions& p) {
    for (Index r = 0; r < out.rows(); ++r) {
        if (data.classification()) {
            Index predicted = 0;
            out.row(r).maxCoeff(&predicted);
            const auto actual = static_cast<Index>(y(r, 0));
            if (actual >= 0 && actual < p.classes)
                ++p.confusion[std::size_t(actual)][std::size_t(predicted)];
            continue;
        }
        for (Index o = 0; o < out.cols(); ++o) {
            p.target.push_back(data.toDataUnits(static_cast<double>(y(r, o))));
            p.predicted.push_back(data.toDataUnits(static_cast<double>(out(r, o))));
        }
    }
}

}  // namespace

SequencePredictions predictSequences(const RecurrentNetwork<float>& net, const TrainingData& data,
                                     Split split) {
    SequencePredictions p;
    p.split = split;
    const std::vector<Index>& ids = data.samples(split);
    p.splitSamples = static_cast<Index>(ids.size());
    p.samples = p.splitSamples;
    if (data.classification()) {
        p.classes = data.outputSize();
        p.confusion.assign(std::size_t(p.classes), std::vector<long long>(std::size_t(p.classes)));
    } else {
        p.samples =
            std::min(p.samples, std::max<Index>(1, kMaxPredictionPoints / pointsPerSample(data)));
        p.target.reserve(std::size_t(p.samples * pointsPerSample(data)));
        p.predicted.reserve(p.target.capacity());
    }
    Workspace<float> ws;
    Matrix<float> x, y;
    for (Index first = 0; first < p.samples; first += kEvaluationChunk) {
        const Index B = std::min(kEvaluationChunk, p.samples - first);
        data.batchOf(ids, first, B, x, y);
        count(data, net.forward(x, data.steps(), B, ws), y, p);
    }
    return p;
}

}  // namespace rnnlab
