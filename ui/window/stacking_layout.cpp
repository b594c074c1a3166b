#include "ui/window/stacking_layout.h"

#include <algorithm>

namespace rnnlab::ui {

StackingLayout::StackingLayout(QWidget* parent) : QBoxLayout(QBoxLayout::LeftToRight, parent) {}

int StackingLayout::rowWidth() const {
    const QMargins m = contentsMargins();
    int width = m.left() + m.right();
    int shown = 0;
    for (int i = 0; i < count(); ++i) {
        const QLayoutItem* item = itemAt(i);
        if (item->isEmpty()) continue;
        width += item->minimumSize().width();
        ++shown;
    }
    return width + std::max(shown - 1, 0) * std::max(spacing(), 0);
}

QSize StackingLayout::minimumSize() const {
    QSize size = QBoxLayout::minimumSize();
    if (direction() == QBoxLayout::LeftToRight) {
        // What the column would need: the widest item.
        const QMargins m = contentsMargins();
        int widest = 0;
        for (int i = 0; i < count(); ++i) {
            if (!itemAt(i)->isEmpty()) widest = std::max(widest, itemAt(i)->minimumSize().width());
        }
        size.setWidth(widest + m.left() + m.right());
    }
    return size;
}

void StackingLayout::setGeometry(const QRect& rect) {
    const Direction fits = rect.width() >= rowWidth() ? LeftToRight : TopToBottom;
    if (fits != direction()) setDirection(fits);  // asks the parent for a new minimum height
    QBoxLayout::setGeometry(rect);
}

}  // namespace rnnlab::ui
