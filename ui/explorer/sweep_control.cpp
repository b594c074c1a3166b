#include "ui/explorer/sweep_control.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QSlider>
#include <QToolButton>

#include "ui/theme/theme.h"
#include "ui/theme/themed_icon.h"
#include "ui/theme/widget_styles.h"

namespace rnnlab::ui {

SweepControl::SweepControl(QWidget* parent) : QWidget(parent) {
    m_play = new QToolButton(this);
    m_play->setAutoRaise(true);
    m_play->setFocusPolicy(Qt::NoFocus);
    m_mode = new QComboBox(this);
    m_mode->addItem(tr("forward sweep"), int(Mode::Forward));
    m_mode->addItem(tr("backward sweep"), int(Mode::Backward));
    m_mode->addItem(tr("forward, then backward"), int(Mode::ForwardThenBackward));
    m_mode->setCurrentIndex(int(Mode::ForwardThenBackward));
    m_mode->setToolTip(
        tr("Forward: states fill in from t = 1. Backward: dL/dh\u209c flows back "
           "from the loss to t = 1 (backpropagation through time)."));
    m_speed = new QSlider(Qt::Horizontal, this);
    m_speed->setRange(kMinSpeed, kMaxSpeed);
    m_speed->setValue(kDefaultSpeed);
    m_speed->setToolTip(tr("Sweep speed in time steps per second"));
    m_speed->setMinimumWidth(80);
    m_speedLabel = new QLabel(this);

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_play);
    layout->addWidget(m_mode);
    layout->addWidget(m_speed);
    layout->addWidget(m_speedLabel);

    m_timer.setTimerType(Qt::PreciseTimer);
    connect(&m_timer, &QTimer::timeout, this, &SweepControl::tick);
    connect(m_play, &QToolButton::clicked, this, [this] {
        if (playing())
            setPlaying(false);
        else
            emit playRequested();
    });
    connect(m_speed, &QSlider::valueChanged, this, &SweepControl::setSpeed);
    setSpeed(kDefaultSpeed);
    applyTheme(Theme::instance().style());
    connect(&Theme::instance(), &Theme::changed, this, &SweepControl::applyTheme);
}

SweepControl::Mode SweepControl::mode() const {
    return Mode(m_mode->currentData().toInt());
}

int SweepControl::speed() const {
    return m_speed->value();
}

void SweepControl::setMode(Mode mode) {
    m_mode->setCurrentIndex(m_mode->findData(int(mode)));
}

void SweepControl::setSpeed(int stepsPerSecond) {
    const int speed = std::clamp(stepsPerSecond, kMinSpeed, kMaxSpeed);
    {
        const QSignalBlocker block(m_speed);
        m_speed->setValue(speed);
    }
    m_speedLabel->setText(tr("%1 steps/s").arg(speed));
    m_timer.setInterval(1000 / speed);
}

void SweepControl::setPlaying(bool on) {
    if (on == playing()) return;
    if (on)
        m_timer.start();
    else
        m_timer.stop();
    applyTheme(Theme::instance().style());
    emit playingChanged(on);
}

void SweepControl::applyTheme(const ThemeStyle& style) {
    const bool on = playing();
    m_play->setIcon(themedIcon(on ? QStringLiteral("pause") : QStringLiteral("play"), style));
    m_play->setIconSize(QSize(style.iconSize, style.iconSize));
    m_play->setToolTip(on ? tr("Pause the sweep") : tr("Play the sweep through time"));
    m_speed->setStyleSheet(sliderStyleSheet(style));
    m_speedLabel->setMinimumWidth(
        m_speedLabel->fontMetrics().horizontalAdvance(tr("%1 steps/s").arg(kMaxSpeed)));
}

}  // namespace rnnlab::ui
