#include "text_arguments.h"

#include <algorithm>
#include <filesystem>

#include "core/data/catalog.h"

namespace rnnlab::cli {

bool meansName(const std::string& argument, const std::vector<std::string>& names) {
    std::error_code ec;
    return std::find(names.begin(), names.end(), argument) != names.end() &&
           !std::filesystem::exists(argument, ec);
}

bool meansBundled(const std::string& argument, const std::vector<BundledText>& list) {
    std::vector<std::string> names;
    for (const BundledText& b : list) names.push_back(b.name);
    return meansName(argument, names);
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
