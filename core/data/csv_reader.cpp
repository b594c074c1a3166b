#include "core/data/csv_reader.h"

#include <algorithm>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <limits>

#include "core/base/errors.h"
#include "core/data/column_roles.h"
#include "core/data/csv_column_plan.h"
#include "core/data/csv_detection.h"
#include "core/data/csv_records.h"
#include "core/data/data_error.h"
#include "core/data/data_file.h"
#include "core/data/missing_values.h"
#include "core/data/wide_table.h"

namespace rnnlab {

namespace {

constexpr double kMissing = std::numeric_limits<double>::quiet_NaN();

// ---------------------------------------------------------------------------------------------
// Reading the chosen columns

// The label of a row: the label cell as written, a numeric date as an ISO date, or a year and
// its month or quarter joined (1958-03, 1958Q1).
class LabelMaker {
public:
    LabelMaker(const ColumnRoles& roles, const std::vector<ColumnProfile>& profiles,
               const TableContext& context)
        : m_roles(roles), m_context(context) {
        if (roles.label < 0) return;
        const ColumnProfile& label = profiles[std::size_t(roles.label)];
        m_numericDate =
            !label.text && (label.time == TimeForm::Day || label.time == TimeForm::Month);
    }

    std::string operator()(const std::vector<Field>& fields) const {
        const Field& cell = fields[std::size_t(m_roles.label)];
        if (m_roles.labelPair >= 0) return joined(cell, fields[std::size_t(m_roles.labelPair)]);
        double value = 0.0;
        if (m_numericDate && number(cell, value)) return numericTimeLabel(m_roles.labelForm, value);
        return unescaped(cell);
    }

private:
    bool number(const Field& cell, double& value) const {
        return parseCell(cell.text, m_context.decimalComma, m_context.markers, value) ==
               CellKind::Number;
    }
    std::string joined(const Field& year, const Field& part) const {
        double y = 0.0, p = 0.0;
        if (!number(year, y) || !number(part, p)) return unescaped(year) + "-" + unescaped(part);
        char text[32];
        std::snprintf(text, sizeof text,
                      m_roles.labelForm == TimeForm::Month ? "%04.0f-%02.0f" : "%04.0fQ%.0f", y, p);
        return text;
    }

    const ColumnRoles& m_roles;
    const TableContext& m_context;
    bool m_numericDate = false;  // YYYYMMDD or YYYYMM numbers, shown as ISO dates
};

// Reads the data records into the columns the roles chose; missing cells go to `missing`.
void readColumns(RecordReader& reader, const ColumnRoles& roles, const LabelMaker& label,
                 const TableContext& context, std::size_t estimatedRows, Series& s,
                 MissingReport& missing) {
    // slot[j]: Series column of file column j, or -1 when it is not read.
    std::vector<int> slot(context.columnCount, -1);
    for (std::size_t k = 0; k < roles.read.size(); ++k) slot[std::size_t(roles.read[k])] = int(k);
    s.columns.assign(roles.read.size(), {});
    for (auto& col : s.columns) col.reserve(estimatedRows);
    s.lines.reserve(estimatedRows);
    if (roles.label >= 0) s.labels.reserve(estimatedRows);
    missing.perColumn.assign(s.columns.size(), 0);

    std::vector<Field> fields;
    while (reader.next(fields)) {
        const long line = reader.recordLine();
        checkRecordWidth(context, fields, line);
        for (std::size_t k = 0; k < roles.read.size(); ++k) {
            const std::size_t j = std::size_t(roles.read[k]);
            double value = 0.0;
            const CellKind kind =
                parseCell(fields[j].text, context.decimalComma, context.markers, value);
            if (kind == CellKind::Missing) {
                value = kMissing;
                missing.cells.push_back({line, int(j + 1), int(k)});
                ++missing.perColumn[k];
            } else if (kind != CellKind::Number) {
                refuseCell(context, kind, fields[j], line, j);
            }
            s.columns[k].push_back(value);
        }
        if (roles.label >= 0) s.labels.push_back(label(fields));
        s.lines.push_back(line);
    }
}

// The name of an unpivoted series: the file's name without folder and extension.
std::string seriesNameOf(const std::string& source) {
    const std::string stem = std::filesystem::path(source).stem().string();
    return stem.empty() ? "value" : stem;
}

// A wide table read as one series has one column: the column choices may name only it.
void checkUnpivotChoices(const CsvOptions& o, const std::string& name, const std::string& source) {
    bool other = !o.targetColumn.empty() && o.targetColumn != name;
    for (const std::string& c : o.inputColumns) other = other || c != name;
    if (other)
        throw DataError(source, 0, 0, {},
                        uiText(QT_TRANSLATE_NOOP("rnnlab::UiText",
                                                 "this wide table is read as one series, '%1': to "
                                                 "choose other columns, read it as columns "
                                                 "(unpivot: no)"),
                               {name}));
}

// A series shorter than minRows: `rows` of the file's `dataRows` are left.
UiText tooFewRows(Index dataRows, Index rows, Index minRows) {
    const UiText left =
        dataRows == 1 ? uiText(QT_TRANSLATE_NOOP("rnnlab::UiText", "this is the only data row"))
        : rows == 1   ? uiText(QT_TRANSLATE_NOOP("rnnlab::UiText", "only 1 data row is left"))
                      : uiText(QT_TRANSLATE_NOOP("rnnlab::UiText", "only %1 data rows are left"),
                               {std::to_string(rows)});
    return left + uiText(QT_TRANSLATE_NOOP("rnnlab::UiText", "; a series needs at least %1 rows"),
                         {std::to_string(minRows)});
}

}  // namespace

// ---------------------------------------------------------------------------------------------

LoadedCsv parseCsv(std::string_view bytes, const std::string& source, const CsvOptions& options) {
    const auto refuse = [&source](long line, const UiText& problem) {
        throw DataError(source, line, 0, {}, problem);
    };
    if (bytes.size() > options.maxBytes)
        refuse(0,
               uiText(QT_TRANSLATE_NOOP("rnnlab::UiText", "the data is %1; at most %2 can be read"),
                      {sizeText(bytes.size()), sizeText(options.maxBytes)}));
    LoadedCsv result;
    CsvFormat& format = result.format;
    format.byteOrderMark = checkEncoding(bytes, source);
    const std::string_view text = format.byteOrderMark ? bytes.substr(3) : bytes;
    if (text.empty()) refuse(0, uiText(QT_TRANSLATE_NOOP("rnnlab::UiText", "the file is empty")));

    format.delimiter =
        options.delimiter == Delimiter::Auto ? detectDelimiter(text, source) : options.delimiter;
    format.decimalComma = options.decimalComma == DecimalComma::Auto
                              ? format.delimiter == Delimiter::Semicolon
                              : options.decimalComma == DecimalComma::Yes;
    const MissingMarkers markers(options.missingMarkers);
    const CsvSample sample = readSample(text, format.delimiter, source);
    format.header = options.header == HeaderMode::Auto
                        ? detectHeader(sample.records, format.decimalComma, markers)
                        : options.header == HeaderMode::Yes;

    const std::size_t columnCount = sample.records.front().size();
    const std::vector<std::string> names =
        columnNames(sample.records.front(), format.header, sample.lines.front(), source);
    // Names shown in messages: the header's, none for a file without one ("column 3" says it).
    const std::vector<std::string> messageNames =
        format.header ? names : std::vector<std::string>(columnCount);
    const std::vector<ColumnProfile> profiles =
        profileColumns(sample.records, format.header ? 1 : 0, names, format.decimalComma, markers);
    const TableContext context{
        source,       columnCount,         format.header, sample.lines.front(),
        messageNames, format.decimalComma, markers};

    RecordReader reader(text, format.delimiter, source);
    reader.setNames(&messageNames);
    std::vector<Field> header;
    if (format.header) reader.next(header);
    Series& s = result.series;
    s.source = source;
    const std::optional<WideTable> wide =
        options.everyColumnNumeric ? std::nullopt : detectWideTable(profiles);
    if (wide) result.wideTable = shapeOf(*wide);
    result.unpivoted = wide && options.unpivot != Unpivot::No;
    if (options.unpivot == Unpivot::Yes && !wide)
        refuse(0, uiText(QT_TRANSLATE_NOOP("rnnlab::UiText",
                                           "unpivot: this is not a wide table (expected a "
                                           "column of years and, after it, 12 columns named "
                                           "for the months or 4 for the quarters)")));
    std::vector<UiText> columnPlaces;
    if (result.unpivoted) {
        checkUnpivotChoices(options, seriesNameOf(source), source);
        readWideTable(reader, *wide, context, seriesNameOf(source), s, result.missing);
        s.columnChoice = explainUnpivot(*wide, names, s);
        columnPlaces = {uiText(QT_TRANSLATE_NOOP("rnnlab::UiText", "the series"))};
    } else {
        const ColumnRoles roles = chooseColumns(options, profiles, source);
        describeColumns(roles, names, format.header, s, result, columnPlaces);
        const std::size_t estimatedRows =
            std::size_t(std::count(text.begin(), text.end(), '\n')) + 1;
        readColumns(reader, roles, LabelMaker(roles, profiles, context), context, estimatedRows, s,
                    result.missing);
    }

    const Index dataRows = Index(s.lines.size());
    if (dataRows == 0)
        refuse(sample.lines.front(),
               uiText(QT_TRANSLATE_NOOP("rnnlab::UiText",
                                        "the file has a header (line %1) but no data rows"),
                      {std::to_string(sample.lines.front())}));
    applyMissingPolicy(options.missing, source, messageNames, columnPlaces, s, result.missing);
    if (s.rows() < options.minRows)
        refuse(s.lines.front(), tooFewRows(dataRows, s.rows(), options.minRows));
    return result;
}

LoadedCsv loadCsv(const std::string& path, const CsvOptions& options) {
    const std::string bytes =
        readDataFile(path, options.maxBytes,
                     QT_TRANSLATE_NOOP("rnnlab::UiText", "keep fewer rows, or split the file"));
    return parseCsv(bytes, path, options);
}

Matrix<double> loadNumberMatrix(const std::string& path) {
    CsvOptions options;
    options.everyColumnNumeric = true;
    options.minRows = 1;
    const Series s = loadCsv(path, options).series;
    // Every column is an input, in file order (the target is the last one, also an input).
    Matrix<double> m(s.rows(), Index(s.columns.size()));  // (T, N)
    for (std::size_t c = 0; c < s.columns.size(); ++c)
        for (Index r = 0; r < s.rows(); ++r) m(r, Index(c)) = s.columns[c][std::size_t(r)];
    return m;
}

// ---------------------------------------------------------------------------------------------

std::string toString(Delimiter delimiter) {
    switch (delimiter) {
        case Delimiter::Auto:
            return "auto";
        case Delimiter::Comma:
            return "comma";
        case Delimiter::Semicolon:
            return "semicolon";
        case Delimiter::Tab:
            return "tab";
        case Delimiter::Whitespace:
            return "whitespace";
    }
    return "auto";
}

Delimiter parseDelimiter(const std::string& name) {
    for (Delimiter d : {Delimiter::Auto, Delimiter::Comma, Delimiter::Semicolon, Delimiter::Tab,
                        Delimiter::Whitespace})
        if (toString(d) == name) return d;
    throw ConfigError(uiText(QT_TRANSLATE_NOOP("rnnlab::UiText",
                                               "delimiter '%1' is not one of: auto, comma, "
                                               "semicolon, tab, whitespace"),
                             {name}));
}

namespace {

std::string autoYesNo(bool isAuto, bool yes) {
    return isAuto ? "auto" : yes ? "yes" : "no";
}

// The three settings that are auto, yes or no.
template <typename E>
E parseAutoYesNo(const std::string& name, const char* what) {
    if (name == "auto") return E::Auto;
    if (name == "yes") return E::Yes;
    if (name == "no") return E::No;
    throw ConfigError(
        verbatim(what) +
        uiText(QT_TRANSLATE_NOOP("rnnlab::UiText", " '%1' is not one of: auto, yes, no"), {name}));
}

}  // namespace

HeaderMode parseHeaderMode(const std::string& name) {
    return parseAutoYesNo<HeaderMode>(name, "header");
}

DecimalComma parseDecimalComma(const std::string& name) {
    return parseAutoYesNo<DecimalComma>(name, "decimal comma");
}

Unpivot parseUnpivot(const std::string& name) {
    return parseAutoYesNo<Unpivot>(name, "unpivot");
}

std::string toString(HeaderMode mode) {
    return autoYesNo(mode == HeaderMode::Auto, mode == HeaderMode::Yes);
}

std::string toString(DecimalComma mode) {
    return autoYesNo(mode == DecimalComma::Auto, mode == DecimalComma::Yes);
}

std::string toString(Unpivot mode) {
    return autoYesNo(mode == Unpivot::Auto, mode == Unpivot::Yes);
}

}  // namespace rnnlab
