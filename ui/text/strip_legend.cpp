#include "ui/text/strip_legend.h"

#include <QPainter>

#include "ui/theme/theme.h"
#include "ui/theme/theme_style.h"

namespace rnnlab::ui {

namespace {
constexpr int kLegendBarWidth = 160;
constexpr int kLegendGap = 8;
constexpr int kLegendSamples = 64;  // colour samples along the bar
}  // namespace

StripLegend::StripLegend(QWidget* parent) : QWidget(parent) {
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
    connect(&Theme::instance(), &Theme::changed, this, [this] {
        updateGeometry();
        update();
    });
}

void StripLegend::setScale(const StripScale& scale) {
    m_scale = scale;
    m_shown = true;
    updateGeometry();
    update();
}

void StripLegend::clear() {
    m_shown = false;
    update();
}

QString StripLegend::number(double value) {
    QString s = QString::number(value, 'g', 3);
    if (value < 0) s.replace(0, 1, QChar(0x2212));  // a minus sign, not a hyphen
    return s;
}

QSize StripLegend::sizeHint() const {
    const QFontMetrics fm(font());
    const int text = fm.horizontalAdvance(m_scale.name) +
                     fm.horizontalAdvance(QStringLiteral("\u22120.00 \u2026 \u22120.00"));
    return {text + kLegendBarWidth + 3 * kLegendGap, fm.height() + 6};
}

QSize StripLegend::minimumSizeHint() const {
    const QFontMetrics fm(font());
    return {kLegendBarWidth, fm.height() + 6};
}

void StripLegend::paintEvent(QPaintEvent*) {
    if (!m_shown) return;
    const ThemeStyle& style = Theme::instance().style();
    QPainter p(this);
    const QFontMetrics fm(font());
    const int h = height();
    // The numbers and the bar first, always whole; the scale's name after them, elided.
    const QString low = number(m_scale.low), high = number(m_scale.high);
    p.setPen(style.text);
    int x = 0;
    p.drawText(QRect(x, 0, fm.horizontalAdvance(low) + 2, h), Qt::AlignVCenter, low);
    x += fm.horizontalAdvance(low) + kLegendGap / 2;
    const QRect bar(x, 3, kLegendBarWidth, h - 6);
    for (int i = 0; i < kLegendSamples; ++i) {
        const double t = (i + 0.5) / kLegendSamples;
        const double value = stripScaleValue(m_scale, t);
        const int x0 = bar.left() + i * bar.width() / kLegendSamples;
        const int x1 = bar.left() + (i + 1) * bar.width() / kLegendSamples;
        p.fillRect(QRect(x0, bar.top(), x1 - x0, bar.height()), stripColour(m_scale, value, style));
    }
    p.setPen(style.axis);
    p.setBrush(Qt::NoBrush);
    p.drawRect(bar.adjusted(0, 0, -1, -1));
    if (m_scale.kind == StripScale::Kind::Diverging) {
        p.setPen(style.mutedText);
        p.drawText(bar, Qt::AlignCenter, QStringLiteral("0"));
    }
    p.setPen(style.text);
    x = bar.right() + kLegendGap / 2;
    p.drawText(QRect(x, 0, fm.horizontalAdvance(high) + 2, h), Qt::AlignVCenter, high);
    x += fm.horizontalAdvance(high) + kLegendGap;
    p.drawText(QRect(x, 0, std::max(0, width() - x), h), Qt::AlignVCenter | Qt::AlignLeft,
               fm.elidedText(m_scale.name, Qt::ElideRight, std::max(0, width() - x)));
}

}  // namespace rnnlab::ui
