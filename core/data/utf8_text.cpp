#include "core/data/utf8_text.h"

#include <cstdint>
#include <cstdio>
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

bool hasByteOrderMark(std::string_view bytes) {
    return bytes.size() >= 3 && static_cast<unsigned char>(bytes[0]) == 0xEF &&
           static_cast<unsigned char>(bytes[1]) == 0xBB &&
           static_cast<unsigned char>(bytes[2]) == 0xBF;
}

}  // namespace

bool checkEncoding(std::string_view bytes, const std::string& source, const char* kind) {
    auto byteAt = [&](std::size_t i) { return static_cast<unsigned char>(bytes[i]); };
    if (bytes.size() >= 2 &&
        ((byteAt(0) == 0xFF && byteAt(1) == 0xFE) || (byteAt(0) == 0xFE && byteAt(1) == 0xFF)))
        throw DataError(source, 0, 0, {},
                        uiText(QT_TRANSLATE_NOOP("rnnlab::UiText",
                                                 "the file is UTF-16 text (byte order mark %1 %2); "
                                                 "save it as UTF-8 (in a spreadsheet: \"CSV "
                                                 "UTF-8\")"),
                               {hexByte(byteAt(0)), hexByte(byteAt(1))}));
    if (const void* nul = std::memchr(bytes.data(), 0, bytes.size())) {
        const std::size_t offset = std::size_t(static_cast<const char*>(nul) - bytes.data());
        const bool utf16 = bytes.size() >= 4 && ((byteAt(1) == 0 && byteAt(3) == 0) ||
                                                 (byteAt(0) == 0 && byteAt(2) == 0));
        const auto [line, column] = locate(bytes, offset);
        throw DataError(source, line, column, {},
                        utf16 ? uiText(QT_TRANSLATE_NOOP("rnnlab::UiText",
                                                         "NUL byte: this looks like UTF-16 text "
                                                         "without a byte order mark; save it as "
                                                         "UTF-8"))
                              : uiText(QT_TRANSLATE_NOOP("rnnlab::UiText",
                                                         "NUL byte: this is a binary file, not ")) +
                                    uiText(kind),
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
                            uiText(QT_TRANSLATE_NOOP("rnnlab::UiText",
                                                     "invalid UTF-8 (byte %1); the file may be "
                                                     "Latin-1 or Windows-1252: save it as UTF-8"),
                                   {hexByte(byteAt(i))}),
                            DataError::ColumnUnit::Byte);
        }
        i += len;
    }
    return hasByteOrderMark(bytes);
}

std::u32string decodeUtf8(std::string_view bytes) {
    if (hasByteOrderMark(bytes)) bytes.remove_prefix(3);
    std::u32string out;
    out.reserve(bytes.size());
    std::size_t i = 0;
    while (i < bytes.size()) {
        const std::size_t len = utf8SequenceLength(bytes, i);
        const auto byte = [&](std::size_t k) {
            return static_cast<char32_t>(static_cast<unsigned char>(bytes[i + k]));
        };
        // Leading byte: 0xxxxxxx, 110xxxxx, 1110xxxx, 11110xxx; continuations 10xxxxxx.
        char32_t c = len == 1 ? byte(0) : byte(0) & (0x7Fu >> len);
        for (std::size_t k = 1; k < len; ++k) c = (c << 6) | (byte(k) & 0x3Fu);
        out.push_back(c);
        i += len == 0 ? 1 : len;  // 0 cannot happen after checkEncoding()
    }
    return out;
}

std::string encodeUtf8(char32_t c) {
    std::string out;
    if (c < 0x80) {
        out += static_cast<char>(c);
    } else if (c < 0x800) {
        out += static_cast<char>(0xC0 | (c >> 6));
        out += static_cast<char>(0x80 | (c & 0x3F));
    } else if (c < 0x10000) {
        out += static_cast<char>(0xE0 | (c >> 12));
        out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (c & 0x3F));
    } else {
        out += static_cast<char>(0xF0 | (c >> 18));
        out += static_cast<char>(0x80 | ((c >> 12) & 0x3F));
        out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (c & 0x3F));
    }
    return out;
}

std::string encodeUtf8(std::u32string_view text) {
    std::string out;
    out.reserve(text.size());
    for (char32_t c : text) out += encodeUtf8(c);
    return out;
}

TextPosition positionOf(std::u32string_view text, std::size_t index) {
    TextPosition p;
    for (std::size_t i = 0; i < index && i < text.size(); ++i) {
        const char32_t c = text[i];
        const bool crlf = c == U'\r' && i + 1 < text.size() && text[i + 1] == U'\n';
        if (c == U'\n' || (c == U'\r' && !crlf)) {
            ++p.line;
            p.column = 1;
        } else if (!crlf) {
            ++p.column;
        }
    }
    return p;
}

std::string describeCharacter(char32_t c) {
    char code[16];
    std::snprintf(code, sizeof code, "U+%04X", static_cast<unsigned>(c));
    if (c <= 0x20 || c == 0x7F || (c >= 0x80 && c < 0xA0)) return code;
    return "'" + encodeUtf8(c) + "' (" + code + ")";
}

}  // namespace rnnlab
