#include "ui/window/preparing_overlay.h"

#include <QEvent>
#include <QLabel>
#include <QPainter>
#include <QProgressBar>
#include <QVBoxLayout>

#include "ui/theme/theme.h"

namespace rnnlab::ui {

namespace {
constexpr int kCardWidth = 440;
constexpr double kVeil = 0.85;  // how much of the views the veil hides
}  // namespace

PreparingOverlay::PreparingOverlay(QWidget* cover) : QWidget(cover) {
    setObjectName(QStringLiteral("preparingOverlay"));
    setAttribute(Qt::WA_NoMousePropagation);  // the views under it take no clicks
    m_card = new QWidget(this);
    m_card->setObjectName(QStringLiteral("preparingCard"));
    m_title = new QLabel(tr("Preparing the new network"), m_card);
    QFont bold = m_title->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.2);
    m_title->setFont(bold);
    m_text = new QLabel(m_card);
    m_text->setWordWrap(true);
    m_busy = new QProgressBar(m_card);
    m_busy->setRange(0, 0);  // busy: how long a build takes is not known beforehand
    m_busy->setTextVisible(false);
    m_queued = new QLabel(m_card);
    m_queued->setWordWrap(true);
    auto* layout = new QVBoxLayout(m_card);
    layout->setContentsMargins(20, 16, 20, 16);
    layout->setSpacing(10);
    layout->addWidget(m_title);
    layout->addWidget(m_text);
    layout->addWidget(m_busy);
    layout->addWidget(m_queued);
    m_card->setFixedWidth(kCardWidth);
    cover->installEventFilter(this);
    applyTheme(Theme::instance().style());
    connect(&Theme::instance(), &Theme::changed, this, &PreparingOverlay::applyTheme);
    hide();
}

QString PreparingOverlay::text() const {
    return isVisible() ? m_text->text() : QString();
}

void PreparingOverlay::showPreparing(bool preparing, const QString& text, const QString& queued) {
    m_text->setText(text);
    m_queued->setText(queued);
    m_queued->setVisible(!queued.isEmpty());
    if (!preparing) {
        hide();
        return;
    }
    setGeometry(parentWidget()->rect());
    m_card->adjustSize();
    m_card->move((width() - m_card->width()) / 2, (height() - m_card->height()) / 3);
    show();
    raise();
}

bool PreparingOverlay::eventFilter(QObject* watched, QEvent* event) {
    if (watched == parentWidget() && event->type() == QEvent::Resize && isVisible()) {
        setGeometry(parentWidget()->rect());
        m_card->move((width() - m_card->width()) / 2, (height() - m_card->height()) / 3);
    }
    return QWidget::eventFilter(watched, event);
}

void PreparingOverlay::paintEvent(QPaintEvent*) {
    QPainter painter(this);
    QColor veil = Theme::instance().style().window;
    veil.setAlphaF(kVeil);
    painter.fillRect(rect(), veil);
}

void PreparingOverlay::applyTheme(const ThemeStyle& style) {
    m_card->setStyleSheet(QStringLiteral("#preparingCard { background: %1; border: 2px solid %2; "
                                         "border-radius: 6px; } #preparingCard QLabel { color: %3; }")
                              .arg(style.window.name(), style.accent.name(), style.text.name()));
}

}  // namespace rnnlab::ui
