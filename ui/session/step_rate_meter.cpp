#include "ui/session/step_rate_meter.h"

namespace rnnlab::ui {

void StepRateMeter::stepped(qint64 nowMs) {
    if (m_windowStart < 0 || nowMs - m_lastStep > kMaxGapMs) {
        reset();  // this step starts a new measurement: its own duration is unknown
        m_windowStart = nowMs;
        m_lastStep = nowMs;
        return;
    }
    ++m_steps;
    m_lastStep = nowMs;
    const qint64 elapsed = nowMs - m_windowStart;
    if (elapsed < kWindowMs) return;
    m_rate = 1000.0 * double(m_steps) / double(elapsed);
    m_windowStart = nowMs;
    m_steps = 0;
}

void StepRateMeter::reset() {
    m_windowStart = -1;
    m_lastStep = -1;
    m_steps = 0;
    m_rate = 0;
}

}  // namespace rnnlab::ui
