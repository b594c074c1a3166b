#include "ui/text/live_samples_wiring.h"

#include <QPointer>
#include <algorithm>
#include <memory>

#include "core/data/text_dataset.h"
#include "core/train/text_sampling.h"
#include "core/train/trainer.h"
#include "ui/experiment/experiment_controller.h"
#include "ui/text/live_samples_panel.h"

namespace rnnlab::ui {

namespace {

bool isTextData(const std::shared_ptr<const TrainingData>& data) {
    return dynamic_cast<const TextDataset*>(data.get()) != nullptr;
}

// The panel's side of one experiment: which run its timeline is of, when the next automatic
// sample is due, and whether one is out. The panel's child.
class LiveSamplesLink : public QObject {
public:
    LiveSamplesLink(LiveSamplesPanel& panel, ExperimentController& controller)
        : QObject(&panel), m_panel(panel), m_controller(controller) {}

    // The run's newest snapshot: a new run starts a new timeline; a step past the next
    // multiple of N asks for an automatic sample.
    void onSnapshot(const TrainingSnapshot& s) {
        const bool newRun = follow(s.runId, s.step);
        m_step = s.step;
        if (!m_panel.autoSampling() || !isTextData(m_controller.trainingData())) return;
        // A run that arrives trained (an opened experiment, Undo) writes what it has learnt at
        // once, rather than at the next multiple of N.
        const bool arrivesTrained = newRun && s.step > 0;
        if (m_autoOut == m_run || (s.step < m_nextAuto && !arrivesTrained)) return;
        m_nextAuto = nextMultiple(s.step);
        request(m_panel.settings(), true);
    }

    // N or the checkbox changed: the next multiple of the new N after the current step.
    void onAutoSamplingChanged() { m_nextAuto = nextMultiple(m_step); }

    // Writes one sample on the training thread, between two steps, and hands it to the panel
    // if its run is still the controller's when it comes back.
    void request(const SamplingSettings& settings, bool automatic) {
        struct Written {
            long long step = -1;  // -1: the run's data was not a text
            std::string text;
        };
        auto written = std::make_shared<Written>();
        const quint64 run = m_controller.runId();
        if (automatic) m_autoOut = run;
        m_controller.session().withTrainer(
            [settings, written](Trainer& t) {
                const auto* text = dynamic_cast<const TextDataset*>(&t.data());
                if (!text) return;
                written->text =
                    sampleText(t.networkConfig(), t.weights(), text->vocabulary(), settings);
                written->step = t.stepCount();
            },
            [link = QPointer<LiveSamplesLink>(this), run, settings, written,
             automatic](const QString& error) {
                if (!link) return;
                if (automatic && link->m_autoOut == run) link->m_autoOut = 0;
                if (link->m_controller.runId() != run) return;  // another run took over
                if (!error.isEmpty()) {
                    link->m_panel.showError(error);
                    return;
                }
                if (written->step < 0) return;
                link->follow(run, written->step);
                // Training may have gone on before the sample was written: the next automatic
                // one is due past the multiple after the step it was written at.
                if (automatic)
                    link->m_nextAuto =
                        std::max(link->m_nextAuto, link->nextMultiple(written->step));
                link->m_panel.addSample(
                    {written->step, settings, QString::fromStdString(written->text)});
            });
    }

    void showData() {
        m_panel.setTextData(isTextData(m_controller.trainingData()));
        m_panel.setReady(!m_controller.isPreparing());
    }

private:
    long long nextMultiple(long long step) const {
        const long long n = m_panel.autoEvery();
        return (step / n + 1) * n;
    }

    // The timeline is of `run` from now on: a new one marks the samples so far as earlier.
    // Whether the run is new.
    bool follow(quint64 run, long long step) {
        if (run == m_run) return false;
        m_panel.startRun();
        m_run = run;
        m_step = step;
        m_nextAuto = nextMultiple(step);
        return true;
    }

    LiveSamplesPanel& m_panel;
    ExperimentController& m_controller;
    quint64 m_run = 0;     // the run the timeline's current samples are of
    long long m_step = 0;  // its newest step seen
    long long m_nextAuto = 0;
    quint64 m_autoOut = 0;  // the run an automatic sample is out for (0: none out)
};

}  // namespace

void connectLiveSamples(LiveSamplesPanel& panel, ExperimentController& controller) {
    auto* link = new LiveSamplesLink(panel, controller);
    // The link lives as long as both: the panel owns it, and it goes with the controller.
    QObject::connect(&controller, &QObject::destroyed, link, [link] { delete link; });
    QObject::connect(&controller, &ExperimentController::snapshotChanged, link,
                     [link](const std::shared_ptr<const TrainingSnapshot>& s) {
                         if (s) link->onSnapshot(*s);
                     });
    QObject::connect(&panel, &LiveSamplesPanel::sampleRequested, link,
                     [link](const SamplingSettings& s) { link->request(s, false); });
    QObject::connect(&panel, &LiveSamplesPanel::autoSamplingChanged, link,
                     [link] { link->onAutoSamplingChanged(); });
    QObject::connect(&controller, &ExperimentController::dataChanged, link,
                     [link] { link->showData(); });
    QObject::connect(&controller, &ExperimentController::preparingChanged, link,
                     [link] { link->showData(); });
    link->showData();
    if (const auto s = controller.snapshot()) link->onSnapshot(*s);
}

}  // namespace rnnlab::ui
