#pragma once
// Blocking steps for the headless paths (`rnnlab --screenshot`, `rnnlab-cli export`, tests):
// each asks the controller for something and runs the event loop until it is done, so the
// snapshot the views show afterwards belongs to the result.

#include <QString>
#include <functional>

namespace rnnlab::ui {

class CompareView;
class ExperimentController;

// Runs request, which may start loading data or building a run, and waits until the load has
// ended and its snapshot arrived. Throws rnnlab::FileError with the controller's message when
// the load fails.
void loadAndWait(ExperimentController& controller, const std::function<void()>& request);

// Opens a *.rnnlab.json experiment, or a *.csv series with automatic options (the window and
// split kept). Throws rnnlab::FileError with the controller's message when it fails.
void openAndWait(ExperimentController& controller, const QString& path);

// Trains `steps` steps as fast as the machine can. Returns the controller's message when the
// run ended before them (its epochs done, diverged, stopped early), "" otherwise.
QString trainAndWait(ExperimentController& controller, int steps);

// Trains every run of the comparison `steps` steps as fast as the machine can (each on its own
// worker) and returns once their snapshots are shown.
void trainRunsAndWait(CompareView& compare, int steps);

// Returns once every command sent to the training worker so far has run and its snapshot
// has reached controller.snapshot(); for a paused run, also once the analyses it deferred and
// the forecasts of its weights are in the snapshot (at most timeoutMs), so that what the views
// show next is complete.
void waitForWorker(ExperimentController& controller, int timeoutMs = 120000);

}  // namespace rnnlab::ui
