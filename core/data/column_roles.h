#pragma once
// Which column of a table is what: the label that names the rows on the x axis, the target the
// network learns to predict, the inputs it reads, and what is left out, with one line that says
// why. The defaults are what a student would choose; every one can be overridden (CsvOptions):
//
//   label   the first column that is a time axis (time_axis.h: dates, years, an index, ...),
//           else the first text column, else none (the x axis counts rows). A column of years
//           that repeat, followed by a column of months 1-12 or quarters 1-4, makes one label
//           (1958-03, 1958Q1).
//   target  the last numeric column that is neither the label nor another time axis, and has a
//           number in its first rows (the last numeric column if there is no such column).
//   inputs  the target alone; with CsvOptions::allInputs every numeric column that is neither
//           the label nor a time axis.
// Text columns other than the label are left out.

#include <string>
#include <vector>

#include "core/data/csv_reader.h"
#include "core/data/time_axis.h"

namespace rnnlab {

// What the first rows of a file say about one of its columns.
struct ColumnProfile {
    std::string name;
    bool text = false;               // no sampled cell is a number, and one is text
    TimeForm time = TimeForm::None;  // a time axis of this form, when it is one
    bool timeByHeader = false;       // ... recognised by its header and its increasing values
    bool yearOfPair = false;         // years that repeat, the next column their months/quarters
    bool noNumbers = false;          // only missing cells were sampled: no default target
};

struct ColumnRoles {
    int label = -1;      // file column, or -1
    int labelPair = -1;  // the month or quarter column joined to a year label, or -1
    TimeForm labelForm = TimeForm::None;
    std::vector<int> read;     // the file column of each Series column, in Series order
    std::vector<int> inputs;   // Series columns
    int target = 0;            // Series column
    std::vector<int> numeric;  // every numeric file column but the label, in file order
    std::vector<int> ignored;  // text columns that are neither the label nor read
    UiText reason;             // one line: why the label, target and inputs are these
};

// Applies the rules above and the choices in options. Throws DataError (naming source) for a
// column name or number that does not exist, a label that is also a data column, or a table
// without a numeric column.
ColumnRoles chooseColumns(const CsvOptions& options, const std::vector<ColumnProfile>& columns,
                          const std::string& source);

// The profile of one column from its sampled cells: numeric values (finite, in row order; a
// column with a missing sampled cell is no time axis) or text.
ColumnProfile profileNumericColumn(const std::string& name, const std::vector<double>& values);
ColumnProfile profileTextColumn(const std::string& name, const std::vector<std::string>& cells);

// Marks `years` as the year of a pair when its values repeat and, with `next` (months 1-12 or
// quarters 1-4), always move forward; `next` gets the pair's form.
void joinYearPair(ColumnProfile& years, const std::vector<double>& yearValues, ColumnProfile& next,
                  const std::vector<double>& nextValues);

}  // namespace rnnlab
