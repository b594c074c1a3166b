#include "core/data/column_roles.h"

#include <algorithm>
#include <cmath>
#include <unordered_map>

#include "core/data/data_error.h"

namespace rnnlab {

namespace {

std::string quoted(const std::string& name) {
    return "\u201c" + name + "\u201d";
}

std::string joined(const std::vector<std::string>& names) {
    std::string out;
    for (const std::string& n : names) out += (out.empty() ? "" : ", ") + n;
    return out;
}

bool isWhole(double v) {
    return v == std::floor(v);
}

bool isTimeAxis(const ColumnProfile& c) {
    return c.time != TimeForm::None || c.yearOfPair;
}

// What a time axis holds, for the reason line.
UiText holds(const ColumnProfile& c) {
    if (c.timeByHeader)
        return uiText(QT_TRANSLATE_NOOP("rnnlab::UiText", " is named like a time, only increases"));
    if (c.time == TimeForm::Counter)
        return uiText(QT_TRANSLATE_NOOP("rnnlab::UiText", " counts 1, 2, 3, …"));
    if (c.time == TimeForm::None)
        return uiText(QT_TRANSLATE_NOOP("rnnlab::UiText", " holds years"));
    return uiText(QT_TRANSLATE_NOOP("rnnlab::UiText", " holds ")) + describe(c.time);
}

class ColumnFinder {
public:
    ColumnFinder(const std::vector<ColumnProfile>& columns, const std::string& source)
        : m_columns(columns), m_source(source) {}

    // A column by its name, or by its 1-based number when no column has that name.
    int find(const std::string& selector) const {
        if (m_byName.empty())  // built at the first name asked for: most loads ask none
            for (std::size_t j = m_columns.size(); j-- > 0;) m_byName[m_columns[j].name] = int(j);
        const auto it = m_byName.find(selector);
        if (it != m_byName.end()) return it->second;
        const int count = int(m_columns.size());
        if (!selector.empty() && selector.find_first_not_of("0123456789") == std::string::npos &&
            selector.size() < 7) {
            const int number = std::stoi(selector);
            if (number >= 1 && number <= count) return number - 1;
        }
        std::vector<std::string> names;
        for (std::size_t j = 0; j < m_columns.size() && j < 20; ++j)
            names.push_back(m_columns[j].name);
        if (m_columns.size() > 20) names.push_back("\u2026");
        throw DataError(m_source, 0, 0, {},
                        uiText(QT_TRANSLATE_NOOP("rnnlab::UiText",
                                                 "there is no column '%1'; the columns are: %2 "
                                                 "(or their numbers 1 to %3)"),
                               {selector, joined(names), std::to_string(count)}));
    }

private:
    const std::vector<ColumnProfile>& m_columns;
    const std::string& m_source;
    mutable std::unordered_map<std::string_view, int> m_byName;
};

// The label: chosen, or the first time axis, or the first text column.
void chooseLabel(const CsvOptions& o, const std::vector<ColumnProfile>& cols,
                 const ColumnFinder& finder, const std::vector<char>& chosen, ColumnRoles& r,
                 const std::string& source) {
    const int count = int(cols.size());
    if (o.everyColumnNumeric) return;
    if (o.labelColumn) {
        r.label = o.labelColumn->empty() ? -1 : finder.find(*o.labelColumn);
        if (r.label >= 0 && chosen[std::size_t(r.label)])
            throw DataError(source, 0, 0, {},
                            uiText(QT_TRANSLATE_NOOP("rnnlab::UiText",
                                                     "column '%1' cannot be both the label column "
                                                     "and a data column"),
                                   {cols[std::size_t(r.label)].name}));
    } else {
        // A numeric time axis labels the rows only when another numeric column is left.
        const int numericCount = int(std::count_if(cols.begin(), cols.end(),
                                                   [](const ColumnProfile& c) { return !c.text; }));
        auto canLabel = [&](int j) {
            const ColumnProfile& c = cols[std::size_t(j)];
            return isTimeAxis(c) && !chosen[std::size_t(j)] &&
                   (c.text || numericCount - 1 - (c.yearOfPair ? 1 : 0) > 0);
        };
        for (int j = 0; j < count && r.label < 0; ++j)
            if (canLabel(j)) r.label = j;
        for (int j = 0; j < count && r.label < 0; ++j)
            if (cols[std::size_t(j)].text && !chosen[std::size_t(j)]) r.label = j;
    }
    if (r.label < 0) return;
    const ColumnProfile& l = cols[std::size_t(r.label)];
    r.labelForm = l.time;
    if (l.yearOfPair && r.label + 1 < count && !chosen[std::size_t(r.label + 1)]) {
        r.labelPair = r.label + 1;
        r.labelForm = cols[std::size_t(r.labelPair)].time;
    }
}

// The reason line's start, capitalised.
UiText labelReason(const CsvOptions& o, const std::vector<ColumnProfile>& cols,
                   const ColumnRoles& r) {
    if (r.label < 0)
        return o.labelColumn
                   ? uiText(QT_TRANSLATE_NOOP("rnnlab::UiText",
                                              "No label column (chosen): the x axis counts rows"))
                   : uiText(QT_TRANSLATE_NOOP("rnnlab::UiText",
                                              "No column holds dates, years or an index: "
                                              "the x axis counts rows"));
    const std::string name = quoted(cols[std::size_t(r.label)].name);
    const ColumnProfile& l = cols[std::size_t(r.label)];
    if (r.labelPair >= 0)
        return uiText(QT_TRANSLATE_NOOP("rnnlab::UiText", "%1 and %2 give the "),
                      {name, quoted(cols[std::size_t(r.labelPair)].name)}) +
               describe(r.labelForm) +
               uiText(QT_TRANSLATE_NOOP("rnnlab::UiText", " of the x axis"));
    if (o.labelColumn)
        return uiText(QT_TRANSLATE_NOOP("rnnlab::UiText", "%1 labels the x axis (chosen)"), {name});
    if (isTimeAxis(l))
        return verbatim(name) + holds(l) +
               uiText(QT_TRANSLATE_NOOP("rnnlab::UiText", " and labels the x axis"));
    return uiText(QT_TRANSLATE_NOOP("rnnlab::UiText", "%1 is text and labels the x axis"), {name});
}

UiText inputsReason(const CsvOptions& o, const std::vector<ColumnProfile>& cols,
                    const ColumnRoles& r) {
    const std::size_t n = r.inputs.size();
    if (!o.inputColumns.empty()) {
        std::vector<std::string> names;
        for (int k : r.inputs)
            names.push_back(quoted(cols[std::size_t(r.read[std::size_t(k)])].name));
        if (n == 1)
            return uiText(QT_TRANSLATE_NOOP("rnnlab::UiText", "input %1 (chosen)"),
                          {joined(names)});
        if (n <= 4)
            return uiText(QT_TRANSLATE_NOOP("rnnlab::UiText", "inputs %1 (chosen)"),
                          {joined(names)});
        return uiText(QT_TRANSLATE_NOOP("rnnlab::UiText", "inputs %1 columns (chosen)"),
                      {std::to_string(n)});
    }
    if (o.allInputs)
        return uiText(QT_TRANSLATE_NOOP("rnnlab::UiText",
                                        "inputs: every numeric column but the time axes (%1)"),
                      {std::to_string(n)});
    return uiText(QT_TRANSLATE_NOOP("rnnlab::UiText", "input: the target alone"));
}

UiText explain(const CsvOptions& o, const std::vector<ColumnProfile>& cols, const ColumnRoles& r,
               bool skippedTimeAxes) {
    UiText line = labelReason(o, cols, r);
    std::vector<std::string> others;
    for (int j : r.numeric)
        if (j != r.labelPair && isTimeAxis(cols[std::size_t(j)]) &&
            std::find(r.read.begin(), r.read.end(), j) == r.read.end())
            others.push_back(quoted(cols[std::size_t(j)].name));
    if (others.size() == 1)
        line +=
            uiText(QT_TRANSLATE_NOOP("rnnlab::UiText", "; %1 is a time axis too and is left out"),
                   {others.front()});
    if (others.size() > 1)
        line +=
            uiText(QT_TRANSLATE_NOOP("rnnlab::UiText", "; %1 are time axes too and are left out"),
                   {joined(others)});
    std::vector<std::string> empty;
    for (int j : r.numeric)
        if (cols[std::size_t(j)].noNumbers &&
            std::find(r.read.begin(), r.read.end(), j) == r.read.end())
            empty.push_back(quoted(cols[std::size_t(j)].name));
    if (!empty.empty())
        line += uiText(empty.size() == 1
                           ? QT_TRANSLATE_NOOP("rnnlab::UiText",
                                               "; %1 has no numbers in the first rows and is left "
                                               "out")
                           : QT_TRANSLATE_NOOP("rnnlab::UiText",
                                               "; %1 have no numbers in the first rows and are "
                                               "left out"),
                       {joined(empty)});
    const std::string target = quoted(cols[std::size_t(r.read[std::size_t(r.target)])].name);
    line +=
        uiText(!o.targetColumn.empty() ? QT_TRANSLATE_NOOP("rnnlab::UiText", "; target %1 (chosen)")
               : skippedTimeAxes
                   ? QT_TRANSLATE_NOOP("rnnlab::UiText",
                                       "; target %1: the last numeric column that is not a "
                                       "time axis")
                   : QT_TRANSLATE_NOOP("rnnlab::UiText", "; target %1: the last numeric column"),
               {target});
    line += uiText(QT_TRANSLATE_NOOP("rnnlab::UiText", "; "));
    line += inputsReason(o, cols, r);
    line += uiText(QT_TRANSLATE_NOOP("rnnlab::UiText", "."));
    return line;
}

}  // namespace

ColumnRoles chooseColumns(const CsvOptions& o, const std::vector<ColumnProfile>& cols,
                          const std::string& source) {
    const int count = int(cols.size());
    const ColumnFinder finder(cols, source);
    std::vector<char> chosen(std::size_t(count), 0);
    std::vector<int> chosenInputs;
    for (const std::string& s : o.inputColumns) {
        const int j = finder.find(s);
        if (!chosen[std::size_t(j)]) chosenInputs.push_back(j);
        chosen[std::size_t(j)] = 1;
    }
    const int chosenTarget = o.targetColumn.empty() ? -1 : finder.find(o.targetColumn);
    if (chosenTarget >= 0) chosen[std::size_t(chosenTarget)] = 1;

    ColumnRoles r;
    chooseLabel(o, cols, finder, chosen, r, source);
    auto numeric = [&](int j) {
        return o.everyColumnNumeric ||
               (j != r.label && j != r.labelPair && !cols[std::size_t(j)].text);
    };
    // Columns no default picks: time axes, and columns without a number in their first rows.
    auto timeAxis = [&](int j) {
        return !o.everyColumnNumeric && isTimeAxis(cols[std::size_t(j)]);
    };
    auto skipped = [&](int j) { return timeAxis(j) || cols[std::size_t(j)].noNumbers; };
    for (int j = 0; j < count; ++j)
        if (numeric(j)) r.numeric.push_back(j);

    int target = chosenTarget;
    bool skippedTimeAxes = false;
    for (auto j = r.numeric.rbegin(); j != r.numeric.rend() && target < 0; ++j) {
        if (!skipped(*j)) target = *j;
        skippedTimeAxes = skippedTimeAxes || timeAxis(*j);
    }
    if (target < 0 && !r.numeric.empty()) target = r.numeric.back();
    if (target < 0) {
        std::vector<std::string> names;
        for (const ColumnProfile& c : cols) names.push_back(c.name);
        throw DataError(source, 0, 0, {},
                        uiText(QT_TRANSLATE_NOOP("rnnlab::UiText",
                                                 "no column holds numbers (columns: %1); choose "
                                                 "the target column by name"),
                               {joined(names)}));
    }

    std::vector<int> inputs = chosenInputs;
    if (inputs.empty() && (o.allInputs || o.everyColumnNumeric)) {
        for (int j : r.numeric)
            if (!skipped(j) || j == target) inputs.push_back(j);
    }
    if (inputs.empty()) inputs.push_back(target);

    r.read = inputs;
    for (std::size_t k = 0; k < inputs.size(); ++k) r.inputs.push_back(int(k));
    const auto t = std::find(inputs.begin(), inputs.end(), target);
    r.target = int(t - inputs.begin());
    if (t == inputs.end()) r.read.push_back(target);
    for (int j = 0; j < count; ++j)
        if (cols[std::size_t(j)].text && j != r.label && j != r.labelPair &&
            !chosen[std::size_t(j)])
            r.ignored.push_back(j);
    if (!o.everyColumnNumeric) r.reason = explain(o, cols, r, skippedTimeAxes);
    return r;
}

ColumnProfile profileNumericColumn(const std::string& name, const std::vector<double>& values) {
    ColumnProfile p;
    p.name = name;
    p.time = numericTimeForm(values);
    if (p.time != TimeForm::None || values.size() < 2) return p;
    for (std::size_t i = 1; i < values.size(); ++i)
        if (!(values[i] > values[i - 1])) return p;
    if (!isTimeHeader(name)) return p;
    p.time = TimeForm::Counter;
    p.timeByHeader = true;
    return p;
}

ColumnProfile profileTextColumn(const std::string& name, const std::vector<std::string>& cells) {
    ColumnProfile p;
    p.name = name;
    p.text = true;
    p.time = textTimeForm(cells);
    return p;
}

void joinYearPair(ColumnProfile& years, const std::vector<double>& y, ColumnProfile& next,
                  const std::vector<double>& m) {
    if (years.time != TimeForm::None || next.time != TimeForm::None || years.text || next.text ||
        y.size() < 3 || y.size() != m.size())
        return;
    double largest = 0.0;
    bool repeats = false;
    for (std::size_t i = 0; i < y.size(); ++i) {
        if (!isWhole(y[i]) || y[i] < 1000 || y[i] > 2999 || !isWhole(m[i]) || m[i] < 1 || m[i] > 12)
            return;
        largest = std::max(largest, m[i]);
        repeats = repeats || (i > 0 && y[i] == y[i - 1]);
    }
    if (!repeats) return;
    // Quarters when the parts stay within 1-4 and step through them one by one.
    bool quarterly = largest <= 4;
    for (std::size_t i = 1; i < y.size(); ++i) {
        if (!(y[i] * 12 + m[i] > y[i - 1] * 12 + m[i - 1])) return;
        quarterly = quarterly && y[i] * 4 + m[i] == y[i - 1] * 4 + m[i - 1] + 1;
    }
    years.yearOfPair = true;
    next.time = quarterly ? TimeForm::Quarter : TimeForm::Month;
}

}  // namespace rnnlab
