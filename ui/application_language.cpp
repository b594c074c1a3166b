#include "ui/application_language.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>
#include <QTranslator>
#include <memory>
#include <vector>

namespace rnnlab::ui {

namespace {

const QString kEnglish = QStringLiteral("en");
const QString kChinese = QStringLiteral("zh_CN");
const QString kLanguageKey = QStringLiteral("view/language");

struct Installed {
    QString language = kEnglish;
    std::vector<std::unique_ptr<QTranslator>> translators;
};

Installed& installed() {
    static Installed state;
    return state;
}

}  // namespace

QStringList availableLanguages() {
    return {kEnglish, kChinese};
}

QString languageDisplayName(const QString& language) {
    return language == kChinese ? QStringLiteral("简体中文") : QStringLiteral("English");
}

QString languageForLocale(const QString& localeName) {
    return localeName.startsWith(QLatin1String("zh")) ? kChinese : kEnglish;
}

QString chosenLanguage() {
    const QString chosen = QSettings().value(kLanguageKey).toString();
    return availableLanguages().contains(chosen) ? chosen : QString();
}

void setChosenLanguage(const QString& language) {
    QSettings settings;
    if (language.isEmpty()) {
        settings.remove(kLanguageKey);
    } else {
        settings.setValue(kLanguageKey, language);
    }
}

QString startupLanguage() {
    const QString chosen = chosenLanguage();
    return chosen.isEmpty() ? languageForLocale(QLocale::system().name()) : chosen;
}

bool installLanguage(const QString& language) {
    Installed& state = installed();
    for (const auto& t : state.translators) QCoreApplication::removeTranslator(t.get());
    state.translators.clear();
    state.language = kEnglish;
    if (language == kEnglish) return true;
    auto own = std::make_unique<QTranslator>();
    if (!own->load(QStringLiteral(":/translations/rnnlab_%1.qm").arg(language))) return false;
    QCoreApplication::installTranslator(own.get());
    state.translators.push_back(std::move(own));
    // Qt's own strings (OK, Cancel, the file dialog); without qt6-translations-l10n they stay
    // English and the rest is still translated.
    auto qt = std::make_unique<QTranslator>();
    if (qt->load(QStringLiteral("qtbase_%1").arg(language),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qt.get());
        state.translators.push_back(std::move(qt));
    }
    state.language = language;
    return true;
}

QString installedLanguage() {
    return installed().language;
}

}  // namespace rnnlab::ui
