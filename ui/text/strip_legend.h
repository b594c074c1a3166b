#pragma once
// The text strip's colour scale: the numbers at its ends, the colours between, and what
// colours the characters:
//     0 [▒▒▒▓▓▓███] 6.17  surprise −log₂ p of the next character (bits)
//     1.2e-05 [░░▒▒▓▓██] 0.83  connectivity ‖∂ log p(next) / ∂x‖ to ‘h’ (log scale)
// The colours are the strip's own (strip_colouring.h); along a logarithmic scale the bar's
// colours are spaced by decades and its name says "log scale".

#include <QWidget>

#include "ui/text/strip_colouring.h"

namespace rnnlab::ui {

class StripLegend : public QWidget {
    Q_OBJECT
public:
    explicit StripLegend(QWidget* parent = nullptr);

    const StripScale& scale() const { return m_scale; }
    bool hasScale() const { return m_shown; }
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

public slots:
    void setScale(const rnnlab::ui::StripScale& scale);
    void clear();

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    // "0", "6.1", "−1": the numbers at the ends and in the middle.
    static QString number(double value);

    StripScale m_scale;
    bool m_shown = false;
};

}  // namespace rnnlab::ui
