#include "ui/explorer/symbol_labels.h"

#include <QCoreApplication>

#include "core/nn/symbol_input.h"
#include "ui/text/shown_symbol.h"

namespace rnnlab::ui {

QString SymbolLabels::symbol(Index index) const {
    if (index >= 0 && index < symbols.size()) return symbols[int(index)];
    return QStringLiteral("#%1").arg(index);
}

QString SymbolLabels::className(Index index) const {
    if (index >= 0 && index < classes.size()) return classes[int(index)];
    return QCoreApplication::translate("rnnlab::ui::SymbolLabels", "class %1").arg(index);
}

SymbolLabels symbolLabelsOf(const TrainingData* data) {
    if (!data || data->vocabularySize() == 0) return {};
    return {shownSymbols(data->symbolNames()), shownSymbols(data->classNames())};
}

bool hasSymbolInput(const SequenceTrace& trace) {
    return trace.config.input == InputKind::Symbols && trace.x.cols() == 1;
}

Index symbolOf(const SequenceTrace& trace, Index t) {
    return symbolAt(trace.x, t);
}

bool hasSymbolOutput(const SequenceTrace& trace) {
    return hasSymbolInput(trace) && trace.config.loss == LossKind::CrossEntropy &&
           trace.outputs.cols() > 1;
}

}  // namespace rnnlab::ui
