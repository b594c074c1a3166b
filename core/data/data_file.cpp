#include "core/data/data_file.h"

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>

#include "core/data/data_error.h"

namespace rnnlab {

std::string sizeText(std::uint64_t bytes) {
    char text[32];
    const double gib = double(bytes) / double(std::uint64_t(1) << 30);
    if (gib >= 1.0)
        std::snprintf(text, sizeof text, "%.1f GiB", gib);
    else
        std::snprintf(text, sizeof text, "%.1f MiB", double(bytes) / double(1 << 20));
    return text;
}

std::string readDataFile(const std::string& path, std::uint64_t maxBytes, const std::string& hint) {
    namespace fs = std::filesystem;
    std::error_code ec;
    const fs::file_status status = fs::status(path, ec);
    if (!fs::exists(status)) throw DataError(path, 0, 0, {}, "no such file");
    if (fs::is_directory(status)) throw DataError(path, 0, 0, {}, "this is a folder, not a file");
    if (!fs::is_regular_file(status)) throw DataError(path, 0, 0, {}, "this is not a regular file");
    const std::uintmax_t size = fs::file_size(path, ec);
    if (ec) throw DataError(path, 0, 0, {}, "cannot read the file size: " + ec.message());
    if (size > maxBytes)
        throw DataError(path, 0, 0, {},
                        "the file is " + sizeText(size) + "; files up to " + sizeText(maxBytes) +
                            " can be read (" + hint + ")");

    std::FILE* file = std::fopen(path.c_str(), "rb");
    if (file == nullptr)
        throw DataError(path, 0, 0, {},
                        std::string("cannot open the file: ") + std::strerror(errno));
    std::string bytes(std::size_t(size), '\0');
    const std::size_t read = std::fread(bytes.data(), 1, bytes.size(), file);
    const bool failed = std::ferror(file) != 0;
    std::fclose(file);
    if (failed) throw DataError(path, 0, 0, {}, "the file could not be read completely");
    bytes.resize(read);
    return bytes;
}

}  // namespace rnnlab
