#include "core/io/json_duplicate_keys.h"

#include <map>
#include <vector>

#include "core/io/json_fields.h"

namespace rnnlab {

namespace {

// An object or array the scanner is inside.
struct Container {
    bool object = false;
    std::map<std::string, TextPosition> keys;  // object: each key and where it was given
    std::string key;                           // object: the key of the value being read
    bool expectKey = true;                     // object: the next string is a key
    qsizetype index = 0;                       // array: the element being read
};

void appendUtf8(std::string& out, unsigned code) {
    if (code < 0x80) {
        out += char(code);
    } else if (code < 0x800) {
        out += char(0xC0 | (code >> 6));
        out += char(0x80 | (code & 0x3F));
    } else if (code < 0x10000) {
        out += char(0xE0 | (code >> 12));
        out += char(0x80 | ((code >> 6) & 0x3F));
        out += char(0x80 | (code & 0x3F));
    } else {
        out += char(0xF0 | (code >> 18));
        out += char(0x80 | ((code >> 12) & 0x3F));
        out += char(0x80 | ((code >> 6) & 0x3F));
        out += char(0x80 | (code & 0x3F));
    }
}

unsigned hex4(const QByteArray& b, qsizetype at) {
    unsigned code = 0;
    for (qsizetype k = at; k < at + 4 && k < b.size(); ++k) {
        const char c = b[k];
        code = code * 16 + unsigned(c <= '9' ? c - '0' : (c | 0x20) - 'a' + 10);
    }
    return code;
}

// The string whose opening quote is at b[i], decoded, into `out`; returns the index after its
// closing quote.
qsizetype readString(const QByteArray& b, qsizetype i, std::string& out) {
    out.clear();
    for (++i; i < b.size() && b[i] != '"'; ++i) {
        if (b[i] != '\\') {
            out += b[i];
            continue;
        }
        const char e = ++i < b.size() ? b[i] : '\\';
        switch (e) {
            case 'b':
                out += '\b';
                break;
            case 'f':
                out += '\f';
                break;
            case 'n':
                out += '\n';
                break;
            case 'r':
                out += '\r';
                break;
            case 't':
                out += '\t';
                break;
            case 'u': {
                unsigned code = hex4(b, i + 1);
                i += 4;
                // A surrogate pair: \uD83D\uDE00 is one character.
                if (code >= 0xD800 && code < 0xDC00 && i + 6 < b.size() && b[i + 1] == '\\' &&
                    b[i + 2] == 'u') {
                    const unsigned low = hex4(b, i + 3);
                    if (low >= 0xDC00 && low < 0xE000) {
                        code = 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00);
                        i += 6;
                    }
                }
                appendUtf8(out, code);
                break;
            }
            default:
                out += e;  // \" \\ \/
        }
    }
    return i + 1;
}

// The place of the key `key` of the innermost object of `stack`.
std::string pathOf(const std::vector<Container>& stack, const std::string& key) {
    JsonPath path("");
    for (std::size_t k = 0; k + 1 < stack.size(); ++k)
        path = stack[k].object ? path.field(stack[k].key) : path.element(stack[k].index);
    return path.field(key).path();
}

}  // namespace

std::optional<DuplicateKey> findDuplicateKey(const QByteArray& json) {
    std::vector<Container> stack;
    std::string text;
    int line = 1;
    qsizetype lineStart = 0;
    for (qsizetype i = 0; i < json.size();) {
        const char c = json[i];
        const TextPosition here{line, int(i - lineStart + 1)};
        switch (c) {
            case '\n':
                ++line;
                lineStart = i + 1;
                break;
            case '{':
            case '[':
                stack.push_back({});
                stack.back().object = c == '{';
                break;
            case '}':
            case ']':
                if (!stack.empty()) stack.pop_back();
                break;
            case ',':
                if (!stack.empty() && stack.back().object) stack.back().expectKey = true;
                if (!stack.empty() && !stack.back().object) ++stack.back().index;
                break;
            case '"': {
                i = readString(json, i, text);
                if (stack.empty() || !stack.back().object || !stack.back().expectKey) continue;
                Container& object = stack.back();
                object.expectKey = false;
                const auto [it, added] = object.keys.emplace(text, here);
                if (!added) return DuplicateKey{pathOf(stack, text), it->second, here};
                object.key = text;
                continue;
            }
            default:
                break;
        }
        ++i;
    }
    return std::nullopt;
}

}  // namespace rnnlab
