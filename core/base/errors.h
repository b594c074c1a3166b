#pragma once
// User-facing errors. Each message names the place (file:line:column, or the JSON field) and,
// where one exists, the fix. Programming errors use RNNLAB_ASSERT instead (tensor_types.h).
//
// A message is a UiText (core/base/ui_text.h): English templates marked for translation, and
// the values (places, names, numbers) as they are. what() is its English, for the CLI and the
// tests; the window shows it translated (ui/ui_text_translation.h). A message built as one
// std::string is kept as it is, never translated.

#include <exception>
#include <stdexcept>
#include <string>

#include "core/base/ui_text.h"

namespace rnnlab {

// What ConfigError and FileError have in common: the message as a UiText.
class UserError : public std::runtime_error {
public:
    explicit UserError(const UiText& text);
    explicit UserError(const std::string& message);
    explicit UserError(const char* message) : UserError(std::string(message)) {}

    const UiText& text() const { return m_text; }

private:
    UiText m_text;
};

// A setting that cannot work (hidden size 0, window longer than the data, ...).
class ConfigError : public UserError {
public:
    using UserError::UserError;
};

// A file that cannot be read or written, or whose content is invalid.
class FileError : public UserError {
public:
    using UserError::UserError;
};

// The text a front end shows for an exception that reached it: its message, except for
// std::bad_alloc, whose own text ("std::bad_alloc") tells a student nothing. Settings that need
// too much memory are refused before they allocate (core/train/memory_budget.h); this is the
// last line of defence at the command line's and the window's boundaries.
UiText userText(const std::exception& error);
// userText's English (the command line).
std::string userMessage(const std::exception& error);

}  // namespace rnnlab
