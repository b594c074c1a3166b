#pragma once
// Per-column scaling of a Series, fitted on the training rows only (so nothing about the
// validation and test parts leaks into training) and inverted for plots and metrics in the
// data's own units.
//
//   x' = (x - offset) / scale
//   none:    offset 0,              scale 1
//   z-score: offset mean(x_train),  scale std(x_train)            (population std, as numpy)
//   min-max: offset min(x_train),   scale max(x_train) - min(x_train)   -> x' in [0, 1]
// A constant training column (std or range 0) keeps scale 1: it is shifted, not blown up.

#include <string>
#include <vector>

#include "core/data/series.h"

namespace rnnlab {

enum class NormalisationKind { None, ZScore, MinMax };

// "none", "zscore", "minmax"; the parser throws ConfigError listing the valid names.
std::string toString(NormalisationKind kind);
NormalisationKind parseNormalisationKind(const std::string& name);

// Plain data, one entry per Series column: what an experiment file stores.
struct NormaliserParams {
    NormalisationKind kind = NormalisationKind::None;
    std::vector<double> offset;
    std::vector<double> scale;
};

class Normaliser {
public:
    Normaliser() = default;
    explicit Normaliser(NormaliserParams params);

    // Fits every column of s on rows [firstRow, firstRow + rowCount).
    static Normaliser fit(NormalisationKind kind, const Series& s, Index firstRow, Index rowCount);

    const NormaliserParams& params() const { return m_params; }
    Index columns() const { return Index(m_params.offset.size()); }

    double transform(Index column, double x) const {
        return (x - m_params.offset[std::size_t(column)]) / m_params.scale[std::size_t(column)];
    }
    double inverse(Index column, double y) const {
        return y * m_params.scale[std::size_t(column)] + m_params.offset[std::size_t(column)];
    }
    // Every column of s, in place.
    void transform(Series& s) const;
    // Values of one column in normalised units (predictions, targets) back to data units.
    void inverse(Index column, std::vector<double>& values) const;

private:
    NormaliserParams m_params;
};

}  // namespace rnnlab
