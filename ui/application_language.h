#pragma once
// The window's language: English (the sources' own strings) or 简体中文 (:/translations, from
// resources/translations/rnnlab_zh_CN.ts). It follows the system locale (LANG=zh_CN.UTF-8 →
// Chinese) unless View → Language chose one, which QSettings remembers. Qt's own texts (the
// buttons of its dialogs) come from Qt's translations (Debian's qt6-translations-l10n).
// Only the GUI installs a language: rnnlab-cli, and everything it exports, stays English.
// Numbers, equations and file formats are the same in every language.

#include <QString>
#include <QStringList>

namespace rnnlab::ui {

// The languages the window speaks, as locale names: "en", "zh_CN".
QStringList availableLanguages();
// A language's name in that language ("English", "简体中文"), as the menu shows it.
QString languageDisplayName(const QString& language);
// The language for a locale name such as "zh_CN.UTF-8", "zh_TW" or "de_DE": Chinese locales
// read Simplified Chinese, every other one English.
QString languageForLocale(const QString& localeName);
// The language chosen in View → Language, or empty for "follow the system".
QString chosenLanguage();
void setChosenLanguage(const QString& language);  // empty: follow the system
// chosenLanguage(), or the system locale's.
QString startupLanguage();
// Installs the translators of `language` in place of the current ones (none for English).
// False, with English left installed, when its translation cannot be loaded.
bool installLanguage(const QString& language);
// The language installed last ("en" before any).
QString installedLanguage();

}  // namespace rnnlab::ui
