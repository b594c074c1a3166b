#include "ui/window/time_bar.h"

#include <QButtonGroup>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QSlider>
#include <QToolButton>

#include "ui/help/whats_this.h"
#include "ui/theme/theme.h"
#include "ui/theme/themed_icon.h"
#include "ui/theme/widget_styles.h"

namespace rnnlab::ui {

namespace {

QToolButton* makeButton(const QString& toolTip, QWidget* parent) {
    auto* b = new QToolButton(parent);
    b->setToolTip(toolTip);
    b->setAutoRaise(true);
    b->setFocusPolicy(Qt::NoFocus);
    return b;
}

QToolButton* makeToggle(const QString& text, const QString& toolTip, QWidget* parent) {
    auto* b = new QToolButton(parent);
    b->setText(text);
    b->setToolTip(toolTip);
    b->setCheckable(true);
    b->setFocusPolicy(Qt::NoFocus);
    return b;
}

// Keys the bar takes from the window's shortcuts while it has focus.
bool isTimeKey(const QKeyEvent* key) {
    if (key->modifiers() & ~Qt::KeypadModifier) return false;
    switch (key->key()) {
        case Qt::Key_Left:
        case Qt::Key_Right:
        case Qt::Key_Home:
        case Qt::Key_End:
            return true;
        // On the projector they are the presenter's clicker: they turn the lesson's steps.
        case Qt::Key_PageUp:
        case Qt::Key_PageDown:
            return !Theme::instance().presentation();
        default:
            return false;
    }
}

}  // namespace

TimeBar::TimeBar(QWidget* parent) : QWidget(parent) {
    setWhatsThisTopic(this, WhatsThisTopic::TimeBar);
    m_caption = new QLabel(tr("time"), this);
    m_first = makeButton(tr("First time step (Home)"), this);
    m_previous = makeButton(tr("Previous time step (Left)"), this);
    m_next = makeButton(tr("Next time step (Right)"), this);
    m_last = makeButton(tr("Last time step (End)"), this);
    m_slider = new QSlider(Qt::Horizontal, this);
    m_slider->setFocusPolicy(Qt::StrongFocus);
    m_slider->setToolTip(tr("Time step shown by the views"));
    m_position = new QLabel(this);
    m_position->setAlignment(Qt::AlignCenter);
    m_forward = makeToggle(tr("forward"), tr("Show the forward pass: states and gates"), this);
    m_backward = makeToggle(tr("backward"), tr("Show the backward pass: gradients (BPTT)"), this);
    auto* directions = new QButtonGroup(this);
    directions->addButton(m_forward);
    directions->addButton(m_backward);
    m_forward->setChecked(true);

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(6, 2, 6, 2);
    layout->addWidget(m_caption);
    layout->addWidget(m_first);
    layout->addWidget(m_previous);
    layout->addWidget(m_slider, 1);
    layout->addWidget(m_next);
    layout->addWidget(m_last);
    layout->addWidget(m_position);
    layout->addSpacing(12);
    layout->addWidget(m_forward);
    layout->addWidget(m_backward);
    setFocusProxy(m_slider);

    connect(m_first, &QToolButton::clicked, this, &TimeBar::first);
    connect(m_previous, &QToolButton::clicked, this, &TimeBar::previous);
    connect(m_next, &QToolButton::clicked, this, &TimeBar::next);
    connect(m_last, &QToolButton::clicked, this, &TimeBar::last);
    connect(m_slider, &QSlider::valueChanged, this, &TimeBar::setCurrentStep);
    connect(m_forward, &QToolButton::clicked, this, [this] { setDirection(Direction::Forward); });
    connect(m_backward, &QToolButton::clicked, this, [this] { setDirection(Direction::Backward); });
    m_slider->installEventFilter(this);

    applyTheme(Theme::instance().style());
    connect(&Theme::instance(), &Theme::changed, this, &TimeBar::applyTheme);
    updateControls();
}

QString TimeBar::positionText() const {
    if (m_length == 0) return tr("t = \u2013 / \u2013");
    return tr("t = %1 / %2").arg(m_step + 1).arg(m_length);
}

void TimeBar::setLength(int steps) {
    m_length = qMax(0, steps);
    const int clamped = m_length == 0 ? 0 : qBound(0, m_step, m_length - 1);
    const bool moved = clamped != m_step;
    m_step = clamped;
    updateControls();
    if (moved) emit currentStepChanged(m_step);
}

void TimeBar::setCurrentStep(int step) {
    if (m_length == 0) return;
    step = qBound(0, step, m_length - 1);
    if (step == m_step) return;
    m_step = step;
    updateControls();
    emit currentStepChanged(m_step);
}

void TimeBar::setDirection(Direction direction) {
    if (direction == m_direction) return;
    m_direction = direction;
    updateControls();
    emit directionChanged(m_direction);
}

void TimeBar::first() {
    setCurrentStep(0);
}

void TimeBar::previous() {
    setCurrentStep(m_step - 1);
}

void TimeBar::next() {
    setCurrentStep(m_step + 1);
}

void TimeBar::last() {
    setCurrentStep(m_length - 1);
}

bool TimeBar::advance() {
    const int before = m_step;
    setCurrentStep(m_direction == Direction::Forward ? m_step + 1 : m_step - 1);
    return m_step != before;
}

bool TimeBar::eventFilter(QObject* watched, QEvent* event) {
    // The slider handles the keys itself once the window's shortcuts let them through.
    if (watched == m_slider && event->type() == QEvent::ShortcutOverride &&
        isTimeKey(static_cast<QKeyEvent*>(event))) {
        event->accept();
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

void TimeBar::applyTheme(const ThemeStyle& style) {
    const QSize icon(style.iconSize, style.iconSize);
    const QList<QPair<QToolButton*, QString>> icons = {{m_first, QStringLiteral("first")},
                                                       {m_previous, QStringLiteral("previous")},
                                                       {m_next, QStringLiteral("next")},
                                                       {m_last, QStringLiteral("last")}};
    for (const auto& [button, name] : icons) {
        button->setIcon(themedIcon(name, style));
        button->setIconSize(icon);
    }
    // The slider and the chosen direction must be obvious from the back of the room.
    m_slider->setStyleSheet(sliderStyleSheet(style));
    m_forward->setStyleSheet(toggleStyleSheet(style));
    m_backward->setStyleSheet(toggleStyleSheet(style));
    // Wide enough for "t = 9999 / 9999" so the bar does not jump while playing.
    m_position->setMinimumWidth(
        m_position->fontMetrics().horizontalAdvance(QStringLiteral("t = 9999 / 9999")) + 12);
}

void TimeBar::updateControls() {
    const bool enabled = m_length > 0;
    for (QWidget* w : {static_cast<QWidget*>(m_slider), static_cast<QWidget*>(m_first),
                       static_cast<QWidget*>(m_previous), static_cast<QWidget*>(m_next),
                       static_cast<QWidget*>(m_last), static_cast<QWidget*>(m_forward),
                       static_cast<QWidget*>(m_backward)}) {
        w->setEnabled(enabled);
    }
    {
        const QSignalBlocker block(m_slider);
        m_slider->setRange(0, qMax(0, m_length - 1));
        m_slider->setPageStep(qMax(1, m_length / 10));
        m_slider->setValue(m_step);
    }
    m_first->setEnabled(enabled && m_step > 0);
    m_previous->setEnabled(enabled && m_step > 0);
    m_next->setEnabled(enabled && m_step < m_length - 1);
    m_last->setEnabled(enabled && m_step < m_length - 1);
    m_forward->setChecked(m_direction == Direction::Forward);
    m_backward->setChecked(m_direction == Direction::Backward);
    m_position->setText(positionText());
}

}  // namespace rnnlab::ui
