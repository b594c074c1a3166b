#include "core/data/series.h"

#include <algorithm>
#include <cmath>

namespace rnnlab {

int Series::columnIndex(const std::string& name) const {
    const auto it = std::find(names.begin(), names.end(), name);
    return it == names.end() ? -1 : int(it - names.begin());
}

std::string Series::rowPlace(Index row) const {
    if (std::size_t(row) < lines.size()) return "line " + std::to_string(lines[std::size_t(row)]);
    return "row " + std::to_string(row + 1);
}

ColumnStats columnStats(const double* values, std::size_t count) {
    ColumnStats s;
    long n = 0;
    double sum = 0.0;
    for (std::size_t i = 0; i < count; ++i) {
        const double v = values[i];
        if (!std::isfinite(v)) continue;
        s.min = n == 0 ? v : std::min(s.min, v);
        s.max = n == 0 ? v : std::max(s.max, v);
        sum += v;
        ++n;
    }
    if (n == 0) return s;
    s.mean = sum / double(n);
    // Two passes: the squared deviations from the mean, not E[x^2] - E[x]^2, which cancels
    // catastrophically for series far from zero (CO2 around 350 ppm).
    double squares = 0.0;
    for (std::size_t i = 0; i < count; ++i)
        if (const double v = values[i]; std::isfinite(v)) squares += (v - s.mean) * (v - s.mean);
    s.std = std::sqrt(squares / double(n));
    return s;
}

}  // namespace rnnlab
