#include "core/train/data_source.h"

#include "core/base/errors.h"
#include "core/data/bundled_files.h"
#include "core/data/catalog.h"
#include "core/data/data_file.h"
#include "core/data/sequence_dataset.h"
#include "core/train/memory_budget.h"

namespace rnnlab {

std::string toString(DataSourceKind kind) {
    switch (kind) {
        case DataSourceKind::Generator: return "generator";
        case DataSourceKind::Bundled: return "bundled";
        case DataSourceKind::Csv: return "csv";
        case DataSourceKind::Text: return "text";
        case DataSourceKind::Labelled: return "labelled";
    }
    return "?";
}

DataSourceKind parseDataSourceKind(const std::string& name) {
    if (name == "generator") return DataSourceKind::Generator;
    if (name == "bundled") return DataSourceKind::Bundled;
    if (name == "csv") return DataSourceKind::Csv;
    if (name == "text") return DataSourceKind::Text;
    if (name == "labelled") return DataSourceKind::Labelled;
    throw ConfigError(uiText(QT_TRANSLATE_NOOP("rnnlab::UiText",
                                               "unknown data source '%1' (expected generator, "
                                               "bundled, csv, text or labelled)"),
                             {name}));
}

namespace {

// Generated data must fit the memory budget (memory_budget.h).
void checkGeneratorMemory(const ResolvedGenerator& generator) {
    checkMemoryBudget(
        estimateGeneratedData(generator),
        uiText(QT_TRANSLATE_NOOP("rnnlab::UiText", "the %1 generator"), {generator.info->name}));
}

std::string resolve(const std::string& path, const std::string& base) {
    if (path.empty() || path.front() == '/' || base.empty()) return path;
    return base + "/" + path;
}

std::string fileName(const std::string& path) {
    const auto slash = path.find_last_of('/');
    return slash == std::string::npos ? path : path.substr(slash + 1);
}

// A trained network's symbols and classes mean what they meant in training: the data must
// still give the list saved with it. `field` names it in the file ("text.vocabulary"), `what`
// counts its entries ("symbols"), `data` is what gave it ("text").
void checkSaved(const std::vector<std::string>& given, const std::vector<std::string>& saved,
                const std::string& field, const std::string& what, const std::string& data) {
    if (saved.empty() || given == saved) return;
    std::size_t i = 0;
    while (i < given.size() && i < saved.size() && given[i] == saved[i]) ++i;
    throw ConfigError(field + ": the " + data + " gives " + std::to_string(given.size()) + " " +
                      what + ", the network was trained with " + std::to_string(saved.size()) +
                      " (they differ from [" + std::to_string(i) + "] on): the " + data +
                      " has changed since the network was trained on it");
}

ResolvedSource::Bundled resolveBundled(const DataSource& s) {
    const BundledDataset& d = bundledDataset(s.bundled);
    // The catalog's options, with the columns chosen (the target, the inputs).
    CsvOptions options = bundledOptions(d);
    if (!s.csv.targetColumn.empty()) options.targetColumn = s.csv.targetColumn;
    options.inputColumns = s.csv.inputColumns;
    options.allInputs = s.csv.allInputs;
    return {&d, std::move(options)};
}

ResolvedSource::Origin resolveOrigin(const DataSource& s, const std::string& baseDirectory) {
    if (s.embedded) return ResolvedSource::Embedded{};
    switch (s.kind) {
        case DataSourceKind::Generator:
            return ResolvedSource::Generated{resolveGenerator(s.generator)};
        case DataSourceKind::Bundled:
            return resolveBundled(s);
        case DataSourceKind::Csv:
            return ResolvedSource::CsvFile{resolve(s.csvPath, baseDirectory), s.csv};
        case DataSourceKind::Text:
            if (!s.text.bundled.empty())
                return ResolvedSource::Text{{}, &bundledText(s.text.bundled)};
            return ResolvedSource::Text{resolve(s.text.path, baseDirectory), nullptr};
        case DataSourceKind::Labelled:
            if (!s.labelled.bundled.empty())
                return ResolvedSource::Labelled{{}, &bundledLabelledSet(s.labelled.bundled)};
            return ResolvedSource::Labelled{resolve(s.labelled.path, baseDirectory), nullptr};
    }
    throw ConfigError("unknown data source");
}

std::shared_ptr<TextDataset> readText(const ResolvedSource::Text& text, const DataSource& s) {
    std::shared_ptr<TextDataset> data;
    if (text.bundled)
        data = TextDataset::fromBytes(bundledFileContents(text.bundled->file),
                                      "datasets/" + text.bundled->file, s.window.window, s.split);
    else
        data = TextDataset::fromBytes(
            readDataFile(text.path, kMaxTextBytes,
                         QT_TRANSLATE_NOOP("rnnlab::UiText", "use a shorter text")),
            text.path, s.window.window, s.split);
    checkSaved(data->vocabulary().strings(), s.text.vocabulary, "text.vocabulary", "symbols",
               "text");
    return data;
}

std::shared_ptr<LabelledDataset> readLabelledSource(const ResolvedSource::Labelled& labelled,
                                                    const DataSource& s) {
    const LabelledShape shape{s.labelled.columns, s.window.window, s.normalisation, s.split};
    std::shared_ptr<LabelledDataset> data;
    if (labelled.bundled)
        data = readLabelled(bundledFileContents(labelled.bundled->file),
                            "datasets/" + labelled.bundled->file, shape);
    else
        data = readLabelled(readDataFile(labelled.path, kMaxLabelledBytes,
                                         QT_TRANSLATE_NOOP("rnnlab::UiText", "use fewer lines")),
                            labelled.path, shape);
    if (data->vocabulary())
        checkSaved(data->vocabulary()->strings(), s.labelled.vocabulary, "labelled.vocabulary",
                   "symbols", "labelled file");
    checkSaved(data->classes(), s.labelled.classes, "labelled.classes", "classes",
               "labelled file");
    return data;
}

}  // namespace

Index defaultWindowLength(DataSourceKind kind) {
    switch (kind) {
        case DataSourceKind::Text: return 100;
        case DataSourceKind::Labelled: return 0;
        default: return 20;
    }
}

DataSource asKind(DataSource source, DataSourceKind kind) {
    const auto stepsOf = [](DataSourceKind k) {
        return k == DataSourceKind::Text || k == DataSourceKind::Labelled ? int(k) : -1;
    };
    if (stepsOf(kind) != stepsOf(source.kind)) source.window.window = defaultWindowLength(kind);
    source.kind = kind;
    source.embedded.reset();
    return source;
}

DataSource withoutTrainedSymbols(DataSource source) {
    source.text.vocabulary.clear();
    source.labelled.vocabulary.clear();
    source.labelled.classes.clear();
    source.generator.vocabulary.clear();
    return source;
}

bool makesSequences(const DataSource& s) {
    return !s.embedded && s.kind == DataSourceKind::Generator &&
           generatorInfo(s.generator.kind).sequenceTask;
}

ResolvedSource::ResolvedSource(DataSource source, Origin origin)
    : m_source(std::move(source)), m_origin(std::move(origin)) {}

ResolvedSource resolveSource(const DataSource& source, const std::string& baseDirectory) {
    return {source, resolveOrigin(source, baseDirectory)};
}

bool ResolvedSource::sequenceTask() const {
    const auto* generated = std::get_if<Generated>(&m_origin);
    return generated && generated->generator.info->sequenceTask;
}

bool ResolvedSource::hasSeries() const {
    return !sequenceTask() && !std::holds_alternative<Text>(m_origin) &&
           !std::holds_alternative<Labelled>(m_origin);
}

Series ResolvedSource::series() const {
    if (std::holds_alternative<Embedded>(m_origin)) return *m_source.embedded;
    if (const auto* g = std::get_if<Generated>(&m_origin)) {
        if (g->generator.info->sequenceTask)
            throw ConfigError(uiText(QT_TRANSLATE_NOOP("rnnlab::UiText",
                                                       "%1 makes separate sequences, not one "
                                                       "series"),
                                     {g->generator.info->name}));
        checkGeneratorMemory(g->generator);
        return generateSeries(g->generator);
    }
    if (const auto* b = std::get_if<Bundled>(&m_origin))
        return parseCsv(bundledFileContents(b->dataset->file), "datasets/" + b->dataset->file,
                        b->options)
            .series;
    if (std::holds_alternative<Text>(m_origin))
        throw ConfigError(uiText(QT_TRANSLATE_NOOP(
            "rnnlab::UiText", "a text gives characters to predict, not a series of numbers")));
    if (std::holds_alternative<Labelled>(m_origin))
        throw ConfigError(uiText(QT_TRANSLATE_NOOP(
            "rnnlab::UiText",
            "labelled data gives sequences to classify, not a series of numbers")));
    const auto& file = std::get<CsvFile>(m_origin);
    return loadCsv(file.path, file.options).series;
}

std::shared_ptr<TrainingData> ResolvedSource::trainingData() const {
    if (sequenceTask()) {
        const ResolvedGenerator& generator = std::get<Generated>(m_origin).generator;
        checkGeneratorMemory(generator);
        auto data = std::make_shared<SequenceDataset>(generateSequences(generator, m_source.split));
        checkSaved(data->vocabulary(), m_source.generator.vocabulary, "generator.vocabulary",
                   "symbols", "generator");
        return data;
    }
    if (const auto* text = std::get_if<Text>(&m_origin)) return readText(*text, m_source);
    if (const auto* labelled = std::get_if<Labelled>(&m_origin))
        return readLabelledSource(*labelled, m_source);
    return windowedData(series(), m_source);
}

std::shared_ptr<TrainingData> windowedData(const Series& series, const DataSource& shape) {
    return std::make_shared<WindowedDataset>(series, shape.window, shape.split, shape.normalisation,
                                             shape.target);
}

Series loadSeries(const DataSource& source, const std::string& baseDirectory) {
    return resolveSource(source, baseDirectory).series();
}

std::shared_ptr<TrainingData> buildTrainingData(const DataSource& source,
                                                const std::string& baseDirectory) {
    return resolveSource(source, baseDirectory).trainingData();
}

UiText describeText(const DataSource& s) {
    switch (s.kind) {
        case DataSourceKind::Generator:
            return uiText(QT_TRANSLATE_NOOP("rnnlab::UiText", "%1 (seed %2)"),
                          {generatorInfo(s.generator.kind).name, std::to_string(s.generator.seed)});
        case DataSourceKind::Bundled: return verbatim(s.bundled);
        case DataSourceKind::Csv: return verbatim(fileName(s.csvPath));
        case DataSourceKind::Text:
            return verbatim(s.text.bundled.empty() ? fileName(s.text.path) : s.text.bundled);
        case DataSourceKind::Labelled:
            return verbatim(s.labelled.bundled.empty() ? fileName(s.labelled.path)
                                                       : s.labelled.bundled);
    }
    return verbatim("?");
}

std::string describe(const DataSource& s) {
    return describeText(s).english();
}

}  // namespace rnnlab
