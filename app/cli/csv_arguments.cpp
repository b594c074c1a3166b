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
    options.missing = parseMissingPolicy(a.value("missing", "reject"));
    options.delimiter = parseDelimiter(a.value("delimiter", "auto"));
    options.header = parseHeaderMode(a.value("header", "auto"));
    options.decimalComma = parseDecimalComma(a.value("decimal-comma", "auto"));
    options.unpivot = parseUnpivot(a.value("unpivot", "auto"));
    if (const auto markers = a.optional("missing-markers"))
        options.missingMarkers = parseMissingMarkers(*markers);
    return options;
}

}  // namespace rnnlab::cli
