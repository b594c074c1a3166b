#include "ui/text/text_strip.h"

#include <QEvent>
#include <QMouseEvent>
#include <QPainter>
#include <cmath>

#include "ui/text/shown_symbol.h"
#include "ui/theme/theme.h"
#include "ui/theme/theme_style.h"

namespace rnnlab::ui {

namespace {

constexpr double kCellPadX = 1.0;        // inside a cell, left and right of its character
constexpr double kCellPadY = 2.0;        // above and below
constexpr double kStripLineGap = 3.0;    // between lines
constexpr double kStripMargin = 6.0;     // around the text
constexpr double kStripFontScale = 1.3;  // the strip's characters, relative to the diagram font
constexpr double kSpanUnderline = 2.5;   // a span's bar, inside the gap between lines

// As drawn: a space blank, a line end ↵, a tab ⇥, anything else itself.
QString drawnCharacter(char32_t c) {
    if (c == U' ') return QStringLiteral(" ");
    const char32_t one[] = {c, 0};
    return shownSymbol(QString::fromUcs4(one, 1).toStdString());
}

}  // namespace

TextStrip::TextStrip(QWidget* parent) : QWidget(parent) {
    setMouseTracking(true);
    setAttribute(Qt::WA_OpaquePaintEvent);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
    connect(&Theme::instance(), &Theme::changed, this, &TextStrip::applyTheme);
    applyTheme(Theme::instance().style());
}

void TextStrip::applyTheme(const ThemeStyle& style) {
    QFont f = style.font(FontRole::Diagram);
    f.setPointSizeF(f.pointSizeF() * kStripFontScale);
    setFont(f);  // changeEvent lays out again
    update();
}

void TextStrip::changeEvent(QEvent* event) {
    QWidget::changeEvent(event);
    if (event->type() == QEvent::FontChange) {
        m_laidOutWidth = -1;
        relayout();
    }
}

void TextStrip::setReading(std::shared_ptr<const TextReading> reading) {
    const Index size = reading ? reading->size() : 0;
    const bool sameText = m_reading && reading && m_reading->characters == reading->characters;
    m_reading = std::move(reading);
    if (m_selected >= size) m_selected = -1;
    if (!sameText) {
        // The same text (new weights): the pointer and the spans are still where they were.
        m_hovered = -1;
        m_pressed = -1;
        m_dragging = false;
        if (!m_spans.empty()) {
            m_spans.clear();
            emit spansChanged(m_spans);
        }
    }
    recolour();
    if (!sameText) {
        m_laidOutWidth = -1;
        relayout();
    }
    update();
}

void TextStrip::setColouring(const StripColouring& colouring) {
    m_colouring = colouring;
    recolour();
    update();
}

void TextStrip::setEmptyText(const QString& text) {
    m_emptyText = text;
    update();
}

void TextStrip::setSelected(Index n) {
    if (!m_reading || n < 0 || n >= m_reading->size()) n = -1;
    if (n == m_selected) return;
    m_selected = n;
    update();
}

void TextStrip::setSpans(const std::vector<CharacterSpan>& spans) {
    const Index size = m_reading ? m_reading->size() : 0;
    m_spans.clear();
    for (const CharacterSpan& s : spans) {
        const Index first = std::max<Index>(std::min(s.first, s.last), 0);
        const Index last = std::min<Index>(std::max(s.first, s.last), size - 1);
        if (first <= last) m_spans.push_back({first, last});
    }
    update();
    emit spansChanged(m_spans);
}

void TextStrip::clearSpans() {
    setSpans({});
}

void TextStrip::recolour() {
    m_values = m_reading ? stripValues(*m_reading, m_colouring) : std::vector<float>{};
    m_scale = m_reading ? stripScale(*m_reading, m_colouring, m_values) : StripScale{};
}

void TextStrip::relayout() {
    const int width = this->width();
    if (width == m_laidOutWidth) return;
    m_laidOutWidth = width;
    m_cells.clear();
    const QFontMetricsF fm(font());
    const double lineHeight = fm.height() + 2 * kCellPadY;
    // Cells as wide as their characters, so that the text reads as text; a thin one (i, l, a
    // space) still wide enough to point at.
    const double minWidth = 0.5 * fm.horizontalAdvance(QLatin1Char('n')) + 2 * kCellPadX;
    const double right = std::max(width - kStripMargin, kStripMargin + minWidth);
    double x = kStripMargin, y = kStripMargin;
    if (m_reading) {
        const std::u32string& text = m_reading->characters;
        m_cells.reserve(text.size());
        std::size_t lineStart = 0, wordStart = 0;  // cells of the line and of its last word
        const auto newLine = [&](std::size_t n) {
            x = kStripMargin;
            y += lineHeight + kStripLineGap;
            lineStart = wordStart = n;
        };
        for (std::size_t n = 0; n < text.size(); ++n) {
            const char32_t c = text[n];
            const double w =
                std::max(minWidth, fm.horizontalAdvance(drawnCharacter(c)) + 2 * kCellPadX);
            if (x + w > right && n > lineStart) {
                // A word that started on this line moves down whole; a longer one breaks.
                const std::size_t from = c != U' ' && wordStart > lineStart ? wordStart : n;
                newLine(from);
                for (std::size_t k = from; k < n; ++k) {
                    m_cells[k].moveTo(x, y);
                    x += m_cells[k].width();
                }
            }
            m_cells.emplace_back(x, y, w, lineHeight);
            x += w;
            if (c == U' ' || (m_flowing && c == U'\n')) wordStart = n + 1;
            if (c == U'\n' && !m_flowing) newLine(n + 1);
        }
        if (x > kStripMargin) y += lineHeight;
    }
    m_contentHeight = int(std::ceil(y + kStripMargin));
    setMinimumHeight(m_contentHeight);
    updateGeometry();
}

QSize TextStrip::sizeHint() const {
    return {600, m_flowing ? m_contentHeight : std::max(200, m_contentHeight)};
}

void TextStrip::setFlowing(bool flowing) {
    m_flowing = flowing;
    m_laidOutWidth = -1;
    relayout();
    update();
}

QSize TextStrip::minimumSizeHint() const {
    return {120, m_contentHeight};
}

void TextStrip::resizeEvent(QResizeEvent* event) {
    QWidget::resizeEvent(event);
    relayout();
}

QRectF TextStrip::cellRect(Index n) const {
    if (n < 0 || std::size_t(n) >= m_cells.size()) return {};
    return m_cells[std::size_t(n)];
}

Index TextStrip::characterAt(const QPointF& point) const {
    for (std::size_t n = 0; n < m_cells.size(); ++n)
        if (m_cells[n].contains(point)) return Index(n);
    return -1;
}

QString TextStrip::shownCharacter(Index n) const {
    if (!m_reading || n < 0 || n >= m_reading->size()) return {};
    return drawnCharacter(m_reading->characters[std::size_t(n)]);
}

QColor TextStrip::cellColour(Index n) const {
    if (n < 0 || std::size_t(n) >= m_values.size()) return Qt::transparent;
    return stripColour(m_scale, m_values[std::size_t(n)], Theme::instance().style());
}

void TextStrip::paintEvent(QPaintEvent* event) {
    const ThemeStyle& style = Theme::instance().style();
    QPainter p(this);
    p.fillRect(rect(), style.plotBackground);
    if (!m_reading || m_cells.empty()) {
        p.setPen(style.mutedText);
        p.drawText(rect().adjusted(12, 12, -12, -12), Qt::AlignCenter | Qt::TextWordWrap,
                   m_emptyText);
        return;
    }
    const QRectF visible = QRectF(event->rect()).adjusted(-2, -2, 2, 2);
    for (std::size_t n = 0; n < m_cells.size(); ++n) {
        const QRectF& cell = m_cells[n];
        if (!cell.intersects(visible)) continue;
        const QColor background = cellColour(Index(n));
        if (background.alpha() > 0) p.fillRect(cell, background);
        const char32_t c = m_reading->characters[n];
        const bool sign = c == U'\n' || c == U'\t' || m_reading->symbols[n] == 0;
        QColor ink = textColourOn(background, style);
        if (sign && c != U' ' && background.alpha() == 0) ink = style.mutedText;
        p.setPen(ink);
        p.drawText(cell, Qt::AlignCenter, drawnCharacter(c));
    }
    const auto outline = [&p](const QRectF& cell, const QColor& colour, double width) {
        p.setPen(QPen(colour, width));
        p.setBrush(Qt::NoBrush);
        p.drawRect(cell.adjusted(width / 2, width / 2, -width / 2, -width / 2));
    };
    // Spans: a bar in the gap under each cell, on the plot background whatever the cell's colour.
    p.setPen(Qt::NoPen);
    p.setBrush(style.accent);
    for (const CharacterSpan& span : m_spans)
        for (Index n = span.first; n <= span.last; ++n) {
            const QRectF& cell = m_cells[std::size_t(n)];
            if (cell.intersects(visible))
                p.drawRect(QRectF(cell.left(), cell.bottom() + 0.5, cell.width(),
                                  kSpanUnderline));
        }
    if (m_hovered >= 0) outline(m_cells[std::size_t(m_hovered)], style.mutedText, 1.0);
    if (m_selected >= 0) outline(m_cells[std::size_t(m_selected)], style.accent, 2.0);
}

void TextStrip::setHovered(Index n) {
    if (n == m_hovered) return;
    m_hovered = n;
    update();
    emit hoveredChanged(n);
}

void TextStrip::mouseMoveEvent(QMouseEvent* event) {
    const Index n = characterAt(event->position());
    setHovered(n);
    if (m_pressed >= 0 && (event->buttons() & Qt::LeftButton) && n >= 0) dragTo(n);
    QWidget::mouseMoveEvent(event);
}

void TextStrip::dragTo(Index n) {
    if (!m_dragging) {
        if (n == m_pressed) return;
        m_dragging = true;
        if (!m_addingSpan) m_spans.clear();
        m_spans.push_back({m_pressed, m_pressed});
    }
    m_spans.back() = {std::min(m_pressed, n), std::max(m_pressed, n)};
    update();
}

void TextStrip::leaveEvent(QEvent* event) {
    setHovered(-1);
    QWidget::leaveEvent(event);
}

void TextStrip::mousePressEvent(QMouseEvent* event) {
    const Index n = characterAt(event->position());
    if (event->button() != Qt::LeftButton || n < 0) return QWidget::mousePressEvent(event);
    m_pressed = n;
    m_dragging = false;
    m_addingSpan = event->modifiers() & Qt::ShiftModifier;
}

void TextStrip::mouseReleaseEvent(QMouseEvent* event) {
    if (event->button() != Qt::LeftButton || m_pressed < 0)
        return QWidget::mouseReleaseEvent(event);
    const Index pressed = m_pressed;
    m_pressed = -1;
    if (m_dragging) {
        m_dragging = false;
        emit spansChanged(m_spans);
        return;
    }
    setSelected(pressed);
    emit clicked(pressed);
}

}  // namespace rnnlab::ui
