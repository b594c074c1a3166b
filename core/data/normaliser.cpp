#include "core/data/normaliser.h"

#include <algorithm>
#include <cmath>

#include "core/base/errors.h"

namespace rnnlab {

std::string toString(NormalisationKind kind) {
    switch (kind) {
        case NormalisationKind::None:
            return "none";
        case NormalisationKind::ZScore:
            return "zscore";
        case NormalisationKind::MinMax:
            return "minmax";
    }
    return "none";
}

NormalisationKind parseNormalisationKind(const std::string& name) {
    for (NormalisationKind k :
         {NormalisationKind::None, NormalisationKind::ZScore, NormalisationKind::MinMax})
        if (toString(k) == name) return k;
    throw ConfigError(
        uiText(QT_TRANSLATE_NOOP("rnnlab::UiText",
                                 "normalisation '%1' is not one of: none, zscore, minmax"),
               {name}));
}

Normaliser::Normaliser(NormaliserParams params) : m_params(std::move(params)) {
    RNNLAB_ASSERT(m_params.offset.size() == m_params.scale.size(),
                  "normaliser offset and scale differ in length");
    for (double s : m_params.scale)
        if (!(std::isfinite(s) && s != 0.0))
            throw ConfigError(uiText(QT_TRANSLATE_NOOP(
                "rnnlab::UiText", "normaliser scale must be a finite non-zero number")));
    for (double o : m_params.offset)
        if (!std::isfinite(o))
            throw ConfigError(uiText(
                QT_TRANSLATE_NOOP("rnnlab::UiText", "normaliser offset must be a finite number")));
}

Normaliser Normaliser::fit(NormalisationKind kind, const Series& s, Index firstRow,
                           Index rowCount) {
    RNNLAB_ASSERT(firstRow >= 0 && rowCount > 0 && firstRow + rowCount <= s.rows(),
                  "normaliser fitted on rows outside the series");
    NormaliserParams p;
    p.kind = kind;
    for (const std::vector<double>& column : s.columns) {
        const ColumnStats stats = columnStats(column.data() + firstRow, std::size_t(rowCount));
        double offset = 0.0;
        double scale = 1.0;
        if (kind == NormalisationKind::ZScore) {
            offset = stats.mean;
            scale = stats.std;
        } else if (kind == NormalisationKind::MinMax) {
            offset = stats.min;
            scale = stats.max - stats.min;
        }
        p.offset.push_back(offset);
        p.scale.push_back(scale > 0.0 ? scale : 1.0);
    }
    return Normaliser(std::move(p));
}

void Normaliser::transform(Series& s) const {
    RNNLAB_ASSERT(Index(s.columns.size()) == columns(), "normaliser fitted on other columns");
    for (std::size_t c = 0; c < s.columns.size(); ++c)
        for (double& x : s.columns[c]) x = transform(Index(c), x);
}

void Normaliser::inverse(Index column, std::vector<double>& values) const {
    for (double& y : values) y = inverse(column, y);
}

}  // namespace rnnlab
