#include "core/train/network_for_data.h"

namespace rnnlab {

NetworkConfig fittedToData(NetworkConfig c, const TrainingData& d) {
    c.inputSize = static_cast<int>(d.inputSize());
    c.outputSize = static_cast<int>(d.outputSize());
    c.output = d.perStepTargets() ? OutputMode::Sequence : OutputMode::Last;
    c.loss = d.classification() ? LossKind::CrossEntropy : LossKind::Mse;
    return c;
}

}  // namespace rnnlab
