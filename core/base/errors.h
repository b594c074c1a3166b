#pragma once
// User-facing errors. Each message names the place (file:line:column, or the JSON field) and,
// where one exists, the fix. Programming errors use RNNLAB_ASSERT instead (tensor_types.h).

#include <exception>
#include <stdexcept>
#include <string>

namespace rnnlab {

// A setting that cannot work (hidden size 0, window longer than the data, ...).
class ConfigError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

// A file that cannot be read or written, or whose content is invalid.
class FileError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

// The text a front end shows for an exception that reached it: its message, except for
// std::bad_alloc, whose own text ("std::bad_alloc") tells a student nothing. Settings that need
// too much memory are refused before they allocate (core/train/memory_budget.h); this is the
// last line of defence at the command line's and the window's boundaries.
std::string userMessage(const std::exception& error);

}  // namespace rnnlab
