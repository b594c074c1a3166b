#include "labelled_arguments.h"

#include <filesystem>

#include "core/base/errors.h"
#include "core/data/catalog.h"
#include "text_arguments.h"

namespace rnnlab::cli {

const std::set<std::string>& labelledOptionNames() {
    static const std::set<std::string> names{"label-column", "text-column", "id-column",
                                             "value-columns"};
    return names;
}

LabelledSource labelledSourceFrom(const std::string& argument, const Arguments& a) {
    LabelledSource l;
    if (meansBundled(argument, bundledLabelledSets()))
        l.bundled = argument;
    else
        l.path = std::filesystem::absolute(argument).lexically_normal().string();
    l.columns.label = a.value("label-column", l.columns.label);
    l.columns.text = a.value("text-column", l.columns.text);
    l.columns.id = a.value("id-column", l.columns.id);
    l.columns.values = splitList(a.value("value-columns", ""));
    return l;
}

void refuseLabelledOptions(const Arguments& a) {
    for (const std::string& name : labelledOptionNames())
        if (a.has(name)) throw UsageError("--" + name + " applies only to --labelled FILE");
}

}  // namespace rnnlab::cli
