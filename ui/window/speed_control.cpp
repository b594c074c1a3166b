#include "ui/window/speed_control.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QSlider>

#include "ui/help/whats_this.h"
#include "ui/theme/theme.h"
#include "ui/theme/widget_styles.h"

namespace rnnlab::ui {

SpeedControl::SpeedControl(QWidget* parent) : QWidget(parent) {
    setWhatsThisTopic(this, WhatsThisTopic::Speed);
    m_slider = new QSlider(Qt::Horizontal, this);
    m_slider->setRange(kMinLevel, kMaxLevel);
    m_slider->setValue(kDefaultLevel);
    m_slider->setPageStep(1);
    m_slider->setFocusPolicy(Qt::NoFocus);  // the arrow keys belong to stepping
    m_slider->setToolTip(
        tr("Training speed: from one step a second, to follow every step, up to "
           "full speed"));
    m_slider->setFixedWidth(160);
    setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Preferred);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(4, 0, 4, 0);
    layout->addWidget(new QLabel(tr("speed"), this));
    layout->addWidget(m_slider);
    connect(m_slider, &QSlider::valueChanged, this, &SpeedControl::levelChanged);
    m_slider->setStyleSheet(sliderStyleSheet(Theme::instance().style()));
    connect(&Theme::instance(), &Theme::changed, this,
            [this](const ThemeStyle& style) { m_slider->setStyleSheet(sliderStyleSheet(style)); });
}

int SpeedControl::level() const {
    return m_slider->value();
}

void SpeedControl::setLevel(int level) {
    m_slider->setValue(level);
}

}  // namespace rnnlab::ui
