#include "ui/gradients/log_axis.h"

#include <qcustomplot.h>

#include <cmath>
#include <limits>

namespace rnnlab::ui {

void setLogScale(QCPAxis* axis) {
    axis->setScaleType(QCPAxis::stLogarithmic);
    auto ticker = QSharedPointer<QCPAxisTickerLog>::create();
    ticker->setLogBase(10);
    ticker->setSubTickCount(8);
    axis->setTicker(ticker);
    axis->setNumberFormat(QStringLiteral("eb"));  // 10³ style, readable at a distance
    axis->setNumberPrecision(0);
}

double logPlottable(double v) {
    return v > 0.0 && std::isfinite(v) ? v : std::numeric_limits<double>::quiet_NaN();
}

void LogRange::add(double v) {
    if (!(v > 0.0) || !std::isfinite(v)) return;
    m_lo = std::min(m_lo, v);
    m_hi = std::max(m_hi, v);
}

void LogRange::add(const QVector<double>& values) {
    for (double v : values) add(v);
}

void LogRange::applyTo(QCPAxis* axis) const {
    if (empty()) return;
    double lo = m_lo / 1.5, hi = m_hi * 1.5;
    // At least two decades, centred on the values: over fewer than 1.6 decades QCustomPlot's
    // log ticker falls back to linear ticks, which the 10ⁿ labels cannot show.
    constexpr double kMinSpan = 100;
    if (hi / lo < kMinSpan) {
        const double widen = std::sqrt(kMinSpan / (hi / lo));
        lo /= widen;
        hi *= widen;
    }
    axis->setRange(lo, hi);
}

}  // namespace rnnlab::ui
