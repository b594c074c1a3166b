#pragma once
// A symbol as the window writes it (a text's character, a task's symbol, a class name): the
// characters that draw nothing get a visible sign, so a space or a line end can be pointed at.
//   ""  (the unknown symbol)  →  "�"      " "  →  "␣"      "\n"  →  "↵"      "\t"  →  "⇥"
// Anything else is shown as it is.

#include <QString>
#include <string>
#include <vector>

namespace rnnlab::ui {

QString shownSymbol(const std::string& symbol);
// Every name of a list, shown: the labels of an axis or a picker.
QStringList shownSymbols(const std::vector<std::string>& symbols);

}  // namespace rnnlab::ui
