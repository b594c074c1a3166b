#include "ui/panels/error_label.h"

#include "ui/theme/theme.h"

namespace rnnlab::ui {

namespace {
constexpr int kRedSeries = 1;  // red in every colour scheme (theme_style.cpp)
}

ErrorLabel::ErrorLabel(QWidget* parent) : QLabel(parent) {
    setWordWrap(true);
    setTextFormat(Qt::PlainText);
    setTextInteractionFlags(Qt::TextSelectableByMouse);
    applyTheme(Theme::instance().style());
    connect(&Theme::instance(), &Theme::changed, this, &ErrorLabel::applyTheme);
    hide();
}

void ErrorLabel::showError(const QString& message) {
    setText(message);
    setVisible(!message.isEmpty());
}

void ErrorLabel::applyTheme(const ThemeStyle& style) {
    setStyleSheet(QStringLiteral("QLabel { color: %1; font-weight: bold; }")
                      .arg(style.seriesColor(kRedSeries).name()));
}

}  // namespace rnnlab::ui
