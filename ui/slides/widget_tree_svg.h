#pragma once
// A widget tree as one SVG drawing in which every widget is its own nested <svg> viewport at
// its place, so that each is clipped to its rectangle as on screen. Qt's SVG writer
// (QSvgGenerator) ignores clipping: a tree rendered into it in one piece lets a scrolled
// page, a long title or an equation list spill over its neighbours. Browsers, Inkscape and
// slide programs clip nested viewports (SVG 1.1); Qt's own renderer, which reads SVG Tiny
// only, does not show them.

#include <QByteArray>
#include <QSize>
#include <functional>

class QColor;
class QPainter;
class QWidget;

namespace rnnlab::ui {

// On `background`, root and the visible widgets under it, each drawn by its own paint code in
// stacking order; then paintOver (a caption) on top, in a document of `size` screen pixels.
QByteArray widgetTreeSvg(QWidget& root, const QSize& size, const QColor& background,
                         const std::function<void(QPainter&)>& paintOver);

}  // namespace rnnlab::ui
