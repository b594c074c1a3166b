#pragma once
// A rejected data file. The message names the place in two forms: a "FILE:LINE:COLUMN:" prefix
// that editors and terminals can jump to, then the same place in words and what was expected:
//   prices.csv:214:3: line 214, column 3 (price): 'n/a' is not a number
// The parts stay available so the GUI can point at the cell.

#include <string>

#include "core/base/errors.h"
#include "core/data/missing_report.h"

namespace rnnlab {

class DataError : public FileError {
public:
    // What `column` counts: a field of the row (1-based, named by columnName when the file has
    // a header), or a byte of the line (encoding errors: NUL bytes, invalid UTF-8).
    enum class ColumnUnit { Field, Byte };

    // line 0: the whole file; column 0: the whole line. The place is composed around the
    // problem in the same words in every language the window has.
    DataError(std::string file, long line, int column, std::string columnName, UiText problem,
              ColumnUnit unit = ColumnUnit::Field);
    // A problem that is never translated.
    DataError(std::string file, long line, int column, std::string columnName, std::string problem,
              ColumnUnit unit = ColumnUnit::Field);

    const std::string& file() const { return m_file; }
    long line() const { return m_line; }
    int column() const { return m_column; }
    const std::string& columnName() const { return m_columnName; }
    ColumnUnit columnUnit() const { return m_unit; }
    // The message without its place ("'n/a' is not a number").
    const std::string& problem() const { return m_problem; }
    const UiText& problemText() const { return m_problemText; }

private:
    std::string m_file;
    long m_line;
    int m_column;
    std::string m_columnName;
    std::string m_problem;
    UiText m_problemText;
    ColumnUnit m_unit;
};

// Missing cells under MissingPolicy::Reject. The message names the first one; report() lists
// every missing cell so a data panel can show them all and offer "drop" or "interpolate".
class MissingValuesError : public DataError {
public:
    MissingValuesError(const std::string& file, const std::string& columnName,
                       MissingReport report);
    const MissingReport& report() const { return m_report; }

private:
    MissingReport m_report;
};

}  // namespace rnnlab
