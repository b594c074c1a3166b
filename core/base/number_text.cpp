#include "core/base/number_text.h"

#include <cstdio>

namespace rnnlab {

std::string significantDigits(double v, int digits) {
    char text[40];
    std::snprintf(text, sizeof text, "%.*g", digits, v);
    return text;
}

}  // namespace rnnlab
