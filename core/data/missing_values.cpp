#include "core/data/missing_values.h"

#include <cmath>
#include <utility>

#include "core/data/data_error.h"

namespace rnnlab {

void dropMissingRows(Series& s, MissingReport& report) {
    const std::size_t rows = std::size_t(s.rows());
    std::size_t kept = 0;
    for (std::size_t r = 0; r < rows; ++r) {
        bool missing = false;
        for (const auto& col : s.columns) missing = missing || std::isnan(col[r]);
        if (missing) continue;
        for (auto& col : s.columns) col[kept] = col[r];
        if (!s.labels.empty() && kept != r) s.labels[kept] = std::move(s.labels[r]);
        s.lines[kept] = s.lines[r];
        ++kept;
    }
    for (auto& col : s.columns) col.resize(kept);
    if (!s.labels.empty()) s.labels.resize(kept);
    s.lines.resize(kept);
    report.droppedRows = long(rows - kept);
}

void interpolateMissing(Series& s, MissingReport& report, const std::string& source,
                        const std::vector<UiText>& columnPlaces) {
    for (std::size_t c = 0; c < s.columns.size(); ++c) {
        std::vector<double>& x = s.columns[c];
        const long n = long(x.size());
        long previous = -1;
        for (long r = 0; r <= n; ++r) {
            if (r < n && std::isnan(x[std::size_t(r)])) continue;
            if (r == n && previous < 0)
                throw DataError(
                    source, 0, 0, {},
                    columnPlaces[c] + uiText(QT_TRANSLATE_NOOP(
                                          "rnnlab::UiText", " has no values, only missing cells")));
            for (long m = previous + 1; m < r; ++m) {
                double& v = x[std::size_t(m)];
                if (previous < 0)
                    v = x[std::size_t(r)];
                else if (r == n)
                    v = x[std::size_t(previous)];
                else
                    v = x[std::size_t(previous)] + (x[std::size_t(r)] - x[std::size_t(previous)]) *
                                                       double(m - previous) / double(r - previous);
                ++report.interpolatedCells;
            }
            previous = r;
        }
    }
}

void applyMissingPolicy(MissingPolicy policy, const std::string& source,
                        const std::vector<std::string>& fileColumnNames,
                        const std::vector<UiText>& columnPlaces, Series& s,
                        MissingReport& missing) {
    if (missing.empty()) return;
    switch (policy) {
        case MissingPolicy::Reject: {
            const MissingCell& first = missing.cells.front();
            throw MissingValuesError(source, fileColumnNames[std::size_t(first.column - 1)],
                                     missing);
        }
        case MissingPolicy::Drop:
            dropMissingRows(s, missing);
            if (s.rows() == 0)
                throw DataError(source, 0, 0, {},
                                uiText(QT_TRANSLATE_NOOP("rnnlab::UiText",
                                                         "every row has a missing value: nothing "
                                                         "is left after dropping them")));
            break;
        case MissingPolicy::Interpolate:
            interpolateMissing(s, missing, source, columnPlaces);
            break;
    }
}

}  // namespace rnnlab
