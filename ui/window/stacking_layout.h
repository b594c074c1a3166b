#pragma once
// A row of panels that becomes a column when the row does not fit: laid out left to right
// while the width it is given holds every item at its minimum width, else top to bottom. Its
// minimum width is that of the column, so a narrow window stacks the panels (and the page
// scrolls vertically) instead of cutting them off or scrolling sideways. A drop-in for
// QHBoxLayout:
//   auto* plots = new StackingLayout;
//   plots->addWidget(m_loss);
//   plots->addWidget(m_gradient);

#include <QBoxLayout>

namespace rnnlab::ui {

class StackingLayout : public QBoxLayout {
    Q_OBJECT
public:
    explicit StackingLayout(QWidget* parent = nullptr);

    QSize minimumSize() const override;
    void setGeometry(const QRect& rect) override;

    // The width the items need side by side (their minimum widths, the spacing between them
    // and the margins).
    int rowWidth() const;
};

}  // namespace rnnlab::ui
