#include "ui/text/sentence_page_wiring.h"

#include <QPointer>
#include <memory>

#include "core/train/sentence_steps.h"
#include "core/train/trainer.h"
#include "ui/experiment/experiment_controller.h"
#include "ui/explorer/explorer_view.h"
#include "ui/explorer/sequence_picker.h"
#include "ui/session/training_session.h"
#include "ui/text/sentence_page.h"
#include "ui/window/time_bar.h"

namespace rnnlab::ui {

namespace {

// What the worker hands back: the reading and the step of the weights it used.
struct SentenceAnswer {
    std::shared_ptr<const SentenceReading> reading;
    long long step = -1;
};

// Reads the sentences with the current run's weights on the worker thread; the answer reaches
// the page only if the run is still the window's.
void requestSentenceReading(SentencePage& page, ExperimentController& controller, Index chosen) {
    const quint64 run = controller.runId();
    auto answer = std::make_shared<SentenceAnswer>();
    QPointer<SentencePage> shown(&page);
    QPointer<ExperimentController> experiment(&controller);
    controller.session().withTrainer(
        [answer, chosen](Trainer& trainer) {
            if (!readsSentences(trainer.data())) return;
            answer->reading = std::make_shared<const SentenceReading>(
                readSentences(trainer.network(), trainer.data(), chosen));
            answer->step = trainer.stepCount();
        },
        [shown, experiment, run, answer](const QString& error) {
            if (!shown || !experiment || experiment->runId() != run) return;
            if (!error.isEmpty()) {
                shown->showReadingError(error);
            } else if (answer->reading) {
                shown->setReading(answer->reading, answer->step);
            }
        });
}

}  // namespace

void connectSentencePage(SentencePage& page, ExperimentController& controller, TimeBar& timeBar,
                         ExplorerView& explorer) {
    QObject::connect(&controller, &ExperimentController::snapshotChanged, &page,
                     &SentencePage::setSnapshot);
    const auto showData = [&page, &controller] { page.setData(controller.trainingData()); };
    QObject::connect(&controller, &ExperimentController::dataChanged, &page, showData);
    QObject::connect(
        &page, &SentencePage::readingRequested, &controller,
        [&page, &controller](Index chosen) { requestSentenceReading(page, controller, chosen); });
    QObject::connect(&timeBar, &TimeBar::currentStepChanged, &page, &SentencePage::setCurrentStep);
    QObject::connect(&page, &SentencePage::sentenceChosen, &explorer,
                     [&controller, &explorer, &timeBar](Index index) {
                         const auto data = controller.trainingData();
                         if (!data) return;
                         const Split split = sentenceSplit(*data);
                         SequencePicker* picker = explorer.picker();
                         picker->setSource(split == Split::Validation ? TraceSource::Validation
                                                                      : TraceSource::Train);
                         picker->setIndex(index);
                         timeBar.setCurrentStep(int(sentenceSteps(*data, split, index).start));
                     });
    showData();
    page.setCurrentStep(timeBar.currentStep());
    if (const auto snapshot = controller.snapshot()) page.setSnapshot(snapshot);
}

}  // namespace rnnlab::ui
