#pragma once
// Painting the unrolled network (what it shows: unrolled_diagram.h) at the places
// DiagramGeometry gives: the header with its legend, then column by column the inputs, the
// cells with their arrows, the outputs and the step numbers, then the row labels.
//   forward pass:  cells filled with ‖h_t‖/√H up to the cursor; arrows as wide as the state
//   backward pass: cells filled with ‖dL/dh_t‖ (log scale) from the end back to the cursor;
//                  arrows point back in time, coloured and sized by it
//   symbol input:  each x_t cell shows its symbol (a character), ŷ the most likely output

#include <QPainter>
#include <QSize>

#include "core/nn/sequence_trace.h"
#include "ui/explorer/diagram_geometry.h"
#include "ui/explorer/symbol_labels.h"

class QCPColorGradient;

namespace rnnlab::ui {

// What one drawing shows besides its geometry.
struct DiagramView {
    const SequenceTrace& trace;  // at least one step
    int step = 0;                // the cursor
    int layer = 0;               // the selected layer
    bool backward = false;       // the backward pass (BPTT) rather than the forward one
    const QCPColorGradient& gradient;
    // Symbol input: x_t drawn as its symbol; a softmax output: ŷ as its most likely class.
    const SymbolLabels& labels;
};

void paintUnrolledDiagram(QPainter& painter, const QSize& size, const DiagramGeometry& geometry,
                          const DiagramView& view);

}  // namespace rnnlab::ui
