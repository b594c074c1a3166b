#pragma once
// The time left in a run, from its progress: the fraction f of the planned epochs done at two
// moments, seconds apart, gives the rate, and the rest of the run at that rate is
//
//   rate = (f_now - f_then) / (t_now - t_then)
//   left = (1 - f_now) / rate
//
// The window measures the rate over its last few seconds (ui EtaEstimator), the command line
// over the whole run (f_then = 0 at the start).

namespace rnnlab {

// Seconds left, or -1 while unknown (no time or no progress between the two moments).
inline double secondsLeft(double fractionThen, double fractionNow, double secondsBetween) {
    if (secondsBetween <= 0 || fractionNow <= fractionThen) return -1;
    const double rate = (fractionNow - fractionThen) / secondsBetween;
    return (1.0 - fractionNow) / rate;
}

}  // namespace rnnlab
