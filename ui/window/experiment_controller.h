#pragma once
// The experiment being edited and trained: the network shape, the training settings, the data
// source, the file they came from, and the TrainingSession that runs them. Panels and views
// read its state, listen to its signals and send it commands; none of them touches the Trainer.
//
// - Changes that need a new Trainer (network shape, data, seed, initialiser) build one from the
//   current data and hand it to the session; the other settings (optimizer, learning rate,
//   clipping, batch, epochs, truncation, ...) reach the running trainer between two steps
//   through TrainingSession::setSettings.
// - The network's input and output sizes follow the data. Its output mode and loss are the
//   data's window mode (last step: many-to-one, every step: many-to-many) and target kind
//   (MSE: regression, cross-entropy: classes), so changing them reshapes the data.
// - Data and experiment files load on Qt's thread pool: the window stays responsive, the
//   newest request wins, and a failed load leaves the previous data and run in place
//   (dataError / fileError say why, naming file:line:column or the field).
// - A dataset too short for the current window in each of its parts gets the longest window
//   that fits (and a message says so), unless the window itself was just set.
// - CSV paths are kept absolute here and saved relative to the experiment file's folder.

#include <QObject>
#include <QString>
#include <memory>

#include "core/analysis/remedy.h"
#include "core/io/experiment_file.h"
#include "core/network_config.h"
#include "core/train/data_source.h"
#include "core/train/training_settings.h"
#include "core/train/training_snapshot.h"
#include "ui/session/training_session.h"

namespace rnnlab::ui {

class TrainingPacer;

// A generated set of sequences (adding, remember-first) rather than windows of one series:
// the task fixes the sequence length, the output mode and the loss.
bool isSequenceTask(const DataSource& source);

class ExperimentController : public QObject {
    Q_OBJECT
public:
    explicit ExperimentController(QObject* parent = nullptr);
    ~ExperimentController() override;

    TrainingSession& session() { return m_session; }
    // The newest snapshot of the run (null until the first trainer published one).
    std::shared_ptr<const TrainingSnapshot> snapshot() const { return m_session.snapshot(); }

    // What is being edited: the newest request. While it is being built (isLoading()) the run
    // still has the previous one; when the build fails these return to the run's.
    const NetworkConfig& network() const { return m_target.network; }
    const TrainingSettings& settings() const { return m_target.settings; }
    const DataSource& dataSource() const { return m_target.source; }
    // What the current trainer trains on (shared with it, never changed), and its source.
    std::shared_ptr<const TrainingData> trainingData() const { return m_data; }
    const DataSource& trainingDataSource() const { return m_run.source; }

    QString filePath() const { return m_path; }  // empty until saved or opened
    QString displayName() const;                 // the file name, or "Untitled"
    // Edited or trained since the last open or save.
    bool isDirty() const;
    // A data set or experiment file is being read.
    bool isLoading() const { return m_loading; }
    bool isPlaying() const;
    int speedLevel() const;

    // The experiment a new window starts with: a sine wave, a 16-unit LSTM, Adam at 0.01.
    static DataSource defaultDataSource();
    static NetworkConfig defaultNetwork();
    static TrainingSettings defaultSettings();

public slots:
    void setNetwork(const rnnlab::NetworkConfig& network);
    void setSettings(const rnnlab::TrainingSettings& settings);
    void setDataSource(const rnnlab::DataSource& source);
    // The CSV file as the data, the other data settings (window, split, ...) kept.
    void openCsv(const QString& path, const rnnlab::CsvOptions& options);
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
    void startExperiment(const rnnlab::Experiment& experiment);
    // One remedy from the gradient lab, keeping the data and the seed: a live setting reaches
    // the running trainer; a new initialisation or network rebuilds the run, which goes on
    // playing if it was.
    void applyRemedy(const rnnlab::Remedy& remedy);

    void play();
    void pause();
    void togglePlay();
    void stepOnce();
    // Stops and rewinds to fresh weights from the seed: the history restarts.
    void stop();
    // Trains `steps` steps on the worker as fast as it can, then publishes a snapshot and
    // emits stepsTrained.
    void trainSteps(int steps);
    void setSpeedLevel(int level);
    // After a divergence: learning rate x 0.1, and training goes on from the restored weights.
    void lowerLearningRateAndContinue();

signals:
    void snapshotChanged(std::shared_ptr<const rnnlab::TrainingSnapshot> snapshot);
    void networkChanged(const rnnlab::NetworkConfig& network);
    void settingsChanged(const rnnlab::TrainingSettings& settings);
    // dataSource() and trainingData() are new.
    void dataChanged();
    // The data could not be loaded or does not fit the network; the previous data stays.
    void dataError(const QString& message);
    // An experiment file could not be read or written; the previous state stays.
    void fileError(const QString& message);
    void experimentOpened(const QString& path);
    void experimentRecovered(const QString& autosavePath);
    void experimentSaved(const QString& path);
    // filePath(), displayName() or isDirty() changed.
    void documentChanged();
    void loadingChanged(bool loading);
    void playingChanged(bool playing);
    // trainSteps finished: the snapshot with this step count is on its way.
    void stepsTrained(long long step);
    // One line for the status bar.
    void message(const QString& text);

private:
    // An experiment: what the user asks for (m_target) and what the trainer runs (m_run).
    struct Target {
        DataSource source;
        NetworkConfig network;
        TrainingSettings settings;
        bool newData = false;        // source differs from the data of the run
        bool newDocument = false;    // File > New: no file, nothing edited
        bool fitWindow = false;      // a window too long for new data may shrink to fit
        bool resumePlaying = false;  // play once built (a remedy applied while playing)
    };

    bool isBuilding() const { return m_loading; }
    // Builds the target's data (when new) and trainer on the thread pool, then commits them.
    void rebuild(const Target& target);
    void commit(std::shared_ptr<const TrainingData> data, std::shared_ptr<Trainer> trainer,
                const Target& target);
    // A build or open failed: the target is the run again, and the panels are told so.
    void revert(const QString& error, bool dataError);
    // Opens an experiment file as the run of `document` (dirty when recovered).
    void load(const QString& file, const QString& document, bool recovered);
    void onSnapshot();
    void setLoading(bool loading);
    void setEdited(bool edited);

    TrainingSession m_session;
    TrainingPacer* m_pacer = nullptr;
    Target m_run;     // the run's network (fitted to its data), settings and data source
    Target m_target;  // equals m_run unless a build is on its way
    std::shared_ptr<const TrainingData> m_data;

    QString m_path;
    bool m_edited = false;      // settings, network or data changed since open / save
    long long m_savedStep = 0;  // training steps of the run when opened / saved
    bool m_reportedDirty = false;
    bool m_loading = false;
    int m_loadGeneration = 0;  // the newest load request; older results are dropped
};

}  // namespace rnnlab::ui
