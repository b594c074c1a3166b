#include "core/base/setting_checks.h"

#include <charconv>
#include <cmath>

#include "core/base/errors.h"

namespace rnnlab {

std::string formatNumber(double value) {
    if (std::isnan(value)) return "nan";
    if (std::isinf(value)) return value > 0 ? "inf" : "-inf";
    char buffer[32];
    const std::to_chars_result r = std::to_chars(buffer, buffer + sizeof buffer, value);
    return std::string(buffer, r.ptr);
}

void requireFinite(const char* name, double value) {
    if (!std::isfinite(value))
        throw ConfigError(uiText(QT_TRANSLATE_NOOP("rnnlab::UiText", "%1 must be finite, got %2"),
                                 {name, formatNumber(value)}));
}

void requirePositive(const char* name, double value) {
    if (!(std::isfinite(value) && value > 0))
        throw ConfigError(
            uiText(QT_TRANSLATE_NOOP("rnnlab::UiText", "%1 must be positive and finite, got %2"),
                   {name, formatNumber(value)}));
}

void requireNonNegative(const char* name, double value) {
    if (!(std::isfinite(value) && value >= 0))
        throw ConfigError(uiText(
            QT_TRANSLATE_NOOP("rnnlab::UiText", "%1 must be non-negative and finite, got %2"),
            {name, formatNumber(value)}));
}

void requireInRange(const char* name, double value, double lo, double hi, bool hiIncluded) {
    const bool ok = value >= lo && (hiIncluded ? value <= hi : value < hi);
    if (!ok)
        throw ConfigError(uiText(
            QT_TRANSLATE_NOOP("rnnlab::UiText", "%1 must be in %2, got %3"),
            {name, "[" + formatNumber(lo) + ", " + formatNumber(hi) + (hiIncluded ? "]" : ")"),
             formatNumber(value)}));
}

void requireAtLeast(const char* name, long long value, long long lo) {
    if (value < lo)
        throw ConfigError(
            uiText(QT_TRANSLATE_NOOP("rnnlab::UiText", "%1 must be at least %2, got %3"),
                   {name, std::to_string(lo), std::to_string(value)}));
}

}  // namespace rnnlab
