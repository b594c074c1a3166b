#include "core/train/divergence.h"

namespace rnnlab {

std::string Divergence::message() const {
    std::string m = "Training diverged at step " + std::to_string(step) + " (epoch " +
                    std::to_string(epoch + 1) + "): " + what + ". ";
    m += restoredStep > 0 ? "The weights after step " + std::to_string(restoredStep) +
                                ", the last with a sound loss, were restored."
                          : "The initial weights were restored.";
    if (!hint.empty()) m += " Hint: " + hint + ".";
    return m;
}

}  // namespace rnnlab
