#pragma once
// A geometry check of a laid-out window, for the layout test: it reads sizes and positions, not
// pixels. Each problem names the widget (its class and object name, or its text) and what is
// wrong, so a failing size or mode says where to look.
//   figures     every QCustomPlot title and axis label fits its layout element, the tick labels
//               of one axis do not overlap, every axis rect is at least minimumPlot
//   widgets     no visible widget sticks out of its parent or is squeezed below its minimum
//               size (a cut label, a clipped button); what a scroll area's viewport cuts off
//               is scrolled, not cut
//   scrolling   with noHorizontalScroll, no visible horizontal scroll bar

#include <QSize>
#include <QStringList>

class QWidget;

namespace gui_test {

struct LayoutRules {
    QSize minimumPlot;                // the smallest axis rect (width, height), px
    bool noHorizontalScroll = false;  // presentation mode: pages scroll only vertically
};

// Replots every visible QCustomPlot below root and returns the problems found, one a line.
QStringList layoutProblems(QWidget& root, const LayoutRules& rules);

}  // namespace gui_test
