#pragma once
// Autosave and recovery, the engine's side. While a run trains, its experiment is saved every
// few seconds to a recovery file, so that a crash, a killed process or a power cut loses at
// most those seconds of work; the next start finds the file and offers it back.
//
// Recovery files live in one folder (defaultRecoveryDirectory()). Each running session claims
// a numbered slot there for as long as it lives:
//   session-N.rnnlab.json  the autosave: an ordinary experiment file, written atomically
//   session-N.json         what it belongs to: {"document": "/path/lesson.rnnlab.json"}
//   session-N.lock         a QLockFile held by the session's process
// A slot with an autosave whose lock no live process holds belongs to a session that ended
// without cleaning up: that autosave is a recovery to offer. Two windows or two instances of
// the program never share a slot, and a new session never claims a slot with a recovery in it.
//
// What the GUI does with it:
//   on start   for each findRecoveries(defaultRecoveryDirectory()): offer it ("Recover the
//              unsaved run of lesson.rnnlab.json autosaved at 10:42?"). Accepted: open
//              readExperiment(r.experimentPath) as an unsaved document, save it into this
//              window's slot (slot.save) and then discardRecovery(r); declined:
//              discardRecovery(r).
//   while open one AutosaveSlot per window; setDocument() whenever the file name changes; a
//              QTimer on the GUI thread every few seconds posts
//              session.withTrainer([&](Trainer& t) { slot.saveIfDue(t, data); }),
//              so that the autosave is written on the worker thread between two steps.
//   saved      after the user saved: clear().
//   closed     destroying the slot (after the worker has stopped) removes its files.

#include <QLockFile>
#include <chrono>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <vector>

#include "core/train/data_source.h"
#include "core/train/training_settings.h"

namespace rnnlab {

class Trainer;

constexpr std::chrono::seconds kAutosaveInterval{5};

// <application data>/recovery (QStandardPaths::AppDataLocation), e.g.
// ~/.local/share/RNN Lab/recovery. Not created here.
std::string defaultRecoveryDirectory();

// The autosave of a session that did not end cleanly.
struct Recovery {
    std::string experimentPath;  // the autosaved experiment: readExperiment() it
    std::string document;        // the file it came from; "" if it was never saved
    std::chrono::system_clock::time_point savedAt;
};

// Recoveries in `directory`, newest first (none when the folder does not exist).
std::vector<Recovery> findRecoveries(const std::string& directory);
// Deletes a recovery's files, with the temporary file of a save it was killed in (it was
// restored, or the user declined it).
void discardRecovery(const Recovery& recovery);

// One session's autosave. Every member may be called from any thread; a call made while an
// autosave is being written waits for it.
class AutosaveSlot {
public:
    using Clock = std::chrono::steady_clock;

    // Claims the first free slot in `directory`, creating the folder if needed. FileError when
    // the folder cannot be created or written.
    explicit AutosaveSlot(const std::string& directory,
                          std::chrono::milliseconds interval = kAutosaveInterval);
    // A clean end: the slot's files are removed and its lock released.
    ~AutosaveSlot();
    AutosaveSlot(const AutosaveSlot&) = delete;
    AutosaveSlot& operator=(const AutosaveSlot&) = delete;

    const std::string& experimentPath() const { return m_experimentPath; }

    // The file the experiment belongs to ("" for one never saved), shown on recovery.
    void setDocument(const std::string& path);

    // Saves the run when `interval` has passed since the last autosave and the run has moved
    // on since (its step count or settings changed); returns whether it saved. Call it where
    // the trainer may be read: on the worker thread, between steps.
    bool saveIfDue(const Trainer& trainer, const DataSource& data,
                   Clock::time_point now = Clock::now());
    // Saves the run now (before something risky, or when the network is rebuilt).
    void save(const Trainer& trainer, const DataSource& data, Clock::time_point now = Clock::now());
    // The user saved the experiment: the autosave goes, and the next one is written only once
    // the run has moved on from where it is at the next saveIfDue().
    void clear();

private:
    struct Mark {
        long long step = -1;
        TrainingSettings settings;
    };
    static Mark markOf(const Trainer& trainer);
    void writeLocked(const Trainer& trainer, const DataSource& data, Clock::time_point now);

    std::string m_experimentPath;
    std::string m_infoPath;
    std::unique_ptr<QLockFile> m_lock;
    std::chrono::milliseconds m_interval;

    std::mutex m_mutex;
    std::optional<Clock::time_point> m_lastSave;
    std::optional<Mark> m_saved;  // what the last autosave holds
    bool m_takeBaseline = false;  // after clear(): the next saveIfDue() only records the mark
};

}  // namespace rnnlab
