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
//              QTimer on the GUI thread every second posts
//              session.withTrainer([&](Trainer& t) { copy = slot.copyIfDue(t, data); }),
//              so that the run is copied on the worker thread between two steps, and the copy
//              is written on a thread of its own (slot.write(copy)).
//   saved      after the user saved: clear().
//   closed     destroying the slot (after the worker has stopped) removes its files.

#include <QLockFile>
#include <chrono>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <vector>

#include "core/data/normaliser.h"
#include "core/io/experiment_file.h"
#include "core/train/data_source.h"
#include "core/train/training_settings.h"

namespace rnnlab {

class Trainer;

constexpr std::chrono::seconds kAutosaveInterval{5};

// <data folder>/<application name>/recovery (QStandardPaths::GenericDataLocation), e.g.
// ~/.local/share/RNN Lab/recovery. Not created here.
std::string defaultRecoveryDirectory();
// Where earlier versions autosaved (QStandardPaths::AppDataLocation, which adds the
// organisation's name: ~/.local/share/RNN Lab/RNN Lab/recovery); their recoveries are still
// offered.
std::string earlierRecoveryDirectory();

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

// What one autosave writes: a copy of the run, taken on the worker thread between two steps
// (Trainer::state(), the weights and settings), to be serialised and written later on another
// thread, so that the trainer never waits for the disk.
struct AutosaveCopy {
    // What the copy holds, to tell whether the run changed since: the same run object, step,
    // network and settings is the same experiment at the same point.
    struct Mark {
        const Trainer* run = nullptr;
        long long step = -1;
        NetworkConfig network;
        TrainingSettings settings;
        bool operator==(const Mark& o) const {
            return run == o.run && step == o.step && network == o.network && settings == o.settings;
        }
    };
    Experiment experiment;
    std::optional<NormaliserParams> normaliser;  // the data's fitted normalisation
    Mark mark;
    std::uint64_t generation = 0;  // of the slot when taken: a clear() since makes it stale
};

// A model larger than this (its float weights) is autosaved at most every
// kLargeModelAutosaveInterval: writing it takes long, and it changes little between two.
constexpr std::size_t kLargeModelBytes = std::size_t(1) << 20;
constexpr std::chrono::seconds kLargeModelAutosaveInterval{30};

// The interval between two autosaves of `network`: `interval`, or at least
// kLargeModelAutosaveInterval for a model over kLargeModelBytes.
std::chrono::milliseconds autosaveIntervalFor(const NetworkConfig& network,
                                              std::chrono::milliseconds interval);

// One session's autosave. Every member may be called from any thread. copyIfDue() and copyNow()
// never wait for a write in progress; write() and clear() wait for one.
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

    // A copy of the run to write when an autosave is due: the interval (autosaveIntervalFor the
    // run's network) has passed since the last copy, and the run changed since the last
    // autosave (another run, step, network or settings). Call it where the trainer may be read:
    // on the worker thread, between steps.
    std::optional<AutosaveCopy> copyIfDue(const Trainer& trainer, const DataSource& data,
                                          Clock::time_point now = Clock::now());
    // A copy of the run to write, due or not (before something risky, when the run changed).
    AutosaveCopy copyNow(const Trainer& trainer, const DataSource& data,
                         Clock::time_point now = Clock::now());
    // Writes a copy (atomically), on any thread; false when the slot was cleared since the copy
    // was taken (nothing written). FileError when the file cannot be written.
    bool write(const AutosaveCopy& copy);

    // copyIfDue and write at once; returns whether it wrote.
    bool saveIfDue(const Trainer& trainer, const DataSource& data,
                   Clock::time_point now = Clock::now());
    // copyNow and write at once.
    void save(const Trainer& trainer, const DataSource& data, Clock::time_point now = Clock::now());
    // The user saved the experiment: the autosave goes, and the next one is written only once
    // the run has moved on from where it is at the next copyIfDue().
    void clear();

private:
    AutosaveCopy copyLocked(const Trainer& trainer, const DataSource& data, Clock::time_point now);

    std::string m_experimentPath;
    std::string m_infoPath;
    std::unique_ptr<QLockFile> m_lock;
    std::chrono::milliseconds m_interval;

    std::mutex m_mutex;  // the bookkeeping below, held briefly
    std::optional<Clock::time_point> m_lastCopy;
    std::optional<AutosaveCopy::Mark> m_saved;  // what the autosave file holds (or is being
                                                // written with)
    bool m_takeBaseline = false;  // after clear(): the next copyIfDue() only records the mark
    std::uint64_t m_generation = 0;
    std::mutex m_writeMutex;  // one write (or clear) of the file at a time
};

}  // namespace rnnlab
