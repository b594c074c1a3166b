#include "core/data/windowed_dataset.h"

#include <algorithm>
#include <cmath>
#include <functional>

#include "core/base/errors.h"
#include "core/nn/network_config.h"

namespace rnnlab {

std::string toString(WindowMode mode) {
    return mode == WindowMode::ManyToOne ? "many_to_one" : "many_to_many";
}

WindowMode parseWindowMode(const std::string& name) {
    if (name == "many_to_one") return WindowMode::ManyToOne;
    if (name == "many_to_many") return WindowMode::ManyToMany;
    throw ConfigError(uiText(QT_TRANSLATE_NOOP("rnnlab::UiText",
                                               "window mode '%1' is not one of: many_to_one, "
                                               "many_to_many"),
                             {name}));
}

std::string toString(TargetKind kind) {
    return kind == TargetKind::Regression ? "regression" : "classification";
}

TargetKind parseTargetKind(const std::string& name) {
    if (name == "regression") return TargetKind::Regression;
    if (name == "classification") return TargetKind::Classification;
    throw ConfigError(uiText(QT_TRANSLATE_NOOP("rnnlab::UiText",
                                               "target kind '%1' is not one of: regression, "
                                               "classification"),
                             {name}));
}

Index WindowedDataset::windowsIn(Index rows, const WindowSpec& window) {
    const Index span = window.window + window.horizon;
    return rows < span ? 0 : (rows - span) / window.stride + 1;
}

Index WindowedDataset::heldOutWindowsIn(Index rows, const WindowSpec& window) {
    // Many-to-one: one window per target row; many-to-many: T target rows per window.
    const Index span = window.mode == WindowMode::ManyToOne ? 1 : window.window;
    return rows < span ? 0 : (rows - span) / window.stride + 1;
}

std::array<Index, 3> WindowedDataset::partSizes(Index rows, const WindowSpec& window,
                                                const SplitSpec& split) {
    std::array<Index, 3> sizes = splitSizes(split, rows);
    const Index span = window.mode == WindowMode::ManyToOne ? 1 : window.window;
    const Index enough = (kMinEvaluationSamples - 1) * window.stride + span;
    const Index extraValidation =
        split.validation > 0.0 ? std::max<Index>(0, enough - sizes[1]) : 0;
    const Index extraTest = split.test() > 1e-12 ? std::max<Index>(0, enough - sizes[2]) : 0;
    const Index trainKept = sizes[0] - extraValidation - extraTest;
    const Index trainEnough =
        window.window + window.horizon + (kMinEvaluationSamples - 1) * window.stride;
    if (extraValidation + extraTest > 0 && trainKept >= trainEnough)
        sizes = {trainKept, sizes[1] + extraValidation, sizes[2] + extraTest};
    return sizes;
}

std::optional<Index> WindowedDataset::longestFittingWindow(Index rows, const WindowSpec& window,
                                                           const SplitSpec& split) {
    // Windows of each part for window length T (held-out parts only when wanted).
    auto counts = [&](Index T) {
        WindowSpec w = window;
        w.window = T;
        const std::array<Index, 3> sizes = partSizes(rows, w, split);
        const bool validation = split.validation > 0.0, test = split.test() > 1e-12;
        return std::array<Index, 3>{
            windowsIn(sizes[0], w),
            validation ? heldOutWindowsIn(sizes[1], w) : kMinEvaluationSamples,
            test ? heldOutWindowsIn(sizes[2], w) : kMinEvaluationSamples};
    };
    const auto [train, validation, test] = counts(window.window);
    if (train > 0 && validation > 0 && test > 0) return std::nullopt;
    // Enough windows in every part, else enough to train on, else any.
    const Index enough = kMinEvaluationSamples;
    const std::function<bool(const std::array<Index, 3>&)> tiers[] = {
        [&](const auto& n) { return n[0] >= enough && n[1] >= enough && n[2] >= enough; },
        [&](const auto& n) { return n[0] >= enough && n[1] > 0 && n[2] > 0; },
        [&](const auto& n) { return n[0] > 0 && n[1] > 0 && n[2] > 0; }};
    for (const auto& acceptable : tiers)
        for (Index T = window.window - 1; T >= 2; --T)
            if (acceptable(counts(T))) return T;
    return std::nullopt;
}

namespace {

void validateWindow(const WindowSpec& w, Index rows) {
    if (w.window < 1)
        throw ConfigError(
            uiText(QT_TRANSLATE_NOOP("rnnlab::UiText", "window: must be at least 1 step, got %1"),
                   {std::to_string(w.window)}));
    if (w.horizon < 0)
        throw ConfigError(
            uiText(QT_TRANSLATE_NOOP("rnnlab::UiText", "horizon: must be 0 or more, got %1"),
                   {std::to_string(w.horizon)}));
    if (w.stride < 1)
        throw ConfigError(
            uiText(QT_TRANSLATE_NOOP("rnnlab::UiText", "stride: must be at least 1, got %1"),
                   {std::to_string(w.stride)}));
    if (w.window + w.horizon > rows)
        throw ConfigError(uiText(QT_TRANSLATE_NOOP("rnnlab::UiText",
                                                   "window + horizon = %1 rows, but the series has "
                                                   "only %2 rows"),
                                 {std::to_string(w.window + w.horizon), std::to_string(rows)}));
}

// Classes 0 .. C-1 in the target column: C.
Index classCount(const Series& s) {
    const std::vector<double>& y = s.columns[std::size_t(s.target)];
    double largest = 0.0;
    for (std::size_t r = 0; r < y.size(); ++r) {
        if (!(y[r] >= 0.0 && y[r] == std::floor(y[r]) && y[r] < kMaxOutputSize))
            throw ConfigError(uiText(QT_TRANSLATE_NOOP("rnnlab::UiText",
                                                       "classification target '%1': %2 holds %3; "
                                                       "classes must be whole numbers from 0 to "
                                                       "%4"),
                                     {s.names[std::size_t(s.target)], s.rowPlace(Index(r)),
                                      std::to_string(y[r]), std::to_string(kMaxOutputSize - 1)}));
        largest = std::max(largest, y[r]);
    }
    if (largest < 1.0)
        throw ConfigError(uiText(QT_TRANSLATE_NOOP("rnnlab::UiText",
                                                   "classification target '%1' holds only class 0; "
                                                   "at least two classes are needed"),
                                 {s.names[std::size_t(s.target)]}));
    return Index(largest) + 1;
}

UiText tooShort(Split part, Index begin, Index rows, const WindowSpec& w) {
    if (rows == 0)
        return uiText(forSplit(part,
                               QT_TRANSLATE_NOOP("rnnlab::UiText",
                                                 "the train part has no rows; give it a larger "
                                                 "fraction"),
                               QT_TRANSLATE_NOOP("rnnlab::UiText",
                                                 "the validation part has no rows; give it a "
                                                 "larger fraction"),
                               QT_TRANSLATE_NOOP("rnnlab::UiText",
                                                 "the test part has no rows; give it a larger "
                                                 "fraction")));
    const UiText place = uiText(
        forSplit(
            part, QT_TRANSLATE_NOOP("rnnlab::UiText", "the train part (rows %1 to %2, %3 rows)"),
            QT_TRANSLATE_NOOP("rnnlab::UiText", "the validation part (rows %1 to %2, %3 rows)"),
            QT_TRANSLATE_NOOP("rnnlab::UiText", "the test part (rows %1 to %2, %3 rows)")),
        {std::to_string(begin + 1), std::to_string(begin + rows), std::to_string(rows)});
    if (part == Split::Train)
        return place + uiText(QT_TRANSLATE_NOOP("rnnlab::UiText",
                                                " is shorter than window + horizon = %1 rows; "
                                                "shorten the window or give training a larger "
                                                "fraction"),
                              {std::to_string(w.window + w.horizon)});
    if (w.mode == WindowMode::ManyToMany)
        return place + uiText(QT_TRANSLATE_NOOP("rnnlab::UiText",
                                                " is shorter than the window of %1 steps, whose "
                                                "every step it predicts; shorten the window or "
                                                "give this part a larger fraction"),
                              {std::to_string(w.window)});
    return place + uiText(QT_TRANSLATE_NOOP("rnnlab::UiText",
                                            " has no rows to predict; give it a larger fraction"));
}

}  // namespace

WindowedDataset::WindowedDataset(const Series& series, const WindowSpec& window,
                                 const SplitSpec& split, NormalisationKind normalisation,
                                 TargetKind target)
    : TrainingData(window.window, Index(series.inputs.size()),
                   target == TargetKind::Classification ? classCount(series) : 1,
                   window.mode == WindowMode::ManyToMany, target == TargetKind::Classification),
      m_window(window),
      m_series(series) {
    RNNLAB_ASSERT(!series.inputs.empty() && series.target >= 0 &&
                      std::size_t(series.target) < series.columns.size(),
                  "series without inputs or target");
    validateWindow(window, series.rows());
    validate(split);
    const std::array<Index, 3> sizes = partSizes(series.rows(), window, split);
    if (sizes != splitSizes(split, series.rows()))
        m_splitNote =
            uiText(QT_TRANSLATE_NOOP("rnnlab::UiText",
                                     "the validation and test parts were given at least "
                                     "%1 windows each, the fewest for a meaningful error"),
                   {std::to_string(kMinEvaluationSamples)});
    Index begin = 0;
    for (Split part : {Split::Train, Split::Validation, Split::Test}) {
        const std::size_t p = std::size_t(part);
        m_partBegin[p] = begin;
        m_partRows[p] = sizes[p];
        const bool training = part == Split::Train;
        const Index n = training ? windowsIn(sizes[p], window) : heldOutWindowsIn(sizes[p], window);
        const bool wanted =
            training || (part == Split::Validation ? split.validation > 0.0 : split.test() > 1e-12);
        if (n == 0 && wanted) throw ConfigError(tooShort(part, begin, sizes[p], window));
        // Held-out windows start before the part, so that their targets are its rows.
        const Index first = training ? begin
                            : window.mode == WindowMode::ManyToOne
                                ? begin - (window.window - 1 + window.horizon)
                                : begin - window.horizon;
        for (Index i = 0; i < n; ++i) m_ids[p].push_back(first + i * window.stride);
        begin += sizes[p];
    }

    m_normaliser = Normaliser::fit(normalisation, m_series, 0, sizes[0]);
    if (target == TargetKind::Classification) {
        // Class indices stay class indices.
        NormaliserParams p = m_normaliser.params();
        p.offset[std::size_t(series.target)] = 0.0;
        p.scale[std::size_t(series.target)] = 1.0;
        m_normaliser = Normaliser(std::move(p));
    }
    m_normaliser.transform(m_series);
}

void WindowedDataset::sample(Index start, Matrix<double>& inputs, Matrix<double>& targets) const {
    const Index T = m_window.window;
    const Index k = m_window.horizon;
    const std::vector<double>& y = m_series.columns[std::size_t(m_series.target)];
    inputs.resize(T, inputSize());  // (T, I)
    for (Index t = 0; t < T; ++t)
        for (Index i = 0; i < inputSize(); ++i)
            inputs(t, i) =
                m_series
                    .columns[std::size_t(m_series.inputs[std::size_t(i)])][std::size_t(start + t)];
    if (perStepTargets()) {
        targets.resize(T, 1);  // (T, 1)
        for (Index t = 0; t < T; ++t) targets(t, 0) = y[std::size_t(start + t + k)];
    } else {
        targets.resize(1, 1);  // (1, 1)
        targets(0, 0) = y[std::size_t(targetRow(start))];
    }
}

double WindowedDataset::inputFromDataUnits(Index feature, double value) const {
    return m_normaliser.transform(m_series.inputs[std::size_t(feature)], value);
}

double WindowedDataset::inputToDataUnits(Index feature, double value) const {
    return m_normaliser.inverse(m_series.inputs[std::size_t(feature)], value);
}

double WindowedDataset::toDataUnits(double value) const {
    if (classification()) return value;
    return m_normaliser.inverse(m_series.target, value);
}

}  // namespace rnnlab
