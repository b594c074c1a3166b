#include "core/train/evaluation.h"

#include <algorithm>
#include <cmath>

namespace rnnlab {

double perplexityOf(double crossEntropy) { return std::exp(crossEntropy); }

double bitsPerCharacterOf(double crossEntropy) { return crossEntropy / std::log(2.0); }

template <typename S>
Evaluation evaluateSplit(const RecurrentNetwork<S>& net, const TrainingData& data, Split split) {
    const std::vector<Index>& ids = data.samples(split);
    const Index n = static_cast<Index>(ids.size());
    Evaluation e;
    if (n == 0) return e;
    Workspace<S> ws;
    Matrix<S> x, y;
    double lossSum = 0.0;
    long long count = 0, correct = 0;
    ErrorSum errors;
    for (Index first = 0; first < n; first += kEvaluationChunk) {
        const Index B = std::min(kEvaluationChunk, n - first);
        data.batchOf(ids, first, B, x, y);
        const Matrix<S>& out = net.forward(x, data.steps(), B, ws);
        lossSum += static_cast<double>(net.loss(ws, y)) * static_cast<double>(B);
        for (Index r = 0; r < out.rows(); ++r) {
            if (data.classification()) {
                Index predicted = 0;
                out.row(r).maxCoeff(&predicted);
                correct += predicted == static_cast<Index>(y(r, 0));
                ++count;
                continue;
            }
            for (Index o = 0; o < out.cols(); ++o)
                errors.add(data.toDataUnits(static_cast<double>(out(r, o))) -
                           data.toDataUnits(static_cast<double>(y(r, o))));
        }
    }
    e.loss = lossSum / static_cast<double>(n);
    if (data.vocabularySize() > 0) {
        e.perplexity = perplexityOf(*e.loss);
        e.bitsPerCharacter = bitsPerCharacterOf(*e.loss);
    }
    if (data.classification()) {
        e.metrics.count = count;
        e.metrics.accuracy = static_cast<double>(correct) / static_cast<double>(count);
    } else {
        e.metrics = errors.metrics();
    }
    return e;
}

template Evaluation evaluateSplit<float>(const RecurrentNetwork<float>&, const TrainingData&, Split);
template Evaluation evaluateSplit<double>(const RecurrentNetwork<double>&, const TrainingData&,
                                          Split);

}  // namespace rnnlab
