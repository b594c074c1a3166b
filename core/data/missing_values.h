#pragma once
// The missing-value policy applied to the numeric columns a reader has read, missing cells
// being NaN there (missing_report.h says which cells they were):
//   reject       refuse the data, naming the first missing cell (MissingValuesError)
//   drop         remove every row with a missing cell
//   interpolate  x_r = x_a + (x_b - x_a) (r - a) / (b - a) between the known rows a < r < b;
//                before the first and after the last known row, the nearest known value

#include <string>
#include <vector>

#include "core/data/missing_report.h"
#include "core/data/series.h"

namespace rnnlab {

// Removes the rows with a missing value (their labels and lines too); counts them in
// report.droppedRows.
void dropMissingRows(Series& s, MissingReport& report);

// Fills every missing value of s as above; counts them in report.interpolatedCells. A column
// with no value at all is refused: columnPlaces[c] names column c ("column 3 (price)"), source
// the file.
void interpolateMissing(Series& s, MissingReport& report, const std::string& source,
                        const std::vector<UiText>& columnPlaces);

// The policy on s, whose missing cells `missing` lists. fileColumnNames[j] names file column j
// (empty without a header); columnPlaces as above. A policy that leaves no row is refused.
void applyMissingPolicy(MissingPolicy policy, const std::string& source,
                        const std::vector<std::string>& fileColumnNames,
                        const std::vector<UiText>& columnPlaces, Series& s, MissingReport& missing);

}  // namespace rnnlab
