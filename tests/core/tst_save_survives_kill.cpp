// Saving survives being killed. This test runs copies of itself as child processes (its test
// program with its name, then one of these) and kills them (SIGKILL, no chance to clean up) at
// random moments:
//   --save-loop FILE   writes two large experiments A and B to FILE in turn, forever: whenever
//                      it dies, FILE holds A or B, complete, byte for byte;
//   --autosave DIR     trains with an autosave slot in DIR: once it is gone, the next start
//                      finds its autosave as a recovery, with the document it belonged to.
#include <csignal>
#include <cstdio>
#include <cstring>

#include "test_main.h"
#include "core/base/random.h"
#include "core/io/autosave.h"
#include "core/io/experiment_file.h"
#include "core/optim/initializers.h"

namespace RNNLAB_TEST_FILE {

using namespace rnnlab;

namespace {

// About 4 MB of JSON each: large enough that a kill often lands inside a save.
Experiment largeExperiment(std::uint64_t seed) {
    Experiment e;
    e.network.cell = CellType::Lstm;
    e.network.hiddenSize = 192;
    e.training.seed = seed;
    e.weights = Parameters<double>(e.network);
    initialise(e.weights, e.network, e.training.init, seed);
    return e;
}

const char* const kDocument = "/lessons/forgetting.rnnlab.json";

int saveLoop(const std::string& path) {
    const Experiment experiments[2] = {largeExperiment(1), largeExperiment(2)};
    for (int i = 0;; i = 1 - i) {
        std::printf("writing %c\n", "AB"[i]);
        std::fflush(stdout);
        writeExperiment(path, experiments[i]);
        std::printf("wrote %c\n", "AB"[i]);
        std::fflush(stdout);
    }
}

int autosaveLoop(const std::string& directory) {
    AutosaveSlot slot(directory, std::chrono::milliseconds(0));
    slot.setDocument(kDocument);
    Experiment e;
    e.network.cell = CellType::Gru;
    e.network.hiddenSize = 4;
    e.data.emplace();
    e.data->generator.parameters["length"] = 200;
    e.data->window.window = 10;
    e.training.epochs = kMaxEpochs;
    const auto trainer = makeTrainer(e, {});
    for (bool announced = false;;) {
        trainer->step();
        if (slot.saveIfDue(*trainer, *e.data) && !announced) {
            std::printf("saved\n");
            std::fflush(stdout);
            announced = true;
        }
    }
}

// Starts this executable in a child mode and reads its output into `out` until it holds
// `ready`.
void startChild(QProcess& child, const QString& mode, const QString& argument,
                const QByteArray& ready, QByteArray& out) {
    child.start(QCoreApplication::applicationFilePath(),
                {rnnlab::test::runningTest(), mode, argument});
    QVERIFY(child.waitForStarted());
    while (!out.contains(ready)) {
        QVERIFY2(child.waitForReadyRead(60000), "the child process did not start working");
        out += child.readAllStandardOutput();
    }
}

void killChild(QProcess& child) {
    ::kill(pid_t(child.processId()), SIGKILL);
    QVERIFY(child.waitForFinished(60000));
    QCOMPARE(child.exitStatus(), QProcess::CrashExit);
}

QByteArray readAll(const QString& path) {
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

}  // namespace

class TestSaveSurvivesKill : public QObject {
    Q_OBJECT
private slots:
    void killedWhileSaving();
    void killedWhileTraining();
};

void TestSaveSurvivesKill::killedWhileSaving() {
    QTemporaryDir dir;
    const QString path = dir.filePath("experiment.rnnlab.json");
    const QByteArray a = experimentJson(largeExperiment(1), path.toStdString());
    const QByteArray b = experimentJson(largeExperiment(2), path.toStdString());
    Random rng(8);
    constexpr int kKills = 12;
    int duringWrite = 0;
    for (int k = 0; k < kKills; ++k) {
        QProcess child;
        QByteArray log;
        startChild(child, "--save-loop", path, "wrote A", log);
        if (QTest::currentTestFailed()) return;
        QTest::qSleep(int(rng.below(400)));
        killChild(child);
        log = (log + child.readAllStandardOutput()).trimmed();
        const QByteArray last = log.mid(log.lastIndexOf('\n') + 1);
        const QByteArray content = readAll(path);
        QVERIFY2(content == a || content == b,
                 qPrintable(QString("after a kill at '%1' the file is neither A nor B (%2 bytes)")
                                .arg(QString(last))
                                .arg(content.size())));
        if (last.startsWith("wrote")) QCOMPARE(content, last.endsWith('A') ? a : b);
        if (last.startsWith("writing")) ++duringWrite;
        QCOMPARE(readExperiment(path.toStdString()).training.seed, std::uint64_t(content == a ? 1 : 2));
        // No temporary file is left behind either.
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden),
                 QStringList{"experiment.rnnlab.json"});
    }
    qInfo("%d of %d kills landed while a save was in progress", duringWrite, kKills);
    QVERIFY(duringWrite > 0);
}

void TestSaveSurvivesKill::killedWhileTraining() {
    QTemporaryDir dir;
    const std::string folder = dir.path().toStdString();
    const auto started = std::chrono::system_clock::now();
    QProcess child;
    QByteArray log;
    startChild(child, "--autosave", dir.path(), "saved", log);
    if (QTest::currentTestFailed()) return;
    QVERIFY(findRecoveries(folder).empty());  // the session is alive
    QTest::qSleep(200);
    killChild(child);

    const std::vector<Recovery> found = findRecoveries(folder);
    QCOMPARE(found.size(), std::size_t(1));
    QCOMPARE(QString::fromStdString(found[0].document), QString(kDocument));
    const Experiment e = readExperiment(found[0].experimentPath);
    QVERIFY(e.state && e.state->progress.step > 0);
    // File times have a resolution of 1 s on some file systems.
    QVERIFY(found[0].savedAt >= started - std::chrono::seconds(1));
    QVERIFY(found[0].savedAt <= std::chrono::system_clock::now());

    // A new session leaves the recovery alone until it has been dealt with.
    {
        AutosaveSlot next(folder);
        QVERIFY(next.experimentPath() != found[0].experimentPath);
        QCOMPARE(findRecoveries(folder).size(), std::size_t(1));
    }
    discardRecovery(found[0]);
    QVERIFY(findRecoveries(folder).empty());
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), QStringList());
}

int saveSurvivesKillMain(int argc, char** argv) {
    if (argc == 3 && std::strcmp(argv[1], "--save-loop") == 0) return saveLoop(argv[2]);
    if (argc == 3 && std::strcmp(argv[1], "--autosave") == 0) return autosaveLoop(argv[2]);
    QCoreApplication app(argc, argv);
    TestSaveSurvivesKill test;
    return QTest::qExec(&test, argc, argv);
}

RNNLAB_TEST_CUSTOM_MAIN(saveSurvivesKillMain)

}  // namespace RNNLAB_TEST_FILE

#include "tst_save_survives_kill.moc"
