#pragma once
// Numbers the engine and the CLI write for people and logs: one rule, printf's "%.Ng" with N
// significant digits ("0.031", "1.2e-07", "inf", "nan"). Each caller picks N for its purpose.
// The window writes numbers in the user's locale with ui/number_format.h; JSON output writes the
// shortest text that reads back exactly (rnnlab-cli data).

#include <string>

namespace rnnlab {

std::string significantDigits(double v, int digits);

}  // namespace rnnlab
