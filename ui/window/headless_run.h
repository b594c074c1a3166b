#pragma once
// Blocking steps for the headless paths (`rnnlab --screenshot`, `rnnlab-cli export`, tests):
// each asks the controller for something and runs the event loop until it is done, so the
// snapshot the views show afterwards belongs to the result.

#include <QString>

namespace rnnlab::ui {

class ExperimentController;

// Opens a *.rnnlab.json experiment, or a *.csv series with automatic options (the window and
// split kept). Throws rnnlab::FileError with the controller's message when it fails.
void openAndWait(ExperimentController& controller, const QString& path);

// Trains `steps` steps as fast as the machine can.
void trainAndWait(ExperimentController& controller, int steps);

// Returns once every command sent to the training worker so far has run and its snapshot
// has reached controller.snapshot().
void waitForWorker(ExperimentController& controller);

}  // namespace rnnlab::ui
