#include "ui/text/unit_trace_row.h"

#include <QMouseEvent>
#include <QPainter>
#include <algorithm>

#include "ui/theme/theme.h"
#include "ui/theme/theme_style.h"

namespace rnnlab::ui {

namespace {
constexpr int kTraceRowPad = 4;       // around the row's text and sparkline
constexpr int kTraceMinWidth = 60;    // the sparkline, at least
constexpr int kTraceHeight = 26;      // the sparkline's height
constexpr int kTraceShadeAlpha = 70;  // the selection's shading, out of 255
}  // namespace

UnitTraceRow::UnitTraceRow(QWidget* parent) : QWidget(parent) {
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    setCursor(Qt::PointingHandCursor);
    connect(&Theme::instance(), &Theme::changed, this, qOverload<>(&QWidget::update));
}

void UnitTraceRow::setTrace(const QString& label, std::vector<float> values, SelectionMask mask) {
    m_label = label;
    m_values = std::move(values);
    m_mask = std::move(mask);
    setToolTip(tr("Click to colour the text by this unit"));
    updateGeometry();
    update();
}

void UnitTraceRow::setChosen(bool chosen) {
    if (chosen == m_chosen) return;
    m_chosen = chosen;
    update();
}

int UnitTraceRow::labelWidth() const {
    // Wide enough for the longest label the panel writes, so that the sparklines line up.
    const QFontMetrics fm(font());
    return std::max(fm.horizontalAdvance(m_label),
                    fm.horizontalAdvance(QStringLiteral("unit 0000  AUC = 0.00"))) +
           2 * kTraceRowPad;
}

QSize UnitTraceRow::sizeHint() const {
    return {labelWidth() + 4 * kTraceMinWidth, kTraceHeight + 2 * kTraceRowPad};
}

QSize UnitTraceRow::minimumSizeHint() const {
    return {labelWidth() + kTraceMinWidth, kTraceHeight + 2 * kTraceRowPad};
}

void UnitTraceRow::paintEvent(QPaintEvent*) {
    const ThemeStyle& style = Theme::instance().style();
    QPainter p(this);
    const QRectF whole = QRectF(rect()).adjusted(0.5, 0.5, -0.5, -0.5);
    p.fillRect(rect(), m_hovered ? blend(style.window, style.accent, 0.12) : style.window);
    if (m_chosen) {
        p.setPen(QPen(style.accent, 2.0));
        p.drawRect(whole.adjusted(0.5, 0.5, -0.5, -0.5));
    }
    p.setPen(style.text);
    const int textWidth = labelWidth();
    p.drawText(QRect(kTraceRowPad, 0, textWidth - kTraceRowPad, height()),
               Qt::AlignVCenter | Qt::AlignLeft, m_label);
    const QRectF plot(textWidth, kTraceRowPad, width() - textWidth - kTraceRowPad,
                      height() - 2 * kTraceRowPad);
    const std::size_t N = m_values.size();
    const int columns = int(plot.width());
    if (N == 0 || columns <= 0) return;
    p.fillRect(plot, style.plotBackground);
    const auto [lowest, highest] = std::minmax_element(m_values.begin(), m_values.end());
    const double low = *lowest, span = std::max(double(*highest) - low, 1e-9);
    const auto yOf = [&](double v) { return plot.bottom() - (v - low) / span * plot.height(); };
    // Pixel column x holds characters [x N / W, (x + 1) N / W), at least one.
    QColor shade = style.accent;
    shade.setAlpha(kTraceShadeAlpha);
    QPolygonF line;
    for (int x = 0; x < columns; ++x) {
        const std::size_t first = std::min(N - 1, std::size_t(x) * N / std::size_t(columns));
        const std::size_t last =
            std::max(first + 1, std::min(N, std::size_t(x + 1) * N / std::size_t(columns)));
        float lo = m_values[first], hi = lo;
        bool selected = false;
        for (std::size_t n = first; n < last; ++n) {
            lo = std::min(lo, m_values[n]);
            hi = std::max(hi, m_values[n]);
            selected = selected || (n < m_mask.size() && m_mask[n]);
        }
        const double px = plot.left() + x + 0.5;
        if (selected) p.fillRect(QRectF(plot.left() + x, plot.top(), 1.0, plot.height()), shade);
        line << QPointF(px, yOf(lo)) << QPointF(px, yOf(hi));
    }
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(QPen(style.seriesColor(0), 1.0));
    p.drawPolyline(line);
}

void UnitTraceRow::mouseReleaseEvent(QMouseEvent* event) {
    if (event->button() == Qt::LeftButton && rect().contains(event->position().toPoint()))
        emit clicked();
    QWidget::mouseReleaseEvent(event);
}

void UnitTraceRow::enterEvent(QEnterEvent* event) {
    m_hovered = true;
    update();
    QWidget::enterEvent(event);
}

void UnitTraceRow::leaveEvent(QEvent* event) {
    m_hovered = false;
    update();
    QWidget::leaveEvent(event);
}

}  // namespace rnnlab::ui
