#include "core/data/csv_detection.h"

#include <cstdint>
#include <cstring>
#include <utility>

#include "core/data/data_error.h"

namespace rnnlab {

namespace {

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

}  // namespace

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
            for (int r = 0; r < kCsvSampleRecords && reader.next(fields); ++r) {
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

CsvSample readSample(std::string_view text, Delimiter delimiter, const std::string& source) {
    CsvSample sample;
    RecordReader reader(text, delimiter, source);
    std::vector<Field> fields;
    try {
        while (int(sample.records.size()) <= kCsvSampleRecords && reader.next(fields)) {
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

namespace {

bool isTextCell(const Field& f, bool decimalComma, const MissingMarkers& markers) {
    double v;
    return parseCell(f.text, decimalComma, markers, v) == CellKind::Text;
}

}  // namespace

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

}  // namespace rnnlab
