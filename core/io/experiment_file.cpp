#include "core/io/experiment_file.h"

#include <filesystem>

#include "core/base/errors.h"
#include "core/data/labelled_dataset.h"
#include "core/data/sequence_dataset.h"
#include "core/data/text_dataset.h"
#include "core/data/windowed_dataset.h"
#include "core/io/atomic_file.h"
#include "core/io/data_json.h"
#include "core/io/input_file.h"
#include "core/io/training_json.h"
#include "core/optim/initializers.h"
#include "core/train/trainer_state_check.h"

namespace rnnlab {

namespace {

// What is wrong with an experiment, as an error naming its source when it has one.
[[noreturn]] void refuse(const Experiment& e, const UiText& what) {
    if (e.source.empty()) throw ConfigError(what);
    JsonPath(e.source).fail(what);
}

}  // namespace

Experiment parseExperiment(const QByteArray& bytes, const std::string& name) {
    ModelFile m = parseModelJson(bytes, name);
    const JsonPath top(name);
    Experiment e;
    e.source = name;
    e.network = m.network;
    e.training = parseTrainingSettings(m.training, top.field("training"));
    e.state = parseTrainerState(m.training, top.field("training"));
    if (!m.data.isEmpty()) e.data = parseDataSource(m.data, top.field("data"));
    if (m.weights) {
        e.weights = std::move(*m.weights);
        e.weightsFromFile = true;
    } else {
        if (e.state)
            top.field("weights").fail(uiText(QT_TRANSLATE_NOOP("rnnlab::UiText",
                                                               " is missing: a run in progress "
                                                               "(training.state) needs the weights "
                                                               "it reached")));
        e.weights = Parameters<double>(e.network);
        initialise(e.weights, e.network, e.training.init, e.training.seed);
    }
    if (e.state) {
        try {
            checkStateFitsNetwork(*e.state, e.network, e.training);
        } catch (const ConfigError& error) {
            refuse(e, error.text());
        }
    }
    return e;
}

Experiment readExperiment(const std::string& path) {
    return parseExperiment(readInputFile(path, kMaxModelFileBytes), path);
}

QByteArray experimentJson(const Experiment& e, const std::string& name,
                          const NormaliserParams* normaliser) {
    ModelFile m;
    m.network = e.network;
    m.weights = e.weights;
    m.training = trainingSettingsJson(e.training);
    if (e.state) {
        const QJsonObject state = trainerStateJson(*e.state);
        for (auto it = state.begin(); it != state.end(); ++it) m.training.insert(it.key(), it.value());
    }
    if (e.data) m.data = dataSourceJson(*e.data, normaliser);
    return modelJson(m, name);
}

void writeExperiment(const std::string& path, const Experiment& e,
                     const NormaliserParams* normaliser) {
    Experiment recorded = e;
    if (recorded.data && !recorded.data->embedded) {
        if (recorded.data->kind == DataSourceKind::Csv)
            recorded.data->csvPath = csvPathForFile(e.data->csvPath, path);
        if (recorded.data->kind == DataSourceKind::Text && !recorded.data->text.path.empty())
            recorded.data->text.path = csvPathForFile(e.data->text.path, path);
        if (recorded.data->kind == DataSourceKind::Labelled && !recorded.data->labelled.path.empty())
            recorded.data->labelled.path = csvPathForFile(e.data->labelled.path, path);
    }
    writeFileAtomically(path, experimentJson(recorded, path, normaliser));
}

std::string csvPathForFile(const std::string& csvPath, const std::string& experimentPath) {
    namespace fs = std::filesystem;
    const fs::path csv(csvPath);
    if (!csv.is_absolute()) return csvPath;
    const fs::path folder = fs::absolute(experimentPath).parent_path().lexically_normal();
    const fs::path relative = csv.lexically_normal().lexically_relative(folder);
    if (relative.empty() || *relative.begin() == "..") return csvPath;
    return relative.generic_string();
}

Experiment captureExperiment(const Trainer& t, std::optional<DataSource> data, bool withState) {
    Experiment e;
    e.network = t.networkConfig();
    e.weights = t.weights();
    e.weightsFromFile = true;
    e.training = t.settings();
    e.data = std::move(data);
    if (const auto* text = dynamic_cast<const TextDataset*>(&t.data()); text && e.data)
        e.data->text.vocabulary = text->vocabulary().strings();
    if (const auto* sequences = dynamic_cast<const SequenceDataset*>(&t.data()); sequences && e.data)
        e.data->generator.vocabulary = sequences->vocabulary();
    if (const auto* labelled = dynamic_cast<const LabelledDataset*>(&t.data());
        labelled && e.data) {
        e.data->labelled.classes = labelled->classes();
        if (labelled->vocabulary()) e.data->labelled.vocabulary = labelled->vocabulary()->strings();
    }
    if (withState) e.state = t.state();
    return e;
}

std::optional<NormaliserParams> fittedNormalisation(const Trainer& t) {
    const auto* windows = dynamic_cast<const WindowedDataset*>(&t.data());
    if (!windows) return std::nullopt;
    return windows->normaliser().params();
}

void saveTrainer(const std::string& path, const Trainer& t, const DataSource& data) {
    const std::optional<NormaliserParams> normaliser = fittedNormalisation(t);
    writeExperiment(path, captureExperiment(t, data, true), normaliser ? &*normaliser : nullptr);
}

std::unique_ptr<Trainer> makeTrainer(const Experiment& e, const std::string& baseDirectory,
                                     AnalysisMode analysisMode) {
    if (!e.data)
        refuse(e, uiText(QT_TRANSLATE_NOOP("rnnlab::UiText",
                                           "the experiment has no \"data\" section: choose data to "
                                           "train on")));
    std::shared_ptr<TrainingData> data;
    try {
        data = buildTrainingData(*e.data, baseDirectory);
    } catch (const ConfigError& error) {  // a setting of the data section (a CSV's own errors
                                          // are DataError, naming the file, line and column)
        refuse(e, verbatim("data: ") + error.text());
    }
    try {
        auto trainer = std::make_unique<Trainer>(e.network, e.training, std::move(data), analysisMode);
        if (e.weightsFromFile) trainer->setWeights(e.weights);
        if (e.state) trainer->restore(*e.state);
        return trainer;
    } catch (const ConfigError& error) {  // the network does not fit the data, or the state
        refuse(e, error.text());
    }
}

std::string directoryOf(const std::string& path) {
    const auto slash = path.find_last_of('/');
    return slash == std::string::npos ? std::string() : path.substr(0, slash);
}

}  // namespace rnnlab
