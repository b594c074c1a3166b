#pragma once
// Clicks on a Figure's data area as plot coordinates: a left press and release that did not
// move more than a few pixels (a drag still pans the axes, as in every figure).

#include <functional>

namespace rnnlab::ui {

class Figure;

void onFigureClick(Figure* figure, std::function<void(double x, double y)> onClick);

}  // namespace rnnlab::ui
