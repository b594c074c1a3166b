#pragma once
// A wide table: one row per year and 12 month columns (Jan ... Dec) or 4 quarter columns
// (Q1 ... Q4), as statistics offices and textbooks print a series (the airline passengers,
// 1949-1960). Unpivoted it is one series in time order, one row per month (1949-01, 1949-02,
// ...) or quarter (1949Q1, ...).
//
// Recognised by its header: 12 columns named for the months in calendar order (Jan, January,
// Januar, janv., M01, ... in the languages of time_axis.h) or 4 for the quarters (Q1 ... Q4,
// Qtr1 ...), after a column that is a time axis or named like one (the years). Other columns
// (a yearly total) are left out. Empty cells before the first value and after the last (months
// not yet observed) are not part of the series; missing cells between values follow the
// missing-value policy.

#include <optional>
#include <string>
#include <vector>

#include "core/data/column_roles.h"
#include "core/data/csv_records.h"
#include "core/data/missing_report.h"
#include "core/data/series.h"

namespace rnnlab {

struct WideTable {
    int yearColumn = 0;
    int firstColumn = 0;  // the first month or quarter column
    int periods = 12;     // 12 months or 4 quarters
};

std::optional<WideTable> detectWideTable(const std::vector<ColumnProfile>& columns);

// "year × month" or "year × quarter".
std::string shapeOf(const WideTable& table);

// Reads the records after the header into one series named valueName with the dates of its
// periods as labels; missing cells go to `missing` (Series column 0). Refuses a row whose year
// is not a year 1000-2999 after the previous row's, or whose cells are not numbers or missing.
void readWideTable(RecordReader& reader, const WideTable& table, const TableContext& context,
                   const std::string& valueName, Series& series, MissingReport& missing);

// One line for the data panel: "A year × month table (“Year” and “Jan” … “Dec”): read as one
// series, 1949-01 to 1960-12."
UiText explainUnpivot(const WideTable& table, const std::vector<std::string>& names,
                      const Series& series);

}  // namespace rnnlab
