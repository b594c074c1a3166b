#include "core/data/csv_reader.h"

#include <algorithm>
#include <cerrno>
#include <cmath>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <limits>
#include <unordered_map>

#include "core/base/errors.h"
#include "core/data/column_roles.h"
#include "core/data/csv_records.h"
#include "core/data/data_error.h"
#include "core/data/wide_table.h"

namespace rnnlab {

namespace {

constexpr double kMissing = std::numeric_limits<double>::quiet_NaN();
// Records looked at to detect the delimiter, the header and which columns hold text.
constexpr int kSampleRecords = 64;

// ---------------------------------------------------------------------------------------------
// Encoding

// 1-based line and byte column of a byte offset.
std::pair<long, int> locate(std::string_view bytes, std::size_t offset) {
    long line = 1;
    std::size_t lineStart = 0;
    for (std::size_t i = 0; i < offset; ++i) {
        const char c = bytes[i];
        if (c == '\n' || (c == '\r' && !(i + 1 < bytes.size() && bytes[i + 1] == '\n'))) {
            ++line;
            lineStart = i + 1;
        }
    }
    return {line, int(offset - lineStart + 1)};
}

// Length of the valid UTF-8 sequence starting at bytes[i], or 0 (Unicode 15, table 3-7).
std::size_t utf8SequenceLength(std::string_view bytes, std::size_t i) {
    auto at = [&](std::size_t k) {
        return i + k < bytes.size() ? static_cast<unsigned char>(bytes[i + k]) : 0u;
    };
    const unsigned c = at(0);
    auto cont = [&](std::size_t k, unsigned lo = 0x80, unsigned hi = 0xBF) {
        return at(k) >= lo && at(k) <= hi;
    };
    if (c < 0x80) return 1;
    if (c >= 0xC2 && c <= 0xDF) return cont(1) ? 2 : 0;
    if (c == 0xE0) return cont(1, 0xA0) && cont(2) ? 3 : 0;
    if ((c >= 0xE1 && c <= 0xEC) || c == 0xEE || c == 0xEF) return cont(1) && cont(2) ? 3 : 0;
    if (c == 0xED) return cont(1, 0x80, 0x9F) && cont(2) ? 3 : 0;
    if (c == 0xF0) return cont(1, 0x90) && cont(2) && cont(3) ? 4 : 0;
    if (c >= 0xF1 && c <= 0xF3) return cont(1) && cont(2) && cont(3) ? 4 : 0;
    if (c == 0xF4) return cont(1, 0x80, 0x8F) && cont(2) && cont(3) ? 4 : 0;
    return 0;
}

std::string hexByte(unsigned char c) {
    const char* digits = "0123456789ABCDEF";
    return std::string("0x") + digits[c >> 4] + digits[c & 15];
}

// Refuses UTF-16, binary data and invalid UTF-8; returns whether a UTF-8 byte order mark opens
// the text.
bool checkEncoding(std::string_view bytes, const std::string& source) {
    auto byteAt = [&](std::size_t i) { return static_cast<unsigned char>(bytes[i]); };
    if (bytes.size() >= 2 &&
        ((byteAt(0) == 0xFF && byteAt(1) == 0xFE) || (byteAt(0) == 0xFE && byteAt(1) == 0xFF)))
        throw DataError(source, 0, 0, {},
                        "the file is UTF-16 text (byte order mark " + hexByte(byteAt(0)) + " " +
                            hexByte(byteAt(1)) +
                            "); save it as UTF-8 (in a spreadsheet: \"CSV UTF-8\")");
    if (const void* nul = std::memchr(bytes.data(), 0, bytes.size())) {
        const std::size_t offset = std::size_t(static_cast<const char*>(nul) - bytes.data());
        const bool utf16 = bytes.size() >= 4 && ((byteAt(1) == 0 && byteAt(3) == 0) ||
                                                 (byteAt(0) == 0 && byteAt(2) == 0));
        const auto [line, column] = locate(bytes, offset);
        throw DataError(source, line, column, {},
                        utf16 ? "NUL byte: this looks like UTF-16 text without a byte order "
                                "mark; save it as UTF-8"
                              : "NUL byte: this is a binary file, not delimited text",
                        DataError::ColumnUnit::Byte);
    }
    std::size_t i = 0;
    const std::size_t n = bytes.size();
    while (i < n) {
        // ASCII fast path, eight bytes at a time.
        if (i + 8 <= n) {
            std::uint64_t word;
            std::memcpy(&word, bytes.data() + i, 8);
            if ((word & 0x8080808080808080ULL) == 0) {
                i += 8;
                continue;
            }
        }
        const std::size_t len = utf8SequenceLength(bytes, i);
        if (len == 0) {
            const auto [line, column] = locate(bytes, i);
            throw DataError(source, line, column, {},
                            "invalid UTF-8 (byte " + hexByte(byteAt(i)) +
                                "); the file may be Latin-1 or Windows-1252: save it as UTF-8",
                            DataError::ColumnUnit::Byte);
        }
        i += len;
    }
    return n >= 3 && byteAt(0) == 0xEF && byteAt(1) == 0xBB && byteAt(2) == 0xBF;
}

// ---------------------------------------------------------------------------------------------
// Detection

// The delimiter that splits the first records into the same number (> 1) of fields, trying
// tab, semicolon, comma, then whitespace. Failing that (a ragged file), the one giving the
// first record the most fields, so that the ragged row is what gets reported.
Delimiter detectDelimiter(std::string_view text, const std::string& source) {
    std::vector<Field> fields;
    auto firstCount = [&](Delimiter d) {
        RecordReader reader(text, d, source);
        try {
            return reader.next(fields) ? fields.size() : 0;
        } catch (const DataError&) {
            return std::size_t(0);
        }
    };
    auto consistent = [&](Delimiter d) {
        RecordReader reader(text, d, source);
        std::size_t count = 0;
        try {
            for (int r = 0; r < kSampleRecords && reader.next(fields); ++r) {
                if (r == 0) count = fields.size();
                if (fields.size() != count) return false;
            }
        } catch (const DataError&) {
            return false;
        }
        return count > 1;
    };
    const Delimiter candidates[] = {Delimiter::Tab, Delimiter::Semicolon, Delimiter::Comma,
                                    Delimiter::Whitespace};
    for (Delimiter d : candidates)
        if (consistent(d)) return d;
    Delimiter best = Delimiter::Comma;
    std::size_t most = 1;
    for (Delimiter d : {Delimiter::Tab, Delimiter::Semicolon, Delimiter::Comma}) {
        const std::size_t count = firstCount(d);
        if (count > most) {
            most = count;
            best = d;
        }
    }
    return best;
}

// ---------------------------------------------------------------------------------------------
// Missing values

void dropMissingRows(Series& s, MissingReport& report) {
    const std::size_t rows = std::size_t(s.rows());
    std::size_t kept = 0;
    for (std::size_t r = 0; r < rows; ++r) {
        bool missing = false;
        for (const auto& col : s.columns) missing = missing || std::isnan(col[r]);
        if (missing) continue;
        for (auto& col : s.columns) col[kept] = col[r];
        if (!s.labels.empty() && kept != r) s.labels[kept] = std::move(s.labels[r]);
        s.lines[kept] = s.lines[r];
        ++kept;
    }
    for (auto& col : s.columns) col.resize(kept);
    if (!s.labels.empty()) s.labels.resize(kept);
    s.lines.resize(kept);
    report.droppedRows = long(rows - kept);
}

// x_r = x_a + (x_b - x_a) (r - a) / (b - a) between the known rows a < r < b; before the first
// and after the last known row, the nearest known value.
void interpolateMissing(Series& s, MissingReport& report, const std::string& source,
                        const std::vector<std::string>& columnPlaces) {
    for (std::size_t c = 0; c < s.columns.size(); ++c) {
        std::vector<double>& x = s.columns[c];
        const long n = long(x.size());
        long previous = -1;
        for (long r = 0; r <= n; ++r) {
            if (r < n && std::isnan(x[std::size_t(r)])) continue;
            if (r == n && previous < 0)
                throw DataError(source, 0, 0, {},
                                columnPlaces[c] + " has no values, only missing cells");
            for (long m = previous + 1; m < r; ++m) {
                double& v = x[std::size_t(m)];
                if (previous < 0)
                    v = x[std::size_t(r)];
                else if (r == n)
                    v = x[std::size_t(previous)];
                else
                    v = x[std::size_t(previous)] + (x[std::size_t(r)] - x[std::size_t(previous)]) *
                                                       double(m - previous) / double(r - previous);
                ++report.interpolatedCells;
            }
            previous = r;
        }
    }
}

std::string sizeText(std::uint64_t bytes) {
    char text[32];
    const double gib = double(bytes) / double(std::uint64_t(1) << 30);
    if (gib >= 1.0)
        std::snprintf(text, sizeof text, "%.1f GiB", gib);
    else
        std::snprintf(text, sizeof text, "%.1f MiB", double(bytes) / double(1 << 20));
    return text;
}

// ---------------------------------------------------------------------------------------------
// Columns

bool isTextCell(const Field& f, bool decimalComma, const MissingMarkers& markers) {
    double v;
    return parseCell(f.text, decimalComma, markers, v) == CellKind::Text;
}

// The first record is a header when one of its cells is text where the next record's is not
// (a number or missing), or, in a one-record file, when all its non-missing cells are text.
bool detectHeader(const std::vector<std::vector<Field>>& sample, bool decimalComma,
                  const MissingMarkers& markers) {
    const std::vector<Field>& first = sample.front();
    if (sample.size() == 1) {
        bool anyText = false;
        for (const Field& f : first) {
            double v;
            const CellKind kind = parseCell(f.text, decimalComma, markers, v);
            if (kind == CellKind::Number) return false;
            anyText = anyText || kind == CellKind::Text;
        }
        return anyText;
    }
    const std::vector<Field>& second = sample[1];
    for (std::size_t j = 0; j < first.size(); ++j)
        if (isTextCell(first[j], decimalComma, markers) &&
            (j >= second.size() || !isTextCell(second[j], decimalComma, markers)))
            return true;
    return false;
}

// The header's names (unescaped, trimmed), or "column N" for a file without a header and for
// empty header cells. Names must differ: they select columns.
std::vector<std::string> columnNames(const std::vector<Field>& first, bool header, long line,
                                     const std::string& source) {
    std::vector<std::string> names(first.size());
    std::unordered_map<std::string_view, std::size_t> seen;
    seen.reserve(names.size());
    for (std::size_t j = 0; j < names.size(); ++j) {
        if (header) names[j] = std::string(trimBlanks(unescaped(first[j])));
        if (names[j].empty()) names[j] = "column " + std::to_string(j + 1);
    }
    for (std::size_t j = 0; j < names.size(); ++j) {
        const auto [it, added] = seen.emplace(names[j], j);
        if (!added)
            throw DataError(source, line, int(j + 1), {},
                            "the column name '" + shown(names[j]) + "' is already used by column " +
                                std::to_string(it->second + 1) + "; column names must differ");
    }
    return names;
}

// What the sampled data records say about each column: text or numbers, and whether it is a
// time axis (column_roles.h). A column holds text when none of its sampled cells is a number
// but one is text (so a numeric column with a stray "n.a." stays numeric, and the "n.a." is
// reported).
std::vector<ColumnProfile> profileColumns(const std::vector<std::vector<Field>>& sample,
                                          std::size_t firstData,
                                          const std::vector<std::string>& names, bool decimalComma,
                                          const MissingMarkers& markers) {
    std::vector<ColumnProfile> profiles(names.size());
    std::vector<double> values, previousValues;
    std::vector<std::string> cells;
    for (std::size_t j = 0; j < names.size(); ++j) {
        values.clear();
        cells.clear();
        bool anyNumber = false, anyText = false, anyMissing = false;
        for (std::size_t r = firstData; r < sample.size(); ++r) {
            if (j >= sample[r].size()) continue;
            double v = 0.0;
            const CellKind kind = parseCell(sample[r][j].text, decimalComma, markers, v);
            anyNumber = anyNumber || kind == CellKind::Number;
            anyText = anyText || kind == CellKind::Text;
            anyMissing = anyMissing || kind == CellKind::Missing;
            if (kind == CellKind::Number) values.push_back(v);
        }
        if (anyText && !anyNumber) {
            for (std::size_t r = firstData; r < sample.size(); ++r)
                if (j < sample[r].size()) cells.push_back(unescaped(sample[r][j]));
            profiles[j] = profileTextColumn(names[j], cells);
        } else {
            profiles[j] =
                profileNumericColumn(names[j], anyMissing ? std::vector<double>{} : values);
            profiles[j].noNumbers = !anyNumber;
            if (!anyMissing && j > 0)
                joinYearPair(profiles[j - 1], previousValues, profiles[j], values);
        }
        previousValues = anyMissing || anyText ? std::vector<double>{} : values;
    }
    return profiles;
}

// The label of a row: the label cell as written, a numeric date as an ISO date, or a year and
// its month or quarter joined (1958-03, 1958Q1).
class LabelMaker {
public:
    LabelMaker(const ColumnRoles& roles, const std::vector<ColumnProfile>& profiles,
               const TableContext& context)
        : m_roles(roles), m_context(context) {
        if (roles.label < 0) return;
        const ColumnProfile& label = profiles[std::size_t(roles.label)];
        m_numericDate =
            !label.text && (label.time == TimeForm::Day || label.time == TimeForm::Month);
    }

    std::string operator()(const std::vector<Field>& fields) const {
        const Field& cell = fields[std::size_t(m_roles.label)];
        if (m_roles.labelPair >= 0) return joined(cell, fields[std::size_t(m_roles.labelPair)]);
        double value = 0.0;
        if (m_numericDate && number(cell, value)) return numericTimeLabel(m_roles.labelForm, value);
        return unescaped(cell);
    }

private:
    bool number(const Field& cell, double& value) const {
        return parseCell(cell.text, m_context.decimalComma, m_context.markers, value) ==
               CellKind::Number;
    }
    std::string joined(const Field& year, const Field& part) const {
        double y = 0.0, p = 0.0;
        if (!number(year, y) || !number(part, p)) return unescaped(year) + "-" + unescaped(part);
        char text[32];
        std::snprintf(text, sizeof text,
                      m_roles.labelForm == TimeForm::Month ? "%04.0f-%02.0f" : "%04.0fQ%.0f", y, p);
        return text;
    }

    const ColumnRoles& m_roles;
    const TableContext& m_context;
    bool m_numericDate = false;  // YYYYMMDD or YYYYMM numbers, shown as ISO dates
};

// Reads the data records into the columns the roles chose; missing cells go to `missing`.
void readColumns(RecordReader& reader, const ColumnRoles& roles, const LabelMaker& label,
                 const TableContext& context, std::size_t estimatedRows, Series& s,
                 MissingReport& missing) {
    // slot[j]: Series column of file column j, or -1 when it is not read.
    std::vector<int> slot(context.columnCount, -1);
    for (std::size_t k = 0; k < roles.read.size(); ++k) slot[std::size_t(roles.read[k])] = int(k);
    s.columns.assign(roles.read.size(), {});
    for (auto& col : s.columns) col.reserve(estimatedRows);
    s.lines.reserve(estimatedRows);
    if (roles.label >= 0) s.labels.reserve(estimatedRows);
    missing.perColumn.assign(s.columns.size(), 0);

    std::vector<Field> fields;
    while (reader.next(fields)) {
        const long line = reader.recordLine();
        checkRecordWidth(context, fields, line);
        for (std::size_t k = 0; k < roles.read.size(); ++k) {
            const std::size_t j = std::size_t(roles.read[k]);
            double value = 0.0;
            const CellKind kind =
                parseCell(fields[j].text, context.decimalComma, context.markers, value);
            if (kind == CellKind::Missing) {
                value = kMissing;
                missing.cells.push_back({line, int(j + 1), int(k)});
                ++missing.perColumn[k];
            } else if (kind != CellKind::Number) {
                refuseCell(context, kind, fields[j], line, j);
            }
            s.columns[k].push_back(value);
        }
        if (roles.label >= 0) s.labels.push_back(label(fields));
        s.lines.push_back(line);
    }
}

// The first records of the text, for the detection, with their lines.
struct Sample {
    std::vector<std::vector<Field>> records;
    std::vector<long> lines;
};

Sample readSample(std::string_view text, Delimiter delimiter, const std::string& source) {
    Sample sample;
    RecordReader reader(text, delimiter, source);
    std::vector<Field> fields;
    try {
        while (int(sample.records.size()) <= kSampleRecords && reader.next(fields)) {
            sample.records.push_back(fields);
            sample.lines.push_back(reader.recordLine());
        }
    } catch (const DataError&) {
        // A quoting error after the first record is reported by the full pass, which knows the
        // column names.
        if (sample.records.empty()) throw;
    }
    if (sample.records.empty()) throw DataError(source, 0, 0, {}, "the file has only blank lines");
    return sample;
}

// The name of an unpivoted series: the file's name without folder and extension.
std::string seriesNameOf(const std::string& source) {
    const std::string stem = std::filesystem::path(source).stem().string();
    return stem.empty() ? "value" : stem;
}

// The missing-value policy applied to what was read. columnPlaces[c] names Series column c in
// messages ("column 3 (price)").
void applyMissingPolicy(const CsvOptions& options, const TableContext& context,
                        const std::vector<std::string>& columnPlaces, Series& s,
                        MissingReport& missing) {
    if (missing.empty()) return;
    switch (options.missing) {
        case MissingPolicy::Reject: {
            const MissingCell& first = missing.cells.front();
            throw MissingValuesError(context.source, context.names[std::size_t(first.column - 1)],
                                     missing);
        }
        case MissingPolicy::Drop:
            dropMissingRows(s, missing);
            if (s.rows() == 0)
                throw DataError(context.source, 0, 0, {},
                                "every row has a missing value: nothing is left after "
                                "dropping them");
            break;
        case MissingPolicy::Interpolate:
            interpolateMissing(s, missing, context.source, columnPlaces);
            break;
    }
}

// A wide table read as one series has one column: the column choices may name only it.
void checkUnpivotChoices(const CsvOptions& o, const std::string& name, const std::string& source) {
    bool other = !o.targetColumn.empty() && o.targetColumn != name;
    for (const std::string& c : o.inputColumns) other = other || c != name;
    if (other)
        throw DataError(source, 0, 0, {},
                        "this wide table is read as one series, '" + name +
                            "': to choose other columns, read it as columns (unpivot: no)");
}

// The names and roles of the Series columns, the reason for them, and the columns left out.
void describeColumns(const ColumnRoles& roles, const std::vector<std::string>& names, bool header,
                     Series& s, LoadedCsv& result, std::vector<std::string>& columnPlaces) {
    s.inputs = roles.inputs;
    s.target = roles.target;
    for (int j : roles.read) {
        s.names.push_back(names[std::size_t(j)]);
        columnPlaces.push_back("column " + std::to_string(j + 1) +
                               (header ? " (" + names[std::size_t(j)] + ")" : ""));
    }
    for (int j : roles.numeric) s.numericColumns.push_back(names[std::size_t(j)]);
    if (roles.label >= 0) {
        s.labelName = names[std::size_t(roles.label)];
        if (roles.labelPair >= 0) s.labelName += "-" + names[std::size_t(roles.labelPair)];
    }
    s.columnChoice = roles.reason;
    for (int j : roles.ignored) result.ignoredColumns.push_back(names[std::size_t(j)]);
}

}  // namespace

// ---------------------------------------------------------------------------------------------

LoadedCsv parseCsv(std::string_view bytes, const std::string& source, const CsvOptions& options) {
    if (bytes.size() > options.maxBytes)
        throw DataError(source, 0, 0, {},
                        "the data is " + sizeText(bytes.size()) + "; at most " +
                            sizeText(options.maxBytes) + " can be read");
    LoadedCsv result;
    CsvFormat& format = result.format;
    format.byteOrderMark = checkEncoding(bytes, source);
    const std::string_view text = format.byteOrderMark ? bytes.substr(3) : bytes;
    if (text.empty()) throw DataError(source, 0, 0, {}, "the file is empty");

    format.delimiter =
        options.delimiter == Delimiter::Auto ? detectDelimiter(text, source) : options.delimiter;
    format.decimalComma = options.decimalComma == DecimalComma::Auto
                              ? format.delimiter == Delimiter::Semicolon
                              : options.decimalComma == DecimalComma::Yes;
    const MissingMarkers markers(options.missingMarkers);
    const Sample sample = readSample(text, format.delimiter, source);
    format.header = options.header == HeaderMode::Auto
                        ? detectHeader(sample.records, format.decimalComma, markers)
                        : options.header == HeaderMode::Yes;

    const std::size_t columnCount = sample.records.front().size();
    const std::vector<std::string> names =
        columnNames(sample.records.front(), format.header, sample.lines.front(), source);
    // Names shown in messages: the header's, none for a file without one ("column 3" says it).
    const std::vector<std::string> messageNames =
        format.header ? names : std::vector<std::string>(columnCount);
    const std::vector<ColumnProfile> profiles =
        profileColumns(sample.records, format.header ? 1 : 0, names, format.decimalComma, markers);
    const TableContext context{
        source,       columnCount,         format.header, sample.lines.front(),
        messageNames, format.decimalComma, markers};

    RecordReader reader(text, format.delimiter, source);
    reader.setNames(&messageNames);
    std::vector<Field> header;
    if (format.header) reader.next(header);
    Series& s = result.series;
    s.source = source;
    const std::optional<WideTable> wide =
        options.everyColumnNumeric ? std::nullopt : detectWideTable(profiles);
    if (wide) result.wideTable = shapeOf(*wide);
    result.unpivoted = wide && options.unpivot != Unpivot::No;
    if (options.unpivot == Unpivot::Yes && !wide)
        throw DataError(source, 0, 0, {},
                        "unpivot: this is not a wide table (expected a column of years and, "
                        "after it, 12 columns named for the months or 4 for the quarters)");
    std::vector<std::string> columnPlaces;
    if (result.unpivoted) {
        checkUnpivotChoices(options, seriesNameOf(source), source);
        readWideTable(reader, *wide, context, seriesNameOf(source), s, result.missing);
        s.columnChoice = explainUnpivot(*wide, names, s);
        columnPlaces = {"the series"};
    } else {
        const ColumnRoles roles = chooseColumns(options, profiles, source);
        describeColumns(roles, names, format.header, s, result, columnPlaces);
        const std::size_t estimatedRows =
            std::size_t(std::count(text.begin(), text.end(), '\n')) + 1;
        readColumns(reader, roles, LabelMaker(roles, profiles, context), context, estimatedRows, s,
                    result.missing);
    }

    const Index dataRows = Index(s.lines.size());
    if (dataRows == 0)
        throw DataError(source, sample.lines.front(), 0, {},
                        "the file has a header (line " + std::to_string(sample.lines.front()) +
                            ") but no data rows");
    applyMissingPolicy(options, context, columnPlaces, s, result.missing);
    if (s.rows() < options.minRows)
        throw DataError(
            source, s.lines.front(), 0, {},
            (dataRows == 1   ? std::string("this is the only data row")
             : s.rows() == 1 ? std::string("only 1 data row is left")
                             : "only " + std::to_string(s.rows()) + " data rows are left") +
                "; a series needs at least " + std::to_string(options.minRows) + " rows");
    return result;
}

LoadedCsv loadCsv(const std::string& path, const CsvOptions& options) {
    namespace fs = std::filesystem;
    std::error_code ec;
    const fs::file_status status = fs::status(path, ec);
    if (!fs::exists(status)) throw DataError(path, 0, 0, {}, "no such file");
    if (fs::is_directory(status)) throw DataError(path, 0, 0, {}, "this is a folder, not a file");
    if (!fs::is_regular_file(status)) throw DataError(path, 0, 0, {}, "this is not a regular file");
    const std::uintmax_t size = fs::file_size(path, ec);
    if (ec) throw DataError(path, 0, 0, {}, "cannot read the file size: " + ec.message());
    if (size > options.maxBytes)
        throw DataError(path, 0, 0, {},
                        "the file is " + sizeText(size) + "; files up to " +
                            sizeText(options.maxBytes) +
                            " can be read (keep fewer rows, or split the file)");

    std::FILE* file = std::fopen(path.c_str(), "rb");
    if (file == nullptr)
        throw DataError(path, 0, 0, {},
                        std::string("cannot open the file: ") + std::strerror(errno));
    std::string bytes(std::size_t(size), '\0');
    const std::size_t read = std::fread(bytes.data(), 1, bytes.size(), file);
    const bool failed = std::ferror(file) != 0;
    std::fclose(file);
    if (failed) throw DataError(path, 0, 0, {}, "the file could not be read completely");
    bytes.resize(read);
    return parseCsv(bytes, path, options);
}

Matrix<double> loadNumberMatrix(const std::string& path) {
    CsvOptions options;
    options.everyColumnNumeric = true;
    options.minRows = 1;
    const Series s = loadCsv(path, options).series;
    // Every column is an input, in file order (the target is the last one, also an input).
    Matrix<double> m(s.rows(), Index(s.columns.size()));  // (T, N)
    for (std::size_t c = 0; c < s.columns.size(); ++c)
        for (Index r = 0; r < s.rows(); ++r) m(r, Index(c)) = s.columns[c][std::size_t(r)];
    return m;
}

// ---------------------------------------------------------------------------------------------

std::string toString(Delimiter delimiter) {
    switch (delimiter) {
        case Delimiter::Auto:
            return "auto";
        case Delimiter::Comma:
            return "comma";
        case Delimiter::Semicolon:
            return "semicolon";
        case Delimiter::Tab:
            return "tab";
        case Delimiter::Whitespace:
            return "whitespace";
    }
    return "auto";
}

Delimiter parseDelimiter(const std::string& name) {
    for (Delimiter d : {Delimiter::Auto, Delimiter::Comma, Delimiter::Semicolon, Delimiter::Tab,
                        Delimiter::Whitespace})
        if (toString(d) == name) return d;
    throw ConfigError("delimiter '" + name +
                      "' is not one of: auto, comma, semicolon, tab, whitespace");
}

namespace {

std::string autoYesNo(bool isAuto, bool yes) {
    return isAuto ? "auto" : yes ? "yes" : "no";
}

// The three settings that are auto, yes or no.
template <typename E>
E parseAutoYesNo(const std::string& name, const char* what) {
    if (name == "auto") return E::Auto;
    if (name == "yes") return E::Yes;
    if (name == "no") return E::No;
    throw ConfigError(std::string(what) + " '" + name + "' is not one of: auto, yes, no");
}

}  // namespace

HeaderMode parseHeaderMode(const std::string& name) {
    return parseAutoYesNo<HeaderMode>(name, "header");
}

DecimalComma parseDecimalComma(const std::string& name) {
    return parseAutoYesNo<DecimalComma>(name, "decimal comma");
}

Unpivot parseUnpivot(const std::string& name) {
    return parseAutoYesNo<Unpivot>(name, "unpivot");
}

std::string toString(HeaderMode mode) {
    return autoYesNo(mode == HeaderMode::Auto, mode == HeaderMode::Yes);
}

std::string toString(DecimalComma mode) {
    return autoYesNo(mode == DecimalComma::Auto, mode == DecimalComma::Yes);
}

std::string toString(Unpivot mode) {
    return autoYesNo(mode == Unpivot::Auto, mode == Unpivot::Yes);
}

}  // namespace rnnlab
