#pragma once
// The forecasts a network has to beat, scored on the same validation and test windows as the
// network's one-step forecasts, in the data's own units. For a target y_r at row r, k rows
// after the last row r - k its window saw:
//   persistence     ŷ_r = y_{r-k}          "next = last": the last value known
//   seasonal naive  ŷ_r = y_{r-mP}         the value one season (P rows) earlier, m = ⌈k/P⌉
//                                          seasons back so that it is known at forecast time
//   training mean   ŷ_r = mean of y over the training part
// The season P is known from the labels (12 for months, 4 for quarters, 52 for weeks, 7 for
// days, 24 for hours: time_axis.h) or, failing that, detected in the training part: the lag
// 2 ≤ P ≤ n/3 where the autocorrelation of the linearly detrended values has its highest peak,
// when that peak reaches 0.3 and rises at least 0.3 above the lowest value at a shorter lag
// (a cycle, not a slow drift). Without a season there is no seasonal baseline.
// Classification and sequence tasks have no baselines.

#include <optional>
#include <string>

#include "core/base/ui_text.h"
#include "core/data/windowed_dataset.h"
#include "core/train/forecast.h"
#include "core/train/training_history.h"

namespace rnnlab {

enum class BaselineKind { Persistence, Seasonal, Mean };

// "persistence", "seasonal", "mean".
std::string toString(BaselineKind kind);

struct BaselineErrors {
    Metrics validation;  // count 0 when the split has no windows
    Metrics test;
};

struct Baselines {
    BaselineErrors persistence;
    std::optional<BaselineErrors> seasonal;  // when a season is known or detected
    BaselineErrors mean;
    Index period = 0;     // P, or 0
    UiText periodReason;  // "monthly labels", "autocorrelation 0.62 at lag 11"
    double trainingMean = 0.0;

    const BaselineErrors* errors(BaselineKind kind) const;
};

// The season of a series (see above) and why; 0 and "" when there is none. `rows` are the
// training rows of the target column.
Index seasonalPeriod(const Series& series, Index trainingRows, UiText* reason = nullptr);

std::optional<Baselines> computeBaselines(const TrainingData& data);

// A baseline's predictions for each window of a split in time order, as a Forecast (for the
// dashed lines of the prediction plot); empty when the baseline does not apply.
Forecast baselineForecast(const WindowedDataset& data, const Baselines& baselines,
                          BaselineKind kind, Split split);

}  // namespace rnnlab
