#pragma once
// A whole experiment in one *.rnnlab.json file (docs/formats.md §2): the model file's network and
// weights, plus the "training" section (training_json.h: settings, and for a run in progress its
// state and history) and the "data" section (data_json.h). A file saved mid-training resumes to
// the same result as an uninterrupted run. Reading validates everything and names the field;
// writing is atomic.

#include <memory>
#include <optional>
#include <string>

#include "core/io/model_file.h"
#include "core/train/data_source.h"
#include "core/train/trainer.h"

namespace rnnlab {

struct Experiment {
    NetworkConfig network;
    Parameters<double> weights;    // from the file, or fresh from training.init and training.seed
    bool weightsFromFile = false;
    TrainingSettings training;
    std::optional<DataSource> data;     // absent: a bare model
    std::optional<TrainerState> state;  // a run to resume
    // The file it was read from (the name its messages start with); empty when it was built in
    // memory.
    std::string source;
};

// Throws FileError naming the file and field. A run in progress (training.state and
// training.history) is checked against the network here, and against the data by makeTrainer
// (core/train/trainer_state_check.h).
Experiment readExperiment(const std::string& path);
Experiment parseExperiment(const QByteArray& bytes, const std::string& name);

// normaliser: the fitted normalisation to record in the data section (may be null).
QByteArray experimentJson(const Experiment& experiment, const std::string& name,
                          const NormaliserParams* normaliser = nullptr);
// Writes atomically. A CSV or text data file beside the experiment file or in a folder below it
// is recorded relative to the experiment file (csvPathForFile), so the folder can move as a
// whole.
void writeExperiment(const std::string& path, const Experiment& experiment,
                     const NormaliserParams* normaliser = nullptr);

// The CSV path an experiment file at experimentPath records: relative to the experiment file's
// folder ("data/prices.csv") when an absolute csvPath lies in that folder or below it; otherwise
// as given (absolute elsewhere; a relative path is already relative to the experiment file).
std::string csvPathForFile(const std::string& csvPath, const std::string& experimentPath);

// A trainer's network, weights, settings and (withState) its progress and history; for a text,
// the vocabulary the network was trained with (data.text.vocabulary).
Experiment captureExperiment(const Trainer& trainer, std::optional<DataSource> data, bool withState);
// The normalisation fitted to the trainer's series data (none for the sequence tasks), which an
// experiment file records in its data section.
std::optional<NormaliserParams> fittedNormalisation(const Trainer& trainer);
// Writes what captureExperiment() captures, with the data's fitted normalisation.
void saveTrainer(const std::string& path, const Trainer& trainer, const DataSource& data);

// A trainer for an experiment with data; CSV paths are resolved against baseDirectory (the
// experiment file's folder). The run resumes where its state left off. What does not fit is
// refused naming the experiment's source and the place: "e.rnnlab.json: data: window + horizon
// = 501 rows, but the series has only 200 rows", "e.rnnlab.json: training.state.order[3]: ..."
// (FileError; ConfigError for an experiment built in memory). A CSV file's own errors are
// DataError, naming its file, line and column.
std::unique_ptr<Trainer> makeTrainer(const Experiment& experiment, const std::string& baseDirectory,
                                     AnalysisMode analysisMode = AnalysisMode::Inline);

// The folder of a file path ("" for a bare file name).
std::string directoryOf(const std::string& path);

}  // namespace rnnlab
