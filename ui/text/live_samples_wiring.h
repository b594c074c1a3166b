#pragma once
// Connects a LiveSamplesPanel to the experiment it samples: each sample is written on the
// training thread between two steps (TrainingSession::withTrainer), from the trainer's own
// network, weights and text, so it never runs on the GUI thread and never races training; the
// finished text comes back to the panel on the GUI thread.
//
// - Sample and Again ask for one sample each. While training, a snapshot whose step has passed
//   the next multiple of N asks for one automatic sample with the panel's settings; another is
//   asked for only once it has come back (never more than one queued). A run that arrives
//   already trained (an opened experiment, Undo) asks for one at once.
// - A sample belongs to the run it was asked of: one that comes back after another run took
//   over (other data or network, Undo, Stop, New, Open) is dropped, and the panel marks the
//   samples so far as an earlier run's when the new run's first snapshot arrives.
// - Data that is not a text turns the panel off (LiveSamplesPanel::setTextData).

namespace rnnlab::ui {

class ExperimentController;
class LiveSamplesPanel;

void connectLiveSamples(LiveSamplesPanel& panel, ExperimentController& controller);

}  // namespace rnnlab::ui
