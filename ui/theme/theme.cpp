#include "ui/theme/theme.h"

#include <QApplication>

namespace rnnlab::ui {

Theme& Theme::instance() {
    static Theme* theme = new Theme(qApp);
    return *theme;
}

Theme::Theme(QObject* parent) : QObject(parent) {
    update(ColorScheme::Light, false);
}

void Theme::setScheme(ColorScheme scheme) {
    if (scheme != m_style.scheme) update(scheme, m_style.presentation);
}

void Theme::setPresentation(bool on) {
    if (on != m_style.presentation) update(m_style.scheme, on);
}

void Theme::update(ColorScheme scheme, bool presentation) {
    m_style = makeThemeStyle(scheme, presentation);
    QApplication::setPalette(m_style.palette());
    QFont font = QApplication::font();
    font.setPointSize(m_style.pointSize(FontRole::Widget));
    QApplication::setFont(font);
    emit changed(m_style);
}

}  // namespace rnnlab::ui
