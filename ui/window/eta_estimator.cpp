#include "ui/window/eta_estimator.h"

#include <algorithm>

#include "core/train/time_left.h"

namespace rnnlab::ui {

double EtaEstimator::update(double fraction, double seconds) {
    fraction = std::clamp(fraction, 0.0, 1.0);
    // Progress that went backwards (a new run) starts the estimate again.
    if (!m_samples.empty() && fraction < m_samples.back().second) m_samples.clear();
    m_samples.emplace_back(seconds, fraction);
    while (m_samples.size() > 2 && seconds - m_samples[1].first >= kWindowSeconds)
        m_samples.pop_front();
    const auto& [then, done] = m_samples.front();
    return secondsLeft(done, fraction, seconds - then);
}

}  // namespace rnnlab::ui
