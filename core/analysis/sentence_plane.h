#pragma once
// Sentences read by a classifier, seen in the PCA plane of its last layer's hidden state
// (state_pca.h): where each sentence ends, and the path one sentence takes step by step.
//   fit      on h^L_t of every step t ≥ start of up to maxSentences sentences of a split (the
//            first ones, in time order): padding steps (sentence_steps.h) are left out, so the
//            plane is that of reading words, not of waiting
//   ends     p(h^L_{T-1}) of each of those sentences, with its class y: the final states a
//            head reads the class from (a line attractor shows as two ends of one line)
//   path     p(h^L_t) for t = start .. T-1 of one sentence, with the symbol read at each step
// States are computed in float64 from the trainer's float32 weights, as the explorer traces.

#include <string>
#include <vector>

#include "core/analysis/state_pca.h"
#include "core/data/training_data.h"
#include "core/nn/network_config.h"
#include "core/nn/parameters.h"

namespace rnnlab {

// Enough sentences for the plane and a readable cloud of ends.
constexpr Index kMaxPlaneSentences = 500;

struct SentencePlane {
    Split split = Split::Validation;
    Index splitSamples = 0;    // sentences in the split
    StatePlane plane;          // empty (states == 0) when the split has no sentence
    Matrix<double> ends;       // (n, 2) the first n sentences' final states in the plane
    std::vector<int> classes;  // (n) their classes y
};

struct SentencePath {
    Index index = 0;                 // in the split
    Index start = 0;                 // first step of the sentence (steps before are padding)
    int actual = 0;                  // y
    std::vector<std::string> shown;  // (T - start) the symbols read, as stored ("" unknown)
    Matrix<double> points;           // (T - start, 2) p(h^L_t), t = start .. T-1
};

SentencePlane fitSentencePlane(const NetworkConfig& network, const Parameters<float>& weights,
                               const TrainingData& data, Split split,
                               Index maxSentences = kMaxPlaneSentences);

// Sentence `index` of a split in a plane fitted on the same network.
SentencePath sentencePath(const NetworkConfig& network, const Parameters<float>& weights,
                          const TrainingData& data, Split split, Index index,
                          const StatePlane& plane);

}  // namespace rnnlab
