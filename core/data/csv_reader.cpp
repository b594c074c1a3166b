#include "core/data/csv_reader.h"

#include <algorithm>
#include <cerrno>
#include <charconv>
#include <cmath>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <limits>

#include "core/data/data_error.h"
#include "core/errors.h"

namespace rnnlab {

namespace {

constexpr double kMissing = std::numeric_limits<double>::quiet_NaN();
// Records looked at to detect the delimiter, the header and which columns hold text.
constexpr int kSampleRecords = 64;

// ---------------------------------------------------------------------------------------------
// Cells

enum class CellKind { Number, Missing, Text, NotFinite, OutOfRange };

bool isMissingToken(std::string_view s) {
    auto lower = [](char c) { return char(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c); };
    auto equals = [&](std::string_view word) {
        if (s.size() != word.size()) return false;
        for (std::size_t i = 0; i < s.size(); ++i)
            if (lower(s[i]) != word[i]) return false;
        return true;
    };
    return s.empty() || equals("na") || equals("nan") || equals("null");
}

std::string_view trimmed(std::string_view s) {
    while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
    while (!s.empty() && (s.back() == ' ' || s.back() == '\t')) s.remove_suffix(1);
    return s;
}

// Parses one cell. Accepts what std::from_chars accepts plus a leading '+', and with
// decimalComma one ',' as the decimal separator ("3,25"); thousands separators are text.
CellKind parseCell(std::string_view cell, bool decimalComma, double& value) {
    cell = trimmed(cell);
    if (isMissingToken(cell)) return CellKind::Missing;
    const char* first = cell.data();
    const char* last = first + cell.size();
    if (*first == '+') {
        ++first;
        if (first == last || *first == '-' || *first == '+') return CellKind::Text;
    }
    char buffer[64];
    if (decimalComma) {
        const void* comma = std::memchr(first, ',', std::size_t(last - first));
        if (comma != nullptr) {
            const std::size_t n = std::size_t(last - first);
            if (n >= sizeof buffer || std::memchr(first, '.', n) != nullptr) return CellKind::Text;
            std::memcpy(buffer, first, n);
            buffer[static_cast<const char*>(comma) - first] = '.';
            first = buffer;
            last = buffer + n;
            if (std::memchr(first, ',', n) != nullptr) return CellKind::Text;
        }
    }
    const auto [end, ec] = std::from_chars(first, last, value);
    if (ec == std::errc::result_out_of_range && end == last) return CellKind::OutOfRange;
    if (ec != std::errc() || end != last) return CellKind::Text;
    if (!std::isfinite(value)) return CellKind::NotFinite;
    return CellKind::Number;
}

// A cell as it appears in a message: at most 40 characters (cut at a UTF-8 boundary), control
// characters shown as '?'.
std::string shown(std::string_view cell) {
    constexpr std::size_t kMax = 40;
    std::string out;
    std::size_t n = cell.size();
    bool cut = false;
    if (n > kMax) {
        n = kMax;
        while (n > 0 && (static_cast<unsigned char>(cell[n]) & 0xC0) == 0x80) --n;
        cut = true;
    }
    for (std::size_t i = 0; i < n; ++i) {
        const unsigned char c = static_cast<unsigned char>(cell[i]);
        out += c < 0x20 || c == 0x7F ? '?' : char(c);
    }
    return cut ? out + "..." : out;
}

// ---------------------------------------------------------------------------------------------
// Records

struct Field {
    std::string_view text;  // unquoted: trimmed; quoted: between the quotes, "" still doubled
    bool quoted = false;
    bool doubledQuotes = false;
};

std::string unescaped(const Field& f) {
    if (!f.doubledQuotes) return std::string(f.text);
    std::string out;
    out.reserve(f.text.size());
    for (std::size_t i = 0; i < f.text.size(); ++i) {
        out += f.text[i];
        if (f.text[i] == '"') ++i;  // "" -> "
    }
    return out;
}

// Splits text into records of fields (RFC 4180 quoting), counting lines. Line breaks are LF,
// CRLF or a lone CR. Blank lines are skipped.
class RecordReader {
public:
    RecordReader(std::string_view text, Delimiter delimiter, const std::string& source)
        : m_text(text),
          m_delimiter(delimiter == Delimiter::Semicolon ? ';'
                      : delimiter == Delimiter::Tab     ? '\t'
                                                        : ','),
          m_whitespace(delimiter == Delimiter::Whitespace),
          m_source(source) {}

    // Column names for messages, once the header is known.
    void setNames(const std::vector<std::string>* names) { m_names = names; }

    // Reads the next record into fields; false at the end of the text. A record of empty
    // unquoted fields only (",,," rows that spreadsheets export below the data) is skipped
    // like a blank line.
    bool next(std::vector<Field>& fields) {
        for (;;) {
            if (!readRecord(fields)) return false;
            for (const Field& f : fields)
                if (f.quoted || !f.text.empty()) return true;
        }
    }

    long recordLine() const { return m_recordLine; }

private:
    bool readRecord(std::vector<Field>& fields) {
        if (!skipBlankLines()) return false;
        fields.clear();
        m_recordLine = m_line;
        for (;;) {
            skipBlanks();
            Field f;
            if (m_pos < m_text.size() && m_text[m_pos] == '"')
                readQuoted(f, int(fields.size()) + 1);
            else
                readUnquoted(f);
            fields.push_back(f);
            if (m_whitespace) skipBlanks();
            if (m_pos >= m_text.size()) return true;
            const char c = m_text[m_pos];
            if (c == '\n' || c == '\r') {
                consumeLineBreak();
                return true;
            }
            if (!m_whitespace) ++m_pos;  // the delimiter
        }
    }
    bool isBlank(char c) const { return c == ' ' || (c == '\t' && m_delimiter != '\t'); }
    void skipBlanks() {
        while (m_pos < m_text.size() && isBlank(m_text[m_pos])) ++m_pos;
    }
    void consumeLineBreak() {
        if (m_text[m_pos] == '\r' && m_pos + 1 < m_text.size() && m_text[m_pos + 1] == '\n')
            ++m_pos;
        ++m_pos;
        ++m_line;
    }
    bool skipBlankLines() {
        for (;;) {
            std::size_t p = m_pos;
            while (p < m_text.size() && isBlank(m_text[p])) ++p;
            if (p >= m_text.size()) {
                m_pos = p;
                return false;
            }
            if (m_text[p] != '\n' && m_text[p] != '\r') return true;
            m_pos = p;
            consumeLineBreak();
        }
    }
    bool atFieldEnd() const {
        if (m_pos >= m_text.size()) return true;
        const char c = m_text[m_pos];
        return c == '\n' || c == '\r' || (m_whitespace ? isBlank(c) : c == m_delimiter);
    }
    void readUnquoted(Field& f) {
        const std::size_t start = m_pos;
        const std::size_t n = m_text.size();
        if (m_whitespace) {
            while (m_pos < n) {
                const char c = m_text[m_pos];
                if (c == ' ' || c == '\t' || c == '\n' || c == '\r') break;
                ++m_pos;
            }
        } else {
            while (m_pos < n) {
                const char c = m_text[m_pos];
                if (c == m_delimiter || c == '\n' || c == '\r') break;
                ++m_pos;
            }
        }
        f.text = trimmed(m_text.substr(start, m_pos - start));
    }
    void readQuoted(Field& f, int fieldNumber) {
        const long openLine = m_line;
        const std::size_t start = ++m_pos;
        for (;;) {
            if (m_pos >= m_text.size())
                throw DataError(m_source, openLine, fieldNumber, name(fieldNumber),
                                "the quote opened here is never closed");
            const char c = m_text[m_pos];
            if (c == '"') {
                if (m_pos + 1 < m_text.size() && m_text[m_pos + 1] == '"') {
                    f.doubledQuotes = true;
                    m_pos += 2;
                    continue;
                }
                break;
            }
            if (c == '\n' ||
                (c == '\r' && !(m_pos + 1 < m_text.size() && m_text[m_pos + 1] == '\n')))
                ++m_line;
            ++m_pos;
        }
        f.text = m_text.substr(start, m_pos - start);
        f.quoted = true;
        ++m_pos;  // the closing quote
        if (!m_whitespace) skipBlanks();
        if (!atFieldEnd())
            throw DataError(m_source, m_line, fieldNumber, name(fieldNumber),
                            "unexpected '" + shown(m_text.substr(m_pos, 1)) +
                                "' after the closing quote: expected the delimiter or the end "
                                "of the line");
    }
    std::string name(int fieldNumber) const {
        if (m_names == nullptr || fieldNumber > int(m_names->size())) return {};
        return (*m_names)[std::size_t(fieldNumber - 1)];
    }

    std::string_view m_text;
    std::size_t m_pos = 0;
    long m_line = 1;
    long m_recordLine = 1;
    char m_delimiter;
    bool m_whitespace;
    const std::string& m_source;
    const std::vector<std::string>* m_names = nullptr;
};

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

bool isTextCell(const Field& f, bool decimalComma) {
    double v;
    const CellKind kind = parseCell(f.text, decimalComma, v);
    return kind == CellKind::Text;
}

// The first record is a header when one of its cells is text where the next record's is not
// (a number or missing), or, in a one-record file, when all its non-missing cells are text.
bool detectHeader(const std::vector<std::vector<Field>>& sample, bool decimalComma) {
    const std::vector<Field>& first = sample.front();
    if (sample.size() == 1) {
        bool anyText = false;
        for (const Field& f : first) {
            double v;
            const CellKind kind = parseCell(f.text, decimalComma, v);
            if (kind == CellKind::Number) return false;
            anyText = anyText || kind == CellKind::Text;
        }
        return anyText;
    }
    const std::vector<Field>& second = sample[1];
    for (std::size_t j = 0; j < first.size(); ++j)
        if (isTextCell(first[j], decimalComma) &&
            (j >= second.size() || !isTextCell(second[j], decimalComma)))
            return true;
    return false;
}

// The header's names (unescaped, trimmed), or "column N" for a file without a header and for
// empty header cells. Names must differ: they select columns.
std::vector<std::string> columnNames(const std::vector<Field>& first, bool header, long line,
                                     const std::string& source) {
    std::vector<std::string> names(first.size());
    for (std::size_t j = 0; j < names.size(); ++j) {
        if (header) names[j] = std::string(trimmed(unescaped(first[j])));
        if (names[j].empty()) names[j] = "column " + std::to_string(j + 1);
        for (std::size_t k = 0; k < j; ++k)
            if (names[k] == names[j])
                throw DataError(source, line, int(j + 1), {},
                                "the column name '" + shown(names[j]) +
                                    "' is already used by column " + std::to_string(k + 1) +
                                    "; column names must differ");
    }
    return names;
}

// A column holds text when none of its sampled data cells is a number but one is text (so a
// numeric column with a stray "n/a" stays numeric, and the "n/a" is reported).
std::vector<bool> textColumns(const std::vector<std::vector<Field>>& sample,
                              std::size_t firstDataRecord, std::size_t columnCount,
                              bool decimalComma) {
    std::vector<bool> isText(columnCount, false);
    for (std::size_t j = 0; j < columnCount; ++j) {
        bool anyNumber = false;
        bool anyText = false;
        for (std::size_t r = firstDataRecord; r < sample.size(); ++r) {
            if (j >= sample[r].size()) continue;
            double v;
            const CellKind kind = parseCell(sample[r][j].text, decimalComma, v);
            anyNumber = anyNumber || kind == CellKind::Number;
            anyText = anyText || kind == CellKind::Text;
        }
        isText[j] = anyText && !anyNumber;
    }
    return isText;
}

bool isTimeName(std::string name) {
    for (char& c : name) c = char(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
    for (const char* word : {"date", "time", "datetime", "timestamp", "year", "month", "week",
                             "day", "quarter", "period"})
        if (name == word) return true;
    return false;
}

std::string joined(const std::vector<std::string>& names) {
    std::string out;
    for (const std::string& n : names) out += (out.empty() ? "" : ", ") + n;
    return out;
}

// Which file columns become which Series columns.
struct ColumnPlan {
    std::vector<int> fileColumns;  // Series column k comes from file column fileColumns[k]
    int labelColumn = -1;          // file column, or -1
    std::vector<int> inputs;       // Series columns
    int target = 0;                // Series column
    std::vector<std::string> ignored;
};

ColumnPlan planColumns(const CsvOptions& options, const std::vector<std::string>& names,
                       const std::vector<bool>& isText, const std::string& source) {
    const int count = int(names.size());
    auto find = [&](const std::string& selector) {
        for (int j = 0; j < count; ++j)
            if (names[std::size_t(j)] == selector) return j;
        if (!selector.empty() && selector.find_first_not_of("0123456789") == std::string::npos &&
            selector.size() < 6) {
            const int number = std::stoi(selector);
            if (number >= 1 && number <= count) return number - 1;
        }
        throw DataError(source, 0, 0, {},
                        "there is no column '" + selector + "'; the columns are: " + joined(names) +
                            " (or their numbers 1 to " + std::to_string(count) + ")");
    };
    ColumnPlan plan;
    std::vector<int> chosenInputs;
    for (const std::string& s : options.inputColumns) {
        const int j = find(s);
        if (std::find(chosenInputs.begin(), chosenInputs.end(), j) == chosenInputs.end())
            chosenInputs.push_back(j);
    }
    const int chosenTarget = options.targetColumn.empty() ? -1 : find(options.targetColumn);
    auto chosen = [&](int j) {
        return j == chosenTarget ||
               std::find(chosenInputs.begin(), chosenInputs.end(), j) != chosenInputs.end();
    };

    if (options.everyColumnNumeric) {
        plan.labelColumn = -1;
    } else if (options.labelColumn) {
        plan.labelColumn = options.labelColumn->empty() ? -1 : find(*options.labelColumn);
        if (plan.labelColumn >= 0 && chosen(plan.labelColumn))
            throw DataError(source, 0, 0, {},
                            "column '" + names[std::size_t(plan.labelColumn)] +
                                "' cannot be both the label column and a data column");
    } else {
        for (int j = 0; j < count && plan.labelColumn < 0; ++j)
            if (isText[std::size_t(j)] && !chosen(j)) plan.labelColumn = j;
        if (plan.labelColumn < 0 && count > 1 && isTimeName(names[0]) && !chosen(0))
            plan.labelColumn = 0;
    }
    auto usable = [&](int j) {
        return options.everyColumnNumeric || (j != plan.labelColumn && !isText[std::size_t(j)]);
    };

    int target = chosenTarget;
    for (int j = count - 1; j >= 0 && target < 0; --j)
        if (usable(j)) target = j;
    if (target < 0)
        throw DataError(source, 0, 0, {},
                        "no column holds numbers (columns: " + joined(names) +
                            "); choose the target column by name");
    std::vector<int> inputs = chosenInputs;
    if (inputs.empty())
        for (int j = 0; j < count; ++j)
            if (usable(j)) inputs.push_back(j);

    plan.fileColumns = inputs;
    for (std::size_t k = 0; k < inputs.size(); ++k) plan.inputs.push_back(int(k));
    const auto t = std::find(inputs.begin(), inputs.end(), target);
    if (t == inputs.end()) {
        plan.target = int(plan.fileColumns.size());
        plan.fileColumns.push_back(target);
    } else {
        plan.target = int(t - inputs.begin());
    }
    for (int j = 0; j < count; ++j)
        if (j != plan.labelColumn && std::find(plan.fileColumns.begin(), plan.fileColumns.end(),
                                               j) == plan.fileColumns.end())
            plan.ignored.push_back(names[std::size_t(j)]);
    return plan;
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
void interpolateMissing(Series& s, MissingReport& report, const std::vector<int>& fileColumns,
                        const std::string& source, const std::vector<std::string>& fileNames,
                        bool header) {
    for (std::size_t c = 0; c < s.columns.size(); ++c) {
        std::vector<double>& x = s.columns[c];
        const long n = long(x.size());
        long previous = -1;
        for (long r = 0; r <= n; ++r) {
            if (r < n && std::isnan(x[std::size_t(r)])) continue;
            if (r == n && previous < 0) {
                const int j = fileColumns[c];
                throw DataError(source, 0, 0, {},
                                "column " + std::to_string(j + 1) +
                                    (header ? " (" + fileNames[std::size_t(j)] + ")" : "") +
                                    " has no values, only missing cells");
            }
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

    // The first records: header detection and which columns hold text.
    std::vector<std::vector<Field>> sample;
    std::vector<long> sampleLines;
    {
        RecordReader reader(text, format.delimiter, source);
        std::vector<Field> fields;
        try {
            while (int(sample.size()) <= kSampleRecords && reader.next(fields)) {
                sample.push_back(fields);
                sampleLines.push_back(reader.recordLine());
            }
        } catch (const DataError&) {
            // A quoting error after the first record is reported by the full pass below,
            // which knows the column names.
            if (sample.empty()) throw;
        }
    }
    if (sample.empty()) throw DataError(source, 0, 0, {}, "the file has only blank lines");
    format.header = options.header == HeaderMode::Auto ? detectHeader(sample, format.decimalComma)
                                                       : options.header == HeaderMode::Yes;

    const std::size_t columnCount = sample.front().size();
    const std::vector<std::string> names =
        columnNames(sample.front(), format.header, sampleLines.front(), source);
    // Names shown in messages: the header's, none for a file without one ("column 3" says it).
    const std::vector<std::string> messageNames =
        format.header ? names : std::vector<std::string>(columnCount);

    const std::vector<bool> isText =
        textColumns(sample, format.header ? 1 : 0, columnCount, format.decimalComma);
    const ColumnPlan plan = planColumns(options, names, isText, source);
    result.ignoredColumns = plan.ignored;

    Series& s = result.series;
    s.source = source;
    s.inputs = plan.inputs;
    s.target = plan.target;
    for (int j : plan.fileColumns) s.names.push_back(names[std::size_t(j)]);
    if (plan.labelColumn >= 0) s.labelName = names[std::size_t(plan.labelColumn)];
    // slot[j]: Series column of file column j, -1 not read, -2 the label column.
    std::vector<int> slot(columnCount, -1);
    for (std::size_t k = 0; k < plan.fileColumns.size(); ++k)
        slot[std::size_t(plan.fileColumns[k])] = int(k);
    if (plan.labelColumn >= 0) slot[std::size_t(plan.labelColumn)] = -2;

    const std::size_t estimatedRows = std::size_t(std::count(text.begin(), text.end(), '\n')) + 1;
    s.columns.assign(plan.fileColumns.size(), {});
    for (auto& col : s.columns) col.reserve(estimatedRows);
    s.lines.reserve(estimatedRows);
    if (plan.labelColumn >= 0) s.labels.reserve(estimatedRows);
    MissingReport& missing = result.missing;
    missing.perColumn.assign(s.columns.size(), 0);

    RecordReader reader(text, format.delimiter, source);
    reader.setNames(&messageNames);
    std::vector<Field> fields;
    if (format.header) reader.next(fields);
    const long headerLine = sampleLines.front();
    while (reader.next(fields)) {
        const long line = reader.recordLine();
        if (fields.size() != columnCount) {
            const std::string expected =
                std::to_string(columnCount) +
                (format.header ? " like the header (line " + std::to_string(headerLine) + ")"
                               : " like the first row (line " + std::to_string(headerLine) + ")");
            const std::size_t j = std::min(fields.size(), columnCount);  // first extra/absent
            throw DataError(source, line, int(j + 1), j < columnCount ? messageNames[j] : "",
                            "this row has " + std::to_string(fields.size()) + " field" +
                                (fields.size() == 1 ? "" : "s") + ", expected " + expected);
        }
        for (std::size_t j = 0; j < columnCount; ++j) {
            const int k = slot[j];
            if (k == -1) continue;
            if (k == -2) {
                s.labels.push_back(unescaped(fields[j]));
                continue;
            }
            double value = 0.0;
            switch (parseCell(fields[j].text, format.decimalComma, value)) {
                case CellKind::Number:
                    s.columns[std::size_t(k)].push_back(value);
                    break;
                case CellKind::Missing:
                    s.columns[std::size_t(k)].push_back(kMissing);
                    missing.cells.push_back({line, int(j + 1), k});
                    ++missing.perColumn[std::size_t(k)];
                    break;
                case CellKind::Text: {
                    const std::string cell = shown(fields[j].text);
                    const bool commaHint = !format.decimalComma &&
                                           std::count(cell.begin(), cell.end(), ',') == 1 &&
                                           parseCell(cell, true, value) == CellKind::Number;
                    throw DataError(source, line, int(j + 1), messageNames[j],
                                    "'" + cell + "' is not a number" +
                                        (commaHint ? " (if ',' is the decimal separator, choose "
                                                     "decimal comma)"
                                                   : ""));
                }
                case CellKind::NotFinite:
                    throw DataError(source, line, int(j + 1), messageNames[j],
                                    "'" + shown(fields[j].text) + "' is not a finite number");
                case CellKind::OutOfRange:
                    throw DataError(source, line, int(j + 1), messageNames[j],
                                    "'" + shown(fields[j].text) +
                                        "' is out of the range of double-precision numbers");
            }
        }
        s.lines.push_back(line);
    }

    const Index dataRows = Index(s.lines.size());
    if (dataRows == 0)
        throw DataError(
            source, headerLine, 0, {},
            "the file has a header (line " + std::to_string(headerLine) + ") but no data rows");
    if (!missing.empty()) {
        switch (options.missing) {
            case MissingPolicy::Reject: {
                const MissingCell& first = missing.cells.front();
                throw MissingValuesError(source, messageNames[std::size_t(first.column - 1)],
                                         missing);
            }
            case MissingPolicy::Drop:
                dropMissingRows(s, missing);
                if (s.rows() == 0)
                    throw DataError(source, 0, 0, {},
                                    "every row has a missing value: nothing is left after "
                                    "dropping them");
                break;
            case MissingPolicy::Interpolate:
                interpolateMissing(s, missing, plan.fileColumns, source, names, format.header);
                break;
        }
    }
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

HeaderMode parseHeaderMode(const std::string& name) {
    if (name == "auto") return HeaderMode::Auto;
    if (name == "yes") return HeaderMode::Yes;
    if (name == "no") return HeaderMode::No;
    throw ConfigError("header '" + name + "' is not one of: auto, yes, no");
}

namespace {
std::string autoYesNo(bool isAuto, bool yes) { return isAuto ? "auto" : yes ? "yes" : "no"; }
}  // namespace

std::string toString(HeaderMode mode) {
    return autoYesNo(mode == HeaderMode::Auto, mode == HeaderMode::Yes);
}

std::string toString(DecimalComma mode) {
    return autoYesNo(mode == DecimalComma::Auto, mode == DecimalComma::Yes);
}

DecimalComma parseDecimalComma(const std::string& name) {
    if (name == "auto") return DecimalComma::Auto;
    if (name == "yes") return DecimalComma::Yes;
    if (name == "no") return DecimalComma::No;
    throw ConfigError("decimal comma '" + name + "' is not one of: auto, yes, no");
}

}  // namespace rnnlab
