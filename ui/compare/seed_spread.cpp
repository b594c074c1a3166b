#include "ui/compare/seed_spread.h"

#include <QtNumeric>
#include <algorithm>
#include <cmath>

namespace rnnlab::ui {

SeedSpread spreadOverSeeds(const std::vector<SeedCurve>& curves) {
    SeedSpread s;
    if (curves.empty()) return s;
    std::vector<int> at(curves.size(), 0);  // each curve's first point not before x
    const SeedCurve& first = curves.front();
    for (int i = 0; i < first.x.size(); ++i) {
        const double x = first.x[i];
        double sum = 0.0, low = INFINITY, high = -INFINITY;
        bool shared = true, gap = false;
        for (std::size_t c = 0; c < curves.size() && shared; ++c) {
            const SeedCurve& curve = curves[c];
            int& k = at[c];
            while (k < curve.x.size() && curve.x[k] < x) ++k;
            shared = k < curve.x.size() && curve.x[k] == x;
            if (!shared) break;
            const double y = curve.y[k];
            gap = gap || !std::isfinite(y);
            sum += y;
            low = std::min(low, y);
            high = std::max(high, y);
        }
        if (!shared) continue;
        s.x << x;
        s.mean << (gap ? qQNaN() : sum / double(curves.size()));
        s.low << (gap ? qQNaN() : low);
        s.high << (gap ? qQNaN() : high);
    }
    return s;
}

}  // namespace rnnlab::ui
