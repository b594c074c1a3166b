#pragma once
// The equations of one unit at one time step, with the traced numbers substituted: what the
// explorer's step detail panel shows. The equations and their numbers are those of the cell
// headers (core/nn/rnn_cell.h, lstm_cell.h, gru_cell.h), written in the same notation; the
// numbers are read from a SequenceTrace, never recomputed:
//   (2) f_t = σ(W_if x_t + b_if + W_hf h_{t-1} + b_hf) = σ(0.412) = 0.602
//   (5) c_t = f_t ⊙ c_{t-1} + i_t ⊙ g_t = 0.602 · 0.120 + 0.330 · 0.800 = 0.336
// With symbol input (core/nn/symbol_input.h) the first layer's input term is the column of the
// symbol, W_ii x_t = W_ii[:, s_t] (one-hot), or W_ii e_t with e_t = E[s_t] (embedding); its
// traced value is written apart: σ(W_ii[:, s_t] + ...) = σ(0.123 + 0.289) = σ(0.412) = 0.602.
// Pure functions of the trace: no widgets. Steps and units are 0-based here; at t = 0 the
// previous state h_{t-1} (and c_{t-1}) is the zero initial state every trace starts from.

#include <QString>
#include <QVector>
#include <vector>

#include "core/nn/sequence_trace.h"

namespace rnnlab::ui {

struct EquationLine {
    int number = 0;          // the equation's number in the cell header; 0: none (a norm)
    QString symbolic;        // as in the header: "f_t = σ(W_if x_t + b_if + W_hf h_{t-1} + b_hf)"
    QString numeric;         // the traced numbers substituted: "σ(0.412) = 0.602"
    QVector<double> values;  // those numbers, in the order they appear; the last is the result

    // "(2) f_t = σ(...) = σ(0.412) = 0.602"
    QString text() const;
};

// A traced number for display: three decimals from 0.01 up ("0.602", "−1.250"), three
// significant digits with a power of ten below that and from 10⁴ ("4.50×10⁻³"), "0" for zero.
// A Unicode minus sign, so columns of numbers read well on a projector.
QString formatValue(double value);

// The forward equations of `unit` in `layer` at step t: RNN (1)-(2), LSTM (1)-(6), GRU (1)-(4);
// for symbol input with an embedding, e_t = E[s_t] first (unnumbered).
std::vector<EquationLine> forwardEquations(const SequenceTrace& trace, int layer, Index t,
                                           Index unit);

// The traced gradients of `unit` at step t: dL/dh_t with the equation that completes it (RNN
// (4), LSTM (13), GRU (9)) and ‖dL/dh_t‖ over the layer's units; for LSTM also dL/dc_t (7) and
// ‖dL/dc_t‖. Empty when the trace has no gradients (no target).
std::vector<EquationLine> backwardEquations(const SequenceTrace& trace, int layer, Index t,
                                            Index unit);

// True when the trace carries dL/dh_t (it was traced with a target).
bool hasGradients(const SequenceTrace& trace);

// The header notation as HTML: "_x" and "_{t-1}" become subscripts, "^T" and "^{hh}"
// superscripts, "-" a minus sign; <, > and & are escaped. A backslash takes the next character
// as it is (literalNotation): a symbol '_' or '-' in a label.
QString equationHtml(const QString& notation);
// `text` with a backslash before each character equationHtml would change: a label in notation.
QString literalNotation(const QString& text);
// The notation as plain text: the backslashes of literalNotation removed.
QString plainNotation(const QString& notation);

}  // namespace rnnlab::ui
