#pragma once
// The analysis views fed by the experiment: each connect* ties one view to the controller
// (snapshots, data, traces on request, gradient checks, remedies) and to the window's shared
// time cursor. The views only show what the training worker traced.

namespace rnnlab::ui {

class ExperimentController;
class ExplorerView;
class GradientsView;
class TimeBar;

// Snapshots and the data's window counts in; the sequences the explorer asks for are traced
// by the training worker and come back through TrainingSession::customTrace.
void connectExplorer(ExplorerView& explorer, ExperimentController& controller, TimeBar& timeBar);

// Snapshots and the time cursor in; gradient checks run on the worker; remedies go to the
// controller (ExperimentController::applyRemedy).
void connectGradients(GradientsView& gradients, ExperimentController& controller, TimeBar& timeBar);

}  // namespace rnnlab::ui
