#include "core/data/csv_records.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstring>

#include "core/data/data_error.h"

namespace rnnlab {

namespace {

// A trimmed, non-empty cell as a number: what std::from_chars accepts plus a leading '+', and
// with decimalComma one ',' as the decimal separator ("3,25"); thousands separators are text.
CellKind numberKind(std::string_view cell, bool decimalComma, double& value) {
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

}  // namespace

std::string_view trimBlanks(std::string_view s) {
    while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
    while (!s.empty() && (s.back() == ' ' || s.back() == '\t')) s.remove_suffix(1);
    return s;
}

CellKind parseCell(std::string_view cell, bool decimalComma, const MissingMarkers& markers,
                   double& value) {
    cell = trimBlanks(cell);
    if (cell.empty()) return CellKind::Missing;
    const CellKind kind = numberKind(cell, decimalComma, value);
    if ((kind == CellKind::Text || kind == CellKind::NotFinite) && markers.matches(cell))
        return CellKind::Missing;
    return kind;
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

RecordReader::RecordReader(std::string_view text, Delimiter delimiter, const std::string& source)
    : m_text(text),
      m_delimiter(delimiter == Delimiter::Semicolon ? ';'
                  : delimiter == Delimiter::Tab     ? '\t'
                                                    : ','),
      m_whitespace(delimiter == Delimiter::Whitespace),
      m_source(source) {}

void checkRecordWidth(const TableContext& t, const std::vector<Field>& fields, long line) {
    if (fields.size() == t.columnCount) return;
    const bool one = fields.size() == 1;
    const char* source =
        t.header ? (one ? QT_TRANSLATE_NOOP("rnnlab::UiText",
                                            "this row has %1 field, expected %2 like the header "
                                            "(line %3)")
                        : QT_TRANSLATE_NOOP("rnnlab::UiText",
                                            "this row has %1 fields, expected %2 like the header "
                                            "(line %3)"))
                 : (one ? QT_TRANSLATE_NOOP("rnnlab::UiText",
                                            "this row has %1 field, expected %2 like the first "
                                            "row (line %3)")
                        : QT_TRANSLATE_NOOP("rnnlab::UiText",
                                            "this row has %1 fields, expected %2 like the first "
                                            "row (line %3)"));
    const std::size_t j = std::min(fields.size(), t.columnCount);  // first extra/absent
    throw DataError(t.source, line, int(j + 1), j < t.columnCount ? t.names[j] : "",
                    uiText(source, {std::to_string(fields.size()), std::to_string(t.columnCount),
                                    std::to_string(t.firstLine)}));
}

void refuseCell(const TableContext& t, CellKind kind, const Field& field, long line,
                std::size_t j) {
    const std::string cell = shown(field.text);
    UiText problem;
    switch (kind) {
        case CellKind::NotFinite:
            problem =
                uiText(QT_TRANSLATE_NOOP("rnnlab::UiText", "'%1' is not a finite number"), {cell});
            break;
        case CellKind::OutOfRange:
            problem = uiText(QT_TRANSLATE_NOOP("rnnlab::UiText",
                                               "'%1' is out of the range of double-precision "
                                               "numbers"),
                             {cell});
            break;
        default: {
            double value = 0.0;
            const bool commaHint = !t.decimalComma &&
                                   std::count(cell.begin(), cell.end(), ',') == 1 &&
                                   parseCell(cell, true, t.markers, value) == CellKind::Number;
            problem =
                commaHint
                    ? uiText(QT_TRANSLATE_NOOP("rnnlab::UiText",
                                               "'%1' is not a number (if ',' is the "
                                               "decimal separator, choose decimal "
                                               "comma)"),
                             {cell})
                    : uiText(QT_TRANSLATE_NOOP("rnnlab::UiText", "'%1' is not a number"), {cell});
        }
    }
    throw DataError(t.source, line, int(j + 1), t.names[j], problem);
}

}  // namespace rnnlab
