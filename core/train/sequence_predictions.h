#pragma once
// What the network answers for each held-out sample of data that is not one series (a set of
// sequences such as the adding problem) or whose target is a class, for the "target vs
// prediction" views. Computed in batches with the current weights, like the forecasts:
//   regression      one point (target, prediction) per predicted value, in the data's units:
//                   one per sample for "last" outputs, one per step for "sequence" outputs
//   classification  the confusion matrix: counts[actual][predicted], the predicted class being
//                   argmax_c ŷ_c (the largest logit), for every predicted step; from it the
//                   accuracy of each class c (its recall): confusion[c][c] / Σ_p confusion[c][p],
//                   the share of the samples of class c predicted as c

#include <optional>
#include <vector>

#include "core/data/training_data.h"
#include "core/nn/recurrent_network.h"

namespace rnnlab {

// A scatter of more points is not read point by point: past it, samples are left out (whole,
// in order) and `samples` says how many are drawn. The confusion matrix always counts all.
constexpr Index kMaxPredictionPoints = 20000;

struct SequencePredictions {
    Split split = Split::Validation;
    Index samples = 0;           // samples of the split predicted
    Index splitSamples = 0;      // samples in the split
    std::vector<double> target;  // regression: one entry per point
    std::vector<double> predicted;
    Index classes = 0;                              // classification: C (0 for regression)
    std::vector<std::vector<long long>> confusion;  // [actual][predicted], C x C

    long long total() const;    // classification: predictions counted
    long long correct() const;  // the diagonal
    // Per class, in class order: its samples (a row of the matrix), and its accuracy, none
    // for a class without samples in the split.
    std::vector<long long> classTotals() const;
    std::vector<std::optional<double>> classAccuracy() const;
};

// Whether data gets these predictions: a set of separate sequences, or a class target. Windows
// of a series with a value target get forecasts along the series instead (forecast.h).
bool predictsPerSample(const TrainingData& data);

// The held-out split these views show: validation, else test (nothing held out: train).
Split predictionSplit(const TrainingData& data);

SequencePredictions predictSequences(const RecurrentNetwork<float>& network,
                                     const TrainingData& data, Split split);

}  // namespace rnnlab
