#include "ui/window/view_wiring.h"

#include "ui/explorer/explorer_view.h"
#include "ui/gradients/gradients_view.h"
#include "ui/session/training_session.h"
#include "ui/experiment/experiment_controller.h"
#include "ui/window/time_bar.h"

namespace rnnlab::ui {

void connectExplorer(ExplorerView& explorer, ExperimentController& controller, TimeBar& timeBar) {
    explorer.attachTimeBar(&timeBar);
    TrainingSession& session = controller.session();
    QObject::connect(&controller, &ExperimentController::snapshotChanged, &explorer,
                     &ExplorerView::setSnapshot);
    QObject::connect(&controller, &ExperimentController::customTrace, &explorer,
                     &ExplorerView::setTrace);
    QObject::connect(&explorer, &ExplorerView::traceSampleRequested, &session,
                     &TrainingSession::traceSample);
    QObject::connect(&explorer, &ExplorerView::traceInputRequested, &session,
                     &TrainingSession::traceInput);
    const auto showData = [&explorer, &controller] { explorer.setData(controller.trainingData()); };
    showData();
    QObject::connect(&controller, &ExperimentController::dataChanged, &explorer, showData);
    if (const auto snapshot = controller.snapshot()) explorer.setSnapshot(snapshot);
}

void connectGradients(GradientsView& gradients, ExperimentController& controller,
                      TimeBar& timeBar) {
    TrainingSession& session = controller.session();
    QObject::connect(&controller, &ExperimentController::snapshotChanged, &gradients,
                     &GradientsView::setSnapshot);
    QObject::connect(&gradients, &GradientsView::gradientCheckRequested, &session,
                     &TrainingSession::requestGradientCheck);
    QObject::connect(&controller, &ExperimentController::gradientCheckReady, &gradients,
                     &GradientsView::setGradientCheck);
    QObject::connect(&gradients, &GradientsView::remedyRequested, &controller,
                     &ExperimentController::applyRemedy);
    QObject::connect(&timeBar, &TimeBar::currentStepChanged, &gradients,
                     &GradientsView::setCursorStep);
    if (const auto snapshot = controller.snapshot()) gradients.setSnapshot(snapshot);
}

}  // namespace rnnlab::ui
