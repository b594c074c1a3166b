#pragma once
// How the window writes a number for people: printf's %g with a chosen count of significant
// digits (fixed or scientific notation, whichever is shorter; no trailing zeros), always with
// a point (the C locale), so a number reads and copies the same on every machine:
//   formatNumber(0.000123456, 2) = "0.00012"      formatNumber(1234567, 3) = "1.23e+06"
//   formatNumber(0.001, 6)       = "0.001"        formatNumber(1.0 / 3, 8) = "0.33333333"
// What each kind of number needs:

#include <QString>

namespace rnnlab::ui {

constexpr int kFactorDigits = 2;   // a factor at a glance: ×0.82 per step
constexpr int kSummaryDigits = 3;  // a loss in a run's one-line summary
constexpr int kMetricDigits = 4;   // a metric in the metrics panel
constexpr int kSettingDigits = 6;  // a setting as it was typed: learning rate 0.001
constexpr int kCheckDigits = 8;    // a gradient check's two derivatives, side by side

QString formatNumber(double value, int significantDigits);

}  // namespace rnnlab::ui
