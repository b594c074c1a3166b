#include "core/io/data_json.h"

#include <QJsonArray>

#include "core/data/catalog.h"
#include "core/data/vocabulary.h"

namespace rnnlab {

namespace {

QString qs(const std::string& s) { return QString::fromStdString(s); }

QJsonArray stringsJson(const std::vector<std::string>& values) {
    QJsonArray a;
    for (const std::string& v : values) a.append(qs(v));
    return a;
}

std::vector<std::string> parseStrings(const QJsonValue& value, const JsonPath& at) {
    const QJsonArray a = asArray(value, at);
    std::vector<std::string> out;
    for (qsizetype i = 0; i < a.size(); ++i) out.push_back(asString(a[i], at.element(i)));
    return out;
}

// "columns": absent for the target alone, [] for every numeric column (what files written
// before the target alone became the default meant by []), or the names.
void insertColumns(QJsonObject& o, const CsvOptions& c) {
    if (c.allInputs)
        o.insert("columns", QJsonArray());
    else if (!c.inputColumns.empty())
        o.insert("columns", stringsJson(c.inputColumns));
}

void parseColumns(const QJsonObject& o, const JsonPath& at, CsvOptions& c) {
    if (!o.contains(QLatin1String("columns"))) return;
    c.inputColumns = parseStrings(o.value("columns"), at.field("columns"));
    c.allInputs = c.inputColumns.empty();
}

QJsonObject csvJson(const DataSource& s) {
    QJsonObject o{{"path", qs(s.csvPath)},
                  {"delimiter", qs(toString(s.csv.delimiter))},
                  {"header", qs(toString(s.csv.header))},
                  {"decimal_comma", qs(toString(s.csv.decimalComma))},
                  {"missing", qs(toString(s.csv.missing))},
                  {"unpivot", qs(toString(s.csv.unpivot))},
                  {"target", qs(s.csv.targetColumn)}};
    insertColumns(o, s.csv);
    if (s.csv.labelColumn) o.insert("label", qs(*s.csv.labelColumn));  // absent: detected
    if (s.csv.missingMarkers != defaultMissingMarkers())
        o.insert("missing_markers", stringsJson(s.csv.missingMarkers));
    return o;
}

CsvOptions parseCsvOptions(const QJsonObject& o, const JsonPath& at, std::string& path) {
    rejectUnknownFields(o, at,
                        {"path", "delimiter", "header", "decimal_comma", "missing", "columns",
                         "target", "label", "unpivot", "missing_markers"});
    CsvOptions c;
    path = requireString(o, "path", at);
    c.delimiter = parseChoice(optionalString(o, "delimiter", at, "auto"), at.field("delimiter"),
                              parseDelimiter);
    c.header = parseChoice(optionalString(o, "header", at, "auto"), at.field("header"), parseHeaderMode);
    c.decimalComma = parseChoice(optionalString(o, "decimal_comma", at, "auto"),
                                 at.field("decimal_comma"), parseDecimalComma);
    c.missing = parseChoice(optionalString(o, "missing", at, "reject"), at.field("missing"),
                            parseMissingPolicy);
    c.unpivot =
        parseChoice(optionalString(o, "unpivot", at, "auto"), at.field("unpivot"), parseUnpivot);
    parseColumns(o, at, c);
    c.targetColumn = optionalString(o, "target", at, "");
    if (o.contains(QLatin1String("label"))) c.labelColumn = requireString(o, "label", at);
    if (o.contains(QLatin1String("missing_markers")))
        c.missingMarkers = parseStrings(o.value("missing_markers"), at.field("missing_markers"));
    return c;
}

// "bundled": the dataset's name, or {"name", "target", "columns"} when columns were chosen.
QJsonValue bundledJson(const DataSource& s) {
    if (s.csv.targetColumn.empty() && s.csv.inputColumns.empty() && !s.csv.allInputs)
        return qs(s.bundled);
    QJsonObject o{{"name", qs(s.bundled)}, {"target", qs(s.csv.targetColumn)}};
    insertColumns(o, s.csv);
    return o;
}

void parseBundled(const QJsonObject& data, const JsonPath& at, DataSource& s) {
    const JsonPath b = at.field("bundled");
    if (data.value(QLatin1String("bundled")).isObject()) {
        const QJsonObject o = requireObject(data, "bundled", at);
        rejectUnknownFields(o, b, {"name", "target", "columns"});
        s.bundled = requireString(o, "name", b);
        s.csv.targetColumn = optionalString(o, "target", b, "");
        parseColumns(o, b, s.csv);
    } else {
        s.bundled = requireString(data, "bundled", at);
    }
    try {
        bundledDataset(s.bundled);
    } catch (const std::runtime_error& e) {
        b.fail(": ", e);
    }
}

// A saved vocabulary: symbols in index order, as Vocabulary::fromStrings accepts them.
std::vector<std::string> parseVocabulary(const QJsonValue& value, const JsonPath& v) {
    std::vector<std::string> vocabulary = parseStrings(value, v);
    try {
        Vocabulary::fromStrings(vocabulary);
    } catch (const ConfigError& e) {
        // "[3] must be one character": the element's place, else a sentence about the list
        const std::string what = e.what();
        v.fail(what.front() == '[' ? e.text() : verbatim(" ") + e.text());
    }
    return vocabulary;
}

// "text": {"path" or "bundled", "vocabulary" when a network was trained on it}.
QJsonObject textJson(const TextSource& t) {
    QJsonObject o;
    if (t.bundled.empty())
        o.insert("path", qs(t.path));
    else
        o.insert("bundled", qs(t.bundled));
    if (!t.vocabulary.empty()) o.insert("vocabulary", stringsJson(t.vocabulary));
    return o;
}

TextSource parseText(const QJsonObject& o, const JsonPath& at) {
    rejectUnknownFields(o, at, {"path", "bundled", "vocabulary"});
    TextSource t;
    if (o.contains(QLatin1String("path")) == o.contains(QLatin1String("bundled")))
        at.fail(uiText(QT_TRANSLATE_NOOP("rnnlab::UiText",
                                         " must have either \"path\" (a text file) or "
                                         "\"bundled\" (a bundled text)")));
    if (o.contains(QLatin1String("path"))) {
        t.path = requireString(o, "path", at);
    } else {
        t.bundled = requireString(o, "bundled", at);
        try {
            bundledText(t.bundled);
        } catch (const std::runtime_error& e) {
            at.field("bundled").fail(": ", e);
        }
    }
    if (o.contains(QLatin1String("vocabulary")))
        t.vocabulary = parseVocabulary(o.value("vocabulary"), at.field("vocabulary"));
    return t;
}

// "labelled": {"path" or "bundled", the columns of a CSV, "vocabulary" and "classes" when a
// network was trained on it}.
QJsonObject labelledJson(const LabelledSource& l) {
    QJsonObject o;
    if (l.bundled.empty())
        o.insert("path", qs(l.path));
    else
        o.insert("bundled", qs(l.bundled));
    o.insert("label_column", qs(l.columns.label));
    o.insert("text_column", qs(l.columns.text));
    o.insert("id_column", qs(l.columns.id));
    if (!l.columns.values.empty()) o.insert("value_columns", stringsJson(l.columns.values));
    if (!l.vocabulary.empty()) o.insert("vocabulary", stringsJson(l.vocabulary));
    if (!l.classes.empty()) o.insert("classes", stringsJson(l.classes));
    return o;
}

LabelledSource parseLabelled(const QJsonObject& o, const JsonPath& at) {
    rejectUnknownFields(o, at,
                        {"path", "bundled", "label_column", "text_column", "id_column",
                         "value_columns", "vocabulary", "classes"});
    LabelledSource l;
    if (o.contains(QLatin1String("path")) == o.contains(QLatin1String("bundled")))
        at.fail(uiText(QT_TRANSLATE_NOOP("rnnlab::UiText",
                                         " must have either \"path\" (a labelled file) or "
                                         "\"bundled\" (a bundled set)")));
    if (o.contains(QLatin1String("path"))) {
        l.path = requireString(o, "path", at);
    } else {
        l.bundled = requireString(o, "bundled", at);
        try {
            bundledLabelledSet(l.bundled);
        } catch (const std::runtime_error& e) {
            at.field("bundled").fail(": ", e);
        }
    }
    l.columns.label = optionalString(o, "label_column", at, l.columns.label);
    l.columns.text = optionalString(o, "text_column", at, l.columns.text);
    l.columns.id = optionalString(o, "id_column", at, l.columns.id);
    if (o.contains(QLatin1String("value_columns")))
        l.columns.values = parseStrings(o.value("value_columns"), at.field("value_columns"));
    if (o.contains(QLatin1String("vocabulary")))
        l.vocabulary = parseVocabulary(o.value("vocabulary"), at.field("vocabulary"));
    if (o.contains(QLatin1String("classes")))
        l.classes = parseStrings(o.value("classes"), at.field("classes"));
    return l;
}

QJsonObject generatorJson(const GeneratorSpec& g) {
    QJsonObject params;
    for (const auto& [name, value] : g.parameters) params.insert(qs(name), value);
    QJsonObject o{{"name", qs(generatorInfo(g.kind).name)},
                  {"seed", static_cast<double>(g.seed)},
                  {"parameters", params}};
    if (!g.vocabulary.empty()) o.insert("vocabulary", stringsJson(g.vocabulary));
    return o;
}

GeneratorSpec parseGenerator(const QJsonObject& o, const JsonPath& at) {
    rejectUnknownFields(o, at, {"name", "seed", "parameters", "vocabulary"});
    GeneratorSpec g;
    const std::string name = requireString(o, "name", at);
    try {
        g.kind = generatorInfo(name).kind;
    } catch (const std::runtime_error& e) {
        at.field("name").fail(": ", e);
    }
    g.seed = static_cast<std::uint64_t>(optionalInt64(o, "seed", at, 1, 0, 1LL << 53));
    const QJsonObject params = optionalObject(o, "parameters", at);
    for (auto it = params.begin(); it != params.end(); ++it)
        g.parameters[it.key().toStdString()] =
            asDouble(it.value(), at.field("parameters").field(it.key().toStdString()));
    try {
        resolvedParameters(g);
    } catch (const std::runtime_error& e) {
        at.field("parameters").fail(": ", e);
    }
    if (o.contains(QLatin1String("vocabulary")))
        g.vocabulary = parseStrings(o.value("vocabulary"), at.field("vocabulary"));
    return g;
}

QJsonObject seriesJson(const Series& s) {
    QJsonArray columns, inputs;
    for (const std::vector<double>& c : s.columns) columns.append(doublesJson(c.data(), c.size()));
    for (int i : s.inputs) inputs.append(i);
    QJsonObject o{{"names", stringsJson(s.names)}, {"columns", columns}, {"inputs", inputs},
                  {"target", s.target}};
    if (!s.labelName.empty()) {
        o.insert("label_name", qs(s.labelName));
        o.insert("labels", stringsJson(s.labels));
    }
    return o;
}

Series parseSeries(const QJsonObject& o, const JsonPath& at, const std::string& source) {
    rejectUnknownFields(o, at, {"names", "columns", "inputs", "target", "label_name", "labels"});
    Series s;
    s.source = source;
    s.names = parseStrings(requireField(o, "names", at), at.field("names"));
    const QJsonArray columns = requireArray(o, "columns", at);
    if (columns.size() != static_cast<qsizetype>(s.names.size()) || columns.isEmpty())
        at.field("columns").fail(uiText(
            QT_TRANSLATE_NOOP("rnnlab::UiText", " must hold one array per name (%1), got %2"),
            {std::to_string(s.names.size()), std::to_string(columns.size())}));
    for (qsizetype i = 0; i < columns.size(); ++i) {
        s.columns.push_back(asDoubles(columns[i], at.field("columns").element(i)));
        if (s.columns.back().size() != s.columns.front().size())
            at.field("columns").element(i).fail(
                uiText(QT_TRANSLATE_NOOP("rnnlab::UiText", " has %1 values, column 0 has %2"),
                       {std::to_string(s.columns.back().size()),
                        std::to_string(s.columns.front().size())}));
    }
    const int n = static_cast<int>(s.names.size());
    const QJsonArray inputs = requireArray(o, "inputs", at);
    for (qsizetype i = 0; i < inputs.size(); ++i)
        s.inputs.push_back(asInt(inputs[i], at.field("inputs").element(i), 0, n - 1));
    if (s.inputs.empty())
        at.field("inputs").fail(
            uiText(QT_TRANSLATE_NOOP("rnnlab::UiText", " must name at least one column")));
    s.target = requireInt(o, "target", at, 0, n - 1);
    if (o.contains(QLatin1String("label_name"))) {
        s.labelName = requireString(o, "label_name", at);
        s.labels = parseStrings(requireField(o, "labels", at), at.field("labels"));
        if (static_cast<Index>(s.labels.size()) != s.rows())
            at.field("labels").fail(
                uiText(QT_TRANSLATE_NOOP("rnnlab::UiText", " has %1 labels for %2 rows"),
                       {std::to_string(s.labels.size()), std::to_string(s.rows())}));
    }
    return s;
}

}  // namespace

QJsonObject dataSourceJson(const DataSource& s, const NormaliserParams* normaliser) {
    QJsonObject o{{"source", qs(toString(s.kind))}};
    switch (s.kind) {
        case DataSourceKind::Generator: o.insert("generator", generatorJson(s.generator)); break;
        case DataSourceKind::Bundled: o.insert("bundled", bundledJson(s)); break;
        case DataSourceKind::Csv: o.insert("csv", csvJson(s)); break;
        case DataSourceKind::Text: o.insert("text", textJson(s.text)); break;
        case DataSourceKind::Labelled: o.insert("labelled", labelledJson(s.labelled)); break;
    }
    o.insert("window", QJsonObject{{"length", static_cast<double>(s.window.window)},
                                   {"horizon", static_cast<double>(s.window.horizon)},
                                   {"stride", static_cast<double>(s.window.stride)},
                                   {"mode", qs(toString(s.window.mode))}});
    o.insert("split", QJsonObject{{"train", s.split.train}, {"validation", s.split.validation}});
    o.insert("normalisation", qs(toString(s.normalisation)));
    o.insert("target_kind", qs(toString(s.target)));
    if (normaliser)
        o.insert("normaliser",
                 QJsonObject{{"kind", qs(toString(normaliser->kind))},
                             {"offset", doublesJson(normaliser->offset.data(), normaliser->offset.size())},
                             {"scale", doublesJson(normaliser->scale.data(), normaliser->scale.size())}});
    if (s.embedded) o.insert("embedded", seriesJson(*s.embedded));
    return o;
}

DataSource parseDataSource(const QJsonObject& o, const JsonPath& at) {
    rejectUnknownFields(o, at,
                        {"source", "generator", "bundled", "csv", "text", "labelled", "window", "split",
                         "normalisation", "target_kind", "normaliser", "embedded"});
    DataSource s;
    s.kind = parseChoice(requireString(o, "source", at), at.field("source"), parseDataSourceKind);
    switch (s.kind) {
        case DataSourceKind::Generator:
            s.generator = parseGenerator(requireObject(o, "generator", at), at.field("generator"));
            break;
        case DataSourceKind::Bundled:
            parseBundled(o, at, s);
            break;
        case DataSourceKind::Csv:
            s.csv = parseCsvOptions(requireObject(o, "csv", at), at.field("csv"), s.csvPath);
            break;
        case DataSourceKind::Text:
            s.text = parseText(requireObject(o, "text", at), at.field("text"));
            break;
        case DataSourceKind::Labelled:
            s.labelled = parseLabelled(requireObject(o, "labelled", at), at.field("labelled"));
            break;
    }
    if (o.contains(QLatin1String("window"))) {
        const JsonPath w = at.field("window");
        const QJsonObject window = requireObject(o, "window", at);
        rejectUnknownFields(window, w, {"length", "horizon", "stride", "mode"});
        s.window.window = optionalInt(window, "length", w, int(s.window.window), 1, 100000);
        s.window.horizon = optionalInt(window, "horizon", w, int(s.window.horizon), 0, 100000);
        s.window.stride = optionalInt(window, "stride", w, int(s.window.stride), 1, 100000);
        s.window.mode = parseChoice(optionalString(window, "mode", w, toString(s.window.mode)),
                                    w.field("mode"), parseWindowMode);
    }
    if (o.contains(QLatin1String("split"))) {
        const JsonPath sp = at.field("split");
        const QJsonObject split = requireObject(o, "split", at);
        rejectUnknownFields(split, sp, {"train", "validation"});
        s.split.train = optionalDouble(split, "train", sp, s.split.train, 0.0, 1.0);
        s.split.validation = optionalDouble(split, "validation", sp, s.split.validation, 0.0, 1.0);
        try {
            validate(s.split);
        } catch (const std::runtime_error& e) {
            sp.fail(": ", e);
        }
    }
    s.normalisation = parseChoice(optionalString(o, "normalisation", at, toString(s.normalisation)),
                                  at.field("normalisation"), parseNormalisationKind);
    s.target = parseChoice(optionalString(o, "target_kind", at, toString(s.target)),
                           at.field("target_kind"), parseTargetKind);
    if (o.contains(QLatin1String("normaliser"))) {  // written for reference; checked for form
        const JsonPath n = at.field("normaliser");
        const QJsonObject norm = requireObject(o, "normaliser", at);
        rejectUnknownFields(norm, n, {"kind", "offset", "scale"});
        parseChoice(requireString(norm, "kind", n), n.field("kind"), parseNormalisationKind);
        asDoubles(requireField(norm, "offset", n), n.field("offset"));
        asDoubles(requireField(norm, "scale", n), n.field("scale"));
    }
    if (o.contains(QLatin1String("embedded")))
        s.embedded = parseSeries(requireObject(o, "embedded", at), at.field("embedded"),
                                 at.file() + " (embedded data)");
    return s;
}

}  // namespace rnnlab
