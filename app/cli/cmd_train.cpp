// rnnlab-cli train: trains an experiment file, or one built from a CSV file (or a generator,
// a bundled dataset, a text or labelled data) and flags, with a progress line; writes the
// trained experiment and a log (docs/formats.md §3). Exit 0 when trained, 3 when training diverged (--out still written with the
// restored weights), 1 for bad input, 2 for bad usage.
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <filesystem>

#include "arguments.h"
#include "command_registry.h"
#include "core/base/errors.h"
#include "core/base/number_text.h"
#include "core/data/catalog.h"
#include "core/io/atomic_file.h"
#include "core/io/experiment_file.h"
#include "core/train/baselines.h"
#include "core/train/evaluation.h"
#include "core/train/network_for_data.h"
#include "core/train/time_left.h"
#include "classification_report.h"
#include "csv_arguments.h"
#include "labelled_arguments.h"
#include "text_arguments.h"

namespace rnnlab::cli {
namespace RNNLAB_CLI_FILE {  // this file's own names (app/CMakeLists.txt)
namespace {

constexpr const char* kUsage =
    "usage: rnnlab-cli train --experiment E.rnnlab.json [--epochs N] --out E2.rnnlab.json\n"
    "                        [--log loss.csv] [--lr X] [--optimizer adam|sgd|rmsprop|adagrad]\n"
    "                        [--clip C|--no-clip] [--batch B] [--truncation K] [--patience P]\n"
    "   or: rnnlab-cli train (--csv FILE --target COLUMN [--columns a,b] | --generator NAME\n"
    "                         [--parameters name=value,...] | --bundled NAME |\n"
    "                         --text FILE|NAME | --labelled FILE|NAME) [--embedding 0]\n"
    "                        --cell rnn|lstm|gru [--nonlinearity tanh|relu] --hidden H\n"
    "                        [--layers 1] [--window 20] [--horizon 1] [--stride 1]\n"
    "                        [--mode many_to_one|many_to_many] --epochs N --lr X\n"
    "                        [--optimizer adam|sgd|rmsprop|adagrad] [--clip 1|--no-clip]\n"
    "                        [--batch 32] --seed S [--split 0.7,0.15]\n"
    "                        [--normalisation zscore|minmax|none] [--init pytorch|xavier|\n"
    "                        orthogonal|identity] [--forget-bias 0] [--truncation 0]\n"
    "                        [--patience 0] [--embed] --out E2.rnnlab.json [--log loss.csv]\n"
    "Numbers in brackets are the defaults. --out is required: the trained experiment is written\n"
    "there and nowhere else (it may be the --experiment file itself). With --experiment, --epochs\n"
    "trains that many more epochs (default: up to the file's training.epochs), and --lr, --clip,\n"
    "--no-clip, --batch, --optimizer, --truncation and --patience change the file's settings from\n"
    "the next step on, as the window's controls do (another optimizer starts with fresh state).\n"
    "CSV options: --label NAME|none --missing reject|drop|interpolate --missing-markers LIST\n"
    "--delimiter ... --header auto|yes|no --decimal-comma auto|yes|no --unpivot auto|yes|no.\n"
    "--text trains a character language model on a UTF-8 text file, or on a bundled text\n"
    "(us_constitution, devils_dictionary, tang_poems, talking_animals): windows of --window\n"
    "characters (default 100) predict the next character at every step; the network takes\n"
    "symbols, one-hot or through an embedding of --embedding E values, and the vocabulary is\n"
    "saved in --out.\n"
    "--parameters sets a generator's parameters (--generator brackets --parameters depth=6,\n"
    "length=40). The symbolic tasks anbn, brackets, copy, parity and remember_symbol give\n"
    "symbols (one-hot or --embedding E, as a text) and fix the output and the loss.\n"
    "--labelled trains sequence classification on a labelled file, or on a bundled set\n"
    "(sentiment_en, sentiment_zh): label<TAB>text lines (.tsv, .txt), or a CSV with a header\n"
    "and columns --label-column (label) and --text-column (text), or --id-column (id) and\n"
    "--value-columns a,b (every other column) for numeric sequences. Sentences are read\n"
    "character by character as symbols, padded at the start to --window characters (default:\n"
    "the longest training sentence, at most 100; a longer one keeps its last characters);\n"
    "the network answers one class at the last step. Accuracy, per-class accuracy and the\n"
    "confusion matrix are printed after training; the vocabulary and classes are saved.\n"
    "The log has one row per epoch:\n"
    "epoch,step,train_loss,val_loss,test_loss,val_rmse,val_mae,val_accuracy,lr,\n"
    "val_rmse_persistence,val_rmse_seasonal,val_rmse_mean,val_rmse_free_running,val_bpc.\n"
    "Exit codes: 0 trained, 1 bad input, 2 bad usage, 3 diverged (--out holds the restored,\n"
    "finite weights).\n";

// Losses and errors in the training log: ten significant digits.
std::string number(double v) {
    return significantDigits(v, 10);
}

std::string optionalNumber(const std::optional<double>& v) { return v ? number(*v) : ""; }

// The baselines' validation RMSE (the same on every row: they do not learn), "" without one.
std::string baselineRmse(const std::optional<Baselines>& b, BaselineKind kind) {
    const BaselineErrors* e = b ? b->errors(kind) : nullptr;
    return e && e->validation.count > 0 ? number(e->validation.rmse) : "";
}

void writeLog(const std::string& path, const Trainer& trainer) {
    const std::optional<Baselines> b = computeBaselines(trainer.data());
    const std::string baselines = baselineRmse(b, BaselineKind::Persistence) + "," +
                                  baselineRmse(b, BaselineKind::Seasonal) + "," +
                                  baselineRmse(b, BaselineKind::Mean);
    std::string text =
        "epoch,step,train_loss,val_loss,test_loss,val_rmse,val_mae,val_accuracy,lr,"
        "val_rmse_persistence,val_rmse_seasonal,val_rmse_mean,val_rmse_free_running,val_bpc\n";
    const bool languageModel = dynamic_cast<const TextDataset*>(&trainer.data()) != nullptr;
    for (const EpochRecord& e : trainer.history().epochs) {
        const bool haveVal = e.validationLoss.has_value();
        const Metrics& free = e.validationFreeRunning;
        text += std::to_string(e.epoch + 1) + "," + std::to_string(e.step) + "," +
                number(e.trainLoss) + "," + optionalNumber(e.validationLoss) + "," +
                optionalNumber(e.testLoss) + "," +
                (haveVal && !e.validation.accuracy ? number(e.validation.rmse) : "") + "," +
                (haveVal && !e.validation.accuracy ? number(e.validation.mae) : "") + "," +
                optionalNumber(e.validation.accuracy) + "," + number(e.learningRate) + "," +
                baselines + "," + (free.count > 0 ? number(free.rmse) : "") + "," +
                (languageModel && haveVal ? number(bitsPerCharacterOf(*e.validationLoss)) : "") +
                "\n";
    }
    writeFileAtomically(path, QByteArray::fromStdString(text));
}

// The options that shape a series, which a text or labelled data has no use for (numeric
// labelled sequences are normalised).
void refuseSeriesOptions(const Arguments& a, bool labelled) {
    for (const char* option : {"horizon", "stride", "mode", "normalisation"})
        if (a.has(option) && !(labelled && std::string(option) == "normalisation"))
            throw UsageError("--" + std::string(option) + " applies to series, not to " +
                             (labelled ? "--labelled (a labelled sequence has one class, "
                                         "answered at its last step)"
                                       : "--text (a text's windows predict the next character "
                                         "at every step)"));
}

DataSource dataSourceFrom(const Arguments& a) {
    const int sources = a.has("csv") + a.has("generator") + a.has("bundled") + a.has("text") +
                        a.has("labelled");
    if (sources != 1)
        throw UsageError(
            "give exactly one of --csv FILE, --generator NAME, --bundled NAME, --text FILE or "
            "--labelled FILE");
    if (!a.has("csv"))
        for (const std::string& name : csvOptionNames())
            if (a.has(name)) throw UsageError("--" + name + " applies only to --csv FILE");
    if (!a.has("generator") && a.has("parameters"))
        throw UsageError("--parameters applies only to --generator NAME");
    if (!a.has("labelled")) refuseLabelledOptions(a);
    DataSource d;
    if (a.has("csv")) {
        d.kind = DataSourceKind::Csv;
        d.csvPath = std::filesystem::absolute(a.required("csv")).lexically_normal().string();
        d.csv = csvOptionsFrom(a);
        if (d.csv.targetColumn.empty()) throw UsageError("--csv needs --target COLUMN");
    } else if (a.has("generator")) {
        d.kind = DataSourceKind::Generator;
        d.generator.kind =
            a.choice("generator", [](const std::string& n) { return generatorInfo(n).kind; });
        d.generator.seed = static_cast<std::uint64_t>(a.integer("seed", 1, 0, 2147483647));
        d.generator.parameters = a.namedNumbers("parameters", "depth=6,length=40");
        try {
            resolveGenerator(d.generator);
        } catch (const ConfigError& e) {
            throw UsageError("--parameters: " + std::string(e.what()));
        }
    } else if (a.has("text")) {
        refuseSeriesOptions(a, false);
        d.kind = DataSourceKind::Text;
        d.text = textSourceFrom(a.required("text"));
    } else if (a.has("labelled")) {
        refuseSeriesOptions(a, true);
        d.kind = DataSourceKind::Labelled;
        d.labelled = labelledSourceFrom(a.required("labelled"), a);
    } else {
        d.kind = DataSourceKind::Bundled;
        d.bundled = a.choice("bundled", [](const std::string& n) { return bundledDataset(n).name; });
    }
    const bool symbols =
        d.kind == DataSourceKind::Text || d.kind == DataSourceKind::Labelled ||
        (d.kind == DataSourceKind::Generator && generatorInfo(d.generator.kind).symbols);
    if (a.has("embedding") && !symbols)
        throw UsageError("--embedding applies only to --text, --labelled and the symbolic "
                         "generators: a series' steps are numbers");
    d.window.window = a.integer("window", int(defaultWindowLength(d.kind)), 1, 100000);
    d.window.horizon = a.integer("horizon", 1, 0, 100000);
    d.window.stride = a.integer("stride", 1, 1, 100000);
    d.window.mode = a.choice("mode", parseWindowMode, "many_to_one");
    d.normalisation = a.choice("normalisation", parseNormalisationKind, "zscore");
    if (a.has("split")) {
        const std::vector<double> split = a.numbers("split", 2, "0.7,0.15");
        d.split.train = split[0];
        d.split.validation = split[1];
        try {
            validate(d.split);
        } catch (const ConfigError& e) {
            throw UsageError("--" + std::string(e.what()));
        }
    }
    return d;
}

// Training options that may also override an experiment's settings.
void applyOverrides(const Arguments& a, TrainingSettings& s) {
    if (a.has("optimizer")) {
        const OptimizerKind kind = a.choice("optimizer", parseOptimizerKind);
        std::string lost;
        for (const std::string& name : settingsLostBySwitch(s.optimizer, kind))
            lost += (lost.empty() ? "" : ", ") + name;
        if (!lost.empty())
            throw UsageError("--optimizer " + toString(kind) + " would drop the " +
                             toString(s.optimizer.kind) + " setting(s) " + lost + ", which " +
                             toString(kind) +
                             " does not have: change training.optimizer in the experiment "
                             "file instead");
        s.optimizer = switchOptimizer(s.optimizer, kind);
    }
    s.optimizer.learningRate = a.number("lr", s.optimizer.learningRate);
    if (a.has("no-clip")) s.clip = false;
    if (a.has("clip")) {
        s.clip = true;
        s.clipMaxNorm = a.number("clip", s.clipMaxNorm);
    }
    s.batchSize = a.integer("batch", s.batchSize, 1, kMaxBatchSize);
    s.truncation = a.integer("truncation", s.truncation, 0, 1000000);
    s.earlyStoppingPatience = a.integer("patience", s.earlyStoppingPatience, 0, kMaxEpochs);
}

// The trained run is kept only in --out: without it the training would be thrown away.
void requireOut(const Arguments& a) {
    if (!a.has("out"))
        throw UsageError(
            "missing required option --out: the trained experiment is written there "
            "and nowhere else (it may be the --experiment file itself)");
}

Experiment experimentFromFlags(const Arguments& a) {
    for (const char* required : {"cell", "hidden", "epochs", "lr", "seed"}) a.required(required);
    requireOut(a);
    Experiment e;
    e.data = dataSourceFrom(a);
    e.network.cell = a.choice("cell", parseCellType);
    e.network.nonlinearity = a.choice("nonlinearity", parseNonlinearity, "tanh");
    if (const auto problem = nonlinearityProblem(e.network.cell, e.network.nonlinearity))
        throw UsageError("--nonlinearity: " + problem->english());
    e.network.hiddenSize = a.integer("hidden", 16, 1, kMaxHiddenSize);
    e.network.numLayers = a.integer("layers", 1, 1, kMaxLayers);
    e.network.embeddingSize = a.integer("embedding", 0, 0, kMaxEmbeddingSize);
    e.training.seed = static_cast<std::uint64_t>(a.integer("seed", 1, 0, 2147483647));
    e.training.epochs = a.integer("epochs", 50, 1, kMaxEpochs);
    e.training.init.scheme = a.choice("init", parseInitScheme, "pytorch");
    e.training.init.forgetBias = a.number("forget-bias", 0.0);
    applyOverrides(a, e.training);
    return e;
}

// A language model's measure after training: bits per character on each part of the text, and
// the unigram entropy a model must beat to have learned anything beyond character frequencies.
void reportLanguageModel(const Trainer& trainer) {
    const auto* text = dynamic_cast<const TextDataset*>(&trainer.data());
    if (!text) return;
    const auto number = [](double v) {
        char buf[32];
        std::snprintf(buf, sizeof buf, "%.3f", v);
        return std::string(buf);
    };
    std::string parts;
    for (Split split : {Split::Train, Split::Validation, Split::Test}) {
        const Evaluation e = trainer.evaluate(split);
        if (!e.bitsPerCharacter) continue;
        parts += (parts.empty() ? "" : ", ") + toString(split) + " " +
                 number(*e.bitsPerCharacter) + " (perplexity " + number(*e.perplexity) + ")";
    }
    std::fprintf(stderr,
                 "bits per character: %s; unigram entropy of the training part: %s bits per "
                 "character\n",
                 parts.c_str(), number(text->unigramEntropyBits()).c_str());
}

class ProgressLine {
public:
    explicit ProgressLine(bool quiet) : m_quiet(quiet), m_terminal(isatty(fileno(stderr))) {}

    void update(const Trainer& t, bool epochEnded) {
        if (m_quiet) return;
        const auto now = std::chrono::steady_clock::now();
        if (m_terminal && !epochEnded && now - m_last < std::chrono::milliseconds(100)) return;
        m_last = now;
        const int epochs = t.settings().epochs;
        const double done = std::min(1.0, (t.epoch() + t.epochProgress()) / epochs);
        const double elapsed = std::chrono::duration<double>(now - m_start).count();
        const double eta = std::max(0.0, secondsLeft(0.0, done, elapsed));
        std::string loss;
        if (!t.history().epochs.empty()) {
            const EpochRecord& e = t.history().epochs.back();
            loss = " loss " + number(e.trainLoss) +
                   (e.validationLoss ? " val " + number(*e.validationLoss) : "");
        }
        const int width = 24, filled = static_cast<int>(done * width);
        char line[256];
        std::snprintf(line, sizeof line, "epoch %d/%d [%s%s] %3.0f%%%s  ETA %.0fs",
                      std::min(t.epoch() + 1, epochs), epochs, std::string(filled, '=').c_str(),
                      std::string(width - filled, ' ').c_str(), 100 * done, loss.c_str(), eta);
        if (m_terminal)
            std::fprintf(stderr, "\r%-100s", line);
        else if (epochEnded)
            std::fprintf(stderr, "%s\n", line);
    }
    void finish() {
        if (!m_quiet && m_terminal) std::fprintf(stderr, "\n");
    }

private:
    bool m_quiet, m_terminal;
    std::chrono::steady_clock::time_point m_start = std::chrono::steady_clock::now();
    std::chrono::steady_clock::time_point m_last{};
};

// The command line, checked as far as it can be without reading a file: every option, and for
// a run built from flags its whole experiment.
struct TrainRequest {
    Arguments args;
    std::optional<Experiment> fromFlags;  // without --experiment
};

TrainRequest parseRequest(const std::vector<std::string>& args) {
    std::set<std::string> valued{"experiment", "epochs", "out", "log", "csv", "generator",
                                 "bundled", "text", "labelled", "embedding", "parameters", "cell", "nonlinearity", "hidden", "layers",
                                 "window", "horizon", "stride", "mode", "lr", "optimizer",
                                 "clip", "batch", "seed", "split", "normalisation", "init",
                                 "forget-bias", "truncation", "patience"};
    valued.insert(csvOptionNames().begin(), csvOptionNames().end());
    valued.insert(labelledOptionNames().begin(), labelledOptionNames().end());
    TrainRequest r{Arguments(args, valued, {"help", "embed", "no-clip", "quiet"}), std::nullopt};
    const Arguments& a = r.args;
    a.expectNoPositional();
    if (a.has("help")) return r;
    if (!a.has("experiment")) {
        r.fromFlags = experimentFromFlags(a);
        return r;
    }
    // An experiment brings its network and data: only the options that continue it apply.
    const std::set<std::string> continuing{"experiment", "epochs",     "out",      "log",
                                           "lr",         "optimizer",  "clip",     "no-clip",
                                           "batch",      "truncation", "patience", "quiet"};
    for (const std::string& option : a.given())
        if (!continuing.count(option))
            throw UsageError("--" + option +
                             " does not apply to --experiment, which brings its own network "
                             "and data");
    requireOut(a);
    TrainingSettings overridden;
    applyOverrides(a, overridden);
    a.integer("epochs", 1, 1, kMaxEpochs);
    return r;
}

// --experiment E: its trainer, resumed, with the flags' changed settings; `data` is its source
// with the paths of a CSV or text as they are from here.
std::unique_ptr<Trainer> trainerOfExperiment(const Arguments& a, DataSource& data) {
    const std::string path = a.required("experiment");
    const Experiment e = readExperiment(path);
    if (!e.data) throw UsageError(path + " has no \"data\" section: nothing to train on");
    data = *e.data;
    std::unique_ptr<Trainer> trainer = makeTrainer(e, directoryOf(path));
    // --out may be in another folder: it records the CSV or text from where it really is.
    const auto whereItIs = [&](const std::string& file) {
        return std::filesystem::absolute(std::filesystem::path(directoryOf(path)) / file)
            .lexically_normal()
            .string();
    };
    if (data.kind == DataSourceKind::Csv && !data.embedded) data.csvPath = whereItIs(data.csvPath);
    if (data.kind == DataSourceKind::Text && !data.text.path.empty())
        data.text.path = whereItIs(data.text.path);
    if (data.kind == DataSourceKind::Labelled && !data.labelled.path.empty())
        data.labelled.path = whereItIs(data.labelled.path);
    // Changed settings reach the run as the window's edits do: another kind of optimizer
    // starts with fresh state.
    TrainingSettings s = trainer->settings();
    applyOverrides(a, s);
    if (a.has("epochs")) {
        const int more = a.integer("epochs", 1, 1, kMaxEpochs);
        if (more > kMaxEpochs - trainer->epoch())
            throw UsageError("--epochs " + std::to_string(more) + ": the run has done " +
                             std::to_string(trainer->epoch()) +
                             " epochs (training.state.epoch), and a run has at most " +
                             std::to_string(kMaxEpochs));
        s.epochs = trainer->epoch() + more;
    }
    trainer->setSettings(s);
    return trainer;
}

int run(const std::vector<std::string>& args) {
    const TrainRequest request = parseRequest(args);
    const Arguments& a = request.args;
    if (a.has("help")) {
        std::printf("%s", kUsage);
        return 0;
    }
    std::unique_ptr<Trainer> trainer;
    DataSource data;
    if (a.has("experiment")) {
        trainer = trainerOfExperiment(a, data);
    } else {
        Experiment e = *request.fromFlags;
        data = *e.data;
        // Read once: with --embed the windows are cut from the series the file carries.
        if (a.has("embed") && data.kind == DataSourceKind::Csv) data.embedded = loadSeries(data);
        trainer = trainerForData(e.network, e.training, buildTrainingData(data));
        // The window the data chose is the experiment's from now on.
        if (data.kind == DataSourceKind::Labelled) data.window.window = trainer->data().steps();
    }
    if (trainer->finished() && trainer->stopReason() == StopReason::EpochsDone)
        std::fprintf(stderr, "already trained %d epochs: use --epochs N to train N more\n",
                     trainer->epoch());

    ProgressLine progress(a.has("quiet"));
    while (!trainer->finished()) {
        const int epoch = trainer->epoch();
        trainer->step();
        progress.update(*trainer, trainer->epoch() != epoch);
    }
    progress.finish();

    saveTrainer(a.required("out"), *trainer, data);
    if (const auto log = a.optional("log")) writeLog(*log, *trainer);
    reportLanguageModel(*trainer);
    reportClassification(*trainer);
    switch (trainer->stopReason()) {
        case StopReason::Diverged:
            std::fprintf(stderr, "%s\n", trainer->divergence()->message().c_str());
            return 3;
        case StopReason::EarlyStopped:
            std::fprintf(stderr, "stopped early after epoch %d: the validation loss stopped "
                                 "improving; the best weights were kept\n", trainer->epoch());
            return 0;
        default: {
            if (!trainer->history().epochs.empty()) {
                const EpochRecord& e = trainer->history().epochs.back();
                std::fprintf(stderr, "trained %d epochs (%lld steps): train loss %s%s\n",
                             trainer->epoch(), trainer->stepCount(), number(e.trainLoss).c_str(),
                             e.validationLoss ? (", validation loss " + number(*e.validationLoss)).c_str() : "");
            }
            return 0;
        }
    }
}

const CommandRegistration registration{
    "train", "train an experiment, or one built from a CSV file, a text, labelled data or a "
    "generator and flags", &run,
    [](const std::vector<std::string>& args) { parseRequest(args); }};

}  // namespace
}  // namespace RNNLAB_CLI_FILE
}  // namespace rnnlab::cli
