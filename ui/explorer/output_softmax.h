#pragma once
// The network's answer ŷ as probabilities: the head's logits z at one step (a "sequence"
// output's row t, a "last" output's only row) through the softmax the cross-entropy loss
// applies (core/nn/loss.h), p_i = softmax(z)_i = exp(z_i) / Σ_j exp(z_j), the k most likely
// first, and written out with the numbers:
//   Σ_j exp(z_j) over the 72 symbols = 54.200
//   p('e') = exp(z_{65}) / Σ_j exp(z_j) = exp(2.310) / 54.200 = 10.074 / 54.200 = 0.186
// Read from the trace's logits; pure functions, no widgets.

#include <QString>
#include <functional>
#include <vector>

#include "core/nn/sequence_trace.h"
#include "ui/explorer/step_equations.h"

namespace rnnlab::ui {

struct OutputProbability {
    Index index = 0;   // the class (a symbol, a label)
    double logit = 0;  // z_i
    double p = 0;      // softmax(z)_i
};

// The row of trace.outputs that answers at step t: t for a "sequence" output, 0 for "last".
Index outputRow(const SequenceTrace& trace, Index t);

// The k largest probabilities of row `row`, largest first (ties: the lower index first).
std::vector<OutputProbability> topProbabilities(const SequenceTrace& trace, Index row, int k);

// The softmax written out for `top` (from topProbabilities on the same row): the sum first,
// then one line per entry, labelled by `label` (a shown symbol or class name). When the
// largest logit m is large (exp would overflow), every exponent is written shifted by it.
std::vector<EquationLine> softmaxEquations(const SequenceTrace& trace, Index row,
                                           const std::vector<OutputProbability>& top,
                                           const std::function<QString(Index)>& label);

}  // namespace rnnlab::ui
