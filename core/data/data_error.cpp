#include "core/data/data_error.h"

#include <utility>

namespace rnnlab {

namespace {
// "prices.csv:214:3: line 214, column 3 (price): " + problem
UiText composeDataMessage(const std::string& file, long line, int column,
                          const std::string& columnName, const UiText& problem,
                          DataError::ColumnUnit unit) {
    if (line <= 0) return verbatim(file + ": ") + problem;
    const std::string lineText = std::to_string(line);
    if (column <= 0)
        return verbatim(file + ":" + lineText + ": ") +
               uiText(QT_TRANSLATE_NOOP("rnnlab::UiText", "line %1: "), {lineText}) + problem;
    const std::string columnText = std::to_string(column);
    const std::string named = columnName.empty() ? std::string() : " (" + columnName + ")";
    UiText text = verbatim(file + ":" + lineText + ":" + columnText + ": ");
    if (unit == DataError::ColumnUnit::Byte)
        text += uiText(QT_TRANSLATE_NOOP("rnnlab::UiText", "line %1, byte %2%3: "),
                       {lineText, columnText, named});
    else
        text += uiText(QT_TRANSLATE_NOOP("rnnlab::UiText", "line %1, column %2%3: "),
                       {lineText, columnText, named});
    return text + problem;
}

UiText missingProblem(const MissingReport& report) {
    const std::size_t n = report.cells.size();
    if (n > 1)
        return uiText(QT_TRANSLATE_NOOP("rnnlab::UiText",
                                        "missing value (the first of %1 missing cells); choose to "
                                        "drop the rows with missing values or to interpolate "
                                        "them"),
                      {std::to_string(n)});
    return uiText(QT_TRANSLATE_NOOP("rnnlab::UiText",
                                    "missing value; choose to drop the rows with missing values "
                                    "or to interpolate them"));
}
}  // namespace

DataError::DataError(std::string file, long line, int column, std::string columnName,
                     UiText problem, ColumnUnit unit)
    : FileError(composeDataMessage(file, line, column, columnName, problem, unit)),
      m_file(std::move(file)),
      m_line(line),
      m_column(column),
      m_columnName(std::move(columnName)),
      m_problem(problem.english()),
      m_problemText(std::move(problem)),
      m_unit(unit) {}

DataError::DataError(std::string file, long line, int column, std::string columnName,
                     std::string problem, ColumnUnit unit)
    : DataError(std::move(file), line, column, std::move(columnName), verbatim(std::move(problem)),
                unit) {}

MissingValuesError::MissingValuesError(const std::string& file, const std::string& columnName,
                                       MissingReport report)
    : DataError(file, report.cells.front().line, report.cells.front().column, columnName,
                missingProblem(report)),
      m_report(std::move(report)) {}

}  // namespace rnnlab
