#pragma once
// Where an experiment's data comes from and how it is shaped for training: a generator, a
// bundled dataset or a CSV file (optionally with its values embedded in the experiment file),
// the columns, the missing-value policy, the window, the split and the normalisation.
// Plain data, saved in the "data" section of an experiment file.

#include <memory>
#include <optional>
#include <string>

#include "core/data/csv_reader.h"
#include "core/data/generators.h"
#include "core/data/normaliser.h"
#include "core/data/training_data.h"
#include "core/data/windowed_dataset.h"

namespace rnnlab {

enum class DataSourceKind { Generator, Bundled, Csv };

struct DataSource {
    DataSourceKind kind = DataSourceKind::Generator;
    GeneratorSpec generator;     // kind Generator
    std::string bundled;         // kind Bundled: name in bundledDatasets()
    std::string csvPath;         // kind Csv: as given (relative paths: to the experiment file)
    CsvOptions csv;              // kind Csv: delimiter, header, columns, target, missing policy;
                                 // kind Bundled: the target and inputs chosen, if any
    WindowSpec window;           // series data (not the sequence tasks)
    SplitSpec split;
    NormalisationKind normalisation = NormalisationKind::ZScore;
    TargetKind target = TargetKind::Regression;
    // The series itself, when the experiment carries its data (a CSV file then need not exist).
    std::optional<Series> embedded;
};

// "generator" "bundled" "csv"; the parser throws ConfigError listing the valid names.
std::string toString(DataSourceKind kind);
DataSourceKind parseDataSourceKind(const std::string& name);

// The series a source describes (embedded, generated, bundled or read): CSV errors are
// DataError with file:line:column; relative CSV paths are resolved against baseDirectory.
// Sequence tasks (adding, remember_first) have no series: ConfigError.
Series loadSeries(const DataSource& source, const std::string& baseDirectory = {});

// The training data: windows of the series, or the generated set of sequences.
std::shared_ptr<TrainingData> buildTrainingData(const DataSource& source,
                                                const std::string& baseDirectory = {});

// A short description for titles and the status bar: "sine (seed 1)", "sunspots", "prices.csv".
std::string describe(const DataSource& source);

}  // namespace rnnlab
