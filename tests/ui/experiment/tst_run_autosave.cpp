// The window's autosave and recovery (RunAutosave, RecoveryBanner, core/io/autosave.h) with a
// temporary recovery folder and a short interval: an unsaved run is autosaved while it trains,
// saving or a clean end removes the autosave, and what a crashed session left behind is offered
// in the banner, recovered as an unsaved run of its document, discarded or kept for later.
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPushButton>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTimer>

#include "test_main.h"
#include "core/base/errors.h"
#include "core/io/autosave.h"
#include "core/io/experiment_file.h"
#include "gui_test_support.h"
#include "settings_sandbox.h"
#include "ui/application_setup.h"
#include "ui/experiment/experiment_controller.h"
#include "ui/headless/headless_run.h"
#include "ui/window/lab_window.h"
#include "ui/window/recovery_banner.h"
#include "ui/experiment/run_autosave.h"

namespace RNNLAB_TEST_FILE {

using namespace rnnlab;
using namespace rnnlab::ui;
using namespace std::chrono_literals;
using gui_test::waitUntilIdle;

namespace {

constexpr auto kInterval = 50ms;
constexpr int kTimeoutMs = gui_test::kWorkerTimeoutMs;

DataSource sine() {
    DataSource d;
    d.kind = DataSourceKind::Generator;
    d.generator.parameters["length"] = 120;
    d.window.window = 8;
    return d;
}

std::unique_ptr<Trainer> trainedRun(const DataSource& data, int steps) {
    Experiment e;
    e.network.cell = CellType::Gru;
    e.network.hiddenSize = 3;
    e.training.batchSize = 4;
    e.training.seed = 5;
    e.data = data;
    auto t = makeTrainer(e, {});
    for (int i = 0; i < steps; ++i) t->step();
    return t;
}

// Starts the window's autosave in `dir` and waits until the banner offers the first recovery.
bool offersRecoveries(LabWindow& window, const QTemporaryDir& dir) {
    if (!waitUntilIdle(window.controller())) return false;
    window.enableAutosave(dir.path(), kInterval);
    return QTest::qWaitFor([&] { return window.recoveryBanner()->isVisibleTo(&window); },
                           kTimeoutMs);
}

// Waits until the window's autosave has looked `ticks` more times whether an autosave is due,
// and the worker has answered every job it was sent.
bool autosaveLooked(LabWindow& window, int ticks) {
    auto* poll = window.autosave()->findChild<QTimer*>();
    if (!poll) return false;
    QSignalSpy looked(poll, &QTimer::timeout);
    return QTest::qWaitFor([&looked, ticks] { return looked.count() >= ticks; }, kTimeoutMs) &&
           waitUntilIdle(window.controller());
}

QString slotFile(const QTemporaryDir& dir, int n, const char* suffix) {
    return dir.filePath(QStringLiteral("session-%1%2").arg(n).arg(QLatin1String(suffix)));
}

// What a session killed mid-training leaves in slot n (core/io/autosave.h): its autosave and
// the document it belongs to, with no live process holding the slot's lock.
void leaveRecovery(const QTemporaryDir& dir, int n, const Trainer& trainer, const DataSource& data,
                   const QString& document, const QDateTime& savedAt) {
    const QString experiment = slotFile(dir, n, ".rnnlab.json");
    saveTrainer(experiment.toStdString(), trainer, data);
    QFile file(experiment);
    QVERIFY(file.open(QIODevice::ReadWrite));
    QVERIFY(file.setFileTime(savedAt, QFileDevice::FileModificationTime));
    file.close();
    const QJsonObject info{{"document", document}};
    QVERIFY(gui_test::writeFile(slotFile(dir, n, ".json"), QJsonDocument(info).toJson()));
}

// The step an autosave holds; -1 when there is none.
long long autosavedStep(const QString& path) {
    if (!QFile::exists(path)) return -1;
    try {
        const Experiment e = readExperiment(path.toStdString());
        return e.state ? e.state->progress.step : 0;
    } catch (const std::exception&) {
        return -1;
    }
}

// The running trainer's weights, read on the worker thread between two steps.
std::vector<double> trainerWeights(ExperimentController& c) {
    std::vector<double> weights;
    bool answered = false;
    c.session().withTrainer(
        [&weights](Trainer& t) {
            const Vector<double> flat = t.weights().flat();
            weights.assign(flat.data(), flat.data() + flat.size());
        },
        [&answered](const QString&) { answered = true; });
    return QTest::qWaitFor([&answered] { return answered; }, kTimeoutMs) ? weights
                                                                         : std::vector<double>{};
}

std::vector<double> weightsOf(const Trainer& t) {
    const Vector<double> flat = t.weights().flat();
    return {flat.data(), flat.data() + flat.size()};
}

QStringList filesIn(const QTemporaryDir& dir) {
    return QDir(dir.path()).entryList(QDir::Files | QDir::Hidden);
}

}  // namespace

class TestRunAutosave : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void autosavesAnUnsavedRun();
    void cleanEndLeavesNoRecovery();
    void recoverOpensTheRunOfItsDocument();
    void discardAndLaterOneAfterTheOther();
    void unreadableRecoveryOffersDiscard();
    void recoveryThatCannotOpenStays();
    void unusableFolderIsReportedOnce();

private:
    SettingsSandbox m_settings;
};

void TestRunAutosave::initTestCase() {
    QStandardPaths::setTestModeEnabled(true);  // never the user's recovery folder
    setupApplication();
}

void TestRunAutosave::init() {
    m_settings.clear();
}

void TestRunAutosave::autosavesAnUnsavedRun() {
    QTemporaryDir dir;
    QTemporaryDir documents;
    LabWindow window;
    ExperimentController& c = window.controller();
    QVERIFY(waitUntilIdle(c));
    window.enableAutosave(dir.path(), kInterval);
    const QString autosave = window.autosave()->autosavePath();
    QCOMPARE(autosave, slotFile(dir, 0, ".rnnlab.json"));
    QCOMPARE(window.autosave()->lastError(), QString());

    // The untouched default experiment has nothing to recover.
    QVERIFY(autosaveLooked(window, 4));
    QVERIFY(!QFile::exists(autosave));

    trainAndWait(c, 12);
    QTRY_COMPARE_WITH_TIMEOUT(autosavedStep(autosave), 12LL, kTimeoutMs);
    trainAndWait(c, 5);
    QTRY_COMPARE_WITH_TIMEOUT(autosavedStep(autosave), 17LL, kTimeoutMs);

    // Saved: the file holds the run, the autosave goes.
    const QString lesson = documents.filePath("lesson.rnnlab.json");
    QSignalSpy saved(&c, &ExperimentController::experimentSaved);
    c.saveExperiment(lesson);
    QTRY_COMPARE_WITH_TIMEOUT(saved.count(), 1, kTimeoutMs);
    QVERIFY(!c.isDirty());
    QTRY_VERIFY_WITH_TIMEOUT(!QFile::exists(autosave), kTimeoutMs);

    // Trained on: autosaved again, as a run of lesson.rnnlab.json (what a crash would leave:
    // the slot's files copied to a slot no live session holds).
    trainAndWait(c, 3);
    QTRY_COMPARE_WITH_TIMEOUT(autosavedStep(autosave), 20LL, kTimeoutMs);
    QVERIFY(QFile::copy(autosave, slotFile(dir, 7, ".rnnlab.json")));
    QVERIFY(QFile::copy(slotFile(dir, 0, ".json"), slotFile(dir, 7, ".json")));
    const std::vector<Recovery> found = findRecoveries(dir.path().toStdString());
    QCOMPARE(found.size(), std::size_t(1));
    QCOMPARE(QString::fromStdString(found[0].document), lesson);
    QCOMPARE(autosavedStep(QString::fromStdString(found[0].experimentPath)), 20LL);
}

void TestRunAutosave::cleanEndLeavesNoRecovery() {
    QTemporaryDir dir;
    auto* window = new LabWindow;
    ExperimentController& c = window->controller();
    QVERIFY(waitUntilIdle(c));
    window->enableAutosave(dir.path(), kInterval);
    const QString autosave = window->autosave()->autosavePath();
    trainAndWait(c, 10);
    QTRY_COMPARE_WITH_TIMEOUT(autosavedStep(autosave), 10LL, kTimeoutMs);
    c.play();  // still training when the window goes
    QVERIFY(!filesIn(dir).isEmpty());
    delete window;
    QCOMPARE(filesIn(dir), QStringList());
    QVERIFY(findRecoveries(dir.path().toStdString()).empty());
}

void TestRunAutosave::recoverOpensTheRunOfItsDocument() {
    QTemporaryDir dir;
    QTemporaryDir documents;
    const QString lesson = documents.filePath("lesson.rnnlab.json");
    const auto crashed = trainedRun(sine(), 7);
    leaveRecovery(dir, 0, *crashed, sine(), lesson, QDateTime::currentDateTime());

    LabWindow window;
    ExperimentController& c = window.controller();
    QVERIFY(offersRecoveries(window, dir));
    RecoveryBanner* banner = window.recoveryBanner();
    QVERIFY(
        banner->message().startsWith("Recover the unsaved run of lesson.rnnlab.json, "
                                     "autosaved at "));
    QVERIFY(banner->message().endsWith(", step 7?"));
    QVERIFY(!banner->recoverButton()->isHidden());
    // The slot with the recovery is not taken.
    QCOMPARE(window.autosave()->autosavePath(), slotFile(dir, 1, ".rnnlab.json"));

    QSignalSpy recovered(window.autosave(), &RunAutosave::recovered);
    banner->recoverButton()->click();
    QTRY_COMPARE_WITH_TIMEOUT(recovered.count(), 1, kTimeoutMs);
    QVERIFY(waitUntilIdle(c));
    QCOMPARE(c.snapshot()->step, 7LL);
    QCOMPARE(trainerWeights(c), weightsOf(*crashed));
    QVERIFY(c.network().cell == CellType::Gru);
    QCOMPARE(c.network().hiddenSize, 3);
    // An unsaved run of the document it came from.
    QVERIFY(c.isDirty());
    QVERIFY(window.isWindowModified());
    QCOMPARE(c.filePath(), lesson);
    QCOMPARE(c.displayName(), QString("lesson.rnnlab.json"));
    // Autosaved here before the recovery's files went.
    QCOMPARE(autosavedStep(window.autosave()->autosavePath()), 7LL);
    QVERIFY(!QFile::exists(slotFile(dir, 0, ".rnnlab.json")));
    QVERIFY(!QFile::exists(slotFile(dir, 0, ".json")));
    QVERIFY(findRecoveries(dir.path().toStdString()).empty());
    QVERIFY(banner->isHidden());

    // Save writes the document, with no dialog, and the autosave goes.
    window.save();
    QTRY_VERIFY_WITH_TIMEOUT(!c.isDirty(), kTimeoutMs);
    QCOMPARE(readExperiment(lesson.toStdString()).state->progress.step, 7LL);
    QTRY_VERIFY_WITH_TIMEOUT(!QFile::exists(window.autosave()->autosavePath()), kTimeoutMs);
}

void TestRunAutosave::discardAndLaterOneAfterTheOther() {
    QTemporaryDir dir;
    const auto untitled = trainedRun(sine(), 3);
    const auto lesson = trainedRun(sine(), 9);
    const QDateTime now = QDateTime::currentDateTime();
    leaveRecovery(dir, 0, *untitled, sine(), QString(), now.addSecs(-120));
    leaveRecovery(dir, 1, *lesson, sine(), "/lessons/forgetting.rnnlab.json", now.addSecs(-60));

    LabWindow window;
    ExperimentController& c = window.controller();
    // The newest first.
    QVERIFY(offersRecoveries(window, dir));
    RecoveryBanner* banner = window.recoveryBanner();
    QVERIFY(banner->message().startsWith("Recover the unsaved run of forgetting.rnnlab.json"));
    QVERIFY(banner->message().endsWith(", step 9? (1 of 2)"));

    banner->discardButton()->click();
    QVERIFY(!QFile::exists(slotFile(dir, 1, ".rnnlab.json")));
    QVERIFY(!QFile::exists(slotFile(dir, 1, ".json")));
    QTRY_VERIFY_WITH_TIMEOUT(banner->isVisibleTo(&window), kTimeoutMs);
    QVERIFY(banner->message().startsWith("Recover the unsaved run of an untitled experiment"));
    QVERIFY(banner->message().endsWith(", step 3? (2 of 2)"));

    banner->laterButton()->click();
    QVERIFY(banner->isHidden());
    const std::vector<Recovery> kept = findRecoveries(dir.path().toStdString());
    QCOMPARE(kept.size(), std::size_t(1));
    QCOMPARE(QString::fromStdString(kept[0].experimentPath), slotFile(dir, 0, ".rnnlab.json"));
    // The window's own run was left alone.
    QCOMPARE(c.snapshot()->step, 0LL);
    QVERIFY(!c.isDirty());
}

void TestRunAutosave::unreadableRecoveryOffersDiscard() {
    QTemporaryDir dir;
    const QString broken = slotFile(dir, 0, ".rnnlab.json");
    QVERIFY(gui_test::writeFile(broken, "{\"format\": "));
    QString error;
    try {
        readExperiment(broken.toStdString());
        QFAIL("a truncated experiment file was read");
    } catch (const FileError& e) {
        error = QString::fromUtf8(e.what());
    }

    LabWindow window;
    QVERIFY(offersRecoveries(window, dir));
    RecoveryBanner* banner = window.recoveryBanner();
    QVERIFY(banner->message().startsWith("The autosave of an untitled experiment from "));
    QVERIFY2(banner->message().endsWith(" cannot be read: " + error),
             qPrintable(banner->message()));
    QVERIFY(banner->recoverButton()->isHidden());

    banner->discardButton()->click();
    QVERIFY(banner->isHidden());
    QVERIFY(!QFile::exists(broken));
    QVERIFY(findRecoveries(dir.path().toStdString()).empty());
}

// An autosave of a CSV run whose file is gone reads, but cannot be opened: the banner says why
// and the recovery stays for when the file is back.
void TestRunAutosave::recoveryThatCannotOpenStays() {
    QTemporaryDir dir;
    QTemporaryDir documents;
    const QString csv = documents.filePath("levels.csv");
    QVERIFY(gui_test::writeFile(csv, gui_test::datedSeries(200)));
    DataSource data = sine();
    data.kind = DataSourceKind::Csv;
    data.csvPath = csv.toStdString();
    leaveRecovery(dir, 0, *trainedRun(data, 4), data, QString(), QDateTime::currentDateTime());
    QVERIFY(QFile::remove(csv));

    LabWindow window;
    ExperimentController& c = window.controller();
    QVERIFY(offersRecoveries(window, dir));
    RecoveryBanner* banner = window.recoveryBanner();
    QVERIFY(banner->message().endsWith(", step 4?"));

    QSignalSpy failed(window.autosave(), &RunAutosave::recoveryFailed);
    QSignalSpy fileError(&c, &ExperimentController::fileError);
    banner->recoverButton()->click();
    QTRY_COMPARE_WITH_TIMEOUT(failed.count(), 1, kTimeoutMs);
    const QString error = fileError.at(0).at(0).toString();
    QVERIFY2(error.contains(csv), qPrintable(error));
    QCOMPARE(banner->message(),
             "The unsaved run of an untitled experiment cannot be recovered: " + error);
    QVERIFY(banner->isEnabled());
    QVERIFY(banner->recoverButton()->isHidden());
    QVERIFY(QFile::exists(slotFile(dir, 0, ".rnnlab.json")));
    QVERIFY(waitUntilIdle(c));
    QCOMPARE(c.snapshot()->step, 0LL);  // the window's run is still the default one
}

void TestRunAutosave::unusableFolderIsReportedOnce() {
    QTemporaryDir dir;
    QVERIFY(gui_test::writeFile(dir.filePath("a file"), "x"));
    const QString folder = dir.filePath("a file/recovery");
    {
        LabWindow window;
        ExperimentController& c = window.controller();
        QVERIFY(waitUntilIdle(c));
        window.enableAutosave(folder, kInterval);
        const QString expected = "Autosave failed: " + folder +
                                 ": cannot create the recovery folder. Training goes on; save "
                                 "the experiment to keep your work";
        QCOMPARE(window.autosave()->lastError(), expected);
        QCOMPARE(window.autosave()->autosavePath(), QString());
        QCOMPARE(window.statusBar()->currentMessage(), expected);
        trainAndWait(c, 5);
        QCOMPARE(c.snapshot()->step, 5LL);
    }

    // The folder goes away while the window autosaves into it.
    const QString vanishing = dir.filePath("recovery");
    LabWindow window;
    ExperimentController& c = window.controller();
    QVERIFY(waitUntilIdle(c));
    window.enableAutosave(vanishing, kInterval);
    QSignalSpy failed(window.autosave(), &RunAutosave::failed);
    QVERIFY(QDir(vanishing).removeRecursively());
    QVERIFY(gui_test::writeFile(vanishing, "not a folder"));
    trainAndWait(c, 5);
    QTRY_COMPARE_WITH_TIMEOUT(failed.count(), 1, kTimeoutMs);
    QVERIFY(window.autosave()->lastError().startsWith("Autosave failed: " + vanishing));
    QCOMPARE(window.statusBar()->currentMessage(), window.autosave()->lastError());
    // Training goes on, and the failures that follow do not repeat the message.
    for (int i = 0; i < 5; ++i) {
        trainAndWait(c, 2);
        QVERIFY(autosaveLooked(window, 2));
    }
    QCOMPARE(c.snapshot()->step, 15LL);
    QCOMPARE(failed.count(), 1);
}

RNNLAB_TEST_MAIN(TestRunAutosave)
}  // namespace RNNLAB_TEST_FILE

#include "tst_run_autosave.moc"
