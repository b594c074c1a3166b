#include "core/data/windowed_dataset.h"

#include <cmath>

#include "core/errors.h"
#include "core/network_config.h"

namespace rnnlab {

std::string toString(WindowMode mode) {
    return mode == WindowMode::ManyToOne ? "many_to_one" : "many_to_many";
}

WindowMode parseWindowMode(const std::string& name) {
    if (name == "many_to_one") return WindowMode::ManyToOne;
    if (name == "many_to_many") return WindowMode::ManyToMany;
    throw ConfigError("window mode '" + name + "' is not one of: many_to_one, many_to_many");
}

std::string toString(TargetKind kind) {
    return kind == TargetKind::Regression ? "regression" : "classification";
}

TargetKind parseTargetKind(const std::string& name) {
    if (name == "regression") return TargetKind::Regression;
    if (name == "classification") return TargetKind::Classification;
    throw ConfigError("target kind '" + name + "' is not one of: regression, classification");
}

Index WindowedDataset::windowsIn(Index rows, const WindowSpec& window) {
    const Index span = window.window + window.horizon;
    return rows < span ? 0 : (rows - span) / window.stride + 1;
}

namespace {

void validateWindow(const WindowSpec& w, Index rows) {
    if (w.window < 1)
        throw ConfigError("window: must be at least 1 step, got " + std::to_string(w.window));
    if (w.horizon < 0)
        throw ConfigError("horizon: must be 0 or more, got " + std::to_string(w.horizon));
    if (w.stride < 1)
        throw ConfigError("stride: must be at least 1, got " + std::to_string(w.stride));
    if (w.window + w.horizon > rows)
        throw ConfigError("window + horizon = " + std::to_string(w.window + w.horizon) +
                          " rows, but the series has only " + std::to_string(rows) + " rows");
}

// Classes 0 .. C-1 in the target column: C.
Index classCount(const Series& s) {
    const std::vector<double>& y = s.columns[std::size_t(s.target)];
    double largest = 0.0;
    for (std::size_t r = 0; r < y.size(); ++r) {
        if (!(y[r] >= 0.0 && y[r] == std::floor(y[r]) && y[r] < kMaxOutputSize))
            throw ConfigError("classification target '" + s.names[std::size_t(s.target)] +
                              "': " + s.rowPlace(Index(r)) + " holds " + std::to_string(y[r]) +
                              "; classes must be whole numbers from 0 to " +
                              std::to_string(kMaxOutputSize - 1));
        largest = std::max(largest, y[r]);
    }
    if (largest < 1.0)
        throw ConfigError("classification target '" + s.names[std::size_t(s.target)] +
                          "' holds only class 0; at least two classes are needed");
    return Index(largest) + 1;
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
    const std::array<Index, 3> sizes = splitSizes(split, series.rows());
    Index begin = 0;
    for (Split part : {Split::Train, Split::Validation, Split::Test}) {
        const std::size_t p = std::size_t(part);
        m_partBegin[p] = begin;
        m_partRows[p] = sizes[p];
        const Index n = windowsIn(sizes[p], window);
        const bool wanted =
            part == Split::Train ||
            (part == Split::Validation ? split.validation > 0.0 : split.test() > 1e-12);
        if (n == 0 && wanted)
            throw ConfigError("the " + toString(part) + " part (rows " + std::to_string(begin + 1) +
                              " to " + std::to_string(begin + sizes[p]) + ", " +
                              std::to_string(sizes[p]) +
                              " rows) is shorter than window + horizon = " +
                              std::to_string(window.window + window.horizon) +
                              " rows; shorten the window or give this part a larger fraction");
        for (Index i = 0; i < n; ++i) m_ids[p].push_back(begin + i * window.stride);
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
