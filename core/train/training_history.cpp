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

}  // namespace rnnlab
