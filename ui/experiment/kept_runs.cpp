#include "ui/experiment/kept_runs.h"

#include <algorithm>

namespace rnnlab::ui {

namespace {
// Float copies of the parameters a trainer keeps: weights, gradients, up to three optimizer
// moments, the last good weights and optimizer moments, the best and the best sound weights.
constexpr double kParameterCopies = 12;
constexpr double kHistoryBytes = 4 << 20;  // decimated series at their capacity
}  // namespace

std::size_t estimatedRunBytes(const NetworkConfig& n, const TrainingSettings& s, Index steps) {
    const double parameters = static_cast<double>(parameterCount(n));
    // Per layer and step of a batch: the gate pre-activations and states, forward and backward.
    const double workspace = 3.0 * s.batchSize * static_cast<double>(steps) * n.numLayers *
                             (gateCount(n.cell) + 2) * n.hiddenSize;
    return static_cast<std::size_t>(4.0 * (kParameterCopies * parameters + workspace) +
                                    kHistoryBytes);
}

int keepWithinBudget(const std::vector<std::shared_ptr<RunSlot>>& runs,
                     const std::shared_ptr<RunSlot>& current) {
    std::vector<std::shared_ptr<RunSlot>> held;
    for (const auto& run : runs) {
        if (run && run != current && run->trainer &&
            std::find(held.begin(), held.end(), run) == held.end())
            held.push_back(run);
    }
    std::sort(held.begin(), held.end(),
              [](const auto& a, const auto& b) { return a->lastUsed > b->lastUsed; });
    std::size_t kept = 0, bytes = 0;
    int released = 0;
    for (const auto& run : held) {
        const bool trained = run->lastStep > 0;
        const std::size_t size =
            estimatedRunBytes(run->network, run->settings, run->data ? run->data->steps() : 0);
        if (trained && kept < kKeptRuns && bytes + size <= kKeptRunsBytes) {
            ++kept;
            bytes += size;
            continue;
        }
        run->trainer.reset();
        run->released = trained;
        ++released;
    }
    return released;
}

}  // namespace rnnlab::ui
