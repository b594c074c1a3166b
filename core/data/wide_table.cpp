#include "core/data/wide_table.h"

#include <cmath>
#include <cstdio>
#include <limits>

#include "core/data/data_error.h"

namespace rnnlab {

namespace {

bool namesPeriods(const std::vector<ColumnProfile>& columns, int first, int periods) {
    if (first + periods > int(columns.size())) return false;
    for (int k = 0; k < periods; ++k) {
        const std::string& name = columns[std::size_t(first + k)].name;
        const int number = periods == 12 ? monthOfName(name) : quarterOfName(name);
        if (number != k + 1) return false;
    }
    return true;
}

std::string periodLabel(int year, int period, int periods) {
    char text[32];  // "%04d-%02d" of two ints: at most 24 bytes
    if (periods == 12)
        std::snprintf(text, sizeof text, "%04d-%02d", year, period);
    else
        std::snprintf(text, sizeof text, "%04dQ%d", year, period);
    return text;
}

// Removes the missing values before the first value and after the last.
void trimUnobserved(Series& s, MissingReport& missing) {
    std::vector<double>& x = s.columns.front();
    std::size_t first = 0, last = x.size();
    while (first < last && std::isnan(x[first])) ++first;
    while (last > first && std::isnan(x[last - 1])) --last;
    const std::size_t trailing = x.size() - last;
    x = std::vector<double>(x.begin() + long(first), x.begin() + long(last));
    s.labels =
        std::vector<std::string>(s.labels.begin() + long(first), s.labels.begin() + long(last));
    s.lines = std::vector<long>(s.lines.begin() + long(first), s.lines.begin() + long(last));
    // Every missing value has one cell, in the same order.
    missing.cells.erase(missing.cells.end() - long(trailing), missing.cells.end());
    missing.cells.erase(missing.cells.begin(), missing.cells.begin() + long(first));
    missing.perColumn = {long(missing.cells.size())};
}

}  // namespace

std::optional<WideTable> detectWideTable(const std::vector<ColumnProfile>& columns) {
    for (int periods : {12, 4}) {
        for (int first = 1; first < int(columns.size()); ++first) {
            if (!namesPeriods(columns, first, periods)) continue;
            for (int year = first - 1; year >= 0; --year) {
                const ColumnProfile& c = columns[std::size_t(year)];
                if (c.time != TimeForm::None || c.yearOfPair || isTimeHeader(c.name))
                    return WideTable{year, first, periods};
            }
            return std::nullopt;
        }
    }
    return std::nullopt;
}

std::string shapeOf(const WideTable& table) {
    return table.periods == 12 ? "year \u00d7 month" : "year \u00d7 quarter";
}

void readWideTable(RecordReader& reader, const WideTable& table, const TableContext& context,
                   const std::string& valueName, Series& s, MissingReport& missing) {
    s.names = {valueName};
    s.numericColumns = {valueName};
    s.columns.assign(1, {});
    s.inputs = {0};
    s.target = 0;
    s.labelName = table.periods == 12 ? "month" : "quarter";
    std::vector<Field> fields;
    double previousYear = 0.0;
    while (reader.next(fields)) {
        const long line = reader.recordLine();
        checkRecordWidth(context, fields, line);
        const std::size_t yearColumn = std::size_t(table.yearColumn);
        double year = 0.0;
        const CellKind kind =
            parseCell(fields[yearColumn].text, context.decimalComma, context.markers, year);
        if (kind != CellKind::Number || year != std::floor(year) || year < 1000 || year > 2999 ||
            year <= previousYear)
            throw DataError(
                context.source, line, int(yearColumn + 1), context.names[yearColumn],
                uiText(QT_TRANSLATE_NOOP("rnnlab::UiText",
                                         "'%1' is not a year after %2: a %3 table has one row per "
                                         "year, in order"),
                       {shown(fields[yearColumn].text),
                        previousYear > 0 ? std::to_string(int(previousYear)) : std::string("1000"),
                        shapeOf(table)}));
        previousYear = year;
        for (int k = 0; k < table.periods; ++k) {
            const std::size_t j = std::size_t(table.firstColumn + k);
            double value = 0.0;
            const CellKind cell =
                parseCell(fields[j].text, context.decimalComma, context.markers, value);
            if (cell == CellKind::Missing) {
                value = std::numeric_limits<double>::quiet_NaN();
                missing.cells.push_back({line, int(j + 1), 0});
            } else if (cell != CellKind::Number) {
                refuseCell(context, cell, fields[j], line, j);
            }
            s.columns.front().push_back(value);
            s.labels.push_back(periodLabel(int(year), k + 1, table.periods));
            s.lines.push_back(line);
        }
    }
    trimUnobserved(s, missing);
}

UiText explainUnpivot(const WideTable& table, const std::vector<std::string>& names,
                      const Series& series) {
    auto quoted = [&](int j) { return "\u201c" + names[std::size_t(j)] + "\u201d"; };
    UiText line =
        uiText(table.periods == 12 ? QT_TRANSLATE_NOOP("rnnlab::UiText",
                                                       "A year × month table (%1 and %2 … %3): "
                                                       "read as one series")
                                   : QT_TRANSLATE_NOOP("rnnlab::UiText",
                                                       "A year × quarter table (%1 and %2 … "
                                                       "%3): read as one series"),
               {quoted(table.yearColumn), quoted(table.firstColumn),
                quoted(table.firstColumn + table.periods - 1)});
    if (!series.labels.empty())
        line += uiText(QT_TRANSLATE_NOOP("rnnlab::UiText", ", %1 to %2"),
                       {series.labels.front(), series.labels.back()});
    return line + uiText(QT_TRANSLATE_NOOP("rnnlab::UiText", "."));
}

}  // namespace rnnlab
