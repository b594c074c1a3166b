#include "core/train/forecast.h"

#include <algorithm>
#include <cmath>
#include <limits>

#include "core/base/errors.h"
#include "core/train/baselines.h"

namespace rnnlab {

namespace {
// The target's value at a row, in data units.
double actualAt(const WindowedDataset& data, Index row) {
    const Series& s = data.series();
    if (row >= s.rows()) return std::numeric_limits<double>::quiet_NaN();
    return data.normaliser().inverse(
        s.target, s.columns[static_cast<size_t>(s.target)][static_cast<size_t>(row)]);
}
}  // namespace

Forecast oneStepForecast(const RecurrentNetwork<float>& net, const WindowedDataset& data,
                         Split split) {
    Forecast f;
    if (data.classification()) return f;
    const std::vector<Index>& starts = data.samples(split);
    const Index n = static_cast<Index>(starts.size()), T = data.steps();
    const bool last = net.config().output == OutputMode::Last;
    constexpr Index kChunk = 256;
    Workspace<float> ws;
    Matrix<float> x, y;
    for (Index first = 0; first < n; first += kChunk) {
        const Index B = std::min(kChunk, n - first);
        data.batchOf(starts, first, B, x, y);
        const Matrix<float>& out = net.forward(x, T, B, ws);
        for (Index b = 0; b < B; ++b) {
            const Index row = data.targetRow(starts[static_cast<size_t>(first + b)]);
            const float y_hat = last ? out(b, 0) : out((T - 1) * B + b, 0);
            f.rows.push_back(row);
            f.actual.push_back(actualAt(data, row));
            f.predicted.push_back(data.toDataUnits(static_cast<double>(y_hat)));
        }
    }
    return f;
}

UiText closedLoopUnavailableReason(const WindowedDataset& data) {
    const Series& s = data.series();
    if (data.classification())
        return uiText(
            QT_TRANSLATE_NOOP("rnnlab::UiText", "the target is a class, not a value to feed back"));
    if (data.windowSpec().mode != WindowMode::ManyToOne)
        return uiText(
            QT_TRANSLATE_NOOP("rnnlab::UiText", "closed-loop forecasts need many-to-one windows"));
    if (data.windowSpec().horizon != 1)
        return uiText(QT_TRANSLATE_NOOP("rnnlab::UiText", "closed-loop forecasts need horizon 1"));
    if (s.inputs.size() != 1 || s.inputs.front() != s.target)
        return uiText(QT_TRANSLATE_NOOP("rnnlab::UiText",
                                        "closed-loop forecasts need the target to be the only "
                                        "input (its predictions are fed back as the next input)"));
    return {};
}

Forecast closedLoopForecast(const RecurrentNetwork<float>& net, const WindowedDataset& data,
                            Split split, Index steps) {
    const UiText reason = closedLoopUnavailableReason(data);
    if (!reason.empty()) throw ConfigError(reason);
    const Index T = data.steps(), start = data.partBegin(split);
    if (start < T)
        throw ConfigError(uiText(forSplit(split,
                                          QT_TRANSLATE_NOOP("rnnlab::UiText",
                                                            "a closed-loop forecast of the train "
                                                            "part needs %1 rows before it"),
                                          QT_TRANSLATE_NOOP("rnnlab::UiText",
                                                            "a closed-loop forecast of the "
                                                            "validation part needs %1 rows before "
                                                            "it"),
                                          QT_TRANSLATE_NOOP("rnnlab::UiText",
                                                            "a closed-loop forecast of the test "
                                                            "part needs %1 rows before it")),
                                 {std::to_string(T)}));
    const Series& s = data.series();
    const std::vector<double>& column = s.columns[static_cast<size_t>(s.target)];
    // Normalised values: the T true rows before the split, then the predictions.
    std::vector<double> values(column.begin() + start - T, column.begin() + start);
    Forecast f;
    Workspace<float> ws;
    Matrix<float> x(T, 1);
    for (Index k = 0; k < steps; ++k) {
        for (Index t = 0; t < T; ++t)
            x(t, 0) = static_cast<float>(values[static_cast<size_t>(k + t)]);
        const double y_hat = static_cast<double>(net.forward(x, T, 1, ws)(0, 0));
        values.push_back(y_hat);
        f.rows.push_back(start + k);
        f.actual.push_back(actualAt(data, start + k));
        f.predicted.push_back(data.toDataUnits(y_hat));
    }
    return f;
}

namespace {

// The free-running forecast starts at the validation part (the test part's, without validation).
Split freeRunningFrom(const WindowedDataset& windows) {
    return windows.partRows(Split::Validation) > 0 ? Split::Validation : Split::Test;
}

// The rows from there to the end of the series, when the forecast is possible at all.
Index rowsToForecast(const WindowedDataset& windows) {
    const Index begin = windows.partBegin(freeRunningFrom(windows));
    return begin >= windows.steps() ? std::max<Index>(0, windows.series().rows() - begin) : 0;
}

// Free running to the end of the series; nothing, and why, when it cannot be done.
std::optional<Forecast> freeRunning(const RecurrentNetwork<float>& net,
                                    const WindowedDataset& windows, UiText& unavailable) {
    unavailable = closedLoopUnavailableReason(windows);
    if (!unavailable.empty()) return std::nullopt;
    if (const Index rows = rowsToForecast(windows); rows > 0)
        return closedLoopForecast(net, windows, freeRunningFrom(windows), rows);
    unavailable =
        uiText(QT_TRANSLATE_NOOP("rnnlab::UiText", "no rows after the training part to forecast"));
    return std::nullopt;
}

// RMSE and MAE of the forecast's rows in [begin, end).
Metrics errorsOver(const Forecast& f, Index begin, Index end) {
    ErrorSum errors;
    for (std::size_t i = 0; i < f.rows.size(); ++i)
        if (f.rows[i] >= begin && f.rows[i] < end && std::isfinite(f.actual[i]))
            errors.add(f.predicted[i] - f.actual[i]);
    return errors.metrics();
}

Metrics partErrors(const Forecast& f, const WindowedDataset& w, Split part) {
    return errorsOver(f, w.partBegin(part), w.partBegin(part) + w.partRows(part));
}

}  // namespace

Index freeRunningRows(const TrainingData& data) {
    const auto* windows = dynamic_cast<const WindowedDataset*>(&data);
    return windows && closedLoopUnavailableReason(*windows).empty() ? rowsToForecast(*windows) : 0;
}

FreeRunningErrors freeRunningErrors(const RecurrentNetwork<float>& net, const TrainingData& data) {
    FreeRunningErrors e;
    const auto* windows = dynamic_cast<const WindowedDataset*>(&data);
    if (!windows) return e;
    UiText unavailable;
    std::optional<Forecast> f = freeRunning(net, *windows, unavailable);
    if (!f) return e;
    e.validation = partErrors(*f, *windows, Split::Validation);
    e.test = partErrors(*f, *windows, Split::Test);
    return e;
}

ForecastSet computeForecasts(const RecurrentNetwork<float>& net, const TrainingData& data) {
    ForecastSet set;
    const auto* windows = dynamic_cast<const WindowedDataset*>(&data);
    if (predictsPerSample(data)) {
        set.closedLoopUnavailable = windows
                                        ? closedLoopUnavailableReason(*windows)
                                        : uiText(QT_TRANSLATE_NOOP("rnnlab::UiText",
                                                                   "the data is a set of separate "
                                                                   "sequences, not one series"));
        set.sequences = predictSequences(net, data, predictionSplit(data));
        return set;
    }
    if (windows->count(Split::Validation) > 0)
        set.validation = oneStepForecast(net, *windows, Split::Validation);
    if (windows->count(Split::Test) > 0) set.test = oneStepForecast(net, *windows, Split::Test);
    set.closedLoop = freeRunning(net, *windows, set.closedLoopUnavailable);
    if (std::optional<Baselines> b = computeBaselines(*windows)) {
        set.baselines = std::make_shared<const Baselines>(std::move(*b));
        auto heldOut = [&](BaselineKind kind) {
            Forecast f = baselineForecast(*windows, *set.baselines, kind, Split::Validation);
            const Forecast test = baselineForecast(*windows, *set.baselines, kind, Split::Test);
            f.rows.insert(f.rows.end(), test.rows.begin(), test.rows.end());
            f.actual.insert(f.actual.end(), test.actual.begin(), test.actual.end());
            f.predicted.insert(f.predicted.end(), test.predicted.begin(), test.predicted.end());
            return f;
        };
        set.persistence = heldOut(BaselineKind::Persistence);
        if (set.baselines->seasonal) set.seasonal = heldOut(BaselineKind::Seasonal);
    }
    return set;
}

}  // namespace rnnlab
