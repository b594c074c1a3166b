#pragma once
// The same configuration trained with several seeds, drawn as one line and a band: at each x
// that every seed's curve has, the mean over the seeds and the spread from the lowest to the
// highest value (min–max). A point where any seed has no number (NaN: a gap on a log axis, a
// diverged run) is a gap in all three.

#include <QVector>
#include <vector>

namespace rnnlab::ui {

struct SeedCurve {
    QVector<double> x;  // ascending
    QVector<double> y;
};

struct SeedSpread {
    QVector<double> x;
    QVector<double> mean;
    QVector<double> low;   // min over the seeds
    QVector<double> high;  // max over the seeds
};

// Over the x shared by every curve, in ascending order; empty without curves.
SeedSpread spreadOverSeeds(const std::vector<SeedCurve>& curves);

}  // namespace rnnlab::ui
