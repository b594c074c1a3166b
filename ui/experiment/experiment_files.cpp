// ExperimentController's files: opening an experiment, recovering an autosaved run, saving.
// Reading and building happen off the GUI thread (runInBackground); a newer request makes an
// older one's result stale (m_buildGeneration).
#include <QFileInfo>

#include "ui/experiment/background_job.h"
#include "ui/experiment/experiment_controller.h"

namespace rnnlab::ui {

void ExperimentController::openExperiment(const QString& path) {
    const QString absolute = QFileInfo(path).absoluteFilePath();
    load(absolute, absolute, false);
}

void ExperimentController::recoverExperiment(const QString& autosavePath, const QString& document) {
    load(QFileInfo(autosavePath).absoluteFilePath(),
         document.isEmpty() ? QString() : QFileInfo(document).absoluteFilePath(), true);
}

void ExperimentController::load(const QString& file, const QString& document, bool recovered) {
    const int generation = ++m_buildGeneration;
    m_buildingRun.reset();
    setBuilding(true);
    runInBackground<OpenedRun>(
        this, [file, current = m_state.spec.source] { return openRun(file, current); },
        [this, generation, file, document, recovered](const OpenedRun& o) {
            if (generation != m_buildGeneration) return;
            setBuilding(false);
            if (!o.run) {
                if (o.dataError) emit dataError(o.error);
                emit fileError(o.error);
                return;
            }
            o.run->network = o.run->trainer->networkConfig();
            o.run->settings = o.run->trainer->settings();
            o.run->lastStep = o.run->trainer->stepCount();  // not handed over yet: safe to read
            ExperimentState s = stateAfter(o.spec, false);
            s.run = o.run;
            replaceExperiment(std::move(s), document, {}, !recovered);
            if (recovered) {
                emit experimentRecovered(file);
                emit message(
                    tr("Recovered the unsaved run of %1: save it to keep it").arg(displayName()));
            } else {
                emit experimentOpened(file);
                emit message(tr("Opened %1").arg(file));
            }
        });
}

void ExperimentController::saveExperiment(const QString& path) {
    const QString absolute = QFileInfo(path).absoluteFilePath();
    // saveTrainer records a CSV beside or below the experiment relative to it.
    const DataSource source = m_run->source;
    auto savedStep = std::make_shared<long long>(-1);
    m_session.withTrainer(
        [file = absolute.toStdString(), source, savedStep](Trainer& t) {
            saveTrainer(file, t, source);
            *savedStep = t.stepCount();
        },
        [this, absolute, savedStep, saved = m_runState](const QString& error) {
            if (!error.isEmpty() || *savedStep < 0) {
                emit fileError(error.isEmpty() ? tr("%1: there is no run to save").arg(absolute)
                                               : error);
                return;
            }
            m_path = absolute;
            markSaved(saved, *savedStep);
            reportDocument();
            emit experimentSaved(absolute);
            emit message(tr("Saved %1").arg(absolute));
        });
}

}  // namespace rnnlab::ui
