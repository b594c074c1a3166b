#include "text_arguments.h"

#include <filesystem>

#include "core/data/catalog.h"

namespace rnnlab::cli {

TextSource textSourceFrom(const std::string& argument) {
    TextSource t;
    std::error_code ec;
    bool bundled = false;
    for (const BundledText& b : bundledTexts()) bundled = bundled || b.name == argument;
    if (bundled && !std::filesystem::exists(argument, ec))
        t.bundled = argument;
    else
        t.path = std::filesystem::absolute(argument).lexically_normal().string();
    return t;
}

std::string bundledTextNames() {
    std::string names;
    for (const BundledText& b : bundledTexts()) names += (names.empty() ? "" : ", ") + b.name;
    return names;
}

}  // namespace rnnlab::cli
