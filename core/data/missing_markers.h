#pragma once
// The cells of a numeric column that mean "no value here". By default: empty, NA, N/A, #N/A,
// NaN, null, None, -, ., ? and missing, in any case (spreadsheets, R, pandas and statistics
// offices write these). The list can be changed (the import dialog, --missing-markers); an empty
// cell is missing whatever the list says. What happens to missing cells is the MissingPolicy's
// choice (missing_report.h): every marker is a missing cell under every policy.

#include <string>
#include <string_view>
#include <vector>

namespace rnnlab {

const std::vector<std::string>& defaultMissingMarkers();

// "NA, n/a, -" -> {"NA", "n/a", "-"}: split at commas, blanks around each trimmed, empty
// entries dropped. joinMissingMarkers writes the list back the same way.
std::vector<std::string> parseMissingMarkers(std::string_view list);
std::string joinMissingMarkers(const std::vector<std::string>& markers);

// Matches trimmed cells against a list, ignoring ASCII case.
class MissingMarkers {
public:
    explicit MissingMarkers(const std::vector<std::string>& markers);
    bool matches(std::string_view cell) const;

private:
    std::vector<std::string> m_lower;
};

}  // namespace rnnlab
