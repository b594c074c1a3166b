#pragma once
// Reading a data file (CSV or text) whole, with every way it can fail named: no such file, a
// folder, not a regular file, too large for the limit (checked before reading), unreadable.

#include <cstdint>
#include <string>

namespace rnnlab {

// The bytes of the file. DataError naming the path; a file above maxBytes is refused with
// `hint`, a template marked with QT_TRANSLATE_NOOP (core/base/ui_text.h): "keep fewer rows, or
// split the file".
std::string readDataFile(const std::string& path, std::uint64_t maxBytes, const char* hint);

// "12.3 MiB", "1.5 GiB".
std::string sizeText(std::uint64_t bytes);

}  // namespace rnnlab
