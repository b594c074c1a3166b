#pragma once
// RNN Lab's main window: the MainWindow shell with an experiment wired in.
//   left docks   Network (NetworkBuilderPanel) and Data (DataPanel), tabbed
//   views        Training (TrainingDashboard), Data (DataView), Explorer (ExplorerView),
//                Gradients (GradientsView), Compare (CompareView)
//   lessons      the Lessons menu and the guide in the lesson dock (LessonCoordinator): a
//                lesson's experiment becomes the run, its variants the Compare view's runs
//   toolbar      New / Open / Save, Play-Pause / Step / Stop and speed drive the
//                ExperimentController; the progress shows epoch, bar and ETA
//   status bar   messages, and the run's state ("step 1,200 · epoch 12 / 50 · validation loss
//                0.031 · diverged at step 841, restored")
//   files        Open and drag-and-drop take *.rnnlab.json (opened), *.csv (through the
//                import dialog), *.txt (a text for a character model) and *.tsv (labelled
//                sentences, label<TAB>text); Save asks for a name the first time; unsaved changes are
//                offered for saving before New, Open and closing; recent files remembered
//   autosave     interactive windows (enableAutosave) autosave an unsaved run every few
//                seconds and offer the runs of sessions that crashed in a banner above the
//                views (RunAutosave, RecoveryBanner)

#include <QElapsedTimer>
#include <chrono>
#include <functional>
#include <optional>

#include "core/io/autosave.h"
#include "ui/window/main_window.h"
#include "ui/window/eta_estimator.h"
#include "ui/window/language_switch.h"
#include "ui/window/unsaved_changes.h"

class QDockWidget;
class QLabel;

namespace rnnlab::ui {

class CompareView;
class DataPanel;
class DataView;
class ExperimentController;
class ExplorerView;
class TextView;
class GradientsView;
class LessonCoordinator;
class NetworkBuilderPanel;
class PreparingOverlay;
class RecoveryBanner;
class RunAutosave;
class TrainingDashboard;

class LabWindow : public MainWindow {
    Q_OBJECT
public:
    explicit LabWindow(QWidget* parent = nullptr);
    ~LabWindow() override;

    ExperimentController& controller() const { return *m_controller; }
    NetworkBuilderPanel* networkBuilder() const { return m_builder; }
    DataPanel* dataPanel() const { return m_dataPanel; }
    DataView* dataView() const { return m_dataView; }
    TrainingDashboard* dashboard() const { return m_dashboard; }
    ExplorerView* explorer() const { return m_explorer; }
    GradientsView* gradients() const { return m_gradients; }
    CompareView* compareView() const { return m_compare; }
    TextView* textView() const { return m_text; }
    LessonCoordinator* lessons() const { return m_lessons; }
    // Null until enableAutosave().
    RunAutosave* autosave() const { return m_autosave; }
    RecoveryBanner* recoveryBanner() const { return m_recoveryBanner; }
    PreparingOverlay* preparingOverlay() const { return m_preparing; }
    // The run's state in the status bar.
    QString runStatusText() const;
    // "sine.rnnlab.json · Training · step 1,200 · seed 1 · LSTM 1×16 · adam lr 0.001 ·
    // batch 32": the experiment (or lesson), the view, and what reproduces the run.
    QString snapshotCaption() const override;

public slots:
    // An experiment opens (after offering to save changes); a CSV file goes through the import
    // dialog.
    void openFile(const QString& path);
    // Saves to the experiment's file, or asks for one.
    void save();
    // Shows a lesson and starts it (`rnnlab --lesson NAME|FILE`): a bundled lesson by name
    // (ConfigError listing the lessons when there is none), or a lesson file by path (FileError
    // naming the file and the field when it does not read; lesson_file.h).
    void openLesson(const QString& nameOrPath);
    // RNN, LSTM and GRU trained side by side on the current data and seed (Compare view).
    void compareCells();
    // Views that update at a limited rate show the newest snapshot at once (before a
    // screenshot or an export).
    void settleViews();
    // Autosaves the run into `directory` and offers the recoveries found there in a banner
    // above the views. For the interactive window only: headless runs (screenshots, exports,
    // tests) leave the recovery folder alone unless they ask.
    void enableAutosave(const QString& directory,
                        std::chrono::milliseconds interval = kAutosaveInterval);
    // View → Language: remembers `language` (empty: follow the system) and, when that changes
    // the language the window speaks, offers to save and closes with reopening() set, for a
    // new window in that language (language_switch.h).
    void switchLanguage(const QString& language);
    // Set when the window closed to be rebuilt in another language.
    const std::optional<WindowReopening>& reopening() const { return m_reopening; }

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void connectFileActions();
    void connectEditActions();
    void connectTrainingActions();
    void connectViews();
    void addAnalysisViews();
    // Asks whether to save the changes before `action`; Save starts saving and runs afterSave
    // once saved. Discard when there is nothing to save. undoable: Edit → Undo can bring the
    // run back afterwards (the question says so).
    UnsavedChoice offerToSave(const QString& action, const std::function<void()>& afterSave,
                              bool undoable = false);
    // Runs then() once the changes are saved or discarded; nothing when cancelled.
    void afterSavingChanges(const QString& action, const std::function<void()>& then,
                            bool undoable = false);
    void showPreparing();
    void saveAs(const QString& path);
    void showSnapshot();
    void showDocument();
    void showFileError(const QString& message);

    ExperimentController* m_controller = nullptr;
    NetworkBuilderPanel* m_builder = nullptr;
    DataPanel* m_dataPanel = nullptr;
    QDockWidget* m_dataDock = nullptr;
    DataView* m_dataView = nullptr;
    TrainingDashboard* m_dashboard = nullptr;
    ExplorerView* m_explorer = nullptr;
    GradientsView* m_gradients = nullptr;
    CompareView* m_compare = nullptr;
    TextView* m_text = nullptr;
    LessonCoordinator* m_lessons = nullptr;
    QLabel* m_runStatus = nullptr;
    RunAutosave* m_autosave = nullptr;
    RecoveryBanner* m_recoveryBanner = nullptr;
    PreparingOverlay* m_preparing = nullptr;

    EtaEstimator m_eta;
    QElapsedTimer m_clock;
    std::function<void()> m_afterSave;  // what waits for the save in progress
    bool m_saving = false;
    bool m_closeConfirmed = false;
    std::optional<WindowReopening> m_reopening;
};

}  // namespace rnnlab::ui
