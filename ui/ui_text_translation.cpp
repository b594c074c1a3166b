#include "ui/ui_text_translation.h"

#include <QCoreApplication>

#include "core/base/errors.h"
#include "core/data/catalog.h"

namespace rnnlab::ui {

QString translated(const UiText& text) {
    QString out;
    for (const UiText::Part& p : text.parts) {
        const QString source = QCoreApplication::translate(kUiTextContext, p.source.c_str());
        out += QString::fromStdString(fillIn(source.toStdString(), p.values));
    }
    return out;
}

QString catalogText(const std::string& english) {
    return QCoreApplication::translate(kCatalogContext, english.c_str());
}

QString translatedUserMessage(const std::exception& error) {
    return translated(userText(error));
}

}  // namespace rnnlab::ui
