#pragma once
// Gradient norms span many orders of magnitude: the gradient views draw them on logarithmic
// axes. A value a log axis cannot show (zero, negative, NaN, inf) becomes NaN, a gap in the
// line and an empty cell in the CSV export.

#include <QVector>
#include <limits>

class QCPAxis;

namespace rnnlab::ui {

// Logarithmic scale with decade ticks (1e-3, 1e-2, ...) and 9 sub-ticks.
void setLogScale(QCPAxis* axis);

// v when it is positive and finite, else NaN.
double logPlottable(double v);

// The smallest and largest positive finite values seen, for fitting a log axis.
class LogRange {
public:
    void add(double v);
    void add(const QVector<double>& values);
    bool empty() const { return !(m_lo <= m_hi); }
    double lower() const { return m_lo; }
    double upper() const { return m_hi; }
    // [lo / 1.5, hi * 1.5], widened to at least two decades; the axis keeps its range when
    // nothing was added.
    void applyTo(QCPAxis* axis) const;

private:
    double m_lo = std::numeric_limits<double>::infinity();
    double m_hi = 0.0;
};

}  // namespace rnnlab::ui
