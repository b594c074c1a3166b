#pragma once
// ASCII helpers for reading data files: case folding that leaves every other byte (UTF-8
// included) alone, and trimming the blanks (spaces and tabs) a cell may carry.

#include <string_view>

namespace rnnlab {

inline char asciiLower(char c) {
    return c >= 'A' && c <= 'Z' ? char(c - 'A' + 'a') : c;
}

inline std::string_view trimmedBlanks(std::string_view s) {
    while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
    while (!s.empty() && (s.back() == ' ' || s.back() == '\t')) s.remove_suffix(1);
    return s;
}

}  // namespace rnnlab
