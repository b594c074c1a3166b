#pragma once
// How the window writes the quantities of backpropagation through time, one way everywhere:
// the norm of a layer's vector with ‖ ‖ (|x| is one unit's value), derivatives as dL/dh, and
// the time step as a real subscript. Plot titles, labels and legends are plain text
// (QCustomPlot draws no HTML), so the subscript is the Unicode character ₜ (U+209C).

#include <QString>

namespace rnnlab::ui::notation {

inline const QString kSubT = QStringLiteral("\u209c");  // ₜ

// ‖dL/dhₜ‖: the size of the gradient reaching the hidden state at step t.
inline QString gradientNorm() {
    return QStringLiteral("\u2016dL/dh") + kSubT + QStringLiteral("\u2016");
}

}  // namespace rnnlab::ui::notation
