#pragma once
// Style sheets for the few controls a class must see from the back of the room: Fusion draws
// slider grooves and progress frames in shades of the window colour, which vanish on the dark
// and projector themes. These draw them in the theme's grid, accent and text colours.

#include <QString>

namespace rnnlab::ui {

struct ThemeStyle;

QString sliderStyleSheet(const ThemeStyle& style);    // QSlider, horizontal
QString progressStyleSheet(const ThemeStyle& style);  // QProgressBar
QString toggleStyleSheet(const ThemeStyle& style);    // checkable QToolButton pairs

}  // namespace rnnlab::ui
