#pragma once
// A time series as the engine sees it: named numeric columns of equal length (one value per
// row, rows in time order), an optional label column kept for the x axis (dates, years; never
// fed to the network), and which columns are the network's inputs and target.

#include <string>
#include <vector>

#include "core/base/tensor_types.h"
#include "core/base/ui_text.h"

namespace rnnlab {

struct Series {
    std::string source;                        // file path or generator description
    std::vector<std::string> names;            // numeric columns
    std::vector<std::vector<double>> columns;  // columns[c][row], all of rows() values
    std::string labelName;                     // empty: no label column
    std::vector<std::string> labels;           // one per row when labelName is set
    std::vector<long> lines;                   // file line of each row (empty for generated series)
    std::vector<int> inputs;                   // indices into columns fed to the network, in order
    int target = 0;                            // index into columns of the value to predict
    // Read from a file: every numeric column of it but the label, in file order (each could be
    // an input), and one line on why the label, target and inputs are these (column_roles.h).
    std::vector<std::string> numericColumns;
    UiText columnChoice;

    Index rows() const { return columns.empty() ? 0 : Index(columns.front().size()); }
    // Index into columns, or -1.
    int columnIndex(const std::string& name) const;
    // "line 214" for a row read from a file, "row 214" (1-based) for a generated one.
    std::string rowPlace(Index row) const;
};

// Over the finite values of one column. std is the population standard deviation (divides
// by n, as numpy.std and the z-score normaliser do).
struct ColumnStats {
    double min = 0.0;
    double max = 0.0;
    double mean = 0.0;
    double std = 0.0;
};

ColumnStats columnStats(const double* values, std::size_t count);
inline ColumnStats columnStats(const std::vector<double>& values) {
    return columnStats(values.data(), values.size());
}

}  // namespace rnnlab
