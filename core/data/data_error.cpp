#include "core/data/data_error.h"

#include <utility>

namespace rnnlab {

namespace {
std::string composeMessage(const std::string& file, long line, int column,
                           const std::string& columnName, const std::string& problem,
                           DataError::ColumnUnit unit) {
    if (line <= 0) return file + ": " + problem;
    const std::string lineText = std::to_string(line);
    if (column <= 0) return file + ":" + lineText + ": line " + lineText + ": " + problem;
    const std::string columnText = std::to_string(column);
    std::string place = "line " + lineText +
                        (unit == DataError::ColumnUnit::Byte ? ", byte " : ", column ") +
                        columnText;
    if (!columnName.empty()) place += " (" + columnName + ")";
    return file + ":" + lineText + ":" + columnText + ": " + place + ": " + problem;
}

std::string missingProblem(const MissingReport& report) {
    const std::size_t n = report.cells.size();
    std::string text = "missing value";
    if (n > 1) text += " (the first of " + std::to_string(n) + " missing cells)";
    return text + "; choose to drop the rows with missing values or to interpolate them";
}
}  // namespace

DataError::DataError(std::string file, long line, int column, std::string columnName,
                     std::string problem, ColumnUnit unit)
    : FileError(composeMessage(file, line, column, columnName, problem, unit)),
      m_file(std::move(file)),
      m_line(line),
      m_column(column),
      m_columnName(std::move(columnName)),
      m_problem(std::move(problem)),
      m_unit(unit) {}

MissingValuesError::MissingValuesError(const std::string& file, const std::string& columnName,
                                       MissingReport report)
    : DataError(file, report.cells.front().line, report.cells.front().column, columnName,
                missingProblem(report)),
      m_report(std::move(report)) {}

}  // namespace rnnlab
