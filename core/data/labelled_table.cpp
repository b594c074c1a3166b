#include "core/data/labelled_table.h"

#include "core/data/csv_detection.h"
#include "core/data/csv_records.h"

namespace rnnlab {

int LabelledTable::find(const std::string& name) const {
    for (std::size_t c = 0; c < header.size(); ++c)
        if (header[c] == name) return int(c);
    if (!name.empty() && name.find_first_not_of("0123456789") == std::string::npos &&
        name.size() < 6) {
        const int number = std::stoi(name);
        if (number >= 1 && number <= int(header.size())) return number - 1;
    }
    return -1;
}

int LabelledTable::require(const std::string& name, const std::string& role) const {
    const int c = find(name);
    if (c >= 0) return c;
    std::string names;
    for (const std::string& h : header) names += (names.empty() ? "" : ", ") + h;
    throw DataError(
        source, headerLine, 0, {},
        uiText(QT_TRANSLATE_NOOP("rnnlab::UiText", "no column '%1' for %2 (the header names %3)"),
               {name, role, names}));
}

LabelledTable readLabelledTable(std::string_view bytes, const std::string& source) {
    if (checkEncoding(bytes, source)) bytes.remove_prefix(3);
    LabelledTable t;
    t.source = source;
    RecordReader reader(bytes, detectDelimiter(bytes, source), source);
    std::vector<Field> fields;
    if (!reader.next(fields))
        throw DataError(source, 0, 0, {},
                        uiText(QT_TRANSLATE_NOOP("rnnlab::UiText",
                                                 "the file is empty: there are no labelled rows")));
    t.headerLine = reader.recordLine();
    for (const Field& f : fields) t.header.push_back(unescaped(f));
    reader.setNames(&t.header);
    while (reader.next(fields)) {
        if (fields.size() != t.header.size())
            throw DataError(
                source, reader.recordLine(), 0, {},
                uiText(QT_TRANSLATE_NOOP("rnnlab::UiText", "%1 cells, the header has %2"),
                       {std::to_string(fields.size()), std::to_string(t.header.size())}));
        std::vector<std::string> row;
        for (const Field& f : fields) row.push_back(unescaped(f));
        t.rows.push_back(std::move(row));
        t.lines.push_back(reader.recordLine());
    }
    if (t.rows.empty())
        throw DataError(source, t.headerLine, 0, {},
                        uiText(QT_TRANSLATE_NOOP("rnnlab::UiText",
                                                 "the header is the only row: there are no "
                                                 "labelled rows")));
    return t;
}

}  // namespace rnnlab
