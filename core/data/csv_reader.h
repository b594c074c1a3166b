#pragma once
// Reading delimited text (CSV and its relatives) into a Series.
//
// Accepted: comma, semicolon, tab or whitespace delimiters (detected from the first records,
// or given); a header row (detected, or given); RFC 4180 quoted fields ("a ""b""", delimiters
// and line breaks inside quotes); UTF-8 with or without a byte order mark; LF, CRLF or CR line
// ends; a decimal comma (on by default when the delimiter is ';'). Blank lines are skipped.
// Missing cells are empty, NA, NaN or null (any case); MissingPolicy decides what happens.
//
// Every rejection is a DataError naming file:line:column and what was expected. The reader
// returns a new object or throws: it never touches a dataset loaded before, so a failed load
// leaves the previous one in place.
//
// Speed: the file is read in one go and parsed in place (std::string_view fields,
// std::from_chars numbers, no per-cell allocation); unselected columns are split but not parsed.

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/data/missing_report.h"
#include "core/data/series.h"
#include "core/tensor_types.h"

namespace rnnlab {

enum class Delimiter { Auto, Comma, Semicolon, Tab, Whitespace };
enum class HeaderMode { Auto, Yes, No };
enum class DecimalComma { Auto, Yes, No };  // Auto: on when the delimiter is ';'

// Files above this size are refused before they are read.
constexpr std::uint64_t kMaxCsvBytes = std::uint64_t(1) << 30;  // 1 GiB

struct CsvOptions {
    Delimiter delimiter = Delimiter::Auto;
    HeaderMode header = HeaderMode::Auto;
    DecimalComma decimalComma = DecimalComma::Auto;
    MissingPolicy missing = MissingPolicy::Reject;
    // Columns are named by their header name or by their 1-based number ("3").
    // inputColumns empty: every numeric column except the label column.
    std::vector<std::string> inputColumns;
    // Empty: the last numeric column.
    std::string targetColumn;
    // nullopt: detected (the first text column, or a first column named like a date or time:
    // date, time, datetime, timestamp, year, month, week, day, quarter, period);
    // "": no label column; a name: that column, whatever it holds.
    std::optional<std::string> labelColumn;
    // Every column is numeric and read (no label column, nothing ignored): trace inputs.
    bool everyColumnNumeric = false;
    // Fewer data rows than this (after dropping missing rows) is an error.
    Index minRows = 2;
    std::uint64_t maxBytes = kMaxCsvBytes;
};

// What the reader found (or was told) about the file.
struct CsvFormat {
    Delimiter delimiter = Delimiter::Comma;
    bool header = false;
    bool decimalComma = false;
    bool byteOrderMark = false;
};

struct LoadedCsv {
    Series series;
    CsvFormat format;
    MissingReport missing;
    std::vector<std::string> ignoredColumns;  // text columns that are neither label nor data
};

// Parses text already in memory. source names it in messages (a path, or ":/datasets/x.csv").
LoadedCsv parseCsv(std::string_view bytes, const std::string& source,
                   const CsvOptions& options = {});

// Reads and parses a file. Refuses directories, unreadable files and files above
// options.maxBytes (before reading them) with a DataError.
LoadedCsv loadCsv(const std::string& path, const CsvOptions& options = {});

// A plain numeric table (T rows x N numbers, with or without a header) as a (T, N) matrix,
// e.g. the input of `rnnlab-cli trace`. Same parser and messages; missing cells are refused;
// a single row is allowed.
Matrix<double> loadNumberMatrix(const std::string& path);

// Names used on the command line and in files: "auto" "comma" "semicolon" "tab" "whitespace";
// "auto" "yes" "no". The parsers throw ConfigError listing the valid names.
std::string toString(Delimiter delimiter);
Delimiter parseDelimiter(const std::string& name);
std::string toString(HeaderMode mode);
std::string toString(DecimalComma mode);
HeaderMode parseHeaderMode(const std::string& name);
DecimalComma parseDecimalComma(const std::string& name);

}  // namespace rnnlab
