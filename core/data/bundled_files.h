#pragma once
// The real datasets of resources/datasets/, compiled into the engine at build time
// (core/CMakeLists.txt generates their bytes), so the CLI and the GUI find them wherever they
// are installed or started from.

#include <string>
#include <string_view>
#include <vector>

namespace rnnlab {

// The bytes of resources/datasets/<file>; throws ConfigError listing the bundled files when
// there is no such file.
std::string_view bundledFileContents(const std::string& file);
std::vector<std::string> bundledFileNames();

}  // namespace rnnlab
