#pragma once
// Ties the Text view (text_view.h) to the experiment: snapshots and data in; the readings it
// asks for are computed by the training worker between two steps (TrainingSession::withTrainer:
// a forward pass with the trainer's weights, read while no step changes them) and handed back
// to the GUI thread, dropped when the run changed meanwhile; a click on a character puts
// the Explorer on that validation window and the window's time cursor on that step. The
// connectivity of a character (core/analysis/connectivity.h) is computed the same way.

namespace rnnlab::ui {

class ExperimentController;
class ExplorerView;
class TextView;
class TimeBar;

void connectTextView(TextView& view, ExperimentController& controller, TimeBar& timeBar,
                     ExplorerView& explorer);

}  // namespace rnnlab::ui
