#include "core/train/training_history.h"

#include <cmath>

namespace rnnlab {

Metrics ErrorSum::metrics() const {
    Metrics m;
    m.count = m_count;
    if (m_count == 0) return m;
    m.mse = m_squared / double(m_count);
    m.rmse = std::sqrt(m.mse);
    m.mae = m_absolute / double(m_count);
    return m;
}

const EpochRecord* latestFreeRunning(const TrainingHistory& history) {
    for (auto e = history.epochs.rbegin(); e != history.epochs.rend(); ++e)
        if (e->validationFreeRunning.count > 0 || e->testFreeRunning.count > 0) return &*e;
    return nullptr;
}

}  // namespace rnnlab
