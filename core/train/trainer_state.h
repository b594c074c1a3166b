#pragma once
// A run's position and memory: with the weights, everything an experiment file stores so that
// training resumes exactly as if it had never stopped.

#include <limits>
#include <optional>
#include <vector>

#include "core/base/random.h"
#include "core/base/tensor_types.h"
#include "core/optim/optimizer.h"
#include "core/train/training_history.h"

namespace rnnlab {

struct TrainerProgress {
    long long step = 0;          // optimizer steps taken
    int epoch = 0;               // current epoch, 0-based
    Index samplesDone = 0;       // training samples of the current epoch already used
    std::vector<Index> order;    // training sample ids in this epoch's order (empty: not begun)
    double epochLossSum = 0.0;   // sum of this epoch's batch losses so far
    double referenceLoss = 0.0;  // the first step's loss, for the divergence factor (0: none)
    double bestValidation = std::numeric_limits<double>::infinity();
    int epochsWithoutImprovement = 0;
};

struct TrainerState {
    TrainerProgress progress;
    Random::State rng{};
    OptimizerState<double> optimizer;
    Vector<double> bestWeights;  // empty until a validation loss was recorded
    TrainingHistory history;
};

}  // namespace rnnlab
