#include "core/train/baselines.h"

#include <cmath>
#include <cstdio>

#include "core/data/time_axis.h"

namespace rnnlab {

namespace {

constexpr double kMinPeak = 0.3;

const std::vector<double>& targetColumn(const WindowedDataset& data) {
    const Series& s = data.series();
    return s.columns[std::size_t(s.target)];
}

// The target rows each window of a split is scored on, in order (many-to-many: every step).
template <typename F>
void forEachTarget(const WindowedDataset& data, Split split, F&& f) {
    const WindowSpec& w = data.windowSpec();
    for (Index start : data.samples(split)) {
        if (w.mode == WindowMode::ManyToOne) {
            f(data.targetRow(start));
        } else {
            for (Index t = 0; t < w.window; ++t) f(start + t + w.horizon);
        }
    }
}

// The baseline's prediction for row r, in data units; NaN when it has none.
double predict(const WindowedDataset& data, const Baselines& b, BaselineKind kind, Index r) {
    const std::vector<double>& y = targetColumn(data);
    const Index k = data.windowSpec().horizon;
    Index from = -1;
    switch (kind) {
        case BaselineKind::Mean:
            return b.trainingMean;
        case BaselineKind::Persistence:
            from = r - k;
            break;
        case BaselineKind::Seasonal: {
            if (b.period <= 0) return std::nan("");
            const Index seasons = std::max<Index>(1, (k + b.period - 1) / b.period);
            from = r - seasons * b.period;
            break;
        }
    }
    if (from < 0) return std::nan("");
    return data.toDataUnits(y[std::size_t(from)]);
}

Metrics score(const WindowedDataset& data, const Baselines& b, BaselineKind kind, Split split) {
    ErrorSum errors;
    forEachTarget(data, split, [&](Index r) {
        const double p = predict(data, b, kind, r);
        if (std::isfinite(p)) errors.add(p - data.toDataUnits(targetColumn(data)[std::size_t(r)]));
    });
    return errors.metrics();
}

// Highest autocorrelation peak of the linearly detrended values (see the header).
Index detectPeriod(const std::vector<double>& y, Index n, double& peak) {
    if (n < 8) return 0;
    // Least-squares line a + b t over t = 0 .. n-1, then the residuals.
    const double tMean = double(n - 1) / 2.0;
    double yMean = 0.0;
    for (Index t = 0; t < n; ++t) yMean += y[std::size_t(t)];
    yMean /= double(n);
    double sxy = 0.0, sxx = 0.0;
    for (Index t = 0; t < n; ++t) {
        sxy += (double(t) - tMean) * (y[std::size_t(t)] - yMean);
        sxx += (double(t) - tMean) * (double(t) - tMean);
    }
    const double slope = sxy / sxx;
    std::vector<double> x(static_cast<std::size_t>(n));
    double variance = 0.0;
    for (Index t = 0; t < n; ++t) {
        x[std::size_t(t)] = y[std::size_t(t)] - yMean - slope * (double(t) - tMean);
        variance += x[std::size_t(t)] * x[std::size_t(t)];
    }
    if (!(variance > 0.0)) return 0;
    const Index maxLag = n / 3;
    std::vector<double> acf(std::size_t(maxLag + 2), 0.0);
    for (Index lag = 1; lag <= maxLag + 1 && lag < n; ++lag) {
        double sum = 0.0;
        for (Index t = 0; t + lag < n; ++t) sum += x[std::size_t(t)] * x[std::size_t(t + lag)];
        acf[std::size_t(lag)] = sum / variance;
    }
    Index best = 0;
    double lowest = acf[1];
    peak = 0.0;
    for (Index lag = 2; lag <= maxLag; ++lag) {
        const double a = acf[std::size_t(lag)];
        lowest = std::min(lowest, acf[std::size_t(lag - 1)]);
        const bool localPeak = a > acf[std::size_t(lag - 1)] && a >= acf[std::size_t(lag + 1)];
        if (localPeak && a >= kMinPeak && a - lowest >= kMinPeak && a > peak) {
            best = lag;
            peak = a;
        }
    }
    return best;
}

}  // namespace

std::string toString(BaselineKind kind) {
    switch (kind) {
        case BaselineKind::Persistence:
            return "persistence";
        case BaselineKind::Seasonal:
            return "seasonal";
        case BaselineKind::Mean:
            return "mean";
    }
    return "?";
}

const BaselineErrors* Baselines::errors(BaselineKind kind) const {
    switch (kind) {
        case BaselineKind::Persistence:
            return &persistence;
        case BaselineKind::Seasonal:
            return seasonal ? &*seasonal : nullptr;
        case BaselineKind::Mean:
            return &mean;
    }
    return nullptr;
}

Index seasonalPeriod(const Series& series, Index trainingRows, UiText* reason) {
    const int fromLabels = seasonalPeriodOfLabels(series.labels);
    if (fromLabels > 0 && fromLabels < trainingRows) {
        if (reason) {
            *reason =
                uiText(fromLabels == 12   ? QT_TRANSLATE_NOOP("rnnlab::UiText", "monthly labels")
                       : fromLabels == 4  ? QT_TRANSLATE_NOOP("rnnlab::UiText", "quarterly labels")
                       : fromLabels == 52 ? QT_TRANSLATE_NOOP("rnnlab::UiText", "weekly labels")
                       : fromLabels == 7  ? QT_TRANSLATE_NOOP("rnnlab::UiText", "daily labels")
                                          : QT_TRANSLATE_NOOP("rnnlab::UiText", "hourly labels"));
        }
        return fromLabels;
    }
    double peak = 0.0;
    const Index detected =
        detectPeriod(series.columns[std::size_t(series.target)], trainingRows, peak);
    if (detected > 0 && reason) {
        char correlation[32];
        std::snprintf(correlation, sizeof correlation, "%.2f", peak);
        *reason = uiText(QT_TRANSLATE_NOOP("rnnlab::UiText", "autocorrelation %1 at lag %2"),
                         {correlation, std::to_string(detected)});
    }
    return detected;
}

std::optional<Baselines> computeBaselines(const TrainingData& training) {
    const auto* data = dynamic_cast<const WindowedDataset*>(&training);
    if (!data || data->classification()) return std::nullopt;
    Baselines b;
    const Index trainRows = data->partRows(Split::Train);
    const std::vector<double>& y = targetColumn(*data);
    double sum = 0.0;
    for (Index r = 0; r < trainRows; ++r) sum += data->toDataUnits(y[std::size_t(r)]);
    b.trainingMean = sum / double(trainRows);
    b.period = seasonalPeriod(data->series(), trainRows, &b.periodReason);
    auto both = [&](BaselineKind kind) {
        return BaselineErrors{score(*data, b, kind, Split::Validation),
                              score(*data, b, kind, Split::Test)};
    };
    b.persistence = both(BaselineKind::Persistence);
    b.mean = both(BaselineKind::Mean);
    if (b.period > 0) b.seasonal = both(BaselineKind::Seasonal);
    return b;
}

Forecast baselineForecast(const WindowedDataset& data, const Baselines& b, BaselineKind kind,
                          Split split) {
    Forecast f;
    if (kind == BaselineKind::Seasonal && b.period <= 0) return f;
    const std::vector<double>& y = targetColumn(data);
    for (Index start : data.samples(split)) {
        // Like the network's one-step forecast: a many-to-many window's last step.
        const Index r = data.targetRow(start);
        f.rows.push_back(r);
        f.actual.push_back(data.toDataUnits(y[std::size_t(r)]));
        f.predicted.push_back(predict(data, b, kind, r));
    }
    return f;
}

}  // namespace rnnlab
