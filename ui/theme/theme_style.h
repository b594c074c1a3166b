#pragma once
// The values every figure and custom widget draws with: colours, fonts, line widths. A
// ThemeStyle is a plain value computed from (colour scheme, presentation mode); Theme (theme.h)
// holds the current one and announces changes.

#include <QColor>
#include <QFont>
#include <QList>
#include <QPalette>

namespace rnnlab::ui {

enum class ColorScheme { Light, Dark };

// Where a font is used; sizes grow together in presentation mode.
enum class FontRole { Widget, Tick, AxisLabel, Legend, Title, Diagram };

struct ThemeStyle {
    ColorScheme scheme = ColorScheme::Light;
    bool presentation = false;  // projector: larger fonts, thicker lines, higher contrast

    QColor window;          // widget backgrounds
    QColor plotBackground;  // figure and axis-rect background
    QColor text;            // titles, labels, tick labels
    QColor mutedText;       // secondary text (units, hints)
    QColor disabledText;    // disabled controls and icons
    QColor axis;            // axis lines and ticks
    QColor grid;            // major grid lines
    QColor accent;          // the time cursor, selections
    QColor annotation;      // what a teacher draws over a view (annotation_layer.h)
    QList<QColor> series;   // line colours, cycled by series index

    double lineWidth = 2.0;  // data lines
    double axisWidth = 1.0;  // axis lines, ticks, grid
    int iconSize = 24;       // toolbar icons, px

    QColor seriesColor(int index) const;
    QFont font(FontRole role) const;
    int pointSize(FontRole role) const;
    QPalette palette() const;  // for QApplication::setPalette
};

ThemeStyle makeThemeStyle(ColorScheme scheme, bool presentation);

// (1 - t) a + t b, channel by channel (opaque).
QColor blend(const QColor& a, const QColor& b, double t);

}  // namespace rnnlab::ui
