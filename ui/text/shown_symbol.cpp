#include "ui/text/shown_symbol.h"

#include <QStringList>

namespace rnnlab::ui {

QString shownSymbol(const std::string& symbol) {
    if (symbol.empty()) return QStringLiteral("\uFFFD");
    if (symbol == " ") return QStringLiteral("\u2423");
    if (symbol == "\n") return QStringLiteral("\u21B5");
    if (symbol == "\r") return QStringLiteral("\u240D");
    if (symbol == "\t") return QStringLiteral("\u21E5");
    return QString::fromStdString(symbol);
}

QStringList shownSymbols(const std::vector<std::string>& symbols) {
    QStringList shown;
    shown.reserve(int(symbols.size()));
    for (const std::string& s : symbols) shown << shownSymbol(s);
    return shown;
}

}  // namespace rnnlab::ui
