#include "csv_arguments.h"

namespace rnnlab::cli {

const std::set<std::string>& csvOptionNames() {
    static const std::set<std::string> names{"columns", "target",        "label",
                                             "missing", "delimiter",     "header",
                                             "unpivot", "decimal-comma", "missing-markers"};
    return names;
}

CsvOptions csvOptionsFrom(const Arguments& a) {
    CsvOptions options;
    options.inputColumns = splitList(a.value("columns", ""));
    options.targetColumn = a.value("target", "");
    if (const auto label = a.optional("label"))
        options.labelColumn = *label == "none" ? "" : *label;
    options.missing = a.choice("missing", parseMissingPolicy, "reject");
    options.delimiter = a.choice("delimiter", parseDelimiter, "auto");
    options.header = a.choice("header", parseHeaderMode, "auto");
    options.decimalComma = a.choice("decimal-comma", parseDecimalComma, "auto");
    options.unpivot = a.choice("unpivot", parseUnpivot, "auto");
    if (const auto markers = a.optional("missing-markers"))
        options.missingMarkers = parseMissingMarkers(*markers);
    return options;
}

}  // namespace rnnlab::cli
