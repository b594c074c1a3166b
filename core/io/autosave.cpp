#include "core/io/autosave.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>
#include <algorithm>

#include "core/errors.h"
#include "core/io/atomic_file.h"
#include "core/io/experiment_file.h"
#include "core/train/trainer.h"

namespace rnnlab {

namespace {

// More slots than windows anyone opens at once; a folder with this many unhandled recoveries
// is refused rather than searched further.
constexpr int kMaxSlots = 64;

struct SlotPaths {
    QString experiment;
    QString info;
    QString lock;
};

SlotPaths slotPaths(const QString& directory, int n) {
    const QString base = directory + "/session-" + QString::number(n);
    return {base + ".rnnlab.json", base + ".json", base + ".lock"};
}

// A lock that only a live process keeps: QLockFile would otherwise take over a lock older than
// 30 s from a session that is still running.
std::unique_ptr<QLockFile> makeLock(const QString& path) {
    auto lock = std::make_unique<QLockFile>(path);
    lock->setStaleLockTime(0);
    return lock;
}

std::string documentOf(const QString& infoPath) {
    QFile f(infoPath);
    if (!f.open(QIODevice::ReadOnly)) return {};
    return QJsonDocument::fromJson(f.readAll()).object().value("document").toString().toStdString();
}

void writeInfo(const std::string& path, const std::string& document) {
    const QJsonObject info{{"document", QString::fromStdString(document)}};
    writeFileAtomically(path, QJsonDocument(info).toJson());
}

}  // namespace

std::string defaultRecoveryDirectory() {
    return (QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + "/recovery")
        .toStdString();
}

std::vector<Recovery> findRecoveries(const std::string& directory) {
    const QString dir = QString::fromStdString(directory);
    std::vector<Recovery> found;
    for (int n = 0; n < kMaxSlots; ++n) {
        const SlotPaths p = slotPaths(dir, n);
        if (!QFileInfo::exists(p.experiment)) continue;
        if (!makeLock(p.lock)->tryLock(0)) continue;  // a live session's autosave
        const qint64 ms = QFileInfo(p.experiment).lastModified().toMSecsSinceEpoch();
        found.push_back({p.experiment.toStdString(), documentOf(p.info),
                         std::chrono::system_clock::time_point(std::chrono::milliseconds(ms))});
    }
    std::sort(found.begin(), found.end(),
              [](const Recovery& a, const Recovery& b) { return a.savedAt > b.savedAt; });
    return found;
}

void discardRecovery(const Recovery& recovery) {
    const QFileInfo experiment(QString::fromStdString(recovery.experimentPath));
    const QString info = experiment.filePath().chopped(int(sizeof ".rnnlab.json") - 1) + ".json";
    QFile::remove(experiment.filePath());
    QFile::remove(info);
    // A session killed while saving leaves its save's temporary file ("NAME.XXXXXX", QSaveFile).
    QDir dir = experiment.dir();
    for (const QString& name : {experiment.fileName(), QFileInfo(info).fileName()}) {
        for (const QString& temporary : dir.entryList({name + ".??????"}, QDir::Files | QDir::Hidden))
            dir.remove(temporary);
    }
}

AutosaveSlot::AutosaveSlot(const std::string& directory, std::chrono::milliseconds interval)
    : m_interval(interval) {
    const QString dir = QString::fromStdString(directory);
    if (!QDir().mkpath(dir)) throw FileError(directory + ": cannot create the recovery folder");
    for (int n = 0; n < kMaxSlots; ++n) {
        const SlotPaths p = slotPaths(dir, n);
        std::unique_ptr<QLockFile> lock = makeLock(p.lock);
        if (!lock->tryLock(0)) {
            if (lock->error() == QLockFile::LockFailedError) continue;  // another session's
            throw FileError(directory + ": cannot write in the recovery folder");
        }
        if (QFileInfo::exists(p.experiment)) continue;  // a recovery not handled yet
        m_lock = std::move(lock);
        m_experimentPath = p.experiment.toStdString();
        m_infoPath = p.info.toStdString();
        writeInfo(m_infoPath, {});
        return;
    }
    throw FileError(directory + ": every one of the " + std::to_string(kMaxSlots) +
                    " autosave slots holds a recovery: open or discard them");
}

AutosaveSlot::~AutosaveSlot() {
    QFile::remove(QString::fromStdString(m_experimentPath));
    QFile::remove(QString::fromStdString(m_infoPath));
}

void AutosaveSlot::setDocument(const std::string& path) {
    std::lock_guard<std::mutex> guard(m_mutex);
    writeInfo(m_infoPath, path);
}

AutosaveSlot::Mark AutosaveSlot::markOf(const Trainer& trainer) {
    return {trainer.stepCount(), trainer.settings()};
}

bool AutosaveSlot::saveIfDue(const Trainer& trainer, const DataSource& data,
                             Clock::time_point now) {
    std::lock_guard<std::mutex> guard(m_mutex);
    const Mark mark = markOf(trainer);
    if (m_takeBaseline) {
        m_takeBaseline = false;
        m_saved = mark;
        m_lastSave = now;
        return false;
    }
    if (m_lastSave && now - *m_lastSave < m_interval) return false;
    if (m_saved && m_saved->step == mark.step && m_saved->settings == mark.settings) return false;
    writeLocked(trainer, data, now);
    return true;
}

void AutosaveSlot::save(const Trainer& trainer, const DataSource& data, Clock::time_point now) {
    std::lock_guard<std::mutex> guard(m_mutex);
    writeLocked(trainer, data, now);
}

void AutosaveSlot::writeLocked(const Trainer& trainer, const DataSource& data,
                               Clock::time_point now) {
    // A failed save (a full disk) is tried again an interval later, not at every call.
    m_lastSave = now;
    saveTrainer(m_experimentPath, trainer, data);
    m_saved = markOf(trainer);
    m_takeBaseline = false;
}

void AutosaveSlot::clear() {
    std::lock_guard<std::mutex> guard(m_mutex);
    QFile::remove(QString::fromStdString(m_experimentPath));
    m_saved.reset();
    m_takeBaseline = true;
}

}  // namespace rnnlab
