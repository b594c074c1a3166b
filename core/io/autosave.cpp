#include "core/io/autosave.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>
#include <algorithm>

#include "core/base/errors.h"
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
    return (QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) + "/" +
            QCoreApplication::applicationName() + "/recovery")
        .toStdString();
}

std::string earlierRecoveryDirectory() {
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
        for (const QString& temporary :
             dir.entryList({name + ".??????"}, QDir::Files | QDir::Hidden))
            dir.remove(temporary);
    }
}

AutosaveSlot::AutosaveSlot(const std::string& directory, std::chrono::milliseconds interval)
    : m_interval(interval) {
    const QString dir = QString::fromStdString(directory);
    if (!QDir().mkpath(dir))
        throw FileError(
            verbatim(directory + ": ") +
            uiText(QT_TRANSLATE_NOOP("rnnlab::UiText", "cannot create the recovery folder")));
    for (int n = 0; n < kMaxSlots; ++n) {
        const SlotPaths p = slotPaths(dir, n);
        std::unique_ptr<QLockFile> lock = makeLock(p.lock);
        if (!lock->tryLock(0)) {
            if (lock->error() == QLockFile::LockFailedError) continue;  // another session's
            throw FileError(
                verbatim(directory + ": ") +
                uiText(QT_TRANSLATE_NOOP("rnnlab::UiText", "cannot write in the recovery folder")));
        }
        if (QFileInfo::exists(p.experiment)) continue;  // a recovery not handled yet
        m_lock = std::move(lock);
        m_experimentPath = p.experiment.toStdString();
        m_infoPath = p.info.toStdString();
        writeInfo(m_infoPath, {});
        return;
    }
    throw FileError(verbatim(directory + ": ") +
                    uiText(QT_TRANSLATE_NOOP("rnnlab::UiText",
                                             "every one of the %1 autosave slots holds a recovery: "
                                             "open or discard them"),
                           {std::to_string(kMaxSlots)}));
}

AutosaveSlot::~AutosaveSlot() {
    QFile::remove(QString::fromStdString(m_experimentPath));
    QFile::remove(QString::fromStdString(m_infoPath));
}

void AutosaveSlot::setDocument(const std::string& path) {
    std::lock_guard<std::mutex> guard(m_mutex);
    writeInfo(m_infoPath, path);
}

std::chrono::milliseconds autosaveIntervalFor(const NetworkConfig& network,
                                              std::chrono::milliseconds interval) {
    const auto bytes = std::size_t(parameterCount(network)) * sizeof(float);
    if (bytes <= kLargeModelBytes) return interval;
    return std::max<std::chrono::milliseconds>(interval, kLargeModelAutosaveInterval);
}

AutosaveCopy AutosaveSlot::copyLocked(const Trainer& trainer, const DataSource& data,
                                      Clock::time_point now) {
    // A failed write (a full disk) is tried again an interval later, not at every call.
    m_lastCopy = now;
    m_takeBaseline = false;
    AutosaveCopy copy;
    copy.experiment = captureExperiment(trainer, data, true);
    copy.normaliser = fittedNormalisation(trainer);
    copy.mark = {&trainer, trainer.stepCount(), trainer.networkConfig(), trainer.settings()};
    copy.generation = m_generation;
    return copy;
}

std::optional<AutosaveCopy> AutosaveSlot::copyIfDue(const Trainer& trainer, const DataSource& data,
                                                    Clock::time_point now) {
    std::lock_guard<std::mutex> guard(m_mutex);
    const AutosaveCopy::Mark mark{&trainer, trainer.stepCount(), trainer.networkConfig(),
                                  trainer.settings()};
    if (m_takeBaseline) {
        m_takeBaseline = false;
        m_saved = mark;
        m_lastCopy = now;
        return std::nullopt;
    }
    if (m_lastCopy && now - *m_lastCopy < autosaveIntervalFor(mark.network, m_interval))
        return std::nullopt;
    if (m_saved && *m_saved == mark) return std::nullopt;
    return copyLocked(trainer, data, now);
}

AutosaveCopy AutosaveSlot::copyNow(const Trainer& trainer, const DataSource& data,
                                   Clock::time_point now) {
    std::lock_guard<std::mutex> guard(m_mutex);
    return copyLocked(trainer, data, now);
}

bool AutosaveSlot::write(const AutosaveCopy& copy) {
    std::lock_guard<std::mutex> writing(m_writeMutex);
    {
        std::lock_guard<std::mutex> guard(m_mutex);
        if (copy.generation != m_generation) return false;  // the user saved meanwhile
    }
    writeExperiment(m_experimentPath, copy.experiment,
                    copy.normaliser ? &*copy.normaliser : nullptr);
    std::lock_guard<std::mutex> guard(m_mutex);
    m_saved = copy.mark;
    return true;
}

bool AutosaveSlot::saveIfDue(const Trainer& trainer, const DataSource& data,
                             Clock::time_point now) {
    const std::optional<AutosaveCopy> copy = copyIfDue(trainer, data, now);
    return copy && write(*copy);
}

void AutosaveSlot::save(const Trainer& trainer, const DataSource& data, Clock::time_point now) {
    write(copyNow(trainer, data, now));
}

void AutosaveSlot::clear() {
    std::lock_guard<std::mutex> writing(m_writeMutex);
    std::lock_guard<std::mutex> guard(m_mutex);
    QFile::remove(QString::fromStdString(m_experimentPath));
    m_saved.reset();
    m_takeBaseline = true;
    ++m_generation;
}

}  // namespace rnnlab
