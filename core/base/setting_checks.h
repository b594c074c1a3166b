#pragma once
// Range checks for numeric settings, throwing ConfigError with a message that names the setting
// and shows the rejected value: "learning rate must be positive and finite, got -1".

#include <string>

namespace rnnlab {

// Shortest text that reads back to the same double ("-1", "0.001", "1e-10", "nan", "inf").
std::string formatNumber(double value);

void requireFinite(const char* name, double value);
void requirePositive(const char* name, double value);     // (0, inf)
void requireNonNegative(const char* name, double value);  // [0, inf)
// [lo, hi) when hiIncluded is false, [lo, hi] when true.
void requireInRange(const char* name, double value, double lo, double hi, bool hiIncluded);
void requireAtLeast(const char* name, long long value, long long lo);

}  // namespace rnnlab
