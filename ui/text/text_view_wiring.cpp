#include "ui/text/text_view_wiring.h"

#include <QPointer>
#include <memory>

#include "core/analysis/connectivity.h"
#include "core/data/text_dataset.h"
#include "core/train/text_reading.h"
#include "core/train/trainer.h"
#include "ui/experiment/experiment_controller.h"
#include "ui/explorer/explorer_view.h"
#include "ui/explorer/sequence_picker.h"
#include "ui/session/training_session.h"
#include "ui/text/text_view.h"
#include "ui/window/time_bar.h"

namespace rnnlab::ui {

namespace {

// What the worker hands back: the reading and the step of the weights it used.
struct Answer {
    std::shared_ptr<const TextReading> reading;
    long long step = -1;
};

// Reads the validation text (typed empty) or a typed text with the current run's weights on
// the worker thread; the answer reaches the view only if the run is still the window's.
void requestReading(TextView& view, ExperimentController& controller, bool typed,
                    const std::u32string& text) {
    const quint64 run = controller.runId();
    auto answer = std::make_shared<Answer>();
    QPointer<TextView> shown(&view);
    QPointer<ExperimentController> experiment(&controller);
    controller.session().withTrainer(
        [answer, typed, text](Trainer& trainer) {
            const auto* data = dynamic_cast<const TextDataset*>(&trainer.data());
            if (!data) return;
            const Parameters<float>& weights = trainer.network().parameters();
            answer->reading = std::make_shared<const TextReading>(
                typed ? readTypedText(trainer.networkConfig(), weights, data->vocabulary(), text)
                      : readValidationText(trainer.networkConfig(), weights, *data));
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

// g_t = ‖∂ log p(y_t̃) / ∂x_t‖ for the steps of character n's window (or typed text) up to n,
// with the current run's weights on the worker thread; dropped like a reading when the run
// changed meanwhile.
void requestConnectivity(TextView& view, ExperimentController& controller,
                         std::shared_ptr<const TextReading> reading, Index n) {
    const quint64 run = controller.runId();
    struct ConnectivityAnswer {
        std::vector<double> g;
        long long step = -1;
    };
    auto answer = std::make_shared<ConnectivityAnswer>();
    QPointer<TextView> shown(&view);
    QPointer<ExperimentController> experiment(&controller);
    const Index first = n - reading->stepOf(n);
    std::vector<int> symbols(reading->symbols.begin() + first, reading->symbols.begin() + n + 1);
    const int target = reading->targets[std::size_t(n)];
    controller.session().withTrainer(
        [answer, symbols, target](Trainer& trainer) {
            answer->g = inputConnectivity(trainer.networkConfig(), trainer.network().parameters(),
                                          symbols, target);
            answer->step = trainer.stepCount();
        },
        [shown, experiment, run, answer, reading, n](const QString& error) {
            if (!shown || !experiment || experiment->runId() != run || !error.isEmpty()) return;
            shown->setConnectivity(reading, n, answer->g, answer->step);
        });
}

}  // namespace

void connectTextView(TextView& view, ExperimentController& controller, TimeBar& timeBar,
                     ExplorerView& explorer) {
    QObject::connect(&controller, &ExperimentController::snapshotChanged, &view,
                     &TextView::setSnapshot);
    const auto showData = [&view, &controller] { view.setData(controller.trainingData()); };
    QObject::connect(&controller, &ExperimentController::dataChanged, &view, showData);
    QObject::connect(&view, &TextView::validationReadingRequested, &controller,
                     [&view, &controller] { requestReading(view, controller, false, {}); });
    QObject::connect(&view, &TextView::typedReadingRequested, &controller,
                     [&view, &controller](const QString& text) {
                         const QList<uint> ucs4 = text.toUcs4();
                         requestReading(view, controller, true,
                                        std::u32string(ucs4.begin(), ucs4.end()));
                     });
    QObject::connect(&view, &TextView::connectivityRequested, &controller,
                     [&view, &controller](std::shared_ptr<const TextReading> reading, Index n) {
                         requestConnectivity(view, controller, std::move(reading), n);
                     });
    QObject::connect(&view, &TextView::characterChosen, &explorer,
                     [&explorer, &timeBar](Index window, Index step) {
                         SequencePicker* picker = explorer.picker();
                         picker->setSource(TraceSource::Validation);
                         picker->setIndex(window);
                         timeBar.setCurrentStep(int(step));
                     });
    showData();
    if (const auto snapshot = controller.snapshot()) view.setSnapshot(snapshot);
}

}  // namespace rnnlab::ui
