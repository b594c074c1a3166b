#pragma once
// User-facing errors. Each message names the place (file:line:column, or the JSON field) and,
// where one exists, the fix. Programming errors use RNNLAB_ASSERT instead (tensor_types.h).

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

}  // namespace rnnlab
