#pragma once
// Toolbar and time-bar icons drawn from resources/icons/NAME.svg in the theme's text colour
// (and a faded one when disabled), so they stay visible on dark and projector themes.

#include <QIcon>
#include <QString>

#include "ui/theme/theme_style.h"

namespace rnnlab::ui {

// name: an icon file without ".svg" ("play", "step", ...). An unknown name is a programming
// error (asserted).
QIcon themedIcon(const QString& name, const ThemeStyle& style);

}  // namespace rnnlab::ui
