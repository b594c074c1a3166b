#pragma once
// UTF-8 text as RNN Lab reads it: checked strictly before anything else is done with it
// (UTF-16, NUL bytes and invalid byte sequences refused, naming the line and byte), then
// decoded to Unicode code points, so that a character of any script is one symbol:
//   "héllo 你好" → h é l l o ␠ 你 好   (8 code points, from 13 bytes)
// Lines end at "\n", "\r\n" or a lone "\r"; lines and columns are 1-based.

#include <string>
#include <string_view>

#include "core/base/text_position.h"

namespace rnnlab {

// Refuses UTF-16, binary data (a NUL byte) and invalid UTF-8 (Unicode 15, table 3-7), naming
// the line and byte column; `kind` says what the file should have been ("delimited text",
// "text", marked with QT_TRANSLATE_NOOP: core/base/ui_text.h). Returns whether a UTF-8 byte order
// mark opens the text.
bool checkEncoding(std::string_view bytes, const std::string& source,
                   const char* kind = QT_TRANSLATE_NOOP("rnnlab::UiText", "delimited text"));

// The code points of text that checkEncoding() accepted, without a byte order mark.
std::u32string decodeUtf8(std::string_view bytes);

// The UTF-8 bytes of one code point, and of a string of them.
std::string encodeUtf8(char32_t codePoint);
std::string encodeUtf8(std::u32string_view text);

// 1-based line and column of a position in decoded text, counted in characters.
TextPosition positionOf(std::u32string_view text, std::size_t index);

// How a character is named in a message: 'é' (U+00E9); control characters and spaces by
// their code alone: U+000A.
std::string describeCharacter(char32_t codePoint);

}  // namespace rnnlab
