#pragma once
// Where a delimited file had missing cells (empty, NA, NaN, null) in the numeric columns that
// were read, and what the missing-value policy did with them.

#include <string>
#include <vector>

namespace rnnlab {

enum class MissingPolicy {
    Reject,       // refuse the file, naming the first missing cell (MissingValuesError)
    Drop,         // remove every row that has a missing cell
    Interpolate,  // fill gaps linearly between neighbours; leading/trailing gaps take the
                  // nearest value
};

// "reject", "drop", "interpolate"; the parser throws ConfigError listing the valid names.
std::string toString(MissingPolicy policy);
MissingPolicy parseMissingPolicy(const std::string& name);

struct MissingCell {
    long line = 0;         // 1-based line of the file
    int column = 0;        // 1-based field of the row
    int seriesColumn = 0;  // index into Series::columns
};

struct MissingReport {
    std::vector<MissingCell> cells;  // in file order
    // Missing cells per column of the resulting Series (same order as Series::names).
    std::vector<long> perColumn;
    long droppedRows = 0;        // MissingPolicy::Drop
    long interpolatedCells = 0;  // MissingPolicy::Interpolate

    bool empty() const { return cells.empty(); }
};

}  // namespace rnnlab
