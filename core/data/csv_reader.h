#pragma once
// Reading delimited text (CSV and its relatives) into a Series.
//
// Accepted: comma, semicolon, tab or whitespace delimiters (detected from the first records,
// or given); a header row (detected, or given); RFC 4180 quoted fields ("a ""b""", delimiters
// and line breaks inside quotes); UTF-8 with or without a byte order mark; LF, CRLF or CR line
// ends; a decimal comma (on by default when the delimiter is ';'). Blank lines are skipped.
// Missing cells are empty or one of the missing markers (missing_markers.h: NA, N/A, #N/A, NaN,
// null, None, -, ., ?, missing by default, any case); MissingPolicy decides what happens.
// Which column is the label (the x axis), the target and the inputs: column_roles.h. A year ×
// month (or × quarter) table is read as one series unless told otherwise: wide_table.h.
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

#include "core/base/tensor_types.h"
#include "core/data/missing_markers.h"
#include "core/data/missing_report.h"
#include "core/data/series.h"

namespace rnnlab {

enum class Delimiter { Auto, Comma, Semicolon, Tab, Whitespace };
enum class HeaderMode { Auto, Yes, No };
enum class DecimalComma { Auto, Yes, No };  // Auto: on when the delimiter is ';'
enum class Unpivot { Auto, Yes, No };       // Auto: a wide table is read as one series

// Files above this size are refused before they are read.
constexpr std::uint64_t kMaxCsvBytes = std::uint64_t(1) << 30;  // 1 GiB

struct CsvOptions {
    Delimiter delimiter = Delimiter::Auto;
    HeaderMode header = HeaderMode::Auto;
    DecimalComma decimalComma = DecimalComma::Auto;
    MissingPolicy missing = MissingPolicy::Reject;
    std::vector<std::string> missingMarkers = defaultMissingMarkers();
    Unpivot unpivot = Unpivot::Auto;
    // Columns are named by their header name or by their 1-based number ("3").
    // inputColumns empty: the target alone, or with allInputs every numeric column that is not
    // the label or another time axis (column_roles.h).
    std::vector<std::string> inputColumns;
    bool allInputs = false;
    // Empty: the last numeric column that is not a time axis.
    std::string targetColumn;
    // nullopt: detected (the first time axis, else the first text column); "": no label
    // column; a name: that column, whatever it holds.
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
    std::string wideTable;   // "year × month" or "year × quarter" when the file is one, else ""
    bool unpivoted = false;  // ... and it was read as one series
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
std::string toString(Unpivot mode);
Unpivot parseUnpivot(const std::string& name);

}  // namespace rnnlab
