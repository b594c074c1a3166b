#pragma once
// The application's current look. Figures and custom widgets read Theme::instance().style()
// when they draw and connect to changed() to restyle live; switching the scheme or presentation
// mode also sets the application palette and font so plain widgets follow.

#include <QObject>

#include "ui/theme/theme_style.h"

namespace rnnlab::ui {

class Theme : public QObject {
    Q_OBJECT
public:
    // The one theme of the running application (created on first use, owned by qApp).
    static Theme& instance();

    ColorScheme scheme() const { return m_style.scheme; }
    bool presentation() const { return m_style.presentation; }
    const ThemeStyle& style() const { return m_style; }

public slots:
    void setScheme(ColorScheme scheme);
    void setPresentation(bool on);

signals:
    void changed(const rnnlab::ui::ThemeStyle& style);

private:
    explicit Theme(QObject* parent);
    void update(ColorScheme scheme, bool presentation);

    ThemeStyle m_style;
};

}  // namespace rnnlab::ui
