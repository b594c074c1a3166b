#include "ui/experiment/experiment_controller.h"

#include <QFileInfo>
#include <QLocale>
#include <QUndoStack>

#include "core/base/errors.h"
#include "ui/cell_name.h"
#include "ui/experiment/background_job.h"
#include "ui/experiment/change_description.h"
#include "ui/experiment/kept_runs.h"
#include "ui/window/speed_control.h"
#include "ui/experiment/training_pacer.h"
#include "ui/ui_text_translation.h"

namespace rnnlab::ui {

namespace {
constexpr int kUndoLimit = 200;
}  // namespace

ExperimentController::ExperimentController(QObject* parent) : QObject(parent) {
    m_undo = new QUndoStack(this);
    m_undo->setUndoLimit(kUndoLimit);
    m_pacer = new TrainingPacer(m_session, SpeedControl::kDefaultLevel, this);
    connect(&m_session, &TrainingSession::snapshotChanged, this, &ExperimentController::onSnapshot);
    connect(&m_session, &TrainingSession::errorOccurred, this, &ExperimentController::message);
    connect(&m_session, &TrainingSession::customTrace, this,
            [this](quint64 runId, std::shared_ptr<const SequenceTrace> trace) {
                if (runId == m_runId) emit customTrace(std::move(trace));
            });
    connect(&m_session, &TrainingSession::gradientCheckReady, this,
            [this](quint64 runId, std::shared_ptr<const GradientCheckResult> result) {
                if (runId == m_runId) emit gradientCheckReady(std::move(result));
            });
    connect(m_pacer, &TrainingPacer::playingChanged, this, &ExperimentController::playingChanged);

    // The default experiment builds in a moment: the window opens ready to train.
    ExperimentState first;
    first.id = ++m_stateCounter;
    first.spec = {defaultDataSource(), defaultNetwork(), defaultSettings(), {}};
    const BuiltRun b = buildRun(first.spec, nullptr, false);
    RNNLAB_ASSERT(b.run, "the default experiment must build");
    first.run = b.run;
    first.run->network = b.run->trainer->networkConfig();
    first.run->settings = first.spec.settings;
    m_run = first.run;
    m_state = first;
    swapIn(first.run, false);
    markSaved(m_state, 0);
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
    if (m_state.id != m_saved.stateId || m_run != m_saved.run.lock()) return true;
    return (m_snapshot ? m_snapshot->step : m_run->lastStep) != m_saved.step;
}

bool ExperimentController::isPreparing() const {
    // Until the run's first snapshot, the views still show the run before it (none at start).
    return m_building || (m_shownRunId != 0 && m_shownRunId != m_runId);
}

QString ExperimentController::preparingText() const {
    if (!m_building) return tr("Preparing the new network\u2026");
    if (!m_buildingRun) return tr("Opening the experiment\u2026");
    const NetworkConfig& n = m_state.spec.network;
    QString cell = cellName(n.cell);
    if (n.cell == CellType::Rnn)
        cell += n.nonlinearity == Nonlinearity::Relu ? tr(" (ReLU)") : tr(" (tanh)");
    return tr("Preparing the new network: %1, %2 \u00d7 %3 units, on %4\u2026")
        .arg(cell)
        .arg(n.numLayers)
        .arg(n.hiddenSize)
        .arg(translated(describeText(m_state.spec.source)));
}

bool ExperimentController::isPlaying() const {
    return m_pacer->isPlaying();
}

int ExperimentController::speedLevel() const {
    return m_pacer->level();
}

// ---- changes -------------------------------------------------------------------------------

ExperimentState ExperimentController::stateAfter(const ExperimentSpec& spec, bool newRun) {
    ExperimentState s;
    s.id = ++m_stateCounter;
    s.spec = spec;
    s.run = newRun ? std::make_shared<RunSlot>() : m_state.run;
    return s;
}

void ExperimentController::change(const ExperimentSpec& next, bool newRun, EnterOptions options,
                                  const QString& text) {
    const ChangeDescription d = describeChange(m_state.spec, next);
    const QString label = !text.isEmpty() ? text : !d.text.isEmpty() ? d.text : tr("Change");
    m_undo->push(new ExperimentCommand(*this, m_state, stateAfter(next, newRun),
                                       std::move(options), label,
                                       text.isEmpty() ? d.key : QString()));
}

void ExperimentController::setNetwork(const NetworkConfig& requested) {
    const TrainingData& data = *trainingData();
    try {
        validate(fittedToData(requested, data));
    } catch (const ConfigError& e) {
        emit message(translatedUserMessage(e));
        emit networkChanged(m_state.spec.network);
        return;
    }
    ExperimentSpec next = m_state.spec;
    next.network = requested;
    const NetworkConfig shapeOfData = fittedToData(requested, data);
    const bool outputChanged =
        requested.output != shapeOfData.output || requested.loss != shapeOfData.loss;
    bool newData = false;
    if (outputChanged && fixesNetworkShape(next.source)) {
        emit message(tr("The %1 task sets the output mode and the loss")
                         .arg(translated(describeText(next.source))));
        next.network.output = shapeOfData.output;
        next.network.loss = shapeOfData.loss;
    } else if (outputChanged) {
        next.source = shapedForNetwork(next.source, requested);
        newData = true;
    }
    if (!newData && fittedToData(next.network, data) == fittedToData(m_state.spec.network, data)) {
        emit networkChanged(m_state.spec.network);  // nothing changed: the controls come back
        return;
    }
    EnterOptions options;
    if (!newData) options.reuseData = m_state.run->data;  // null while it is being built: built anew
    change(next, true, options);
}

void ExperimentController::setSettings(const TrainingSettings& settings) {
    if (settings == m_state.spec.settings) return;
    try {
        validate(settings);
    } catch (const ConfigError& e) {
        emit message(translatedUserMessage(e));
        emit settingsChanged(m_state.spec.settings);
        return;
    }
    ExperimentSpec next = m_state.spec;
    next.settings = settings;
    // The seed and the initialiser only matter to fresh weights: a new run.
    const bool newRun =
        settings.seed != m_state.spec.settings.seed || settings.init != m_state.spec.settings.init;
    EnterOptions options;
    options.reuseData = m_state.run->data;  // null while it is being built: built anew
    change(next, newRun, options);
}

void ExperimentController::setDataSource(const DataSource& source) {
    // Other data for a run trained since it was saved: save it first? (Undo also brings it
    // back; settings edits alone are not asked about, Undo takes them back.)
    const bool otherData = describe(source) != describe(m_state.spec.source);
    const long long step = m_snapshot ? m_snapshot->step : m_run->lastStep;
    if (otherData && m_replaceGuard && isDirty() && step > 0) {
        m_replaceGuard(tr("loading %1").arg(translated(describeText(source))),
                       [this, source] { changeDataSource(source); });
        emit sourceChanged();  // cancelled: the data panel shows the data of the run again
        return;
    }
    changeDataSource(source);
}

void ExperimentController::changeDataSource(const DataSource& source) {
    ExperimentSpec next = m_state.spec;
    next.source = withoutTrainedSymbols(source);  // a new network learns the data's own
    if (source.kind == DataSourceKind::Csv && !source.embedded) {
        next.source.csvPath =
            QFileInfo(QString::fromStdString(source.csvPath)).absoluteFilePath().toStdString();
    }
    // Other data is no longer the lesson's experiment.
    if (describe(next.source) != describe(m_state.spec.source)) next.lesson.clear();
    EnterOptions options;
    // Another dataset may be too short for the window; a window set by hand is not changed.
    options.fitWindow = source.window.window == m_state.spec.source.window.window;
    change(next, true, options);
}

void ExperimentController::openCsv(const QString& path, const CsvOptions& options) {
    DataSource s = m_state.spec.source;
    if (fixesNetworkShape(s)) s = defaultDataSource();  // windows of a series, not sequences
    s.kind = DataSourceKind::Csv;
    s.csvPath = path.toStdString();
    s.csv = options;
    s.embedded.reset();
    setDataSource(s);
}

void ExperimentController::openText(const QString& path) {
    DataSource s = asKind(m_state.spec.source, DataSourceKind::Text);
    s.text = TextSource{QFileInfo(path).absoluteFilePath().toStdString(), {}, {}};
    setDataSource(s);
}

void ExperimentController::openLabelled(const QString& path) {
    DataSource s = asKind(m_state.spec.source, DataSourceKind::Labelled);
    s.labelled = LabelledSource{QFileInfo(path).absoluteFilePath().toStdString(), {}, {}, {}, {}};
    setDataSource(s);
}

void ExperimentController::applyRemedy(const Remedy& remedy) {
    ExperimentSpec next = m_state.spec;
    rnnlab::applyRemedy(remedy, next.network, next.settings);
    const QString text = tr("Remedy: %1").arg(translated(describe(remedy)));
    emit message(text);
    EnterOptions options;
    options.reuseData = m_state.run->data;  // null while it is being built: built anew
    const bool newRun = effectOf(remedy.kind) != RemedyEffect::Live;
    options.resumePlaying = newRun && isPlaying();
    change(next, newRun, options, text);
}

void ExperimentController::stop() {
    m_pacer->pause();
    m_playWhenReady = false;
    m_stepsWhenReady = 0;
    if (!isPreparing() && m_run->lastStep == 0) return;  // fresh already
    EnterOptions options;
    options.reuseData = m_state.run->data;  // null while it is being built: built anew
    change(m_state.spec, true, options, tr("Stop: fresh weights"));
    emit message(tr("Stopped: the weights are fresh from seed %1 (Undo brings the trained run "
                    "back)")
                     .arg(m_state.spec.settings.seed));
}

// ---- new experiments -----------------------------------------------------------------------

void ExperimentController::replaceExperiment(ExperimentState state, const QString& path,
                                             EnterOptions options, bool saved) {
    m_undo->clear();
    m_path = path;
    m_playWhenReady = false;
    m_stepsWhenReady = 0;
    enter(state, options);
    if (saved) markSaved(state, state.run->lastStep);
    reportDocument();
}

void ExperimentController::newExperiment() {
    ExperimentState s = stateAfter({defaultDataSource(), defaultNetwork(), defaultSettings(), {}},
                                   true);
    replaceExperiment(std::move(s), {}, {}, true);
}

void ExperimentController::startExperiment(const Experiment& experiment, const QString& lesson) {
    EnterOptions options;
    if (!experiment.data) options.reuseData = trainingData();
    ExperimentState s = stateAfter({experiment.data.value_or(m_state.spec.source),
                                    experiment.network, experiment.training,
                                    lesson.toStdString()},
                                   true);
    replaceExperiment(std::move(s), {}, options, true);
}

void ExperimentController::markSaved(const ExperimentState& state, long long step) {
    m_saved = {state.id, state.run, step};
}

// ---- entering a state ----------------------------------------------------------------------

void ExperimentController::enter(const ExperimentState& state, const EnterOptions& options) {
    const ExperimentSpec before = m_state.spec;
    m_state = state;
    if (m_building && m_buildingRun == state.run) {
        emitSpec(before);  // its build goes on; the settings reach the run when it is ready
        return;
    }
    ++m_buildGeneration;  // whatever was being built is no longer wanted
    setBuilding(false);
    if (state.run == m_run) {  // the same run: settings that change live
        if (m_run->settings != state.spec.settings) {
            m_session.setSettings(state.spec.settings);
            m_run->settings = state.spec.settings;
        }
        m_state.spec.network = m_run->network;
        m_state.spec.source = m_run->source;
        m_runState = m_state;
        emitSpec(before);
        reportDocument();
        return;
    }
    m_pacer->pause();  // the run on screen stops at once: it is being replaced
    if (state.run->trainer) {
        swapIn(state.run, options.resumePlaying);
        emitSpec(before);
        return;
    }
    emitSpec(before);
    build(state, options);
}

void ExperimentController::build(const ExperimentState& state, const EnterOptions& options) {
    m_buildingRun = state.run;
    setBuilding(true);
    const int generation = m_buildGeneration;
    const bool wasReleased = state.run->released;
    std::shared_ptr<const TrainingData> data = state.run->data ? state.run->data : options.reuseData;
    runInBackground<BuiltRun>(
        this,
        [spec = state.spec, data, fit = options.fitWindow] { return buildRun(spec, data, fit); },
        [this, generation, slot = state.run, spec = state.spec, wasReleased,
         resume = options.resumePlaying](const BuiltRun& b) {
            if (b.run) {  // kept for undo even when no longer wanted
                slot->trainer = b.run->trainer;
                slot->data = b.run->data;
                slot->source = b.run->source;
                slot->network = b.run->trainer->networkConfig();
                slot->settings = spec.settings;
                slot->lastStep = 0;
                slot->released = false;
            }
            if (generation != m_buildGeneration) return;
            setBuilding(false);
            if (!b.run) {
                buildFailed(b.error, b.dataError);
                return;
            }
            swapIn(slot, resume);
            if (wasReleased) {
                emit message(tr("That run was trained, but it was too old to keep in memory: "
                                "it starts again from fresh weights"));
            }
            if (b.fittedWindow) {
                emit message(tr("The window is now %1 steps: %2 is too short for %3 in each "
                                "part")
                                 .arg(*b.fittedWindow)
                                 .arg(translated(describeText(slot->source)))
                                 .arg(spec.source.window.window));
            }
        });
}

void ExperimentController::buildFailed(const QString& error, bool isDataError) {
    // The change that asked for this run is dropped; the settings go back to the run's.
    const ExperimentSpec before = m_state.spec;
    const auto* top =
        m_undo->index() > 0 ? dynamic_cast<const ExperimentCommand*>(m_undo->command(m_undo->index() - 1))
                            : nullptr;
    if (top && top->after().id == m_state.id) {
        const_cast<ExperimentCommand*>(top)->setObsolete(true);
        m_undo->undo();  // removes it without entering its state again
    }
    m_state = m_runState;
    emitSpec(before);
    emit networkChanged(m_state.spec.network);
    emit settingsChanged(m_state.spec.settings);
    emit sourceChanged();
    reportDocument();
    if (isDataError) emit dataError(error);
    emit message(error);
}

void ExperimentController::swapIn(const std::shared_ptr<RunSlot>& run, bool resumePlaying) {
    m_run = run;
    run->lastUsed = ++m_useClock;
    run->released = false;
    m_runId = ++m_runCounter;
    m_snapshot.reset();  // nothing of this run on screen yet
    m_state.spec.network = run->network;
    m_state.spec.source = run->source;
    m_runState = m_state;
    m_session.setTrainer(run->trainer, m_runId);
    if (run->settings != m_state.spec.settings) {
        m_session.setSettings(m_state.spec.settings);
        run->settings = m_state.spec.settings;
    }
    if (run->data != m_shownData) {
        m_shownData = run->data;
        emit dataChanged();
    }
    // Sizes from the data, and a window that had to shrink: the panels show what was built.
    emit networkChanged(m_state.spec.network);
    emit sourceChanged();
    if (resumePlaying) m_playWhenReady = true;
    runQueuedActions();
    updatePreparing();
    keepRunsWithinBudget();
    reportDocument();
}

void ExperimentController::runQueuedActions() {
    for (; m_stepsWhenReady > 0; --m_stepsWhenReady) m_session.stepOnce();
    if (std::exchange(m_playWhenReady, false)) m_pacer->play();
}

void ExperimentController::emitSpec(const ExperimentSpec& before) {
    const ExperimentSpec& now = m_state.spec;
    emit networkChanged(now.network);
    emit settingsChanged(now.settings);
    emit sourceChanged();
    if (now.lesson != before.lesson) emit lessonChanged(lessonName());
}

void ExperimentController::setBuilding(bool building) {
    m_building = building;
    if (!building) m_buildingRun.reset();
    updatePreparing();
}

void ExperimentController::updatePreparing() {
    const bool preparing = isPreparing();
    if (preparing == m_reportedPreparing) return;
    m_reportedPreparing = preparing;
    emit preparingChanged(preparing);
    emit loadingChanged(preparing);
}

void ExperimentController::keepRunsWithinBudget() {
    std::vector<std::shared_ptr<RunSlot>> runs;
    for (int i = 0; i < m_undo->count(); ++i) {
        if (const auto* c = dynamic_cast<const ExperimentCommand*>(m_undo->command(i))) {
            runs.push_back(c->before().run);
            runs.push_back(c->after().run);
        }
    }
    keepWithinBudget(runs, m_run);
}

// ---- training ------------------------------------------------------------------------------

void ExperimentController::play() {
    if (isPreparing()) {
        m_playWhenReady = true;
        emit message(tr("Training starts as soon as the new network is ready"));
        return;
    }
    const int epochs = m_state.spec.settings.epochs;
    if (m_snapshot && m_snapshot->stopReason == StopReason::EpochsDone &&
        m_snapshot->epoch >= epochs) {
        emit message(tr("All %1 epochs are done: raise Epochs to train on, or press Stop to "
                        "start again")
                         .arg(epochs));
        return;
    }
    m_pacer->play();
}

void ExperimentController::pause() {
    m_playWhenReady = false;
    m_pacer->pause();
}

void ExperimentController::togglePlay() {
    if (isPreparing()) {
        m_playWhenReady = !m_playWhenReady;
        emit message(m_playWhenReady ? tr("Training starts as soon as the new network is ready")
                                     : tr("Training will not start by itself"));
        return;
    }
    isPlaying() ? pause() : play();
}

void ExperimentController::stepOnce() {
    if (isPreparing()) {
        ++m_stepsWhenReady;
        return;
    }
    if (isPlaying()) m_pacer->pause();
    m_session.stepOnce();
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
    TrainingSettings s = m_state.spec.settings;
    s.optimizer.learningRate *= 0.1;
    // Back to the best weights of the run before its loss ran away.
    m_session.withTrainer([](Trainer& t) { t.restoreBestSoundWeights(); });
    setSettings(s);
    emit message(tr("Learning rate lowered to %1; training goes on from the weights with the "
                    "lowest loss so far")
                     .arg(s.optimizer.learningRate));
    play();
}

void ExperimentController::clipGradientsAndContinue() {
    TrainingSettings s = m_state.spec.settings;
    s.clip = true;
    m_session.withTrainer([](Trainer& t) { t.restoreBestSoundWeights(); });
    setSettings(s);
    emit message(tr("Gradient clipping on (max norm %1); training goes on from the weights "
                    "with the lowest loss so far")
                     .arg(s.clipMaxNorm));
    play();
}

// ---- state ---------------------------------------------------------------------------------

void ExperimentController::onSnapshot() {
    const std::shared_ptr<const TrainingSnapshot>& s = m_session.snapshot();
    if (!s || s->runId != m_runId) return;  // of a run that is no longer the window's
    m_snapshot = s;
    m_shownRunId = s->runId;
    m_run->lastStep = s->step;
    m_pacer->onSnapshot(*s);
    updatePreparing();
    emit snapshotChanged(s);
    if (isDirty() != m_reportedDirty) reportDocument();
}

void ExperimentController::reportDocument() {
    m_reportedDirty = isDirty();
    emit documentChanged();
}

}  // namespace rnnlab::ui
