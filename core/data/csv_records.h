#pragma once
// The pieces of delimited text: records split into fields (RFC 4180 quoting, any line end,
// blank lines skipped, line numbers counted) and cells read as numbers, missing markers or
// text. The reader (csv_reader.h) and the wide-table reader (wide_table.h) share them.

#include <string>
#include <string_view>
#include <vector>

#include "core/data/csv_reader.h"
#include "core/data/data_error.h"
#include "core/data/missing_markers.h"

namespace rnnlab {

// ---------------------------------------------------------------------------------------------
// Cells

enum class CellKind { Number, Missing, Text, NotFinite, OutOfRange };

// Without blanks (spaces and tabs) at either end.
std::string_view trimBlanks(std::string_view s);

// One cell, blanks around it ignored: a number (see numberKind in the source for the forms),
// a missing marker (an empty cell always), or text, a number that is not finite or one beyond
// double precision.
CellKind parseCell(std::string_view cell, bool decimalComma, const MissingMarkers& markers,
                   double& value);

// A cell as it appears in a message: at most 40 characters (cut at a UTF-8 boundary), control
// characters shown as '?'.
std::string shown(std::string_view cell);

// ---------------------------------------------------------------------------------------------
// Records

struct Field {
    std::string_view text;  // unquoted: trimmed; quoted: between the quotes, "" still doubled
    bool quoted = false;
    bool doubledQuotes = false;
};

// The field's text with doubled quotes undone.
std::string unescaped(const Field& f);

// Splits text into records of fields (RFC 4180 quoting), counting lines. Line breaks are LF,
// CRLF or a lone CR. Blank lines are skipped.
class RecordReader {
public:
    RecordReader(std::string_view text, Delimiter delimiter, const std::string& source);

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
        f.text = trimBlanks(m_text.substr(start, m_pos - start));
    }
    void readQuoted(Field& f, int fieldNumber) {
        const long openLine = m_line;
        const std::size_t start = ++m_pos;
        for (;;) {
            if (m_pos >= m_text.size())
                throw DataError(m_source, openLine, fieldNumber, name(fieldNumber),
                                uiText(QT_TRANSLATE_NOOP("rnnlab::UiText",
                                                         "the quote opened here is never closed")));
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
                            uiText(QT_TRANSLATE_NOOP("rnnlab::UiText",
                                                     "unexpected '%1' after the closing quote: "
                                                     "expected the delimiter or the end of the "
                                                     "line"),
                                   {shown(m_text.substr(m_pos, 1))}));
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
// A table's records and their cells, as the readers check them

struct TableContext {
    const std::string& source;
    std::size_t columnCount;  // fields of every record
    bool header;
    long firstLine;                         // of the header, or of the first record
    const std::vector<std::string>& names;  // in messages: the header's names, or empty ones
    bool decimalComma;
    const MissingMarkers& markers;
};

// Refuses a record without columnCount fields, naming the first field extra or absent.
void checkRecordWidth(const TableContext& table, const std::vector<Field>& fields, long line);

// Refuses field j of a record at line: text ('n/a' is not a number, with a hint when a decimal
// comma would make it one), a number that is not finite, or one out of double precision.
[[noreturn]] void refuseCell(const TableContext& table, CellKind kind, const Field& field,
                             long line, std::size_t j);

}  // namespace rnnlab
