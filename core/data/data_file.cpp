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

std::string readDataFile(const std::string& path, std::uint64_t maxBytes, const char* hint) {
    namespace fs = std::filesystem;
    std::error_code ec;
    const fs::file_status status = fs::status(path, ec);
    const auto refuse = [&path](const UiText& problem) {
        throw DataError(path, 0, 0, {}, problem);
    };
    if (!fs::exists(status)) refuse(uiText(QT_TRANSLATE_NOOP("rnnlab::UiText", "no such file")));
    if (fs::is_directory(status))
        refuse(uiText(QT_TRANSLATE_NOOP("rnnlab::UiText", "this is a folder, not a file")));
    if (!fs::is_regular_file(status))
        refuse(uiText(QT_TRANSLATE_NOOP("rnnlab::UiText", "this is not a regular file")));
    const std::uintmax_t size = fs::file_size(path, ec);
    if (ec)
        refuse(uiText(QT_TRANSLATE_NOOP("rnnlab::UiText", "cannot read the file size: %1"),
                      {ec.message()}));
    if (size > maxBytes)
        refuse(uiText(QT_TRANSLATE_NOOP("rnnlab::UiText",
                                        "the file is %1; files up to %2 can be read"),
                      {sizeText(size), sizeText(maxBytes)}) +
               verbatim(" (") + uiText(hint) + verbatim(")"));

    std::FILE* file = std::fopen(path.c_str(), "rb");
    if (file == nullptr)
        refuse(uiText(QT_TRANSLATE_NOOP("rnnlab::UiText", "cannot open the file: %1"),
                      {std::strerror(errno)}));
    std::string bytes(std::size_t(size), '\0');
    const std::size_t read = std::fread(bytes.data(), 1, bytes.size(), file);
    const bool failed = std::ferror(file) != 0;
    std::fclose(file);
    if (failed)
        refuse(
            uiText(QT_TRANSLATE_NOOP("rnnlab::UiText", "the file could not be read completely")));
    bytes.resize(read);
    return bytes;
}

}  // namespace rnnlab
