#include "ui/window/experiment_controller.h"

#include <QDir>
#include <QFileInfo>
#include <algorithm>
#include <limits>

#include "core/data/catalog.h"
#include "core/data/data_error.h"
#include "core/data/windowed_dataset.h"
#include "core/errors.h"
#include "core/io/experiment_file.h"
#include "ui/window/background_job.h"
#include "ui/window/speed_control.h"
#include "ui/window/training_pacer.h"

namespace rnnlab::ui {

namespace {

// Sizes, output mode and loss follow from the data.
NetworkConfig fittedToData(NetworkConfig c, const TrainingData& d) {
    c.inputSize = int(d.inputSize());
    c.outputSize = int(d.outputSize());
    c.output = d.perStepTargets() ? OutputMode::Sequence : OutputMode::Last;
    c.loss = d.classification() ? LossKind::CrossEntropy : LossKind::Mse;
    return c;
}

QString errorText(const std::exception& e) {
    return QString::fromUtf8(e.what());
}

// What a background build produces.
struct Built {
    std::shared_ptr<const TrainingData> data;
    std::shared_ptr<Trainer> trainer;
    std::optional<Index> fittedWindow;  // the window had to shrink to this
    QString error;
    bool dataError = false;  // the data failed (rather than the network or the settings)
};

// The longest window (with the source's horizon) that fits the series' parts, when it is
// shorter than the source's window: a short dataset chosen after a long one.
std::optional<Index> fittingWindow(const DataSource& source) {
    return WindowedDataset::longestFittingWindow(loadSeries(source).rows(), source.window,
                                                 source.split);
}

// The data of a source. fitWindow: a window too long for the data shrinks to fit (and b says
// so) instead of failing.
void buildData(DataSource source, bool fitWindow, Built& b) {
    try {
        b.data = buildTrainingData(source);
    } catch (const ConfigError&) {
        if (!fitWindow || isSequenceTask(source)) throw;
        b.fittedWindow = fittingWindow(source);
        if (!b.fittedWindow) throw;
        source.window.window = *b.fittedWindow;
        b.data = buildTrainingData(source);
    }
}

// Data (when newData) and a trainer for it. Runs on the thread pool: only copies and
// immutable shared data come in.
Built build(const DataSource& source, bool newData, bool fitWindow,
            std::shared_ptr<const TrainingData> data, const NetworkConfig& network,
            const TrainingSettings& settings) {
    Built b;
    try {
        if (newData) {
            buildData(source, fitWindow, b);
        } else {
            b.data = std::move(data);
        }
    } catch (const std::exception& e) {
        b.error = errorText(e);
        b.dataError = true;
        return b;
    }
    try {
        b.trainer = std::make_shared<Trainer>(fittedToData(network, *b.data), settings, b.data);
    } catch (const std::exception& e) {
        b.error = errorText(e);
        b.dataError = newData;
    }
    return b;
}

struct Opened {
    Experiment experiment;
    std::shared_ptr<Trainer> trainer;
    QString error;
    bool dataError = false;
};

Opened open(const QString& path, const DataSource& currentData) {
    Opened o;
    try {
        o.experiment = readExperiment(path.toStdString());
        Experiment& e = o.experiment;
        if (!e.data) {
            e.data = currentData;  // a bare model trains on the data already loaded
        } else if (e.data->kind == DataSourceKind::Csv && !e.data->csvPath.empty()) {
            e.data->csvPath =
                QFileInfo(QFileInfo(path).dir(), QString::fromStdString(e.data->csvPath))
                    .absoluteFilePath()
                    .toStdString();
        }
        o.trainer = makeTrainer(e, directoryOf(path.toStdString()));
    } catch (const DataError& e) {
        o.error = errorText(e);
        o.dataError = true;
    } catch (const std::exception& e) {
        o.error = errorText(e);
    }
    return o;
}

}  // namespace

bool isSequenceTask(const DataSource& s) {
    return !s.embedded && s.kind == DataSourceKind::Generator &&
           generatorInfo(s.generator.kind).sequenceTask;
}

ExperimentController::ExperimentController(QObject* parent) : QObject(parent) {
    m_pacer = new TrainingPacer(m_session, SpeedControl::kDefaultLevel, this);
    connect(&m_session, &TrainingSession::snapshotChanged, this, &ExperimentController::onSnapshot);
    connect(&m_session, &TrainingSession::errorOccurred, this, &ExperimentController::message);
    connect(m_pacer, &TrainingPacer::playingChanged, this, &ExperimentController::playingChanged);

    // The default experiment builds in a moment: the window opens ready to train.
    const Target t{defaultDataSource(), defaultNetwork(), defaultSettings(), true, true};
    const Built b = build(t.source, t.newData, false, nullptr, t.network, t.settings);
    RNNLAB_ASSERT(b.trainer, "the default experiment must build");
    commit(b.data, b.trainer, t);
}

ExperimentController::~ExperimentController() = default;

DataSource ExperimentController::defaultDataSource() {
    DataSource s;
    s.kind = DataSourceKind::Generator;
    s.generator.kind = GeneratorKind::Sine;
    return s;
}

NetworkConfig ExperimentController::defaultNetwork() {
    NetworkConfig n;
    n.cell = CellType::Lstm;
    n.hiddenSize = 16;
    return n;
}

TrainingSettings ExperimentController::defaultSettings() {
    TrainingSettings s;
    s.optimizer.learningRate = 0.01;  // Adam at torch's 0.001 is slow to watch in a class
    return s;
}

QString ExperimentController::displayName() const {
    return m_path.isEmpty() ? tr("Untitled") : QFileInfo(m_path).fileName();
}

bool ExperimentController::isDirty() const {
    const auto& s = snapshot();
    return m_edited || (s && s->step != m_savedStep);
}

bool ExperimentController::isPlaying() const {
    return m_pacer->isPlaying();
}

int ExperimentController::speedLevel() const {
    return m_pacer->level();
}

// ---- editing -------------------------------------------------------------------------------

void ExperimentController::setNetwork(const NetworkConfig& requested) {
    try {
        validate(fittedToData(requested, *m_data));
    } catch (const ConfigError& e) {
        emit message(errorText(e));
        emit networkChanged(m_target.network);
        return;
    }
    Target t = m_target;
    t.network = requested;
    const NetworkConfig shapeOfData = fittedToData(requested, *m_data);
    const bool outputChanged =
        requested.output != shapeOfData.output || requested.loss != shapeOfData.loss;
    if (outputChanged && isSequenceTask(t.source)) {
        emit message(tr("The %1 task sets the output mode and the loss")
                         .arg(QString::fromStdString(describe(t.source))));
    } else if (outputChanged) {
        // Output on every step means a target at every step; cross-entropy means classes.
        t.source.window.mode = requested.output == OutputMode::Sequence ? WindowMode::ManyToMany
                                                                        : WindowMode::ManyToOne;
        t.source.target = requested.loss == LossKind::CrossEntropy ? TargetKind::Classification
                                                                   : TargetKind::Regression;
        t.newData = true;
    }
    if (!isLoading() && !t.newData && shapeOfData == m_run.network) {
        m_target = m_run;
        emit networkChanged(m_run.network);
        return;
    }
    rebuild(t);
}

void ExperimentController::setSettings(const TrainingSettings& settings) {
    if (settings == m_target.settings) return;
    try {
        validate(settings);
    } catch (const ConfigError& e) {
        emit message(errorText(e));
        emit settingsChanged(m_target.settings);
        return;
    }
    Target t = m_target;
    t.settings = settings;
    // The seed and the initialiser only matter to fresh weights: a new run.
    const bool newRun =
        settings.seed != m_run.settings.seed || settings.init != m_run.settings.init;
    if (newRun || isLoading()) {
        rebuild(t);
        return;
    }
    m_run.settings = settings;
    m_target.settings = settings;
    m_session.setSettings(settings);
    setEdited(true);
    emit settingsChanged(settings);
}

void ExperimentController::setDataSource(const DataSource& source) {
    Target t = m_target;
    // Another dataset may be too short for the window; a window set by hand is not changed.
    t.fitWindow = source.window.window == m_target.source.window.window;
    t.source = source;
    if (source.kind == DataSourceKind::Csv && !source.embedded) {
        t.source.csvPath =
            QFileInfo(QString::fromStdString(source.csvPath)).absoluteFilePath().toStdString();
    }
    t.newData = true;
    rebuild(t);
}

void ExperimentController::openCsv(const QString& path, const CsvOptions& options) {
    DataSource s = m_target.source;
    if (isSequenceTask(s)) s = defaultDataSource();  // windows of a series, not sequences
    s.kind = DataSourceKind::Csv;
    s.csvPath = path.toStdString();
    s.csv = options;
    s.embedded.reset();
    setDataSource(s);
}

void ExperimentController::newExperiment() {
    rebuild({defaultDataSource(), defaultNetwork(), defaultSettings(), true, true});
}

void ExperimentController::startExperiment(const Experiment& experiment) {
    Target t{experiment.data.value_or(m_target.source), experiment.network, experiment.training,
             true, true};
    rebuild(t);
}

void ExperimentController::applyRemedy(const Remedy& remedy) {
    Target t = m_target;
    rnnlab::applyRemedy(remedy, t.network, t.settings);
    emit message(QString::fromStdString(describe(remedy)));
    if (effectOf(remedy.kind) == RemedyEffect::Live) {
        setSettings(t.settings);
        return;
    }
    t.resumePlaying = isPlaying();
    rebuild(t);
}

// ---- building ------------------------------------------------------------------------------

void ExperimentController::rebuild(const Target& target) {
    m_target = target;
    const int generation = ++m_loadGeneration;
    setLoading(true);
    runInBackground<Built>(
        this,
        [target, data = m_data] {
            return build(target.source, target.newData, target.fitWindow, data, target.network,
                         target.settings);
        },
        [this, generation, target](const Built& b) {
            if (generation != m_loadGeneration) return;  // a newer request replaced this one
            setLoading(false);
            if (!b.trainer) {
                revert(b.error, b.dataError);
                emit message(b.error);
                return;
            }
            Target built = target;
            if (b.fittedWindow) built.source.window.window = *b.fittedWindow;
            commit(b.data, b.trainer, built);
            if (target.resumePlaying) play();
            if (b.fittedWindow) {
                emit message(tr("The window is now %1 steps: %2 is too short for %3 in each "
                                "part")
                                 .arg(*b.fittedWindow)
                                 .arg(QString::fromStdString(describe(built.source)))
                                 .arg(target.source.window.window));
            }
        });
}

void ExperimentController::commit(std::shared_ptr<const TrainingData> data,
                                  std::shared_ptr<Trainer> trainer, const Target& target) {
    const bool newData = data != m_data;
    m_pacer->pause();
    m_run = {target.source, trainer->networkConfig(), target.settings};
    m_target = m_run;
    m_data = std::move(data);
    m_session.setTrainer(std::move(trainer));
    if (target.newDocument) {
        m_path.clear();
        m_savedStep = 0;
        setEdited(false);
    } else {
        setEdited(true);
    }
    emit networkChanged(m_run.network);
    emit settingsChanged(m_run.settings);
    if (newData) emit dataChanged();
}

void ExperimentController::revert(const QString& error, bool isDataError) {
    m_target = m_run;
    emit networkChanged(m_run.network);
    emit settingsChanged(m_run.settings);
    if (isDataError) emit dataError(error);
}

// ---- files ---------------------------------------------------------------------------------

void ExperimentController::openExperiment(const QString& path) {
    const QString absolute = QFileInfo(path).absoluteFilePath();
    load(absolute, absolute, false);
}

void ExperimentController::recoverExperiment(const QString& autosavePath, const QString& document) {
    load(QFileInfo(autosavePath).absoluteFilePath(),
         document.isEmpty() ? QString() : QFileInfo(document).absoluteFilePath(), true);
}

void ExperimentController::load(const QString& file, const QString& document, bool recovered) {
    const int generation = ++m_loadGeneration;
    setLoading(true);
    runInBackground<Opened>(
        this, [file, current = m_run.source] { return open(file, current); },
        [this, generation, file, document, recovered](const Opened& o) {
            if (generation != m_loadGeneration) return;
            setLoading(false);
            if (!o.trainer) {
                revert(o.error, o.dataError);
                emit fileError(o.error);
                return;
            }
            m_savedStep = o.trainer->stepCount();
            m_path = document;
            const Target opened{*o.experiment.data, o.trainer->networkConfig(),
                                o.trainer->settings()};
            commit(o.trainer->sharedData(), o.trainer, opened);
            setEdited(recovered);
            if (recovered) {
                emit experimentRecovered(file);
                emit message(
                    tr("Recovered the unsaved run of %1: save it to keep it").arg(displayName()));
            } else {
                emit experimentOpened(file);
                emit message(tr("Opened %1").arg(file));
            }
        });
}

void ExperimentController::saveExperiment(const QString& path) {
    const QString absolute = QFileInfo(path).absoluteFilePath();
    DataSource source = m_run.source;
    if (source.kind == DataSourceKind::Csv && !source.embedded) {
        // Relative to the experiment, so the two files can move together.
        source.csvPath = QFileInfo(absolute)
                             .dir()
                             .relativeFilePath(QString::fromStdString(source.csvPath))
                             .toStdString();
    }
    auto savedStep = std::make_shared<long long>(-1);
    m_session.withTrainer(
        [file = absolute.toStdString(), source, savedStep](Trainer& t) {
            saveTrainer(file, t, source);
            *savedStep = t.stepCount();
        },
        [this, absolute, savedStep](const QString& error) {
            if (!error.isEmpty() || *savedStep < 0) {
                emit fileError(error.isEmpty() ? tr("%1: there is no run to save").arg(absolute)
                                               : error);
                return;
            }
            m_path = absolute;
            m_savedStep = *savedStep;
            setEdited(false);
            emit experimentSaved(absolute);
            emit message(tr("Saved %1").arg(absolute));
        });
}

// ---- training ------------------------------------------------------------------------------

void ExperimentController::play() {
    const auto& s = snapshot();
    const int epochs = m_run.settings.epochs;
    if (s && s->stopReason == StopReason::EpochsDone && s->epoch >= epochs) {
        emit message(tr("All %1 epochs are done: raise Epochs to train on, or press Stop to "
                        "start again")
                         .arg(epochs));
        return;
    }
    m_pacer->play();
}

void ExperimentController::pause() {
    m_pacer->pause();
}

void ExperimentController::togglePlay() {
    isPlaying() ? pause() : play();
}

void ExperimentController::stepOnce() {
    if (isPlaying()) m_pacer->pause();
    m_session.stepOnce();
}

void ExperimentController::stop() {
    m_pacer->pause();
    m_session.reset();
    emit message(tr("Stopped: the weights are fresh from seed %1").arg(m_run.settings.seed));
}

void ExperimentController::trainSteps(int steps) {
    m_pacer->pause();
    struct Trained {
        long long steps = 0, reached = 0;
        StopReason stop = StopReason::None;
        int epochs = 0;
    };
    auto trained = std::make_shared<Trained>();
    m_session.withTrainer(
        [steps, trained](Trainer& t) {
            const long long before = t.stepCount();
            for (int i = 0; i < steps && t.step(); ++i) {
            }
            *trained = {t.stepCount() - before, t.stepCount(), t.stopReason(), t.epoch()};
        },
        [this, steps, trained](const QString& error) {
            if (!error.isEmpty()) {
                emit message(error);
            } else if (trained->steps < steps) {
                // Said, not silent: the run ended before the steps asked for.
                const QString why =
                    trained->stop == StopReason::EpochsDone
                        ? tr("all %1 epochs are done (raise Epochs to train longer)")
                              .arg(trained->epochs)
                    : trained->stop == StopReason::Diverged ? tr("training diverged")
                                                            : tr("training stopped early");
                emit message(tr("Trained %1 of the %2 steps asked for: %3")
                                 .arg(trained->steps)
                                 .arg(steps)
                                 .arg(why));
            }
            m_session.pause();  // publishes the snapshot of the new step
            emit stepsTrained(trained->reached);
        });
}

void ExperimentController::setSpeedLevel(int level) {
    m_pacer->setLevel(level);
}

void ExperimentController::lowerLearningRateAndContinue() {
    TrainingSettings s = m_target.settings;
    s.optimizer.learningRate *= 0.1;
    setSettings(s);
    emit message(tr("Learning rate lowered to %1").arg(s.optimizer.learningRate));
    play();
}

// ---- state ---------------------------------------------------------------------------------

void ExperimentController::onSnapshot() {
    const std::shared_ptr<const TrainingSnapshot> s = snapshot();
    m_pacer->onSnapshot(*s);
    emit snapshotChanged(s);
    const bool dirty = isDirty();
    if (dirty != m_reportedDirty) {
        m_reportedDirty = dirty;
        emit documentChanged();
    }
}

void ExperimentController::setLoading(bool loading) {
    if (loading == m_loading) return;
    m_loading = loading;
    emit loadingChanged(loading);
}

void ExperimentController::setEdited(bool edited) {
    m_edited = edited;
    m_reportedDirty = isDirty();
    emit documentChanged();
}

}  // namespace rnnlab::ui
