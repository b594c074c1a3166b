#pragma once
// What the indices of a symbol-input network mean, as the explorer writes them: the input
// symbol s_t of each step (a text's character, a task's symbol) and the classes of the output
// (the next character, a label, "balanced"). Taken from the run's data (TrainingData::
// symbolNames / classNames) and shown visibly (ui/text/shown_symbol.h: a space as ␣). An index
// without a name is written by its number ("class 3"), so a trace of another run is never
// labelled with stale names.

#include <QStringList>

#include "core/data/training_data.h"
#include "core/nn/sequence_trace.h"

namespace rnnlab::ui {

struct SymbolLabels {
    QStringList symbols;  // index order, shown
    QStringList classes;  // index order, shown

    QString symbol(Index index) const;     // "e", or the number after a '#' without a name
    QString className(Index index) const;  // "e", "balanced", or "class 3" without a name
    bool operator==(const SymbolLabels& o) const {
        return symbols == o.symbols && classes == o.classes;
    }
};

// The labels of a run's data; empty for real-valued inputs or without data.
SymbolLabels symbolLabelsOf(const TrainingData* data);

// The trace's input is one symbol index per step (core/nn/symbol_input.h).
bool hasSymbolInput(const SequenceTrace& trace);
// The symbol index of step t; hasSymbolInput(trace).
Index symbolOf(const SequenceTrace& trace, Index t);

// The output is a distribution over symbols or classes (logits, softmax) shown with names: a
// symbol-input network trained with cross-entropy.
bool hasSymbolOutput(const SequenceTrace& trace);

}  // namespace rnnlab::ui
