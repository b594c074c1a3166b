#include "ui/views/divergence_banner.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

#include "ui/help/whats_this.h"
#include "ui/theme/theme.h"
#include "ui/ui_text_translation.h"

namespace rnnlab::ui {

namespace {
constexpr int kRedSeries = 1;   // red in every colour scheme
constexpr double kTint = 0.15;  // how much red goes into the banner's background
}  // namespace

DivergenceBanner::DivergenceBanner(QWidget* parent) : QFrame(parent) {
    setWhatsThisTopic(this, WhatsThisTopic::DivergenceBanner);
    setObjectName(QStringLiteral("divergenceBanner"));
    m_text = new QLabel(this);
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_continue = new QPushButton(tr("Lower learning rate ×0.1 and continue"), this);
    m_continue->setToolTip(
        tr("Divides the learning rate by ten and trains on from the weights with the lowest "
           "loss so far."));
    m_clip = new QPushButton(tr("Turn on gradient clipping and continue"), this);
    m_clip->setToolTip(
        tr("Rescales the gradient whenever its norm exceeds the clipping threshold, so that "
           "one steep step cannot throw the weights away, and trains on from the weights with "
           "the lowest loss so far."));
    for (QPushButton* b : {m_continue, m_clip}) b->setFocusPolicy(Qt::NoFocus);
    m_clip->hide();
    auto* buttons = new QVBoxLayout;
    buttons->addWidget(m_continue);
    buttons->addWidget(m_clip);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(12, 8, 12, 8);
    layout->addWidget(m_text, 1);
    layout->addLayout(buttons);
    connect(m_continue, &QPushButton::clicked, this, [this] {
        m_continued = true;
        emit lowerLearningRateRequested();
    });
    connect(m_clip, &QPushButton::clicked, this, [this] {
        m_continued = true;
        emit clippingRequested();
    });
    applyTheme(Theme::instance().style());
    connect(&Theme::instance(), &Theme::changed, this, &DivergenceBanner::applyTheme);
    hide();
}

QString DivergenceBanner::message() const {
    return isHidden() ? QString() : m_text->text();
}

void DivergenceBanner::setSnapshot(const TrainingSnapshot& s) {
    if (s.runId != m_runId) {  // another run: its own count
        m_runId = s.runId;
        m_shownStep = -1;
        m_continued = false;
        m_divergedAgain = 0;
    }
    const bool diverged = s.stopReason == StopReason::Diverged && s.divergence;
    setVisible(diverged);
    if (!diverged) return;
    if (s.divergence->step != m_shownStep) {
        m_shownStep = s.divergence->step;
        if (m_continued) ++m_divergedAgain;
        m_continued = false;
    }
    QString text = translated(s.divergence->text());
    if (m_divergedAgain > 0) text = againText(s) + QStringLiteral(" ") + text;
    m_text->setText(text);
    m_clip->setVisible(m_divergedAgain > 0 && !s.settings.clip);
}

QString DivergenceBanner::againText(const TrainingSnapshot& s) const {
    const QString again =
        m_divergedAgain == 1
            ? tr("Diverged again, at learning rate %1.").arg(s.learningRate)
            : tr("Diverged again (%1 times after continuing), at learning rate %2.")
                  .arg(m_divergedAgain)
                  .arg(s.learningRate);
    if (!s.settings.clip)
        return again + QStringLiteral(" ") +
               tr("Next step: turn on gradient clipping, which bounds every step.");
    return again + QStringLiteral(" ") +
           tr("Next step: lower the clipping threshold in the network builder, or press Stop "
              "to start over from fresh weights.");
}

void DivergenceBanner::applyTheme(const ThemeStyle& style) {
    const QColor red = style.seriesColor(kRedSeries);
    setStyleSheet(QStringLiteral("#divergenceBanner { background: %1; border: 2px solid %2; "
                                 "border-radius: 4px; } #divergenceBanner QLabel { color: %3; }")
                      .arg(blend(style.window, red, kTint).name(), red.name(), style.text.name()));
}

}  // namespace rnnlab::ui
