#pragma once
// Loss and error metrics of a network over a whole split, in batches, with the current weights.
// Metrics are in the data's own units (the target's normalisation undone):
//   MSE = 1/N Σ (ŷ - y)²,  RMSE = √MSE,  MAE = 1/N Σ |ŷ - y|,  accuracy = 1/N Σ [argmax ŷ = y]

#include <optional>

#include "core/data/training_data.h"
#include "core/nn/recurrent_network.h"
#include "core/train/training_history.h"

namespace rnnlab {

struct Evaluation {
    std::optional<double> loss;  // none for an empty split
    Metrics metrics;             // in the data's own units
};

// Samples evaluated at once.
constexpr Index kEvaluationChunk = 256;

template <typename S>
Evaluation evaluateSplit(const RecurrentNetwork<S>& network, const TrainingData& data, Split split);

}  // namespace rnnlab
