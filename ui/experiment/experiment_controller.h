#pragma once
// The experiment a window edits and trains: one ExperimentState at a time (experiment_state.h)
// — what the settings say and the run built for it — the file it belongs to, the undo stack of
// the changes made to it, and the TrainingSession that trains its run. Panels and views read
// its state, listen to its signals and send it commands; none of them touches a Trainer.
//
// - Every change (network, data, training settings, a remedy, Stop) is an ExperimentCommand on
//   undoStack(): settings that do not need new weights (learning rate, clipping, batch,
//   epochs, ...) reach the running trainer between two steps; the others stop the run at once
//   and build a new one off the GUI thread. New, Open, a recovery and a lesson replace the
//   experiment and start a new undo history (the window asks to save first).
// - One version on screen: the run the worker trains carries a run id, and its snapshots,
//   traces and gradient checks carry it too. Until a snapshot of the current run has arrived
//   (while a new run is built, and just after), isPreparing() is true and the window shows
//   "preparing the new network" instead of the views; results of earlier runs are dropped.
//   Play and Step pressed meanwhile act on the new run once it is ready.
// - The network's input and output sizes, output mode and loss follow the data, and changing
//   the output mode or the loss reshapes the data (core/train/network_for_data.h).
// - Opening, recovering and saving files: experiment_files.cpp.
// - A failed build or open leaves the previous state and run in place (dataError / fileError
//   say why, naming file:line:column or the field).
// - CSV paths are kept absolute here and saved relative to the experiment file's folder.

#include <QObject>
#include <QString>
#include <functional>
#include <memory>

#include "core/analysis/remedy.h"
#include "core/io/experiment_file.h"
#include "core/nn/network_config.h"
#include "core/train/data_source.h"
#include "core/train/training_settings.h"
#include "core/train/training_snapshot.h"
#include "ui/session/training_session.h"
#include "ui/experiment/experiment_commands.h"
#include "ui/experiment/experiment_state.h"
#include "ui/experiment/run_builder.h"

class QUndoStack;

namespace rnnlab::ui {

class TrainingPacer;

class ExperimentController : public QObject {
    Q_OBJECT
public:
    explicit ExperimentController(QObject* parent = nullptr);
    ~ExperimentController() override;

    TrainingSession& session() { return m_session; }
    QUndoStack* undoStack() const { return m_undo; }
    // The newest snapshot of the current run (null until it has published one).
    std::shared_ptr<const TrainingSnapshot> snapshot() const { return m_snapshot; }
    quint64 runId() const { return m_runId; }

    // What the settings say: the newest change, also while its run is being built.
    const ExperimentSpec& spec() const { return m_state.spec; }
    const NetworkConfig& network() const { return m_state.spec.network; }
    const TrainingSettings& settings() const { return m_state.spec.settings; }
    const DataSource& dataSource() const { return m_state.spec.source; }
    // The lesson whose experiment this is ("" when it is not, or no longer, a lesson's).
    QString lessonName() const { return QString::fromStdString(m_state.spec.lesson); }
    // What the current run trains on (shared with it, never changed), and its source.
    std::shared_ptr<const TrainingData> trainingData() const { return m_run->data; }
    const DataSource& trainingDataSource() const { return m_run->source; }

    QString filePath() const { return m_path; }  // empty until saved or opened
    QString displayName() const;                 // the file name, or "Untitled"
    // Edited or trained since the last open or save.
    bool isDirty() const;
    // A new run is being built, or its first snapshot has not arrived yet.
    bool isPreparing() const;
    bool isLoading() const { return isPreparing(); }
    // What isPreparing() is waiting for, for the window to say ("Preparing the new network:
    // LSTM, 2 × 512 units …").
    QString preparingText() const;
    bool isPlaying() const;
    int speedLevel() const;

    // The experiment a new window starts with: a sine wave, a 16-unit LSTM, Adam at 0.01.
    static DataSource defaultDataSource();
    static NetworkConfig defaultNetwork();
    static TrainingSettings defaultSettings();

    // Makes a state the current one: its run at once when it has one, otherwise built first
    // (ExperimentCommand's redo and undo).
    void enter(const ExperimentState& state, const EnterOptions& options);

    // Asked before other data (another dataset or file) replaces a run with unsaved changes:
    // the window offers to save first; proceed runs once that is settled, never when the user
    // cancels. Without a guard such changes proceed at once.
    using ReplaceGuard =
        std::function<void(const QString& action, const std::function<void()>& proceed)>;
    void setReplaceGuard(ReplaceGuard guard) { m_replaceGuard = std::move(guard); }

public slots:
    void setNetwork(const rnnlab::NetworkConfig& network);
    void setSettings(const rnnlab::TrainingSettings& settings);
    void setDataSource(const rnnlab::DataSource& source);
    // The CSV file as the data, the other data settings (window, split, ...) kept.
    void openCsv(const QString& path, const rnnlab::CsvOptions& options);
    // A UTF-8 text as the data of a character language model, or a labelled file (label<TAB>text
    // lines, or a CSV with a label and a text column) to classify; the split kept.
    void openText(const QString& path);
    void openLabelled(const QString& path);
    void openExperiment(const QString& path);
    // An autosave (core/io/autosave.h) as the unsaved run of `document`, the file it was
    // autosaved from ("" for an untitled one): the title and Save are the document's, and the
    // run is dirty. experimentRecovered or fileError follow.
    void recoverExperiment(const QString& autosavePath, const QString& document);
    // Saves network, weights, settings, progress, history and data source (atomically).
    void saveExperiment(const QString& path);
    void newExperiment();
    // A lesson's experiment (network, settings, data; fresh weights from its seed) as a new,
    // untitled run paused at step 0. Without data it trains on the data already loaded.
    void startExperiment(const rnnlab::Experiment& experiment, const QString& lesson = {});
    // One remedy from the gradient lab, keeping the data and the seed: a live setting reaches
    // the running trainer; a new initialisation or network rebuilds the run, which goes on
    // playing if it was.
    void applyRemedy(const rnnlab::Remedy& remedy);

    void play();
    void pause();
    void togglePlay();
    void stepOnce();
    // Stops and starts the run again from fresh weights (undoable: Undo brings the trained run
    // back).
    void stop();
    // Trains `steps` steps on the worker as fast as it can, then publishes a snapshot and
    // emits stepsTrained.
    void trainSteps(int steps);
    void setSpeedLevel(int level);
    // After a divergence: back to the weights with the lowest loss of the run's recent sound
    // steps, learning rate × 0.1, and training goes on.
    void lowerLearningRateAndContinue();
    // After a divergence: back to those weights, gradient clipping on (at its threshold), and
    // training goes on.
    void clipGradientsAndContinue();

signals:
    void snapshotChanged(std::shared_ptr<const rnnlab::TrainingSnapshot> snapshot);
    void networkChanged(const rnnlab::NetworkConfig& network);
    void settingsChanged(const rnnlab::TrainingSettings& settings);
    // dataSource() changed (the data panel follows it); trainingData() may follow later.
    void sourceChanged();
    // trainingData() and trainingDataSource() are new.
    void dataChanged();
    // The lesson the experiment belongs to changed (lessonName()).
    void lessonChanged(const QString& lesson);
    // The data could not be loaded or does not fit the network; the previous data stays.
    void dataError(const QString& message);
    // An experiment file could not be read or written; the previous state stays.
    void fileError(const QString& message);
    void experimentOpened(const QString& path);
    void experimentRecovered(const QString& autosavePath);
    void experimentSaved(const QString& path);
    // filePath(), displayName() or isDirty() changed.
    void documentChanged();
    void preparingChanged(bool preparing);
    void loadingChanged(bool loading);
    void playingChanged(bool playing);
    // trainSteps finished: the snapshot with this step count is on its way.
    void stepsTrained(long long step);
    // Results for the current run only.
    void customTrace(std::shared_ptr<const rnnlab::SequenceTrace> trace);
    void gradientCheckReady(std::shared_ptr<const rnnlab::GradientCheckResult> result);
    // One line for the status bar.
    void message(const QString& text);

private:
    // What was last opened or saved: that state, with that run at that step.
    struct SavedMark {
        std::uint64_t stateId = 0;
        std::weak_ptr<RunSlot> run;
        long long step = -1;
    };

    ExperimentState stateAfter(const ExperimentSpec& spec, bool newRun);
    void markSaved(const ExperimentState& state, long long step);
    // Pushes a change of the current state; the text says what changed.
    void change(const ExperimentSpec& next, bool newRun, EnterOptions options,
                const QString& text = {});
    // A new experiment: the undo history starts again with this state.
    void replaceExperiment(ExperimentState state, const QString& path, EnterOptions options,
                           bool saved);
    void changeDataSource(const DataSource& source);
    void build(const ExperimentState& state, const EnterOptions& options);
    void buildFailed(const QString& error, bool dataError);
    void swapIn(const std::shared_ptr<RunSlot>& run, bool resumePlaying);
    void emitSpec(const ExperimentSpec& before);
    void setBuilding(bool building);
    void updatePreparing();
    void keepRunsWithinBudget();
    void load(const QString& file, const QString& document, bool recovered);
    void onSnapshot();
    void runQueuedActions();
    void reportDocument();

    TrainingSession m_session;
    TrainingPacer* m_pacer = nullptr;
    QUndoStack* m_undo = nullptr;

    ExperimentState m_state;          // what the settings say
    ExperimentState m_runState;       // the last state whose run was swapped in
    std::shared_ptr<RunSlot> m_run;   // the run at the worker
    quint64 m_runId = 0;              // its id there (a new one every time it is handed over)
    quint64 m_runCounter = 0;
    std::uint64_t m_stateCounter = 0;
    std::uint64_t m_useClock = 0;
    std::shared_ptr<const TrainingSnapshot> m_snapshot;  // the newest of m_runId
    quint64 m_shownRunId = 0;                            // the run of the newest snapshot
    std::shared_ptr<const TrainingData> m_shownData;     // what dataChanged last announced

    bool m_building = false;
    int m_buildGeneration = 0;  // the newest build or open; older results are dropped
    std::shared_ptr<RunSlot> m_buildingRun;
    bool m_reportedPreparing = false;
    bool m_playWhenReady = false;
    int m_stepsWhenReady = 0;

    ReplaceGuard m_replaceGuard;
    QString m_path;
    SavedMark m_saved;
    bool m_reportedDirty = false;
};

}  // namespace rnnlab::ui
