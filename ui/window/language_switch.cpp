#include "ui/window/language_switch.h"

#include <QActionGroup>
#include <QCoreApplication>
#include <QLocale>
#include <QMenu>
#include <stdexcept>

#include "ui/application_language.h"
#include "ui/window/lab_window.h"

namespace rnnlab::ui {

void WindowReopening::applyTo(LabWindow& window) const {
    if (!experimentFile.isEmpty()) {
        window.openFile(experimentFile);
    } else if (!lesson.isEmpty()) {
        try {
            window.openLesson(lesson);
        } catch (const std::runtime_error&) {  // a lesson from a file: the window starts anew
        }
    }
    if (!view.isEmpty()) window.showView(view);
}

void fillLanguageMenu(QMenu* menu, const std::function<void(const QString&)>& chosen) {
    auto* group = new QActionGroup(menu);
    const QString current = chosenLanguage();
    const auto add = [&](const QString& text, const QString& language) {
        QAction* action = menu->addAction(text);
        action->setObjectName(QStringLiteral("language-") +
                              (language.isEmpty() ? QStringLiteral("system") : language));
        action->setCheckable(true);
        action->setChecked(language == current);
        group->addAction(action);
        QObject::connect(action, &QAction::triggered, menu, [language, chosen] {
            if (language != chosenLanguage()) chosen(language);
        });
    };
    add(QCoreApplication::translate("rnnlab::ui::LabWindow", "Follow the System (%1)")
            .arg(languageDisplayName(languageForLocale(QLocale::system().name()))),
        QString());
    menu->addSeparator();
    // Each language in its own name, so that it can be found whatever the window speaks.
    for (const QString& language : availableLanguages())
        add(languageDisplayName(language), language);
}

}  // namespace rnnlab::ui
