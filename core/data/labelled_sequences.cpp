#include "core/data/labelled_sequences.h"

#include <unordered_map>

#include "core/data/csv_records.h"
#include "core/data/data_error.h"

namespace rnnlab {

namespace {

// The value columns: those named, or every column but the id and the label.
std::vector<int> valueColumns(const LabelledTable& t, const LabelledColumns& c, int id,
                              int label) {
    std::vector<int> values;
    for (const std::string& name : c.values) values.push_back(t.require(name, "values"));
    if (c.values.empty())
        for (int i = 0; i < int(t.header.size()); ++i)
            if (i != id && i != label) values.push_back(i);
    if (values.empty())
        throw DataError(t.source, t.headerLine, 0, {},
                        uiText(QT_TRANSLATE_NOOP("rnnlab::UiText",
                                                 "no value column: a sequence needs at least one "
                                                 "column of values beside the id and the "
                                                 "label")));
    return values;
}

struct Sequence {
    std::string id;
    std::size_t firstRow = 0;
    Index steps = 0;
};

// The sequences in file order; DataError for an id seen again after another one, and a label
// that changes within a sequence.
std::vector<Sequence> sequencesOf(const LabelledTable& t, int id, int label) {
    std::vector<Sequence> sequences;
    std::unordered_map<std::string, std::size_t> seen;
    for (std::size_t r = 0; r < t.rows.size(); ++r) {
        const std::string& name = t.rows[r][std::size_t(id)];
        const auto place = [&](int column, const UiText& problem) {
            return DataError(t.source, t.lines[r], column + 1, t.header[std::size_t(column)],
                             problem);
        };
        if (name.empty())
            throw place(id,
                        uiText(QT_TRANSLATE_NOOP("rnnlab::UiText", "the sequence id is empty")));
        if (!sequences.empty() && sequences.back().id == name) {
            ++sequences.back().steps;
            const std::string& first = t.rows[sequences.back().firstRow][std::size_t(label)];
            if (t.rows[r][std::size_t(label)] != first)
                throw place(label,
                            uiText(QT_TRANSLATE_NOOP("rnnlab::UiText",
                                                     "the label '%1' changes within sequence '%2' "
                                                     "(labelled '%3' on line %4)"),
                                   {t.rows[r][std::size_t(label)], name, first,
                                    std::to_string(t.lines[sequences.back().firstRow])}));
            continue;
        }
        if (const auto it = seen.find(name); it != seen.end())
            throw place(id,
                        uiText(QT_TRANSLATE_NOOP("rnnlab::UiText",
                                                 "sequence '%1' continues here after other "
                                                 "rows (it began on line %2): the rows of a "
                                                 "sequence must be together"),
                               {name, std::to_string(t.lines[sequences[it->second].firstRow])}));
        if (t.rows[r][std::size_t(label)].empty())
            throw place(label, uiText(QT_TRANSLATE_NOOP("rnnlab::UiText", "the label is empty")));
        seen.emplace(name, sequences.size());
        sequences.push_back({name, r, 1});
    }
    return sequences;
}

}  // namespace

std::shared_ptr<LabelledDataset> labelledSequenceData(const LabelledTable& t,
                                                      const LabelledColumns& c,
                                                      NormalisationKind normalisation,
                                                      const SplitSpec& split) {
    const int id = t.require(c.id, "the sequence ids");
    const int label = t.require(c.label, "the labels");
    const std::vector<int> values = valueColumns(t, c, id, label);
    const std::vector<Sequence> sequences = sequencesOf(t, id, label);
    std::vector<LabelAt> labels;
    for (const Sequence& s : sequences)
        labels.push_back({t.rows[s.firstRow][std::size_t(label)], t.lines[s.firstRow], label + 1});
    classesOf(labels, t.source);
    const Index T = sequences.front().steps;
    for (const Sequence& s : sequences)
        if (s.steps != T)
            throw DataError(t.source, t.lines[s.firstRow], id + 1, t.header[std::size_t(id)],
                            uiText(QT_TRANSLATE_NOOP("rnnlab::UiText",
                                                     "sequence '%1' has %2 rows, the first ('%3', "
                                                     "line %4) has %5: every sequence needs the "
                                                     "same number of steps"),
                                   {s.id, std::to_string(s.steps), sequences.front().id,
                                    std::to_string(t.lines.front()), std::to_string(T)}));
    // The values as a series of every row (one column each), to normalise on the training rows.
    const MissingMarkers noMarkers({});
    Series series;
    series.columns.assign(values.size(), std::vector<double>(t.rows.size()));
    for (std::size_t r = 0; r < t.rows.size(); ++r)
        for (std::size_t v = 0; v < values.size(); ++v) {
            const int column = values[v];
            const std::string& cell = t.rows[r][std::size_t(column)];
            double x = 0;
            if (parseCell(cell, false, noMarkers, x) != CellKind::Number)
                throw DataError(t.source, t.lines[r], column + 1, t.header[std::size_t(column)],
                                uiText(QT_TRANSLATE_NOOP("rnnlab::UiText", "'%1' is not a number"),
                                       {shown(cell)}));
            series.columns[v][r] = x;
        }
    const Index trainingRows = splitSizes(split, Index(sequences.size()))[0] * T;
    if (trainingRows == 0)
        throw DataError(t.source, 0, 0, {},
                        uiText(QT_TRANSLATE_NOOP("rnnlab::UiText",
                                                 "the split leaves no sequence for training (%1 "
                                                 "sequences)"),
                               {std::to_string(sequences.size())}));
    Normaliser::fit(normalisation, series, 0, trainingRows).transform(series);
    Matrix<double> inputs(Index(t.rows.size()), Index(values.size()));
    for (std::size_t v = 0; v < values.size(); ++v)
        for (std::size_t r = 0; r < t.rows.size(); ++r)
            inputs(Index(r), Index(v)) = series.columns[v][r];
    return std::make_shared<LabelledDataset>(t.source, T, std::move(inputs), labels,
                                             std::nullopt, split);
}

}  // namespace rnnlab
