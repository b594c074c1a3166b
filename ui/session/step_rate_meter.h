#pragma once
// Training speed as the user sees it: steps per second over windows of at least half a second,
// whoever drives the steps (the worker at full speed, or the pacer one step at a time). A pause
// or a gap longer than kMaxGapMs between two steps ends the measurement: the next steps start a
// new one, so the rate never mixes a pause into it. Times are milliseconds of one clock.

#include <QtGlobal>

namespace rnnlab::ui {

class StepRateMeter {
public:
    static constexpr qint64 kWindowMs = 500;
    // Longer than the slowest pace (a step a second), with room for a busy machine.
    static constexpr qint64 kMaxGapMs = 5000;

    // One step finished at nowMs.
    void stepped(qint64 nowMs);
    // Not measured any more (paused, or another run).
    void reset();
    // The rate of the last complete window; 0 while not measured.
    double stepsPerSecond() const { return m_rate; }

private:
    qint64 m_windowStart = -1;  // -1: no measurement under way
    qint64 m_lastStep = -1;
    long long m_steps = 0;  // steps since m_windowStart
    double m_rate = 0;
};

}  // namespace rnnlab::ui
