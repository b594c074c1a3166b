#include "ui/gradients/gradient_badge.h"

#include <QLabel>
#include <QVBoxLayout>

#include "ui/help/whats_this.h"
#include "ui/theme/theme.h"
#include "ui/ui_text_translation.h"

namespace rnnlab::ui {

GradientBadge::GradientBadge(Kind kind, QWidget* parent) : QFrame(parent), m_kind(kind) {
    setWhatsThisTopic(this, WhatsThisTopic::GradientBadges);
    setObjectName(kind == Kind::Vanishing ? QStringLiteral("vanishingBadge")
                                          : QStringLiteral("explodingBadge"));
    m_title = new QLabel(this);
    // "Exploding gradients: not measured yet" in the projector's title font is wider than half
    // a 1280 px screen: the title wraps rather than widening the view.
    m_title->setWordWrap(true);
    m_summary = new QLabel(this);
    m_summary->setWordWrap(true);
    m_explanation = new QLabel(this);
    m_explanation->setWordWrap(true);
    m_explanation->hide();
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(14, 8, 14, 8);
    layout->setSpacing(4);
    layout->addWidget(m_title);
    layout->addWidget(m_summary);
    layout->addWidget(m_explanation);
    layout->addStretch(1);  // the lines stay together at the top of a taller badge
    // Preferred, not Maximum: the explanation wraps, and its height for the badge's width is
    // more than the size hint computed for a default width.
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Preferred);
    setBadge(Badge{});
    connect(&Theme::instance(), &Theme::changed, this, &GradientBadge::applyTheme);
}

QString GradientBadge::titleText() const {
    return m_title->text();
}

QString GradientBadge::summaryText() const {
    return m_summary->text();
}

QString GradientBadge::explanationText() const {
    return translated(m_badge.explanation);
}

bool GradientBadge::explanationShown() const {
    return !m_explanation->isHidden();
}

void GradientBadge::setBadge(const Badge& badge) {
    const bool restyle = badge.state != m_badge.state || m_title->text().isEmpty();
    m_badge = badge;
    const QString name =
        m_kind == Kind::Vanishing ? tr("Vanishing gradients") : tr("Exploding gradients");
    switch (badge.state) {
        case BadgeState::On:
            m_title->setText(tr("\u26a0 %1: YES").arg(name));
            break;
        case BadgeState::Off:
            m_title->setText(tr("%1: no").arg(name));
            break;
        case BadgeState::Unknown:
            m_title->setText(tr("%1: not measured yet").arg(name));
            break;
    }
    m_summary->setText(translated(badge.summary));
    m_explanation->setText(translated(badge.explanation));
    m_explanation->setVisible(badge.state == BadgeState::On);
    setToolTip(QStringLiteral("<p>%1</p>").arg(translated(badge.explanation).toHtmlEscaped()));
    if (restyle) applyTheme(Theme::instance().style());
}

void GradientBadge::applyTheme(const ThemeStyle& style) {
    const bool on = m_badge.state == BadgeState::On;
    QColor colour = style.seriesColor(m_kind == Kind::Vanishing ? 0 : 1);
    if (style.scheme == ColorScheme::Dark) colour = blend(colour, Qt::black, 0.35);
    const QColor text = on ? QColor(Qt::white) : style.text;
    const int border = style.presentation ? 4 : 2;
    setStyleSheet(
        QStringLiteral("#%1 { background: %2; border: %3px solid %4; border-radius: 8px; }"
                       " QLabel { color: %5; background: transparent; border: none; }")
            .arg(objectName(), on ? colour.name() : style.window.name())
            .arg(border)
            .arg(on ? colour.name() : style.grid.name(), text.name()));
    QFont title = style.font(FontRole::Title);
    title.setBold(true);
    m_title->setFont(title);
    m_summary->setFont(style.font(FontRole::AxisLabel));
    m_explanation->setFont(style.font(FontRole::Widget));
}

}  // namespace rnnlab::ui
