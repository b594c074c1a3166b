#include "ui/experiment/file_kind.h"
#include "ui/window/main_window.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QCloseEvent>
#include <QDir>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QScreen>
#include <QScrollArea>
#include <QSettings>
#include <QShortcut>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTabBar>
#include <QTabWidget>
#include <QToolBar>
#include <QVBoxLayout>
#include <QWhatsThis>
#include <QWhatsThisClickedEvent>

#include "core/base/errors.h"
#include "ui/help/manual_window.h"
#include "ui/help/whats_this.h"
#include "ui/lessons/lesson_caption.h"
#include "ui/lessons/lesson_guide.h"
#include "ui/plot/export_size_widget.h"
#include "ui/plot/figure.h"
#include "ui/plot/figure_collection.h"
#include "ui/plot/figure_commands.h"
#include "ui/slides/annotation_layer.h"
#include "ui/slides/view_snapshot.h"
#include "ui/theme/theme.h"
#include "ui/theme/themed_icon.h"
#include "ui/ui_text_translation.h"
#include "ui/window/recent_files.h"
#include "ui/window/speed_control.h"
#include "ui/window/time_bar.h"
#include "ui/window/training_progress.h"

namespace rnnlab::ui {

namespace {
const QString kGeometryKey = QStringLiteral("window/geometry");
const QString kStateKey = QStringLiteral("window/state");
const QString kDarkKey = QStringLiteral("view/dark");
const QString kCaptionKey = QStringLiteral("view/snapshotCaption");
}  // namespace

MainWindow::MainWindow(QWidget* parent) : QMainWindow(parent) {
    setWindowTitle(tr("RNN Lab"));
    setAcceptDrops(true);
    setDockNestingEnabled(true);
    m_actions = createMainWindowActions(this);
    m_recentFiles = new RecentFiles(this);

    m_views = new QTabWidget(this);
    m_views->setDocumentMode(true);

    buildMenus();
    buildToolBars();
    buildDocks();
    buildLessonCaption();
    connectActions();

    m_leavePresentation = new QShortcut(QKeySequence(Qt::Key_Escape), this);
    m_leavePresentation->setEnabled(false);
    connect(m_leavePresentation, &QShortcut::activated, this,
            [this] { setPresentationMode(false); });

    applyTheme(Theme::instance().style());
    connect(&Theme::instance(), &Theme::changed, this, &MainWindow::applyTheme);
    showWelcome();
    statusBar()->showMessage(tr("Ready"));
    resize(1600, 1000);
}

void MainWindow::buildMenus() {
    QMenu* file = menuBar()->addMenu(tr("&File"));
    file->addAction(m_actions.newExperiment);
    file->addAction(m_actions.open);
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    file->addAction(m_actions.save);
    file->addAction(m_actions.saveAs);
    file->addSeparator();
    file->addAction(m_actions.exportFigure);
    file->addAction(m_actions.exportAllFigures);
    file->addSeparator();
    file->addAction(m_actions.quit);
    rebuildRecentMenu();

    QMenu* edit = menuBar()->addMenu(tr("&Edit"));
    edit->addAction(m_actions.undo);
    edit->addAction(m_actions.redo);
    edit->addSeparator();
    edit->addAction(m_actions.copyFigure);

    QMenu* view = menuBar()->addMenu(tr("&View"));
    m_viewsMenu = view->addMenu(tr("&Views"));
    m_panelsMenu = view->addMenu(tr("&Panels"));
    view->addSeparator();
    view->addAction(m_actions.darkTheme);
    view->addAction(m_actions.presentationMode);
    view->addSeparator();
    view->addAction(m_actions.annotate);
    QMenu* tools = view->addMenu(tr("Drawing &Tool"));
    tools->addActions({m_actions.annotationPen, m_actions.annotationArrow, m_actions.annotationBox,
                       m_actions.annotationText});
    view->addAction(m_actions.clearAnnotations);
    view->addSeparator();
    view->addAction(m_actions.snapshot);
    view->addAction(m_actions.snapshotCaption);
    view->addSeparator();
    m_languageMenu = view->addMenu(tr("&Language"));

    QMenu* train = menuBar()->addMenu(tr("&Train"));
    train->addAction(m_actions.playPause);
    train->addAction(m_actions.step);
    train->addAction(m_actions.stop);
    train->addSeparator();
    train->addAction(m_actions.compareCells);

    m_lessonsMenu = menuBar()->addMenu(tr("&Lessons"));

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    help->addAction(m_actions.manual);
    help->addAction(m_actions.glossary);
    help->addAction(m_actions.whatsThis);
    help->addAction(m_actions.keyboardHelp);
    help->addSeparator();
    help->addAction(m_actions.about);
}

void MainWindow::buildToolBars() {
    m_fileToolBar = addToolBar(tr("File"));
    m_fileToolBar->setObjectName(QStringLiteral("fileToolBar"));
    m_fileToolBar->addAction(m_actions.newExperiment);
    m_fileToolBar->addAction(m_actions.open);
    m_fileToolBar->addAction(m_actions.save);
    m_fileToolBar->addAction(m_actions.exportFigure);

    m_trainToolBar = addToolBar(tr("Training"));
    m_trainToolBar->setObjectName(QStringLiteral("trainToolBar"));
    m_trainToolBar->addAction(m_actions.playPause);
    m_trainToolBar->addAction(m_actions.step);
    m_trainToolBar->addAction(m_actions.stop);
    m_speed = new SpeedControl(this);
    m_speed->setEnabled(false);  // until a training controller listens to it
    m_trainToolBar->addWidget(m_speed);
    m_trainToolBar->addSeparator();
    m_progress = new TrainingProgress(this);
    m_trainToolBar->addWidget(m_progress);

    m_timeBar = new TimeBar(this);
    m_timeBar->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    m_timeToolBar = new QToolBar(tr("Time"), this);
    m_timeToolBar->setObjectName(QStringLiteral("timeToolBar"));
    m_timeToolBar->setMovable(false);
    m_timeToolBar->addWidget(m_timeBar);
    addToolBar(Qt::BottomToolBarArea, m_timeToolBar);

    for (QToolBar* bar : {m_fileToolBar, m_trainToolBar}) bar->setMovable(false);
}

void MainWindow::buildDocks() {
    m_lessonGuide = new LessonGuide(this);
    m_lessonDock =
        addPanel(Qt::RightDockWidgetArea, tr("Lesson"), m_lessonGuide, QStringLiteral("Lesson"));
    m_lessonDock->toggleViewAction()->setShortcut(QKeySequence(Qt::Key_F9));
    m_lessonsMenu->addAction(m_lessonDock->toggleViewAction());
    resizeDocks({m_lessonDock}, {340}, Qt::Horizontal);
}

void MainWindow::buildLessonCaption() {
    auto* centre = new QWidget(this);
    auto* layout = new QVBoxLayout(centre);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    m_lessonCaption = new LessonCaption(m_lessonGuide, centre);
    m_lessonCaption->hide();
    layout->addWidget(m_lessonCaption);
    layout->addWidget(m_views, 1);
    setCentralWidget(centre);

    m_nextStep = new QShortcut(QKeySequence(Qt::Key_PageDown), this);
    m_previousStep = new QShortcut(QKeySequence(Qt::Key_PageUp), this);
    connect(m_nextStep, &QShortcut::activated, m_lessonGuide, &LessonGuide::nextStep);
    connect(m_previousStep, &QShortcut::activated, m_lessonGuide, &LessonGuide::previousStep);
    connect(m_lessonGuide, &LessonGuide::currentStepChanged, this,
            &MainWindow::updateLessonCaption);
    updateLessonCaption();
}

void MainWindow::updateLessonCaption() {
    const bool shown = m_presentation && m_lessonGuide->stepCount() > 0;
    m_lessonCaption->setVisible(shown);
    m_nextStep->setEnabled(shown);
    m_previousStep->setEnabled(shown);
}

QDockWidget* MainWindow::addPanel(Qt::DockWidgetArea area, const QString& title, QWidget* panel,
                                  const QString& key) {
    auto* dock = new QDockWidget(title, this);
    const QString name = key.isEmpty() ? title : key;
    dock->setObjectName(QStringLiteral("dock_") + name.toLower().remove(QLatin1Char(' ')));
    // A panel taller than the screen leaves (768 px with the toolbars) scrolls in its dock
    // instead of setting the window's minimum height.
    auto* scroll = new QScrollArea;
    scroll->setWidget(panel);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    dock->setWidget(scroll);
    dock->setWhatsThis(panel->whatsThis());  // its title bar explains the panel too
    dock->setFeatures(QDockWidget::DockWidgetClosable | QDockWidget::DockWidgetMovable);
    addDockWidget(area, dock);
    m_panelsMenu->addAction(dock->toggleViewAction());
    addAction(dock->toggleViewAction());
    return dock;
}

void MainWindow::connectActions() {
    connect(m_actions.open, &QAction::triggered, this, &MainWindow::openWithDialog);
    connect(m_actions.saveAs, &QAction::triggered, this, &MainWindow::saveAsWithDialog);
    connect(m_actions.exportFigure, &QAction::triggered, this, &MainWindow::exportCurrentFigure);
    connect(m_actions.exportAllFigures, &QAction::triggered, this, [this] {
        const int written = exportAllFiguresInteractively(*this);
        if (written > 0) statusBar()->showMessage(tr("Exported %1 files").arg(written), 5000);
    });
    connect(m_actions.copyFigure, &QAction::triggered, this, &MainWindow::copyCurrentFigure);
    connect(m_actions.quit, &QAction::triggered, this, &MainWindow::close);
    connect(m_actions.darkTheme, &QAction::toggled, this, [](bool dark) {
        Theme::instance().setScheme(dark ? ColorScheme::Dark : ColorScheme::Light);
    });
    connect(m_actions.presentationMode, &QAction::toggled, this,
            [this](bool on) { setPresentationMode(on); });
    connect(m_actions.snapshot, &QAction::triggered, this, &MainWindow::snapshotWithDialog);
    connect(m_actions.annotate, &QAction::toggled, this, &MainWindow::followDrawingToCurrentView);
    connect(m_views, &QTabWidget::currentChanged, this, &MainWindow::followDrawingToCurrentView);
    const QList<std::pair<QAction*, AnnotationTool>> tools = {
        {m_actions.annotationPen, AnnotationTool::Pen},
        {m_actions.annotationArrow, AnnotationTool::Arrow},
        {m_actions.annotationBox, AnnotationTool::Box},
        {m_actions.annotationText, AnnotationTool::Text}};
    for (const auto& [action, tool] : tools) {
        connect(action, &QAction::triggered, this, [this, tool = tool] {
            for (AnnotationLayer* layer : m_views->findChildren<AnnotationLayer*>())
                layer->setTool(tool);
            m_actions.annotate->setChecked(true);  // choosing a tool is wanting to draw
        });
    }
    connect(m_actions.clearAnnotations, &QAction::triggered, this, [this] {
        if (AnnotationLayer* layer = currentAnnotations()) layer->clear();
    });
    connect(m_actions.manual, &QAction::triggered, this,
            [this] { showManual(QString::fromLatin1(ManualWindow::kManualPage)); });
    connect(m_actions.glossary, &QAction::triggered, this,
            [this] { showManual(QString::fromLatin1(ManualWindow::kGlossaryPage)); });
    connect(m_actions.whatsThis, &QAction::triggered, this,
            [] { QWhatsThis::enterWhatsThisMode(); });
    qApp->installEventFilter(this);  // a click on a What's This link (WhatsThisClicked)
    connect(m_actions.keyboardHelp, &QAction::triggered, this, &MainWindow::showKeyboardHelp);
    connect(m_actions.about, &QAction::triggered, this, &MainWindow::showAbout);
    connect(m_actions.open, &QAction::changed, this, &MainWindow::rebuildRecentMenu);
    connect(m_recentFiles, &RecentFiles::changed, this, &MainWindow::rebuildRecentMenu);
}

void MainWindow::applyTheme(const ThemeStyle& style) {
    applyActionIcons(m_actions, style);
    updatePlayPause(style);
    for (QToolBar* bar : {m_fileToolBar, m_trainToolBar})
        bar->setIconSize(QSize(style.iconSize, style.iconSize));
    const QSignalBlocker block(m_actions.darkTheme);
    m_actions.darkTheme->setChecked(style.scheme == ColorScheme::Dark);
}

int MainWindow::addView(const QString& name, QWidget* view, const QString& key) {
    // A view squeezed below the size its layout asks for scrolls, rather than widening the
    // window past the screen (1280x720 with both docks open).
    auto* area = new QScrollArea;
    area->setWidget(view);
    area->setWidgetResizable(true);
    area->setFrameShape(QFrame::NoFrame);
    new AnnotationLayer(view);  // owned by the view, drawn over it
    const int index = m_views->addTab(area, name);
    m_views->tabBar()->setTabData(index, key.isEmpty() ? name : key);
    m_views->setTabWhatsThis(index, view->whatsThis());
    area->setWhatsThis(view->whatsThis());  // its scroll bars explain the view too
    auto* show = new QAction(name, this);
    if (index < 9) show->setShortcut(QKeySequence(QStringLiteral("Ctrl+%1").arg(index + 1)));
    connect(show, &QAction::triggered, this, [this, area] { m_views->setCurrentWidget(area); });
    m_viewsMenu->addAction(show);
    addAction(show);
    return index;
}

QWidget* MainWindow::viewPages() const {
    return m_views->findChild<QStackedWidget*>();
}

QStringList MainWindow::viewNames() const {
    QStringList names;
    for (int i = 0; i < m_views->count(); ++i) names << m_views->tabBar()->tabData(i).toString();
    return names;
}

QString MainWindow::currentViewName() const {
    return m_views->tabText(m_views->currentIndex());
}

QString MainWindow::currentViewKey() const {
    return m_views->tabBar()->tabData(m_views->currentIndex()).toString();
}

bool MainWindow::showView(const QString& name) {
    for (int i = 0; i < m_views->count(); ++i) {
        if (m_views->tabText(i).compare(name, Qt::CaseInsensitive) == 0 ||
            m_views->tabBar()->tabData(i).toString().compare(name, Qt::CaseInsensitive) == 0) {
            m_views->setCurrentIndex(i);
            return true;
        }
    }
    return false;
}

Figure* MainWindow::currentFigure() const {
    for (QWidget* w = QApplication::focusWidget(); w && isAncestorOf(w); w = w->parentWidget()) {
        if (auto* figure = qobject_cast<Figure*>(w)) return figure;
    }
    const auto* area = static_cast<QScrollArea*>(m_views->currentWidget());
    if (!area) return nullptr;
    QWidget* view = area->widget();
    if (auto* figure = qobject_cast<Figure*>(view)) return figure;
    const QList<Figure*> figures = view->findChildren<Figure*>();
    return figures.isEmpty() ? nullptr : figures.first();
}

QWidget* MainWindow::currentViewport() const {
    const auto* area = static_cast<QScrollArea*>(m_views->currentWidget());
    return area ? area->viewport() : nullptr;
}

AnnotationLayer* MainWindow::currentAnnotations() const {
    const auto* area = static_cast<QScrollArea*>(m_views->currentWidget());
    return area ? area->widget()->findChild<AnnotationLayer*>(QString(), Qt::FindDirectChildrenOnly)
                : nullptr;
}

void MainWindow::followDrawingToCurrentView() {
    // Only the view on screen draws; the others keep their drawings and let clicks through.
    const bool drawing = m_actions.annotate->isChecked();
    for (AnnotationLayer* layer : m_views->findChildren<AnnotationLayer*>())
        layer->setDrawing(drawing && layer == currentAnnotations());
}

QString MainWindow::snapshotCaption() const {
    return QStringLiteral("%1 \u00b7 %2").arg(windowTitle(), currentViewName());
}

void MainWindow::saveViewSnapshot(const QString& path) {
    QWidget* viewport = currentViewport();
    if (!viewport)
        throw FileError(QStringLiteral("%1: there is no view to snapshot").arg(path).toStdString());
    saveSnapshot(*viewport, path,
                 m_actions.snapshotCaption->isChecked() ? snapshotCaption() : QString());
}

void MainWindow::snapshotWithDialog() {
    QWidget* viewport = currentViewport();
    if (!viewport) return;
    // The folder of the last export: figures and snapshots for one lecture go together.
    const QString start = QDir(loadExportDirectory())
                              .filePath(figureFileStem(currentViewName()) + QStringLiteral(".png"));
    QString filter;
    QString path = QFileDialog::getSaveFileName(
        this, tr("Snapshot of the View"), start,
        tr("PNG image, 2\u00d7 (*.png);;SVG drawing (*.svg);;PDF document (*.pdf)"), &filter);
    if (path.isEmpty()) return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QLatin1Char('.') + filter.section(QStringLiteral("*."), 1).chopped(1);
    const QString caption = m_actions.snapshotCaption->isChecked() ? snapshotCaption() : QString();
    try {
        saveSnapshot(*viewport, path, caption);
    } catch (const FileError& e) {
        QMessageBox::warning(this, tr("Snapshot"), translatedUserMessage(e));
        return;
    }
    saveExportDirectory(QFileInfo(path).absolutePath());
    QGuiApplication::clipboard()->setImage(renderSnapshot(*viewport, caption));
    statusBar()->showMessage(tr("Saved %1 and copied it to the clipboard").arg(path), 5000);
}

void MainWindow::setPlaying(bool playing) {
    m_playing = playing;
    updatePlayPause(Theme::instance().style());
}

void MainWindow::updatePlayPause(const ThemeStyle& style) {
    m_actions.playPause->setText(m_playing ? tr("&Pause") : tr("&Play"));
    m_actions.playPause->setIcon(
        themedIcon(m_playing ? QStringLiteral("pause") : QStringLiteral("play"), style));
}

void MainWindow::setPresentationMode(bool on, bool fullScreen) {
    if (on != m_presentation) {
        m_presentation = on;
        if (on) {
            m_stateBeforePresentation = saveState();
            m_windowStateBeforePresentation = windowState();
            for (QDockWidget* dock : findChildren<QDockWidget*>()) dock->hide();
            m_fileToolBar->hide();
            menuBar()->hide();
        } else {
            menuBar()->show();
            restoreState(m_stateBeforePresentation);
            // A lesson opened at the projector continues in its dock.
            if (m_lessonGuide->stepCount() > 0) m_lessonDock->show();
        }
        Theme::instance().setPresentation(on);
        updateLessonCaption();
        if (fullScreen) setWindowState(on ? Qt::WindowFullScreen : m_windowStateBeforePresentation);
    }
    m_leavePresentation->setEnabled(on);
    const QSignalBlocker block(m_actions.presentationMode);
    m_actions.presentationMode->setChecked(on);
}

bool MainWindow::isOpenableFile(const QString& path) {
    return fileKindOf(path) != FileKind::Unknown;
}

bool MainWindow::requestOpen(const QString& path) {
    if (!m_actions.open->isEnabled()) {
        statusBar()->showMessage(tr("Cannot open %1: no file loader is connected").arg(path));
        return false;
    }
    emit openRequested(path);
    return true;
}

void MainWindow::openWithDialog() {
    const QString start = m_recentFiles->files().value(0);
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Open"), start, tr("RNN Lab files (*.rnnlab.json *.lesson.json *.csv *.txt *.tsv);;"
                                     "Experiments and lessons (*.rnnlab.json *.lesson.json);;"
                                     "Series (*.csv);;Texts (*.txt);;Labelled sentences (*.tsv)"));
    if (!path.isEmpty()) requestOpen(path);
}

void MainWindow::saveAsWithDialog() {
    const QString path = QFileDialog::getSaveFileName(this, tr("Save As"), QString(),
                                                      tr("RNN Lab experiment (*.rnnlab.json)"));
    if (path.isEmpty()) return;
    emit saveAsRequested(path.endsWith(QStringLiteral(".rnnlab.json"))
                             ? path
                             : path + QStringLiteral(".rnnlab.json"));
}

void MainWindow::rebuildRecentMenu() {
    m_recentMenu->clear();
    const QStringList files = m_recentFiles->files();
    for (int i = 0; i < files.size(); ++i) {
        const QString path = files[i];
        QAction* a = m_recentMenu->addAction(
            QStringLiteral("&%1  %2").arg(i + 1).arg(QFileInfo(path).fileName()), this,
            [this, path] { requestOpen(path); });
        a->setStatusTip(path);
    }
    m_recentMenu->addSeparator();
    m_recentMenu->addAction(tr("&Clear List"), m_recentFiles, &RecentFiles::clear)
        ->setEnabled(!files.isEmpty());
    m_recentMenu->setEnabled(m_actions.open->isEnabled() && !files.isEmpty());
}

void MainWindow::exportCurrentFigure() {
    Figure* figure = currentFigure();
    if (!figure) {
        statusBar()->showMessage(tr("This view has no figure to export"), 5000);
        return;
    }
    const QString path = exportFigureInteractively(*figure, FigureFormat::Png, this);
    if (!path.isEmpty()) statusBar()->showMessage(tr("Exported %1").arg(path), 5000);
}

void MainWindow::copyCurrentFigure() {
    Figure* figure = currentFigure();
    if (!figure) {
        statusBar()->showMessage(tr("This view has no figure to copy"), 5000);
        return;
    }
    copyFigureImage(*figure);
    statusBar()->showMessage(tr("Copied \u201c%1\u201d to the clipboard").arg(figure->title()),
                             5000);
}

void MainWindow::showWelcome() {
    m_lessonGuide->setWelcome(
        tr("<p>This panel shows the steps of a lesson. Until one is open, here is how to drive "
           "the lab from the keyboard:</p>%1"
           "<p>Right-click any plot to export it as PNG, PDF, SVG or CSV.</p>")
            .arg(shortcutTableHtml(m_actions)));
}

ManualWindow* MainWindow::showManual(const QString& page, const QString& anchor) {
    if (!m_manual) m_manual = new ManualWindow(this);
    m_manual->showPage(page, anchor);
    m_manual->show();
    m_manual->raise();
    m_manual->activateWindow();
    return m_manual;
}

bool MainWindow::eventFilter(QObject* watched, QEvent* event) {
    if (event->type() == QEvent::WhatsThisClicked) {
        const auto* widget = qobject_cast<QWidget*>(watched);
        const std::optional<ManualPlace> place =
            manualPlaceOfLink(static_cast<QWhatsThisClickedEvent*>(event)->href());
        if (widget && widget->window() == this && place) {
            showManual(place->page, place->anchor);
            return true;
        }
    }
    return QMainWindow::eventFilter(watched, event);
}

void MainWindow::showKeyboardHelp() {
    QMessageBox box(QMessageBox::NoIcon, tr("Keyboard Shortcuts"), shortcutTableHtml(m_actions),
                    QMessageBox::Close, this);
    box.setTextFormat(Qt::RichText);
    box.exec();
}

void MainWindow::showAbout() {
    QMessageBox::about(this, tr("About RNN Lab"),
                       tr("<h3>RNN Lab %1</h3><p>A laboratory for recurrent networks: RNN, LSTM "
                          "and GRU, trained and taken apart step by step.</p>")
                           .arg(QApplication::applicationVersion()));
}

void MainWindow::restoreSettings() {
    const QSettings settings;
    restoreGeometry(settings.value(kGeometryKey).toByteArray());
    restoreState(settings.value(kStateKey).toByteArray());
    Theme::instance().setScheme(settings.value(kDarkKey, false).toBool() ? ColorScheme::Dark
                                                                         : ColorScheme::Light);
    m_actions.snapshotCaption->setChecked(settings.value(kCaptionKey, false).toBool());
    m_rememberSettings = true;
}

void MainWindow::showOnScreen() {
    const QScreen* shown = screen();
    const QRect free = shown ? shown->availableGeometry() : QRect();
    if (free.isEmpty() || (width() <= free.width() && height() <= free.height())) {
        show();
        return;
    }
    setGeometry(free);
    showMaximized();
}

void MainWindow::closeEvent(QCloseEvent* event) {
    setPresentationMode(false);
    if (m_rememberSettings) {
        QSettings settings;
        settings.setValue(kGeometryKey, saveGeometry());
        settings.setValue(kStateKey, saveState());
        settings.setValue(kDarkKey, Theme::instance().scheme() == ColorScheme::Dark);
        settings.setValue(kCaptionKey, m_actions.snapshotCaption->isChecked());
    }
    event->accept();
}

QStringList MainWindow::droppableFiles(const QMimeData* mime) const {
    QStringList files;
    if (!m_actions.open->isEnabled() || !mime->hasUrls()) return files;
    for (const QUrl& url : mime->urls()) {
        if (url.isLocalFile() && isOpenableFile(url.toLocalFile())) files << url.toLocalFile();
    }
    return files;
}

void MainWindow::dragEnterEvent(QDragEnterEvent* event) {
    if (!droppableFiles(event->mimeData()).isEmpty()) event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent* event) {
    const QStringList files = droppableFiles(event->mimeData());
    if (files.isEmpty()) return;
    event->acceptProposedAction();
    for (const QString& path : files) requestOpen(path);
}

}  // namespace rnnlab::ui
