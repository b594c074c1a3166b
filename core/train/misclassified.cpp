#include "core/train/misclassified.h"

#include <algorithm>
#include <cmath>

#include "core/train/evaluation.h"
#include "core/train/sentence_steps.h"

namespace rnnlab {

Misclassified findMisclassified(const RecurrentNetwork<float>& network, const TrainingData& data,
                                Split split, Index limit) {
    RNNLAB_ASSERT(data.classification() && !data.perStepTargets(), "one class per sample");
    Misclassified m;
    m.split = split;
    const std::vector<Index>& ids = data.samples(split);
    m.samples = Index(ids.size());
    std::vector<MisclassifiedSample> wrong;
    Workspace<float> ws;
    Matrix<float> x, y;
    for (Index first = 0; first < m.samples; first += kEvaluationChunk) {
        const Index B = std::min(kEvaluationChunk, m.samples - first);
        data.batchOf(ids, first, B, x, y);
        const Matrix<float>& z = network.forward(x, data.steps(), B, ws);  // (B, C) logits
        for (Index b = 0; b < B; ++b) {
            Index predicted = 0;
            const float zMax = z.row(b).maxCoeff(&predicted);
            const int actual = int(y(b, 0));
            if (actual == int(predicted)) continue;
            // p_ŷ = 1 / Σ_c exp(z_c − z_ŷ)
            const double sum = (z.row(b).array() - zMax).cast<double>().exp().sum();
            wrong.push_back({first + b, {}, actual, int(predicted), 1.0 / sum});
        }
    }
    m.wrong = Index(wrong.size());
    std::stable_sort(wrong.begin(), wrong.end(),
                     [](const MisclassifiedSample& a, const MisclassifiedSample& b) {
                         return a.probability > b.probability;
                     });
    if (Index(wrong.size()) > limit) wrong.resize(std::size_t(limit));
    for (MisclassifiedSample& s : wrong) s.text = sentenceSteps(data, split, s.index).text;
    m.listed = std::move(wrong);
    return m;
}

}  // namespace rnnlab
