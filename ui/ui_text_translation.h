#pragma once
// The window's side of core/base/ui_text.h: an engine text in the installed language.

#include <QString>
#include <exception>
#include <string>

#include "core/base/ui_text.h"

namespace rnnlab::ui {

// Each part's template translated (QCoreApplication::translate in kUiTextContext; English when
// there is no translation) and filled in with its values.
QString translated(const UiText& text);

// A title, label or description of core/data/catalog.h in the installed language (English when
// there is no translation).
QString catalogText(const std::string& english);

// What the window shows for an exception that reached it: userText(error) translated
// (core/base/errors.h). The command line shows userMessage(error), its English.
QString translatedUserMessage(const std::exception& error);

}  // namespace rnnlab::ui
