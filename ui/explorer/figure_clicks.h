#pragma once
// Clicks on a Figure's data area as plot coordinates: a left press and release that did not
// move more than a few pixels (a drag still pans the axes, as in every figure).

#include <functional>

namespace rnnlab::ui {

class Figure;

// Pixels a press may move and still count as a click, here and on the unrolled diagram.
constexpr int kClickSlop = 4;

void onFigureClick(Figure* figure, std::function<void(double x, double y)> onClick);

}  // namespace rnnlab::ui
