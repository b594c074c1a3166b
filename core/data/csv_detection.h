#pragma once
// Detecting how a delimited text is written, before any of it is read as data: its encoding
// (UTF-8, with or without a byte order mark; UTF-16 and binary data refused), its delimiter,
// and whether its first record is a header. Detection looks at the first kCsvSampleRecords
// records only, so it costs the same for any length of file.

#include <string>
#include <string_view>
#include <vector>

#include "core/data/csv_reader.h"
#include "core/data/csv_records.h"
#include "core/data/missing_markers.h"
#include "core/data/utf8_text.h"  // checkEncoding

namespace rnnlab {

// Records looked at to detect the delimiter, the header and which columns hold text.
constexpr int kCsvSampleRecords = 64;

// The delimiter that splits the first records into the same number (> 1) of fields, trying
// tab, semicolon, comma, then whitespace. Failing that (a ragged file), the one giving the
// first record the most fields, so that the ragged row is what gets reported.
Delimiter detectDelimiter(std::string_view text, const std::string& source);

// The first records of the text (up to kCsvSampleRecords + 1), with their lines. Refuses a text
// of blank lines only, and a quoting error in the first record.
struct CsvSample {
    std::vector<std::vector<Field>> records;
    std::vector<long> lines;
};
CsvSample readSample(std::string_view text, Delimiter delimiter, const std::string& source);

// The first record is a header when one of its cells is text where the next record's is not
// (a number or missing), or, in a one-record file, when all its non-missing cells are text.
bool detectHeader(const std::vector<std::vector<Field>>& sample, bool decimalComma,
                  const MissingMarkers& markers);

}  // namespace rnnlab
