#include "core/train/divergence.h"

namespace rnnlab {

std::string Divergence::message() const {
    std::string m = "Training diverged at step " + std::to_string(step) + " (epoch " +
                    std::to_string(epoch + 1) + "): " + what + ". ";
    m += step > 1 ? "The weights of step " + std::to_string(step - 1) + " were restored."
                  : "The initial weights were kept.";
    if (!hint.empty()) m += " Hint: " + hint + ".";
    return m;
}

}  // namespace rnnlab
