#include "ui/experiment/file_kind.h"
#include "ui/window/lab_window.h"

#include <QAction>
#include <QCloseEvent>
#include <QDockWidget>
#include <QFileInfo>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QStatusBar>
#include <QUndoStack>
#include <QVBoxLayout>

#include "core/base/errors.h"
#include "core/lessons/lesson_file.h"
#include "ui/application_language.h"
#include "ui/cell_name.h"
#include "ui/compare/compare_view.h"
#include "ui/compare/connectivity_comparison.h"
#include "ui/compare/run_spec.h"
#include "ui/experiment/experiment_controller.h"
#include "ui/experiment/run_autosave.h"
#include "ui/explorer/explorer_view.h"
#include "ui/gradients/gradients_view.h"
#include "ui/headless/headless_run.h"
#include "ui/lessons/bundled_lessons.h"
#include "ui/lessons/lesson_coordinator.h"
#include "ui/lessons/lesson_guide.h"
#include "ui/panels/data_panel.h"
#include "ui/panels/network_builder_panel.h"
#include "ui/text/live_samples_panel.h"
#include "ui/text/live_samples_wiring.h"
#include "ui/text/neuron_search_panel.h"
#include "ui/text/text_view.h"
#include "ui/text/sentence_page_wiring.h"
#include "ui/text/text_view_wiring.h"
#include "ui/ui_text_translation.h"
#include "ui/views/data_view.h"
#include "ui/views/divergence_banner.h"
#include "ui/views/metrics_panel.h"
#include "ui/views/training_dashboard.h"
#include "ui/window/preparing_overlay.h"
#include "ui/window/quiz_wiring.h"
#include "ui/window/recent_files.h"
#include "ui/window/recovery_banner.h"
#include "ui/window/speed_control.h"
#include "ui/window/time_bar.h"
#include "ui/window/training_progress.h"
#include "ui/window/transport_keys.h"
#include "ui/window/unsaved_changes.h"
#include "ui/window/view_wiring.h"

namespace rnnlab::ui {

namespace {
constexpr int kMessageMs = 8000;
constexpr int kLeftDockWidth = 360;
}  // namespace

LabWindow::LabWindow(QWidget* parent) : MainWindow(parent) {
    m_controller = new ExperimentController(this);
    m_builder = new NetworkBuilderPanel(*m_controller);
    m_dataPanel = new DataPanel(*m_controller);
    QDockWidget* network =
        addPanel(Qt::LeftDockWidgetArea, tr("Network"), m_builder, QStringLiteral("Network"));
    m_dataDock = addPanel(Qt::LeftDockWidgetArea, tr("Data"), m_dataPanel, QStringLiteral("Data"));
    tabifyDockWidget(network, m_dataDock);
    network->raise();
    network->toggleViewAction()->setShortcut(QKeySequence(Qt::Key_F7));
    m_dataDock->toggleViewAction()->setShortcut(QKeySequence(Qt::Key_F8));
    resizeDocks({network}, {kLeftDockWidth}, Qt::Horizontal);

    m_dashboard = new TrainingDashboard;
    m_dataView = new DataView;
    addView(tr("Training"), m_dashboard, QStringLiteral("Training"));
    addView(tr("Data"), m_dataView, QStringLiteral("Data"));
    addAnalysisViews();

    installTransportKeys(this);
    m_runStatus = new QLabel(tr("step 0"), this);
    statusBar()->addPermanentWidget(m_runStatus);
    m_clock.start();

    m_preparing = new PreparingOverlay(viewPages());
    connectFileActions();
    fillLanguageMenu(languageMenu(), [this](const QString& l) { switchLanguage(l); });
    connectEditActions();
    connectTrainingActions();
    connectViews();
    m_dataView->setData(m_controller->trainingData(),
                        translated(describeText(m_controller->trainingDataSource())));
    m_dashboard->setData(m_controller->trainingData(),
                         translated(describeText(m_controller->trainingDataSource())));
    timeBar()->setLength(int(m_controller->trainingData()->steps()));
    showDocument();
    showPreparing();
}

LabWindow::~LabWindow() = default;

void LabWindow::switchLanguage(const QString& language) {
    afterSavingChanges(tr("switching the language"), [this, language] {
        setChosenLanguage(language);
        const QString next = language.isEmpty() ? startupLanguage() : language;
        if (next == installedLanguage()) return;
        m_reopening =
            WindowReopening{m_controller->filePath(), m_controller->lessonName(), currentViewKey()};
        m_closeConfirmed = true;
        close();
    });
}

void LabWindow::connectFileActions() {
    const MainWindowActions& a = actions();
    for (QAction* action : {a.newExperiment, a.open, a.save, a.saveAs}) action->setEnabled(true);
    ExperimentController* c = m_controller;
    connect(a.newExperiment, &QAction::triggered, this, [this] {
        afterSavingChanges(tr("starting a new experiment"),
                           [this] { m_controller->newExperiment(); });
    });
    connect(this, &MainWindow::openRequested, this, &LabWindow::openFile);
    connect(a.save, &QAction::triggered, this, &LabWindow::save);
    connect(this, &MainWindow::saveAsRequested, this, &LabWindow::saveAs);
    connect(c, &ExperimentController::experimentSaved, this, [this](const QString& path) {
        recentFiles()->add(path);
        m_saving = false;
        if (auto then = std::exchange(m_afterSave, {})) then();
    });
    connect(c, &ExperimentController::experimentOpened, recentFiles(), &RecentFiles::add);
    connect(c, &ExperimentController::fileError, this, &LabWindow::showFileError);
    connect(c, &ExperimentController::documentChanged, this, &LabWindow::showDocument);
    connect(c, &ExperimentController::message, this,
            [this](const QString& text) { statusBar()->showMessage(text, kMessageMs); });
    connect(c, &ExperimentController::dataError, this, [this](const QString& text) {
        m_dataDock->show();
        m_dataDock->raise();  // the error is written in the data panel
        statusBar()->showMessage(text, kMessageMs);
    });
    connect(c, &ExperimentController::preparingChanged, this, &LabWindow::showPreparing);
    // Other data replacing a run with unsaved changes: save first? (Undo can bring it back.)
    c->setReplaceGuard([this](const QString& action, const std::function<void()>& proceed) {
        afterSavingChanges(action, proceed, true);
    });
}

void LabWindow::connectEditActions() {
    const MainWindowActions& a = actions();
    QUndoStack* undo = m_controller->undoStack();
    connect(a.undo, &QAction::triggered, undo, &QUndoStack::undo);
    connect(a.redo, &QAction::triggered, undo, &QUndoStack::redo);
    connect(undo, &QUndoStack::canUndoChanged, a.undo, &QAction::setEnabled);
    connect(undo, &QUndoStack::canRedoChanged, a.redo, &QAction::setEnabled);
    connect(undo, &QUndoStack::undoTextChanged, a.undo, [a](const QString& text) {
        a.undo->setText(text.isEmpty() ? tr("&Undo") : tr("&Undo %1").arg(text));
    });
    connect(undo, &QUndoStack::redoTextChanged, a.redo, [a](const QString& text) {
        a.redo->setText(text.isEmpty() ? tr("&Redo") : tr("&Redo %1").arg(text));
    });
}

void LabWindow::showPreparing() {
    const bool preparing = m_controller->isPreparing();
    QString queued;
    if (preparing && m_controller->isPlaying()) queued = tr("Training goes on once it is ready.");
    m_preparing->showPreparing(preparing, m_controller->preparingText(), queued);
    timeBar()->setEnabled(!preparing);
    if (preparing) m_runStatus->setText(tr("preparing the new network\u2026"));
}

void LabWindow::connectTrainingActions() {
    const MainWindowActions& a = actions();
    for (QAction* action : {a.playPause, a.step, a.stop}) action->setEnabled(true);
    a.stop->setText(tr("St&op"));
    a.stop->setToolTip(tr("Stop training and go back to fresh weights, to train again"));
    a.stop->setStatusTip(a.stop->toolTip());
    ExperimentController* c = m_controller;
    connect(a.playPause, &QAction::triggered, c, &ExperimentController::togglePlay);
    connect(a.step, &QAction::triggered, c, &ExperimentController::stepOnce);
    connect(a.stop, &QAction::triggered, c, &ExperimentController::stop);
    connect(c, &ExperimentController::playingChanged, this, [this](bool playing) {
        setPlaying(playing);
        m_eta.reset();
    });
    speedControl()->setEnabled(true);
    speedControl()->setLevel(c->speedLevel());
    connect(speedControl(), &SpeedControl::levelChanged, c, [this](int level) {
        m_controller->setSpeedLevel(level);
        m_eta.reset();
    });
}

void LabWindow::connectViews() {
    ExperimentController* c = m_controller;
    connect(c, &ExperimentController::snapshotChanged, m_dashboard,
            &TrainingDashboard::setSnapshot);
    connect(c, &ExperimentController::playingChanged, m_dashboard->metrics(),
            &MetricsPanel::setPlaying);
    connect(c, &ExperimentController::snapshotChanged, this, &LabWindow::showSnapshot);
    connect(c, &ExperimentController::dataChanged, this, [this] {
        const auto training = m_controller->trainingData();
        const QString name = translated(describeText(m_controller->trainingDataSource()));
        m_dataView->setData(training, name);
        m_dashboard->setData(training, name);
        timeBar()->setLength(int(training->steps()));
        const DataSource& s = m_controller->trainingDataSource();
        if (s.kind == DataSourceKind::Csv && !s.embedded)
            recentFiles()->add(QString::fromStdString(s.csvPath));
    });
    connect(timeBar(), &TimeBar::currentStepChanged, m_dataView, &DataView::setCursorStep);
    connect(m_dashboard, &TrainingDashboard::lowerLearningRateRequested, c,
            &ExperimentController::lowerLearningRateAndContinue);
    connect(m_dashboard->banner(), &DivergenceBanner::clippingRequested, c,
            &ExperimentController::clipGradientsAndContinue);
}

void LabWindow::addAnalysisViews() {
    m_explorer = new ExplorerView;
    m_gradients = new GradientsView;
    m_compare = new CompareView;
    addView(tr("Explorer"), m_explorer, QStringLiteral("Explorer"));
    addView(tr("Gradients"), m_gradients, QStringLiteral("Gradients"));
    addView(tr("Compare"), m_compare, QStringLiteral("Compare"));
    m_text = new TextView;
    addView(tr("Text"), m_text, QStringLiteral("Text"));
    connectExplorer(*m_explorer, *m_controller, *timeBar());
    connectTextView(*m_text, *m_controller, *timeBar(), *m_explorer);
    connectSentencePage(*m_text->sentencePage(), *m_controller, *timeBar(), *m_explorer);
    auto* samples = new LiveSamplesPanel;
    m_text->addSidePanel(samples, tr("Live samples"));
    connectLiveSamples(*samples, *m_controller);
    auto* neuronSearch = new NeuronSearchPanel;
    m_text->addSidePanel(neuronSearch, tr("Units"));
    neuronSearch->attach(*m_text);
    connectGradients(*m_gradients, *m_controller, *timeBar());
    connect(m_compare, &CompareView::errorOccurred, this,
            [this](const QString& text) { statusBar()->showMessage(text, kMessageMs); });

    m_lessons = new LessonCoordinator(
        bundledLessons(), lessonsMenu(), lessonGuide(), m_compare,
        [this](const QString& view) { return showView(view); }, this);
    m_lessons->setConfirm([this](const std::function<void()>& proceed) {
        afterSavingChanges(tr("opening a lesson"), proceed);
    });
    connect(m_controller, &ExperimentController::lessonChanged, m_lessons,
            &LessonCoordinator::followExperiment);
    connect(m_lessons, &LessonCoordinator::lessonStarted, this, [this](const Lesson& lesson) {
        m_controller->startExperiment(lesson.experiment, QString::fromStdString(lesson.name));
        statusBar()->showMessage(tr("Lesson “%1”: press Play (Space) to train")
                                     .arg(QString::fromStdString(lesson.title)),
                                 kMessageMs);
    });
    connectQuizzes(*lessonGuide()->quizPanel(), *m_controller, *m_compare, *m_explorer,
                   *m_gradients, *timeBar());
    actions().compareCells->setEnabled(true);
    connect(actions().compareCells, &QAction::triggered, this, &LabWindow::compareCells);
}

void LabWindow::openLesson(const QString& nameOrPath) {
    if (isLessonPath(nameOrPath.toStdString()))
        m_lessons->open(readLessonShown(nameOrPath.toStdString()));
    else
        m_lessons->open(nameOrPath.toStdString());
}

void LabWindow::compareCells() {
    m_compare->setRuns(cellComparison(m_controller->network(), m_controller->settings(),
                                      m_controller->trainingDataSource()));
    showView(tr("Compare"));
    m_compare->playAll();
}

void LabWindow::settleViews() {
    m_explorer->applyPendingUpdate();
    // The Text view's reading is computed by the worker: wait for it to come back, also when
    // the view is not shown (an export writes its strip).
    if (m_text->applyPendingUpdate()) waitForWorker(*m_controller);
    // So is Compare's connectivity, from each run's worker.
    m_compare->connectivity()->settle();
}

void LabWindow::enableAutosave(const QString& directory, std::chrono::milliseconds interval) {
    RNNLAB_ASSERT(!m_autosave, "one autosave per window");
    m_autosave = new RunAutosave(*m_controller, directory, interval);
    // Until the folder works again, the message stays: the work is not protected.
    connect(m_autosave, &RunAutosave::failed, this,
            [this](const QString& text) { statusBar()->showMessage(text); });
    if (!m_autosave->lastError().isEmpty()) statusBar()->showMessage(m_autosave->lastError());

    // The banner goes above the views.
    auto* centre = new QWidget(this);
    auto* layout = new QVBoxLayout(centre);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    m_recoveryBanner = new RecoveryBanner(centre);
    layout->addWidget(m_recoveryBanner);
    layout->addWidget(takeCentralWidget(), 1);
    setCentralWidget(centre);

    connect(m_recoveryBanner, &RecoveryBanner::recoverRequested, this,
            [this](const Recovery& recovery) {
                afterSavingChanges(tr("recovering an autosaved run"), [this, recovery] {
                    m_recoveryBanner->setEnabled(false);  // until it is open or has failed
                    m_autosave->recover(recovery);
                });
            });
    connect(m_autosave, &RunAutosave::recovered, m_recoveryBanner, &RecoveryBanner::showNext);
    connect(m_autosave, &RunAutosave::recoveryFailed, m_recoveryBanner, &RecoveryBanner::showError);
    m_recoveryBanner->offer(recoveriesToOffer(directory));
}

QString LabWindow::runStatusText() const {
    return m_runStatus->text();
}

QString LabWindow::snapshotCaption() const {
    const ExperimentController& c = *m_controller;
    const QString experiment = c.lessonName().isEmpty() ? c.displayName() : c.lessonName();
    const auto snapshot = c.snapshot();
    const NetworkConfig& net = c.network();
    const TrainingSettings& settings = c.settings();
    QStringList parts{experiment, currentViewName()};
    if (snapshot) parts << tr("step %1").arg(QLocale().toString(snapshot->step));
    parts << tr("seed %1").arg(settings.seed)
          << QStringLiteral("%1 %2\u00d7%3")
                 .arg(cellName(net.cell))
                 .arg(net.numLayers)
                 .arg(net.hiddenSize)
          << tr("%1 lr %2")
                 .arg(QString::fromStdString(toString(settings.optimizer.kind)))
                 .arg(settings.optimizer.learningRate)
          << tr("batch %1").arg(settings.batchSize);
    return parts.join(QStringLiteral(" \u00b7 "));
}

void LabWindow::showSnapshot() {
    const auto s = m_controller->snapshot();
    const double done =
        s->epochs > 0 ? std::min(1.0, (s->epoch + s->epochProgress) / s->epochs) : 0.0;
    const double eta =
        m_controller->isPlaying() ? m_eta.update(done, double(m_clock.elapsed()) / 1000.0) : -1.0;
    trainingProgress()->setProgress(std::min(s->epoch + 1, s->epochs), s->epochs, eta);

    QStringList parts{tr("step %1").arg(QLocale().toString(s->step))};
    if (!s->history.epochs.empty() && s->history.epochs.back().validationLoss) {
        parts
            << tr("validation loss %1").arg(metricNumber(s->history.epochs.back().validationLoss));
    }
    switch (s->stopReason) {
        case StopReason::Diverged:
            if (s->divergence) {
                parts << tr("diverged at step %1, weights of step %2 restored")
                             .arg(s->divergence->step)
                             .arg(s->divergence->restoredStep);
            }
            break;
        case StopReason::EpochsDone:
            parts << tr("all %1 epochs done").arg(s->epochs);
            break;
        case StopReason::EarlyStopped:
            parts << tr("stopped early: the validation loss stopped improving");
            break;
        case StopReason::None:
            break;
    }
    if (!m_controller->isPreparing()) m_runStatus->setText(parts.join(QStringLiteral(" \u00b7 ")));
}

void LabWindow::showDocument() {
    setWindowTitle(tr("%1[*] \u2014 RNN Lab").arg(m_controller->displayName()));
    setWindowModified(m_controller->isDirty());
}

void LabWindow::showFileError(const QString& message) {
    m_saving = false;
    m_afterSave = {};
    statusBar()->showMessage(message, kMessageMs);
    auto* box =
        new QMessageBox(QMessageBox::Warning, tr("RNN Lab"), message, QMessageBox::Ok, this);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();  // does not block: the window goes on
}

void LabWindow::openFile(const QString& path) {
    const FileKind kind = fileKindOf(path);
    if (kind == FileKind::Series || kind == FileKind::Text || kind == FileKind::Labelled) {
        m_dataDock->show();
        m_dataDock->raise();
        if (kind == FileKind::Series) m_dataPanel->showImportDialog(path);
        if (kind == FileKind::Text) m_controller->openText(path);
        if (kind == FileKind::Labelled) m_controller->openLabelled(path);
        return;
    }
    if (kind == FileKind::Lesson) {
        try {
            openLesson(path);  // asks to save unsaved training first, like the Lessons menu
        } catch (const FileError& e) {
            showFileError(translatedUserMessage(e));
        }
        return;
    }
    afterSavingChanges(tr("opening another experiment"),
                       [this, path] { m_controller->openExperiment(path); });
}

void LabWindow::save() {
    if (m_controller->filePath().isEmpty()) {
        actions().saveAs->trigger();
    } else {
        saveAs(m_controller->filePath());
    }
}

void LabWindow::saveAs(const QString& path) {
    m_saving = true;
    m_controller->saveExperiment(path);
}

UnsavedChoice LabWindow::offerToSave(const QString& action, const std::function<void()>& afterSave,
                                     bool undoable) {
    if (!m_controller->isDirty()) return UnsavedChoice::Discard;
    const UnsavedChoice choice =
        askToSaveChanges(this, m_controller->displayName(), action, undoable);
    if (choice == UnsavedChoice::Save) {
        m_afterSave = afterSave;
        save();
        if (!m_saving) m_afterSave = {};  // the file dialog was cancelled
    }
    return choice;
}

void LabWindow::afterSavingChanges(const QString& action, const std::function<void()>& then,
                                   bool undoable) {
    if (offerToSave(action, then, undoable) == UnsavedChoice::Discard) then();
}

void LabWindow::closeEvent(QCloseEvent* event) {
    const auto closeAgain = [this] {
        m_closeConfirmed = true;
        close();
    };
    if (!m_closeConfirmed && offerToSave(tr("closing"), closeAgain) != UnsavedChoice::Discard) {
        event->ignore();
        return;
    }
    m_controller->pause();
    MainWindow::closeEvent(event);
}

}  // namespace rnnlab::ui
