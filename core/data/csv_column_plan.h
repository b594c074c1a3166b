#pragma once
// The column plan of a delimited file, from its first records (csv_detection.h): the columns'
// names, what each holds (text or numbers, a time axis or not: a ColumnProfile), and, once
// column_roles.h has chosen the label, target and inputs, the Series' names and roles with
// the places its columns are named by in messages.

#include <cstddef>
#include <string>
#include <vector>

#include "core/data/column_roles.h"
#include "core/data/csv_reader.h"
#include "core/data/csv_records.h"
#include "core/data/missing_markers.h"

namespace rnnlab {

// The header's names (unescaped, trimmed), or "column N" for a file without a header and for
// empty header cells. Names must differ, as they select columns: a repeated one is refused at
// the header's line and the column of the repeat.
std::vector<std::string> columnNames(const std::vector<Field>& first, bool header, long line,
                                     const std::string& source);

// What the sampled data records (sample[firstData...]) say about each column: text or
// numbers, and whether it is a time axis (column_roles.h). A column holds text when none of
// its sampled cells is a number but one is text (so a numeric column with a stray "n.a." stays
// numeric, and the "n.a." is reported).
std::vector<ColumnProfile> profileColumns(const std::vector<std::vector<Field>>& sample,
                                          std::size_t firstData,
                                          const std::vector<std::string>& names, bool decimalComma,
                                          const MissingMarkers& markers);

// The names and roles of the Series columns (s), the reason for them, the columns left out
// (result.ignoredColumns), and columnPlaces: "column 3 (price)" for each Series column, the
// name only with a header.
void describeColumns(const ColumnRoles& roles, const std::vector<std::string>& names, bool header,
                     Series& s, LoadedCsv& result, std::vector<UiText>& columnPlaces);

}  // namespace rnnlab
