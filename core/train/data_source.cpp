#include "core/train/data_source.h"

#include "core/base/errors.h"
#include "core/data/bundled_files.h"
#include "core/data/catalog.h"
#include "core/data/sequence_dataset.h"
#include "core/train/memory_budget.h"

namespace rnnlab {

std::string toString(DataSourceKind kind) {
    switch (kind) {
        case DataSourceKind::Generator: return "generator";
        case DataSourceKind::Bundled: return "bundled";
        case DataSourceKind::Csv: return "csv";
    }
    return "?";
}

DataSourceKind parseDataSourceKind(const std::string& name) {
    if (name == "generator") return DataSourceKind::Generator;
    if (name == "bundled") return DataSourceKind::Bundled;
    if (name == "csv") return DataSourceKind::Csv;
    throw ConfigError("unknown data source '" + name + "' (expected generator, bundled or csv)");
}

namespace {

// The generator's data must fit the memory budget (memory_budget.h).
void checkGeneratorMemory(const GeneratorSpec& spec) {
    checkMemoryBudget(estimateGeneratedData(spec),
                      "the " + generatorInfo(spec.kind).name + " generator");
}

std::string resolve(const std::string& path, const std::string& base) {
    if (path.empty() || path.front() == '/' || base.empty()) return path;
    return base + "/" + path;
}
}  // namespace

Series loadSeries(const DataSource& s, const std::string& baseDirectory) {
    if (s.embedded) return *s.embedded;
    switch (s.kind) {
        case DataSourceKind::Generator:
            if (generatorInfo(s.generator.kind).sequenceTask)
                throw ConfigError(generatorInfo(s.generator.kind).name +
                                  " makes separate sequences, not one series");
            checkGeneratorMemory(s.generator);
            return generateSeries(s.generator);
        case DataSourceKind::Bundled: {
            const BundledDataset& d = bundledDataset(s.bundled);
            // The catalog's options, with the columns chosen (the target, the inputs).
            CsvOptions options = bundledOptions(d);
            if (!s.csv.targetColumn.empty()) options.targetColumn = s.csv.targetColumn;
            options.inputColumns = s.csv.inputColumns;
            options.allInputs = s.csv.allInputs;
            return parseCsv(bundledFileContents(d.file), "datasets/" + d.file, options).series;
        }
        case DataSourceKind::Csv:
            return loadCsv(resolve(s.csvPath, baseDirectory), s.csv).series;
    }
    throw ConfigError("unknown data source");
}

std::shared_ptr<TrainingData> buildTrainingData(const DataSource& s,
                                                const std::string& baseDirectory) {
    if (!s.embedded && s.kind == DataSourceKind::Generator &&
        generatorInfo(s.generator.kind).sequenceTask) {
        checkGeneratorMemory(s.generator);
        return std::make_shared<SequenceDataset>(generateSequences(s.generator, s.split));
    }
    return std::make_shared<WindowedDataset>(loadSeries(s, baseDirectory), s.window, s.split,
                                             s.normalisation, s.target);
}

std::string describe(const DataSource& s) {
    switch (s.kind) {
        case DataSourceKind::Generator:
            return generatorInfo(s.generator.kind).name + " (seed " +
                   std::to_string(s.generator.seed) + ")";
        case DataSourceKind::Bundled: return s.bundled;
        case DataSourceKind::Csv: {
            const auto slash = s.csvPath.find_last_of('/');
            return slash == std::string::npos ? s.csvPath : s.csvPath.substr(slash + 1);
        }
    }
    return "?";
}

}  // namespace rnnlab
