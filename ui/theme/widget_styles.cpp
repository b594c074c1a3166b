#include "ui/theme/widget_styles.h"

#include "ui/theme/theme_style.h"

namespace rnnlab::ui {

QString sliderStyleSheet(const ThemeStyle& s) {
    // A round handle: as tall as wide (groove + 2 margins = handle), radius half of that.
    const int groove = s.presentation ? 8 : 6;
    const int handle = s.presentation ? 24 : 16;
    return QStringLiteral(
               "QSlider { min-height: %10px; }"
               "QSlider::groove:horizontal { height: %1px; background: %3; border-radius: %4px; }"
               "QSlider::sub-page:horizontal { background: %5; border-radius: %4px; }"
               "QSlider::sub-page:horizontal:disabled { background: %3; }"
               "QSlider::handle:horizontal { width: %2px; margin: -%6px 0; background: %7;"
               " border-radius: %8px; }"
               "QSlider::handle:horizontal:disabled { background: %9; }")
        .arg(groove)
        .arg(handle)
        .arg(s.grid.name())
        .arg(groove / 2)
        .arg(s.seriesColor(0).name())
        .arg((handle - groove) / 2)
        .arg(s.text.name())
        .arg(handle / 2)
        .arg(s.disabledText.name())
        .arg(handle + 4);
}

QString progressStyleSheet(const ThemeStyle& s) {
    return QStringLiteral(
               "QProgressBar { border: 1px solid %1; border-radius: 3px; background: %2;"
               " min-height: %4px; }"
               "QProgressBar::chunk { background: %3; }")
        .arg(s.grid.name(), s.plotBackground.name(), s.seriesColor(0).name())
        .arg(s.presentation ? 18 : 12);
}

QString toggleStyleSheet(const ThemeStyle& s) {
    return QStringLiteral(
               "QToolButton { padding: 2px 8px; font-size: %3pt; }"
               "QToolButton:checked { background: %1; color: %2; border: 1px solid %1;"
               " border-radius: 3px; }")
        .arg(s.seriesColor(0).name(), s.palette().color(QPalette::HighlightedText).name())
        .arg(s.pointSize(FontRole::Widget));
}

}  // namespace rnnlab::ui
