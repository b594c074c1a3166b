#include "core/data/labelled_file.h"

#include <algorithm>
#include <cctype>

#include "core/data/labelled_sequences.h"
#include "core/data/labelled_text.h"

namespace rnnlab {

bool isLabelledCsv(const std::string& name) {
    if (name.size() < 4) return false;
    std::string end = name.substr(name.size() - 4);
    std::transform(end.begin(), end.end(), end.begin(),
                   [](unsigned char c) { return char(std::tolower(c)); });
    return end == ".csv";
}

std::shared_ptr<LabelledDataset> readLabelled(std::string_view bytes, const std::string& source,
                                              const LabelledShape& shape) {
    if (!isLabelledCsv(source))
        return labelledTextData(readLabelledLines(bytes, source), source, shape.window,
                                shape.split);
    const LabelledTable table = readLabelledTable(bytes, source);
    if (table.find(shape.columns.text) >= 0)
        return labelledTextData(labelledLinesOf(table, shape.columns), source, shape.window,
                                shape.split);
    return labelledSequenceData(table, shape.columns, shape.normalisation, shape.split);
}

}  // namespace rnnlab
