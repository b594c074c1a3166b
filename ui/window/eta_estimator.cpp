#include "ui/window/eta_estimator.h"

#include <algorithm>

namespace rnnlab::ui {

double EtaEstimator::update(double fraction, double seconds) {
    fraction = std::clamp(fraction, 0.0, 1.0);
    // Progress that went backwards (a new run) starts the estimate again.
    if (!m_samples.empty() && fraction < m_samples.back().second) m_samples.clear();
    m_samples.emplace_back(seconds, fraction);
    while (m_samples.size() > 2 && seconds - m_samples[1].first >= kWindowSeconds)
        m_samples.pop_front();
    const auto& [then, done] = m_samples.front();
    if (m_samples.size() < 2 || seconds <= then || fraction <= done) return -1;
    const double rate = (fraction - done) / (seconds - then);
    return (1.0 - fraction) / rate;
}

}  // namespace rnnlab::ui
