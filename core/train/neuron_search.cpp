#include "core/train/neuron_search.h"

#include <algorithm>
#include <cmath>

#include "core/base/errors.h"

namespace rnnlab {

SelectionMask maskOfSpans(Index size, const std::vector<CharacterSpan>& spans) {
    SelectionMask mask(std::size_t(std::max<Index>(size, 0)), 0);
    for (const CharacterSpan& s : spans) {
        const Index first = std::max<Index>(std::min(s.first, s.last), 0);
        const Index last = std::min<Index>(std::max(s.first, s.last), size - 1);
        for (Index n = first; n <= last; ++n) mask[std::size_t(n)] = 1;
    }
    return mask;
}

SelectionMask insideQuotesMask(const std::u32string& text) {
    SelectionMask mask(text.size(), 0);
    bool inside = false;
    for (std::size_t n = 0; n < text.size(); ++n) {
        const char32_t c = text[n];
        if (c == U'"') {
            inside = !inside;
        } else if (c == U'\u201C') {
            inside = true;
        } else if (c == U'\u201D') {
            inside = false;
        } else {
            mask[n] = inside ? 1 : 0;
        }
    }
    return mask;
}

SelectionMask insideBracketsMask(const std::u32string& text) {
    SelectionMask mask(text.size(), 0);
    int depth = 0;
    for (std::size_t n = 0; n < text.size(); ++n) {
        const char32_t c = text[n];
        if (c == U'(' || c == U'[' || c == U'{') {
            ++depth;
        } else if (c == U')' || c == U']' || c == U'}') {
            depth = std::max(depth - 1, 0);
        } else {
            mask[n] = depth > 0 ? 1 : 0;
        }
    }
    return mask;
}

SelectionMask afterSpaceMask(const std::u32string& text) {
    SelectionMask mask(text.size(), 0);
    for (std::size_t n = 1; n < text.size(); ++n) mask[n] = text[n - 1] == U' ' ? 1 : 0;
    return mask;
}

SelectionMask lineEndsMask(const std::u32string& text) {
    SelectionMask mask(text.size(), 0);
    for (std::size_t n = 0; n < text.size(); ++n) mask[n] = text[n] == U'\n' ? 1 : 0;
    return mask;
}

Index selectedCount(const SelectionMask& mask) {
    return Index(std::count(mask.begin(), mask.end(), std::uint8_t(1)));
}

double pointBiserial(const std::vector<float>& values, const SelectionMask& mask) {
    RNNLAB_ASSERT(values.size() == mask.size(), "one value per character of the mask");
    const std::size_t N = values.size();
    double sum1 = 0.0, sum0 = 0.0;
    Index n1 = 0;
    for (std::size_t n = 0; n < N; ++n) {
        if (mask[n]) {
            sum1 += values[n];
            ++n1;
        } else {
            sum0 += values[n];
        }
    }
    const Index n0 = Index(N) - n1;
    RNNLAB_ASSERT(n1 > 0 && n0 > 0, "some characters selected and some not");
    const double mean = (sum1 + sum0) / double(N);
    double squares = 0.0;  // Σ_n (v_n - v̄)² = N σ²
    for (float v : values) squares += (v - mean) * (v - mean);
    if (squares <= 0.0) return 0.0;
    const double sigma = std::sqrt(squares / double(N));
    // r = (v̄¹ - v̄⁰) / σ · sqrt(n₁ n₀) / N
    return (sum1 / double(n1) - sum0 / double(n0)) / sigma * std::sqrt(double(n1) * double(n0)) /
           double(N);
}

double areaUnderCurve(const std::vector<float>& values, const SelectionMask& mask) {
    RNNLAB_ASSERT(values.size() == mask.size(), "one value per character of the mask");
    // The selected values a and the others b, each in ascending order.
    std::vector<float> in, out;
    in.reserve(values.size());
    out.reserve(values.size());
    for (std::size_t n = 0; n < values.size(); ++n) (mask[n] ? in : out).push_back(values[n]);
    RNNLAB_ASSERT(!in.empty() && !out.empty(), "some characters selected and some not");
    std::sort(in.begin(), in.end());
    std::sort(out.begin(), out.end());
    // U = Σ_a (#{b < a} + ½ #{b = a}): below[a] and notAbove[a] only grow as a does.
    double U = 0.0;
    std::size_t below = 0, notAbove = 0;
    for (float a : in) {
        while (below < out.size() && out[below] < a) ++below;
        while (notAbove < out.size() && out[notAbove] <= a) ++notAbove;
        U += double(below) + 0.5 * double(notAbove - below);
    }
    // AUC = U / (n₁ n₀)
    return U / (double(in.size()) * double(out.size()));
}

const Matrix<float>& queriedValues(const TextReading& reading, const NeuronQuery& query) {
    if (query.layer < 0 || std::size_t(query.layer) >= reading.layers.size())
        throw ConfigError(
            uiText(QT_TRANSLATE_NOOP("rnnlab::UiText",
                                     "layer %1 does not exist (the network's "
                                     "layers are 1 to %2)"),
                   {std::to_string(query.layer + 1), std::to_string(reading.layers.size())}));
    const LayerReading& layer = reading.layers[std::size_t(query.layer)];
    switch (query.quantity) {
        case UnitQuantity::Hidden:
            return layer.h;
        case UnitQuantity::Cell:
            if (layer.c.size() == 0)
                throw ConfigError(uiText(QT_TRANSLATE_NOOP(
                    "rnnlab::UiText", "only an LSTM has a cell state c: this network has none")));
            return layer.c;
        case UnitQuantity::Gate:
            break;
    }
    if (query.gate < 0 || std::size_t(query.gate) >= layer.gates.size())
        throw ConfigError(
            uiText(QT_TRANSLATE_NOOP("rnnlab::UiText", "gate %1 does not exist (the cell has %2)"),
                   {std::to_string(query.gate), std::to_string(layer.gates.size())}));
    return layer.gates[std::size_t(query.gate)];
}

std::vector<UnitScore> rankUnits(const TextReading& reading, const SelectionMask& mask,
                                 const NeuronQuery& query) {
    const Matrix<float>& values = queriedValues(reading, query);  // (N, H)
    const Index N = reading.size();
    if (Index(mask.size()) != N)
        throw ConfigError(uiText(QT_TRANSLATE_NOOP("rnnlab::UiText",
                                                   "the selection covers %1 characters, the "
                                                   "text has %2"),
                                 {std::to_string(mask.size()), std::to_string(N)}));
    const Index n1 = selectedCount(mask);
    if (n1 == 0)
        throw ConfigError(
            uiText(QT_TRANSLATE_NOOP("rnnlab::UiText",
                                     "nothing is selected: select some characters to compare with "
                                     "the others")));
    if (n1 == N)
        throw ConfigError(
            uiText(QT_TRANSLATE_NOOP("rnnlab::UiText",
                                     "every character is selected: leave some out to compare the "
                                     "selection with")));
    const bool correlation = query.measure == FollowMeasure::Correlation;
    std::vector<UnitScore> scores;
    scores.reserve(std::size_t(values.cols()));
    std::vector<float> column(static_cast<std::size_t>(N));
    for (Index j = 0; j < values.cols(); ++j) {
        for (Index n = 0; n < N; ++n) column[std::size_t(n)] = values(n, j);
        scores.push_back(
            {int(j), correlation ? pointBiserial(column, mask) : areaUnderCurve(column, mask)});
    }
    // How far from "follows nothing": |r|, or |AUC - 1/2|.
    const double none = correlation ? 0.0 : 0.5;
    const auto better = [none](const UnitScore& a, const UnitScore& b) {
        const double da = std::abs(a.score - none), db = std::abs(b.score - none);
        return da > db || (da == db && a.unit < b.unit);
    };
    const std::size_t K = std::min(scores.size(), std::size_t(std::max(query.count, 0)));
    std::partial_sort(scores.begin(), scores.begin() + std::ptrdiff_t(K), scores.end(), better);
    scores.resize(K);
    return scores;
}

}  // namespace rnnlab
