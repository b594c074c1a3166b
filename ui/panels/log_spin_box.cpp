#include "ui/panels/log_spin_box.h"

#include <QLocale>
#include <QRegularExpression>
#include <array>
#include <cmath>

namespace rnnlab::ui {

namespace {
constexpr std::array<double, 3> kMantissas = {1, 2, 5};
// Values closer than this (relative) are the same point of the series.
constexpr double kSame = 1e-9;
}  // namespace

LogSpinBox::LogSpinBox(double minimum, double maximum, QWidget* parent) : QDoubleSpinBox(parent) {
    setDecimals(12);  // the spin box rounds to this: keep 1e-6 and 3.7e-5 exact
    setRange(minimum, maximum);
    setKeyboardTracking(false);
    setCorrectionMode(QAbstractSpinBox::CorrectToNearestValue);
}

double LogSpinBox::seriesStep(double value, int steps) {
    double v = value;
    for (int i = 0; i < std::abs(steps); ++i) {
        double decade = std::pow(10.0, std::floor(std::log10(v)));
        if (10 * decade <= v * (1 + kSame)) decade *= 10;  // log10 rounded below a power of 10
        if (decade > v * (1 + kSame)) decade /= 10;        // ... or above it
        if (steps > 0) {
            double next = 10 * decade;
            for (double m : kMantissas) {
                if (m * decade > v * (1 + kSame)) {
                    next = m * decade;
                    break;
                }
            }
            v = next;
        } else {
            double previous = decade / 2;  // 5 of the decade below
            for (double m : kMantissas) {
                if (m * decade < v * (1 - kSame)) previous = m * decade;
            }
            v = previous;
        }
    }
    return v;
}

void LogSpinBox::stepBy(int steps) {
    double v = value();
    if (v <= 0) {  // off: up starts the series, down stays off
        if (steps <= 0) return;
        v = kSmallestStep;
        --steps;
    }
    v = seriesStep(v, steps);
    if (v < kSmallestStep * (1 - kSame)) v = 0;  // below the series: off (or the minimum)
    setValue(qBound(minimum(), v, maximum()));
    selectAll();
}

QString LogSpinBox::textFromValue(double value) const {
    return QLocale::c().toString(value, 'g', 6);
}

double LogSpinBox::valueFromText(const QString& text) const {
    return QLocale::c().toDouble(text.trimmed());
}

QValidator::State LogSpinBox::validate(QString& text, int&) const {
    const QString t = text.trimmed();
    if (t.isEmpty()) return QValidator::Intermediate;
    bool ok = false;
    const double v = QLocale::c().toDouble(t, &ok);
    if (!ok) {
        // Half-typed numbers ("1e", "0.", "-") may still become one.
        static const QRegularExpression partial(
            QStringLiteral("^[0-9]*\\.?[0-9]*([eE][-+]?[0-9]*)?$"));
        return partial.match(t).hasMatch() ? QValidator::Intermediate : QValidator::Invalid;
    }
    return v >= minimum() && v <= maximum() ? QValidator::Acceptable : QValidator::Intermediate;
}

}  // namespace rnnlab::ui
