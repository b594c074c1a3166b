#include "ui/experiment/run_autosave.h"

#include <QTimer>
#include <algorithm>

#include "core/base/errors.h"
#include "ui/experiment/background_job.h"
#include "ui/experiment/experiment_controller.h"
#include "ui/ui_text_translation.h"

namespace rnnlab::ui {

namespace {
// How often the GUI asks; the slot itself writes at most once per interval.
constexpr std::chrono::milliseconds kPollInterval{1000};
}  // namespace

QString recoveryDirectory() {
    const QString chosen = qEnvironmentVariable("RNNLAB_RECOVERY_DIR");
    return chosen.isEmpty() ? QString::fromStdString(defaultRecoveryDirectory()) : chosen;
}

std::vector<Recovery> recoveriesToOffer(const QString& directory) {
    std::vector<Recovery> found = findRecoveries(directory.toStdString());
    if (directory.toStdString() != defaultRecoveryDirectory()) return found;
    for (Recovery& r : findRecoveries(earlierRecoveryDirectory())) found.push_back(std::move(r));
    std::stable_sort(found.begin(), found.end(),
                     [](const Recovery& a, const Recovery& b) { return a.savedAt > b.savedAt; });
    return found;
}

RunAutosave::RunAutosave(ExperimentController& controller, const QString& directory,
                         std::chrono::milliseconds interval)
    : QObject(&controller),
      m_controller(controller),
      m_toGui(new ThreadMailbox(this)),
      m_toGuiLink(std::make_shared<MailboxLink>(m_toGui)) {
    m_writer.setMaxThreadCount(1);  // one autosave at a time, in the order they were copied
    connect(&controller, &ExperimentController::experimentRecovered, this,
            &RunAutosave::onRecovered);
    connect(&controller, &ExperimentController::fileError, this, &RunAutosave::onFileError);
    try {
        m_slot = std::make_unique<AutosaveSlot>(directory.toStdString(), interval);
    } catch (const FileError& e) {
        report(translatedUserMessage(e), false);
        return;
    }
    auto* timer = new QTimer(this);
    timer->setInterval(std::min(kPollInterval, interval));
    connect(timer, &QTimer::timeout, this, [this] {
        if (!m_jobPending && m_controller.isDirty()) autosave(false);
    });
    timer->start();
    connect(&controller, &ExperimentController::documentChanged, this,
            &RunAutosave::followDocument);
    followDocument();
}

RunAutosave::~RunAutosave() {
    m_toGuiLink->close();  // a write that ends from now on reports to nobody
    m_writer.waitForDone();
}

QString RunAutosave::autosavePath() const {
    return m_slot ? QString::fromStdString(m_slot->experimentPath()) : QString();
}

void RunAutosave::recover(const Recovery& recovery) {
    m_recovering = recovery;
    m_controller.recoverExperiment(QString::fromStdString(recovery.experimentPath),
                                   QString::fromStdString(recovery.document));
}

void RunAutosave::followDocument() {
    // Saved, opened or new: what is on disk (or nothing) is the run, and there is nothing to
    // recover. The first change after that is autosaved at once, later ones when due.
    const bool clean = !m_controller.isDirty();
    if (clean != m_clean) {
        m_clean = clean;
        if (clean) {
            m_slot->clear();
        } else {
            autosave(true);
        }
    }
    if (m_controller.filePath() == m_document) return;
    m_document = m_controller.filePath();
    try {
        m_slot->setDocument(m_document.toStdString());
    } catch (const FileError& e) {
        report(translatedUserMessage(e), false);
    }
}

void RunAutosave::autosave(bool now, std::function<void(bool saved)> done) {
    m_jobPending = true;
    auto copy = std::make_shared<std::optional<AutosaveCopy>>();
    // The source is copied now: it belongs to the trainer the worker has when the job runs,
    // since a new trainer and its source are always handed over together before it.
    m_controller.session().withTrainer(
        [slot = m_slot.get(), data = m_controller.trainingDataSource(), now, copy](Trainer& t) {
            *copy = now ? slot->copyNow(t, data) : slot->copyIfDue(t, data);
        },
        [this, copy, done = std::move(done)](const QString& error) mutable {
            if (!error.isEmpty() || !*copy) {
                finish(error, false, done);
                return;
            }
            auto write = [this, link = m_toGuiLink, copy, done = std::move(done)]() mutable {
                QString failure;
                bool saved = false;
                try {
                    saved = m_slot->write(**copy);
                } catch (const std::exception& e) {
                    failure = translatedUserMessage(e);
                }
                copy->reset();  // the copy's memory goes now, on this thread
                link->post([this, failure, saved, done] { finish(failure, saved, done); });
            };
            startOnPool(m_writer, std::move(write));
        });
}

void RunAutosave::finish(const QString& error, bool saved,
                         const std::function<void(bool saved)>& done) {
    m_jobPending = false;
    report(error, saved);
    if (done) done(saved);
}

void RunAutosave::onRecovered(const QString& autosavePath) {
    if (!m_recovering || m_recovering->experimentPath != autosavePath.toStdString()) return;
    const Recovery recovery = *std::exchange(m_recovering, std::nullopt);
    if (!m_slot) {  // the recovery stays where it is: it is the run's only copy on disk
        emit recovered();
        return;
    }
    autosave(true, [this, recovery](bool saved) {
        if (saved) discardRecovery(recovery);  // otherwise it stays, the run's only copy on disk
        emit recovered();
    });
}

void RunAutosave::onFileError(const QString& error) {
    if (!m_recovering) return;
    m_recovering.reset();
    emit recoveryFailed(error);
}

void RunAutosave::report(const QString& error, bool saved) {
    if (error.isEmpty()) {
        if (saved) m_error.clear();
        return;
    }
    const bool first = m_error.isEmpty();
    m_error = tr("Autosave failed: %1. Training goes on; save the experiment to keep your work")
                  .arg(error);
    if (first) emit failed(m_error);
}

}  // namespace rnnlab::ui
