#include "text_arguments.h"

#include <filesystem>

#include "core/data/catalog.h"

namespace rnnlab::cli {

bool meansBundled(const std::string& argument, const std::vector<BundledText>& list) {
    std::error_code ec;
    bool bundled = false;
    for (const BundledText& b : list) bundled = bundled || b.name == argument;
    return bundled && !std::filesystem::exists(argument, ec);
}

std::string namesOf(const std::vector<BundledText>& list) {
    std::string names;
    for (const BundledText& b : list) names += (names.empty() ? "" : ", ") + b.name;
    return names;
}

TextSource textSourceFrom(const std::string& argument) {
    TextSource t;
    if (meansBundled(argument, bundledTexts()))
        t.bundled = argument;
    else
        t.path = std::filesystem::absolute(argument).lexically_normal().string();
    return t;
}

std::string bundledTextNames() { return namesOf(bundledTexts()); }

}  // namespace rnnlab::cli
