#pragma once
// Time left in a run, from the progress the snapshots report: the fraction of the planned
// epochs done, against wall-clock time, over the last few seconds (so a change of speed shows
// within seconds, and a pause does not count).
// The rate and the time left are secondsLeft's (core/train/time_left.h), f_then being the
// oldest sample of the last kWindowSeconds.

#include <deque>
#include <utility>

namespace rnnlab::ui {

class EtaEstimator {
public:
    static constexpr double kWindowSeconds = 5.0;

    // Forget the samples: after a pause, a new run, or a change of speed.
    void reset() { m_samples.clear(); }

    // fraction: done / planned, in [0, 1]; seconds: a monotonic clock. Returns the seconds
    // left, or -1 while unknown (fewer than two samples, or no progress between them).
    double update(double fraction, double seconds);

private:
    std::deque<std::pair<double, double>> m_samples;  // (seconds, fraction), oldest first
};

}  // namespace rnnlab::ui
