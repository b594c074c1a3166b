#pragma once
// The window's side of autosave and recovery (core/io/autosave.h): while the experiment has
// unsaved changes, its run is autosaved into this window's AutosaveSlot every few seconds, so a
// crash or a power cut loses at most those seconds; and a recovery left by a session that ended
// without cleaning up can be opened here as an unsaved run.
//
// - A timer on the GUI thread posts copyIfDue() to the training worker, which copies the run
//   between two steps (with the data source the current trainer trains on) when it changed and
//   the interval passed (30 s for a model over 1 MB); the copy is serialised and written on a
//   writer thread of its own, so neither the trainer nor the GUI waits for the disk. A run that
//   is saved, freshly opened or new (not dirty) has nothing to recover: its autosave goes.
// - A recovery opens as the unsaved run of the file it came from (Save writes there; an
//   untitled run asks for a name). Once it is open it is autosaved into this window's slot, and
//   only then are the recovery's files deleted: a crash in between loses nothing.
// - A recovery folder that cannot be written costs the autosave, not the run: lastError() and
//   one failed() per failure say why, and training goes on.
// It is a child of the controller, destroyed after the controller's TrainingSession has joined
// the worker: no autosave job outlives the slot, and a clean end removes the slot's files.

#include <QObject>
#include <QString>
#include <QThreadPool>
#include <chrono>
#include <functional>
#include <memory>
#include <optional>
#include <vector>

#include "core/io/autosave.h"
#include "ui/session/mailbox_link.h"
#include "ui/session/thread_mailbox.h"

namespace rnnlab::ui {

class ExperimentController;

// Where recoveries live: $RNNLAB_RECOVERY_DIR when set (tests, scripted runs), otherwise
// defaultRecoveryDirectory().
QString recoveryDirectory();
// The recoveries to offer at start, newest first: those in `directory`, and when it is the
// default folder also those that earlier versions left in earlierRecoveryDirectory().
std::vector<Recovery> recoveriesToOffer(const QString& directory);

class RunAutosave : public QObject {
    Q_OBJECT
public:
    // Claims a slot in `directory` for the controller's run (and becomes the controller's child).
    RunAutosave(ExperimentController& controller, const QString& directory,
                std::chrono::milliseconds interval = kAutosaveInterval);
    ~RunAutosave() override;

    // This window's autosave file; empty when the folder could not be used.
    QString autosavePath() const;
    // Why the latest autosave failed; empty while autosaving works.
    QString lastError() const { return m_error; }

public slots:
    // Opens the recovery as this window's unsaved run: recovered() once it is open and autosaved
    // here, its files deleted (kept when autosaving here failed); recoveryFailed() when it
    // cannot be opened (its files stay).
    void recover(const rnnlab::Recovery& recovery);

signals:
    // Autosaving failed (the folder cannot be created or written); once until it works again.
    void failed(const QString& message);
    void recovered();
    void recoveryFailed(const QString& message);

private:
    // Posts an autosave to the worker: now, or if due (AutosaveSlot::saveIfDue); done then runs
    // on this thread with whether it wrote.
    void autosave(bool now, std::function<void(bool saved)> done = {});
    void followDocument();
    void onRecovered(const QString& autosavePath);
    void onFileError(const QString& error);
    // An autosave job finished: error is empty on success; saved says whether it wrote.
    void finish(const QString& error, bool saved, const std::function<void(bool saved)>& done);
    void report(const QString& error, bool saved);

    ExperimentController& m_controller;
    std::unique_ptr<AutosaveSlot> m_slot;  // null when the folder cannot be used
    QString m_document;                    // what the slot was last told the run belongs to
    bool m_clean = true;        // the controller was not dirty at the last document change
    bool m_jobPending = false;  // an autosave job is on its way to the worker
    QString m_error;
    std::optional<Recovery> m_recovering;
    // The writer's results come back through this mailbox, whose std::mutex ThreadSanitizer
    // sees (a queued Qt call it cannot); closed before the writer is waited for.
    ThreadMailbox* m_toGui;
    std::shared_ptr<MailboxLink> m_toGuiLink;
    // Writes the copies; declared last, destroyed first: it waits for a write in progress
    // before the slot goes.
    QThreadPool m_writer;
};

}  // namespace rnnlab::ui
