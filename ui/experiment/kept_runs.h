#pragma once
// How many replaced runs the undo stack keeps in memory. Every command holds the runs of its
// two states (experiment_commands.h); each time the window's run changes, the runs it is not
// training are counted, most recently used first, and those beyond kKeptRuns or beyond
// kKeptRunsBytes are released: their trainers are freed, and undoing back to one of them
// rebuilds it from its settings, with fresh weights, and says so. A run that never trained is
// rebuilt exactly as it was (the same seed gives the same weights), so it is not counted.

#include <cstddef>
#include <memory>
#include <vector>

#include "ui/experiment/experiment_state.h"

namespace rnnlab::ui {

constexpr std::size_t kKeptRuns = 5;
constexpr std::size_t kKeptRunsBytes = std::size_t(512) << 20;

// A generous estimate of what one run holds: the weights and their copies (gradients,
// optimizer state, the last good and the best weights), the step's workspace and the history.
std::size_t estimatedRunBytes(const NetworkConfig& network, const TrainingSettings& settings,
                              Index steps);

// Releases the runs beyond the budget; `current` is never released. Returns how many it did.
int keepWithinBudget(const std::vector<std::shared_ptr<RunSlot>>& runs,
                     const std::shared_ptr<RunSlot>& current);

}  // namespace rnnlab::ui
