#pragma once
// A cell's name as the papers and PyTorch write it, for titles and legends.

#include <QString>

#include "core/nn/network_config.h"

namespace rnnlab::ui {

// "RNN", "LSTM", "GRU".
inline QString cellName(CellType cell) {
    return QString::fromStdString(toString(cell)).toUpper();
}

}  // namespace rnnlab::ui
