#pragma once
// Loss and error metrics of a network over a whole split, in batches, with the current weights.
// Metrics are in the data's own units (the target's normalisation undone):
//   MSE = 1/N Σ (ŷ - y)²,  RMSE = √MSE,  MAE = 1/N Σ |ŷ - y|,  accuracy = 1/N Σ [argmax ŷ = y]
// For a language model (data whose steps are symbols, a text), from the mean cross-entropy
// L = -1/N Σ ln p(y_t) over the N predicted characters, in nats:
//   perplexity = e^L                 (as many equally likely choices as the model hesitates among)
//   bits per character = L / ln 2    (what the model would need to compress the text)

#include <optional>

#include "core/data/training_data.h"
#include "core/nn/recurrent_network.h"
#include "core/train/training_history.h"

namespace rnnlab {

struct Evaluation {
    std::optional<double> loss;  // none for an empty split
    Metrics metrics;             // in the data's own units
    // Language models only (TrainingData::vocabularySize() > 0), from the loss.
    std::optional<double> perplexity;
    std::optional<double> bitsPerCharacter;
};

double perplexityOf(double crossEntropy);        // e^L
double bitsPerCharacterOf(double crossEntropy);  // L / ln 2

// Samples evaluated at once.
constexpr Index kEvaluationChunk = 256;

template <typename S>
Evaluation evaluateSplit(const RecurrentNetwork<S>& network, const TrainingData& data, Split split);

}  // namespace rnnlab
