#pragma once
// Where an experiment's data comes from and how it is shaped for training: a generator, a
// bundled dataset or a CSV file (optionally with its values embedded in the experiment file),
// a text for a character language model (a file or a bundled text), or labelled sequences to
// classify (a file or a bundled labelled set); the columns, the
// missing-value policy, the window, the split and the normalisation.
// Plain data, saved in the "data" section of an experiment file.

#include <memory>
#include <optional>
#include <string>
#include <variant>

#include "core/base/ui_text.h"
#include "core/data/catalog.h"
#include "core/data/csv_reader.h"
#include "core/data/generators.h"
#include "core/data/labelled_file.h"
#include "core/data/normaliser.h"
#include "core/data/text_dataset.h"
#include "core/data/training_data.h"
#include "core/data/windowed_dataset.h"

namespace rnnlab {

enum class DataSourceKind { Generator, Bundled, Csv, Text, Labelled };

// A text to model character by character (text_dataset.h): a file or a bundled text.
struct TextSource {
    std::string path;     // a UTF-8 file as given (relative paths: to the experiment file), or
    std::string bundled;  // the name of a bundled text (bundledTexts())
    // The vocabulary a trained network was trained with, in index order ("" = unknown), as
    // saved with it; empty before training. The text must give the same one.
    std::vector<std::string> vocabulary;
};

// Sentences or numeric sequences to classify (labelled_file.h): a file or a bundled set.
struct LabelledSource {
    std::string path;         // a labelled file as given (relative paths: to the experiment
                              // file), or
    std::string bundled;      // the name of a bundled labelled set (bundledLabelledSets())
    LabelledColumns columns;  // the columns of a CSV file
    // What a trained network was trained with, in index order, as saved with it; empty before
    // training. The file must still give the same.
    std::vector<std::string> vocabulary;  // sentences: the symbols ("" = unknown)
    std::vector<std::string> classes;
};

struct DataSource {
    DataSourceKind kind = DataSourceKind::Generator;
    GeneratorSpec generator;     // kind Generator
    std::string bundled;         // kind Bundled: name in bundledDatasets()
    std::string csvPath;         // kind Csv: as given (relative paths: to the experiment file)
    CsvOptions csv;              // kind Csv: delimiter, header, columns, target, missing policy;
                                 // kind Bundled: the target and inputs chosen, if any
    TextSource text;             // kind Text
    LabelledSource labelled;     // kind Labelled
    WindowSpec window;           // series data, and a text's or labelled sentences' window
                                 // length (not the sequence tasks)
    SplitSpec split;
    NormalisationKind normalisation = NormalisationKind::ZScore;
    TargetKind target = TargetKind::Regression;
    // The series itself, when the experiment carries its data (a CSV file then need not exist).
    std::optional<Series> embedded;
};

// "generator" "bundled" "csv" "text" "labelled"; the parser throws ConfigError listing the valid names.
std::string toString(DataSourceKind kind);
DataSourceKind parseDataSourceKind(const std::string& name);

// The window length T a source of this kind starts with: 20 steps of a series, 100 characters
// of a text, 0 for labelled sentences (the longest training sentence, at most 100, chosen when
// the data is read: labelled_text.h).
Index defaultWindowLength(DataSourceKind kind);

// The source as one of another kind, its other settings kept: the window starts at the new
// kind's default when what a step is changes (a value of a series, a character of a text, one
// of a labelled sentence); no embedded series.
DataSource asKind(DataSource source, DataSourceKind kind);

// The source without the symbols and classes a trained network fixed (the vocabulary of a text,
// a labelled set or a symbolic task, the classes of labelled data): what new data is, before a
// new network learns it. A run on other data starts a new network, which learns the data's own.
DataSource withoutTrainedSymbols(DataSource source);

// A generated set of sequences (adding, remember_first) rather than windows of one series:
// the task fixes the sequence length, the output mode and the loss.
bool makesSequences(const DataSource& source);

// A DataSource resolved once (name -> spec -> series): the generator looked up in the catalog
// and its parameters checked, the bundled dataset found and its options merged with the
// columns chosen, a relative CSV path joined to its directory. The series and the training
// data come from this value without looking anything up again:
//
//   DataSource ──resolveSource──▶ ResolvedSource ──series() / trainingData()──▶ TrainingData
//   (plain, saved)               (what makes the data)
//
// A new kind of source is one more alternative in Origin, one more case in resolveSource and
// in series() / trainingData().
class ResolvedSource {
public:
    struct Embedded {};  // the series is the source's own (DataSource::embedded)
    struct Generated {
        ResolvedGenerator generator;
    };
    struct Bundled {
        const BundledDataset* dataset = nullptr;
        CsvOptions options;  // the catalog's, with the columns chosen
    };
    struct CsvFile {
        std::string path;  // as opened: joined to the base directory when relative
        CsvOptions options;
    };
    struct Text {
        std::string path;                      // as opened, or
        const BundledText* bundled = nullptr;  // a bundled text
    };
    struct Labelled {
        std::string path;                      // as opened, or
        const BundledText* bundled = nullptr;  // a bundled labelled set
    };
    using Origin = std::variant<Embedded, Generated, Bundled, CsvFile, Text, Labelled>;

    ResolvedSource(DataSource source, Origin origin);

    const DataSource& source() const { return m_source; }
    const Origin& origin() const { return m_origin; }
    bool sequenceTask() const;
    // Windows of one series, rather than a sequence task, a text or labelled data.
    bool hasSeries() const;

    // The series (embedded, generated, bundled or read): CSV errors are DataError with
    // file:line:column. Sequence tasks, texts and labelled data have no series: ConfigError.
    Series series() const;
    // The training data: windows of the series, the generated set of sequences, or windows of
    // a text (a TextDataset; DataError with file:line:column for a bad text, ConfigError when
    // it no longer gives the vocabulary saved with the network), or labelled sequences (a
    // LabelledDataset; the same errors, and ConfigError when the classes saved differ).
    // Generated data must fit the memory budget (memory_budget.h).
    std::shared_ptr<TrainingData> trainingData() const;

private:
    DataSource m_source;
    Origin m_origin;
};

// Throws ConfigError for an unknown generator, bundled dataset, text or labelled set and for
// bad generator parameters; relative CSV, text and labelled paths are resolved against
// baseDirectory.
ResolvedSource resolveSource(const DataSource& source, const std::string& baseDirectory = {});

// Windows of a series shaped as the source says: its window, split, normalisation and target.
std::shared_ptr<TrainingData> windowedData(const Series& series, const DataSource& shape);

// resolveSource(source, baseDirectory).series() and .trainingData(), for a source used once.
Series loadSeries(const DataSource& source, const std::string& baseDirectory = {});
std::shared_ptr<TrainingData> buildTrainingData(const DataSource& source,
                                                const std::string& baseDirectory = {});

// A short description for titles and the status bar: "sine (seed 1)", "sunspots", "prices.csv",
// "book.txt", "reviews.tsv"; the window shows it translated.
UiText describeText(const DataSource& source);
// Its English: for the command line, and to tell two sources apart.
std::string describe(const DataSource& source);

}  // namespace rnnlab
