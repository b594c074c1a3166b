#include "core/data/csv_column_plan.h"

#include <string_view>
#include <unordered_map>

#include "core/data/data_error.h"

namespace rnnlab {

std::vector<std::string> columnNames(const std::vector<Field>& first, bool header, long line,
                                     const std::string& source) {
    std::vector<std::string> names(first.size());
    std::unordered_map<std::string_view, std::size_t> seen;
    seen.reserve(names.size());
    for (std::size_t j = 0; j < names.size(); ++j) {
        if (header) names[j] = std::string(trimBlanks(unescaped(first[j])));
        if (names[j].empty()) names[j] = "column " + std::to_string(j + 1);
    }
    for (std::size_t j = 0; j < names.size(); ++j) {
        const auto [it, added] = seen.emplace(names[j], j);
        if (!added)
            throw DataError(source, line, int(j + 1), {},
                            uiText(QT_TRANSLATE_NOOP("rnnlab::UiText",
                                                     "the column name '%1' is already used by "
                                                     "column %2; column names must differ"),
                                   {shown(names[j]), std::to_string(it->second + 1)}));
    }
    return names;
}

std::vector<ColumnProfile> profileColumns(const std::vector<std::vector<Field>>& sample,
                                          std::size_t firstData,
                                          const std::vector<std::string>& names, bool decimalComma,
                                          const MissingMarkers& markers) {
    std::vector<ColumnProfile> profiles(names.size());
    std::vector<double> values, previousValues;
    std::vector<std::string> cells;
    for (std::size_t j = 0; j < names.size(); ++j) {
        values.clear();
        cells.clear();
        bool anyNumber = false, anyText = false, anyMissing = false;
        for (std::size_t r = firstData; r < sample.size(); ++r) {
            if (j >= sample[r].size()) continue;
            double v = 0.0;
            const CellKind kind = parseCell(sample[r][j].text, decimalComma, markers, v);
            anyNumber = anyNumber || kind == CellKind::Number;
            anyText = anyText || kind == CellKind::Text;
            anyMissing = anyMissing || kind == CellKind::Missing;
            if (kind == CellKind::Number) values.push_back(v);
        }
        if (anyText && !anyNumber) {
            for (std::size_t r = firstData; r < sample.size(); ++r)
                if (j < sample[r].size()) cells.push_back(unescaped(sample[r][j]));
            profiles[j] = profileTextColumn(names[j], cells);
        } else {
            profiles[j] =
                profileNumericColumn(names[j], anyMissing ? std::vector<double>{} : values);
            profiles[j].noNumbers = !anyNumber;
            if (!anyMissing && j > 0)
                joinYearPair(profiles[j - 1], previousValues, profiles[j], values);
        }
        previousValues = anyMissing || anyText ? std::vector<double>{} : values;
    }
    return profiles;
}

void describeColumns(const ColumnRoles& roles, const std::vector<std::string>& names, bool header,
                     Series& s, LoadedCsv& result, std::vector<UiText>& columnPlaces) {
    s.inputs = roles.inputs;
    s.target = roles.target;
    for (int j : roles.read) {
        s.names.push_back(names[std::size_t(j)]);
        columnPlaces.push_back(header
                                   ? uiText(QT_TRANSLATE_NOOP("rnnlab::UiText", "column %1 (%2)"),
                                            {std::to_string(j + 1), names[std::size_t(j)]})
                                   : uiText(QT_TRANSLATE_NOOP("rnnlab::UiText", "column %1"),
                                            {std::to_string(j + 1)}));
    }
    for (int j : roles.numeric) s.numericColumns.push_back(names[std::size_t(j)]);
    if (roles.label >= 0) {
        s.labelName = names[std::size_t(roles.label)];
        if (roles.labelPair >= 0) s.labelName += "-" + names[std::size_t(roles.labelPair)];
    }
    s.columnChoice = roles.reason;
    for (int j : roles.ignored) result.ignoredColumns.push_back(names[std::size_t(j)]);
}

}  // namespace rnnlab
