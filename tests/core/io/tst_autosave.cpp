// Autosave while training: when a save is due (interval and change, with the clock given by the
// test), what the autosave holds, slots of concurrent sessions, clean ends, and recovery of a
// session that is gone. A session killed mid-training is in tst_save_survives_kill.cpp.
#include <atomic>
#include <thread>

#include "test_main.h"
#include "core/base/errors.h"
#include "core/io/autosave.h"
#include "core/io/experiment_file.h"

namespace RNNLAB_TEST_FILE {

using namespace rnnlab;
using namespace std::chrono_literals;

namespace {

DataSource sine() {
    DataSource d;
    d.kind = DataSourceKind::Generator;
    d.generator.parameters["length"] = 120;
    d.window.window = 8;
    return d;
}

std::unique_ptr<Trainer> smallTrainer(int hiddenSize = 3) {
    Experiment e;
    e.network.cell = CellType::Gru;
    e.network.hiddenSize = hiddenSize;
    e.training.batchSize = 4;
    e.training.seed = 5;
    e.data = sine();
    return makeTrainer(e, {});
}

void steps(Trainer& t, int n) {
    for (int i = 0; i < n; ++i) QVERIFY(t.step());
}

}  // namespace

class TestAutosave : public QObject {
    Q_OBJECT
private slots:
    void savesWhenDueAndChanged();
    void noRewriteWhenNothingChanged();
    void largeModelEveryThirtySeconds();
    void copyIsWrittenAsTaken();
    void autosaveResumesTheRun();
    void clearWaitsForTheRunToMoveOn();
    void sessionsTakeTheirOwnSlots();
    void cleanEndLeavesNothing();
    void liveSessionIsNoRecovery();
    void usedFromTwoThreads();
    void unwritableFolder();
    void defaultFolder();
};

void TestAutosave::savesWhenDueAndChanged() {
    QTemporaryDir dir;
    AutosaveSlot slot(dir.path().toStdString(), 5s);
    auto t = smallTrainer();
    const AutosaveSlot::Clock::time_point t0{};
    const QString file = QString::fromStdString(slot.experimentPath());

    QVERIFY(slot.saveIfDue(*t, sine(), t0));  // the first call saves
    QVERIFY(QFile::exists(file));
    steps(*t, 3);
    QVERIFY(!slot.saveIfDue(*t, sine(), t0 + 4999ms));  // not due yet
    QCOMPARE(readExperiment(slot.experimentPath()).state->progress.step, 0LL);
    QVERIFY(slot.saveIfDue(*t, sine(), t0 + 5s));
    QCOMPARE(readExperiment(slot.experimentPath()).state->progress.step, 3LL);
    QVERIFY(!slot.saveIfDue(*t, sine(), t0 + 60s));  // due, but nothing changed

    TrainingSettings s = t->settings();
    s.optimizer.learningRate = 0.05;
    t->setSettings(s);
    QVERIFY(slot.saveIfDue(*t, sine(), t0 + 61s));  // a setting changed
    QCOMPARE(readExperiment(slot.experimentPath()).training.optimizer.learningRate, 0.05);

    steps(*t, 1);
    slot.save(*t, sine(), t0 + 62s);  // saves whenever asked
    QCOMPARE(readExperiment(slot.experimentPath()).state->progress.step, 4LL);
    steps(*t, 1);
    QVERIFY(!slot.saveIfDue(*t, sine(), t0 + 66s));  // the interval counts from that save
}

// A run that has not moved on is not written again, however long it waits: the file keeps what
// it has (here a marker the test put there instead).
void TestAutosave::noRewriteWhenNothingChanged() {
    QTemporaryDir dir;
    AutosaveSlot slot(dir.path().toStdString(), 5s);
    auto t = smallTrainer();
    const AutosaveSlot::Clock::time_point t0{};
    steps(*t, 2);
    QVERIFY(slot.saveIfDue(*t, sine(), t0));
    QFile file(QString::fromStdString(slot.experimentPath()));
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write("marker");
    file.close();
    for (auto later : {5s, 60s, 3600s}) {
        QVERIFY(!slot.copyIfDue(*t, sine(), t0 + later));
        QVERIFY(!slot.saveIfDue(*t, sine(), t0 + later));
    }
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), QByteArray("marker"));
    file.close();
    // Another run at the same step and settings is another experiment: it is written.
    auto other = smallTrainer();
    steps(*other, 2);
    QVERIFY(slot.saveIfDue(*other, sine(), t0 + 3605s));
    QCOMPARE(readExperiment(slot.experimentPath()).state->progress.step, 2LL);
}

// Over 1 MB of float weights (GRU H = 300: 3H(1 + H + 2) + H + 1 = 273,001 parameters, 1.09 MB),
// an autosave is due 30 s after the last one, not after the slot's 5 s.
void TestAutosave::largeModelEveryThirtySeconds() {
    NetworkConfig small, large;
    small.cell = large.cell = CellType::Gru;
    small.hiddenSize = 3;
    large.hiddenSize = 300;
    QCOMPARE(parameterCount(large), 273001LL);
    QCOMPARE(autosaveIntervalFor(small, 5s), std::chrono::milliseconds(5s));
    QCOMPARE(autosaveIntervalFor(large, 5s), std::chrono::milliseconds(30s));
    QCOMPARE(autosaveIntervalFor(large, 60s), std::chrono::milliseconds(60s));  // never sooner

    QTemporaryDir dir;
    AutosaveSlot slot(dir.path().toStdString(), 5s);
    auto t = smallTrainer(300);
    const AutosaveSlot::Clock::time_point t0{};
    QVERIFY(slot.saveIfDue(*t, sine(), t0));
    steps(*t, 1);
    QVERIFY(!slot.copyIfDue(*t, sine(), t0 + 5s));  // a small model's interval: not yet
    QVERIFY(!slot.copyIfDue(*t, sine(), t0 + 29999ms));
    QVERIFY(slot.saveIfDue(*t, sine(), t0 + 30s));
    QCOMPARE(readExperiment(slot.experimentPath()).state->progress.step, 1LL);
}

// The copy holds the run as it was when taken, and the trainer is free meanwhile: steps after
// it do not reach the file. A copy taken before the user saved (clear) is not written.
void TestAutosave::copyIsWrittenAsTaken() {
    QTemporaryDir dir;
    AutosaveSlot slot(dir.path().toStdString(), 5s);
    auto t = smallTrainer();
    steps(*t, 3);
    const AutosaveCopy copy = slot.copyNow(*t, sine());
    steps(*t, 4);
    QVERIFY(slot.write(copy));
    const Experiment written = readExperiment(slot.experimentPath());
    QCOMPARE(written.state->progress.step, 3LL);
    QVERIFY(written.weights.flat() != t->weights().flat());

    const AutosaveCopy stale = slot.copyNow(*t, sine());
    slot.clear();
    QVERIFY(!slot.write(stale));
    QVERIFY(!QFile::exists(QString::fromStdString(slot.experimentPath())));
}

// The autosave is the whole run: opened, it goes on exactly as the run it was saved from.
void TestAutosave::autosaveResumesTheRun() {
    QTemporaryDir dir;
    AutosaveSlot slot(dir.path().toStdString());
    auto t = smallTrainer();
    steps(*t, 7);
    slot.save(*t, sine());
    auto recovered = makeTrainer(readExperiment(slot.experimentPath()), {});
    QCOMPARE(recovered->stepCount(), 7LL);
    steps(*t, 20);
    steps(*recovered, 20);
    QVERIFY(recovered->weights().flat() == t->weights().flat());
}

void TestAutosave::clearWaitsForTheRunToMoveOn() {
    QTemporaryDir dir;
    AutosaveSlot slot(dir.path().toStdString(), 5s);
    auto t = smallTrainer();
    const AutosaveSlot::Clock::time_point t0{};
    QVERIFY(slot.saveIfDue(*t, sine(), t0));
    steps(*t, 2);
    slot.clear();  // the user saved at step 2
    QVERIFY(!QFile::exists(QString::fromStdString(slot.experimentPath())));
    QVERIFY(!slot.saveIfDue(*t, sine(), t0 + 10s));  // step 2 is what the user's file holds
    QVERIFY(!slot.saveIfDue(*t, sine(), t0 + 20s));
    QVERIFY(!QFile::exists(QString::fromStdString(slot.experimentPath())));
    steps(*t, 1);
    QVERIFY(slot.saveIfDue(*t, sine(), t0 + 30s));
    QCOMPARE(readExperiment(slot.experimentPath()).state->progress.step, 3LL);
}

void TestAutosave::sessionsTakeTheirOwnSlots() {
    QTemporaryDir dir;
    AutosaveSlot first(dir.path().toStdString());
    AutosaveSlot second(dir.path().toStdString());
    QVERIFY(first.experimentPath() != second.experimentPath());
    QCOMPARE(QString::fromStdString(first.experimentPath()), dir.filePath("session-0.rnnlab.json"));
    QCOMPARE(QString::fromStdString(second.experimentPath()),
             dir.filePath("session-1.rnnlab.json"));
}

void TestAutosave::cleanEndLeavesNothing() {
    QTemporaryDir dir;
    {
        AutosaveSlot slot(dir.path().toStdString());
        slot.setDocument("/lessons/forgetting.rnnlab.json");
        auto t = smallTrainer();
        slot.save(*t, sine());
    }
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), QStringList());
    QVERIFY(findRecoveries(dir.path().toStdString()).empty());
}

// A running session's autosave is not offered to another window or instance.
void TestAutosave::liveSessionIsNoRecovery() {
    QTemporaryDir dir;
    AutosaveSlot slot(dir.path().toStdString());
    auto t = smallTrainer();
    slot.save(*t, sine());
    QVERIFY(findRecoveries(dir.path().toStdString()).empty());
    QVERIFY(findRecoveries(dir.filePath("no such folder").toStdString()).empty());
}

// The GUI thread renames and clears while the worker autosaves (run under ThreadSanitizer).
void TestAutosave::usedFromTwoThreads() {
    QTemporaryDir dir;
    AutosaveSlot slot(dir.path().toStdString(), 0ms);
    auto t = smallTrainer();
    std::atomic<bool> stop{false};
    std::thread worker([&] {
        while (!stop) {
            t->step();
            slot.saveIfDue(*t, sine());
        }
    });
    for (int i = 0; i < 50; ++i) {
        slot.setDocument("/lessons/lesson" + std::to_string(i) + ".rnnlab.json");
        if (i % 10 == 0) slot.clear();
    }
    stop = true;
    worker.join();
    slot.save(*t, sine());
    QCOMPARE(readExperiment(slot.experimentPath()).state->progress.step, t->stepCount());
}

void TestAutosave::unwritableFolder() {
    QTemporaryDir dir;
    QFile file(dir.filePath("a file"));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.close();
    const std::string folder = dir.filePath("a file/recovery").toStdString();
    try {
        AutosaveSlot slot(folder);
        QFAIL("a slot in a folder that cannot exist");
    } catch (const FileError& e) {
        QCOMPARE(QString(e.what()),
                 QString::fromStdString(folder) + ": cannot create the recovery folder");
    }
}

// ~/.local/share/RNN Lab/recovery, as the README says: the application's name once, although
// the organisation has the same name (earlier versions put it in .../RNN Lab/RNN Lab/recovery).
void TestAutosave::defaultFolder() {
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setApplicationName(QStringLiteral("RNN Lab"));
    QCoreApplication::setOrganizationName(QStringLiteral("RNN Lab"));
    const QString data = QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation);
    QCOMPARE(QString::fromStdString(defaultRecoveryDirectory()), data + "/RNN Lab/recovery");
    QCOMPARE(QString::fromStdString(earlierRecoveryDirectory()),
             data + "/RNN Lab/RNN Lab/recovery");
}

RNNLAB_TEST_APPLESS_MAIN(TestAutosave)
}  // namespace RNNLAB_TEST_FILE

#include "tst_autosave.moc"
