#pragma once
// Predictions against the data, in the data's own units, for the prediction-vs-actual plots.
//   one-step:     every window of a split predicts its target from true past values
//   closed loop:  free running — the window starts on true values just before the split, then
//                 each prediction is appended as the next input: errors compound, which is what
//                 a forecast of the future really faces.

#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "core/base/ui_text.h"
#include "core/data/windowed_dataset.h"
#include "core/nn/recurrent_network.h"
#include "core/train/sequence_predictions.h"
#include "core/train/training_history.h"

namespace rnnlab {

struct Baselines;  // baselines.h

struct Forecast {
    std::vector<Index> rows;     // row of the series each value belongs to
    std::vector<double> actual;  // the data's value at that row (NaN past the data's end)
    std::vector<double> predicted;
};

// Windows of the split in time order; for "sequence" outputs the last step's prediction.
Forecast oneStepForecast(const RecurrentNetwork<float>& network, const WindowedDataset& data,
                         Split split);

// Empty when closed-loop forecasting applies to this data; otherwise why it does not (the
// prediction must be the network's only input, one step ahead, many-to-one regression).
UiText closedLoopUnavailableReason(const WindowedDataset& data);

// `steps` values from the first row of the split onward (ConfigError when unavailable or when
// fewer than T rows precede the split).
Forecast closedLoopForecast(const RecurrentNetwork<float>& network, const WindowedDataset& data,
                            Split split, Index steps);

// What the prediction plots show, for any data: forecasts exist only for windows of a series;
// separate sequences and class targets get their held-out split's predictions instead.
struct ForecastSet {
    std::optional<Forecast> validation;  // one-step, validation part
    std::optional<Forecast> test;        // one-step, test part
    std::optional<Forecast> closedLoop;  // free running from the validation part's start
                                         // (the test part's, without validation) to the end
    UiText closedLoopUnavailable;        // why there is no closed loop, when there is none
    // What the network has to beat (baselines.h), and the persistence and seasonal baselines'
    // predictions for the validation and test windows (none without baselines or a season).
    std::shared_ptr<const Baselines> baselines;
    std::optional<Forecast> persistence;
    std::optional<Forecast> seasonal;
    // Target vs prediction per held-out sample (sequence_predictions.h), when the data is a set
    // of sequences or its target a class.
    std::optional<SequencePredictions> sequences;
};

// The rows the free-running forecast covers, from the validation part's start (the test part's,
// without validation) to the end of the series; 0 when it cannot be done.
Index freeRunningRows(const TrainingData& data);

// RMSE and MAE of the closed-loop forecast (free running from the validation part's start)
// over the validation rows and over the test rows; count 0 where there is none.
struct FreeRunningErrors {
    Metrics validation;
    Metrics test;
};
FreeRunningErrors freeRunningErrors(const RecurrentNetwork<float>& network,
                                    const TrainingData& data);

ForecastSet computeForecasts(const RecurrentNetwork<float>& network, const TrainingData& data);

}  // namespace rnnlab
