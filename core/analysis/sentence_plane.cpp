#include "core/analysis/sentence_plane.h"

#include <algorithm>

#include "core/nn/recurrent_network.h"
#include "core/train/evaluation.h"
#include "core/train/sentence_steps.h"

namespace rnnlab {

namespace {

// States held at once while fitting: 32 MB of doubles (and the workspace's own, a few times it).
constexpr Index kPlaneChunkValues = Index(4) << 20;

RecurrentNetwork<double> widenedForPlane(const NetworkConfig& network,
                                         const Parameters<float>& weights) {
    RecurrentNetwork<double> net(network);
    net.parameters().flat() = weights.flat().cast<double>();
    return net;
}

// Sample b's first step past its padding in a time-major batch x (T*B, 1) of B samples.
Index firstSentenceStep(const Matrix<double>& x, Index T, Index B, Index b, int padding) {
    Index t = 0;
    while (padding >= 0 && t < T && int(x(t * B + b, 0)) == padding) ++t;
    return t;
}

}  // namespace

SentencePlane fitSentencePlane(const NetworkConfig& network, const Parameters<float>& weights,
                               const TrainingData& data, Split split, Index maxSentences) {
    SentencePlane s;
    s.split = split;
    const std::vector<Index>& ids = data.samples(split);
    s.splitSamples = Index(ids.size());
    const Index n = std::min(maxSentences, s.splitSamples);
    if (n == 0) return s;
    const RecurrentNetwork<double> net = widenedForPlane(network, weights);
    const Index T = data.steps();
    const Index H = network.hiddenSize;
    const int padding = data.vocabularySize() > 0 ? paddingSymbolOf(data) : -1;
    StateCovariance covariance(H);
    Matrix<double> finals(n, H);  // h^L_{T-1} of each sentence
    Workspace<double> ws;
    Matrix<double> x, y;
    const Index chunk = std::clamp<Index>(kPlaneChunkValues / (T * H), 1, kEvaluationChunk);
    Matrix<double> read;  // the chunk's states past the padding, as rows
    for (Index first = 0; first < n; first += chunk) {
        const Index B = std::min(chunk, n - first);
        data.batchOf(ids, first, B, x, y);
        net.forward(x, T, B, ws);
        const Matrix<double>& h = ws.layers.back().h;  // (T*B, H), row t*B + b
        read.resize(T * B, H);
        Index rows = 0;
        for (Index b = 0; b < B; ++b) {
            for (Index t = firstSentenceStep(x, T, B, b, padding); t < T; ++t)
                read.row(rows++) = h.row(t * B + b);
            finals.row(first + b) = h.row((T - 1) * B + b);
            s.classes.push_back(int(y(b, 0)));
        }
        covariance.add(read.topRows(rows));
    }
    s.plane = covariance.plane();
    s.ends = projectOntoPlane(s.plane, finals);
    return s;
}

SentencePath sentencePath(const NetworkConfig& network, const Parameters<float>& weights,
                          const TrainingData& data, Split split, Index index,
                          const StatePlane& plane) {
    const RecurrentNetwork<double> net = widenedForPlane(network, weights);
    const Index T = data.steps();
    Matrix<double> x, y;
    data.batchOf(data.samples(split), index, 1, x, y);
    Workspace<double> ws;
    net.forward(x, T, 1, ws);
    const SentenceSteps steps = sentenceSteps(data, split, index);
    SentencePath p;
    p.index = index;
    p.start = steps.start;
    p.actual = int(y(0, 0));
    p.shown = steps.shown;
    if (p.shown.empty()) p.shown.assign(std::size_t(T - p.start), std::string());
    const Matrix<double> h = ws.layers.back().h.bottomRows(T - p.start);  // (T - start, H)
    p.points = projectOntoPlane(plane, h);
    return p;
}

}  // namespace rnnlab
