#include "ui/views/divergence_banner.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

#include "ui/theme/theme.h"

namespace rnnlab::ui {

namespace {
constexpr int kRedSeries = 1;   // red in every colour scheme
constexpr double kTint = 0.15;  // how much red goes into the banner's background
}  // namespace

DivergenceBanner::DivergenceBanner(QWidget* parent) : QFrame(parent) {
    setObjectName(QStringLiteral("divergenceBanner"));
    m_text = new QLabel(this);
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_continue = new QPushButton(tr("Lower learning rate \u00d70.1 and continue"), this);
    m_continue->setToolTip(
        tr("Divides the learning rate by ten and trains on from the restored "
           "weights."));
    m_continue->setFocusPolicy(Qt::NoFocus);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(12, 8, 12, 8);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_continue);
    connect(m_continue, &QPushButton::clicked, this, &DivergenceBanner::lowerLearningRateRequested);
    applyTheme(Theme::instance().style());
    connect(&Theme::instance(), &Theme::changed, this, &DivergenceBanner::applyTheme);
    hide();
}

QString DivergenceBanner::message() const {
    return isHidden() ? QString() : m_text->text();
}

void DivergenceBanner::setDivergence(const std::optional<Divergence>& divergence) {
    if (divergence) m_text->setText(QString::fromStdString(divergence->message()));
    setVisible(divergence.has_value());
}

void DivergenceBanner::applyTheme(const ThemeStyle& style) {
    const QColor red = style.seriesColor(kRedSeries);
    setStyleSheet(QStringLiteral("#divergenceBanner { background: %1; border: 2px solid %2; "
                                 "border-radius: 4px; } #divergenceBanner QLabel { color: %3; }")
                      .arg(blend(style.window, red, kTint).name(), red.name(), style.text.name()));
}

}  // namespace rnnlab::ui
