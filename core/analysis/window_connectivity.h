#pragma once
// Connectivity on one validation window of a character model's text, ready to draw beside other
// networks' (Compare: RNN, LSTM and GRU on the same text and seed read the same window): the
// window read as the Text view reads it (text_reading.h) and, to its character t̃,
//   g_t = ‖∂ log p(y_t̃) / ∂x_t‖₂     t = 0 .. t̃            (connectivity.h)
// Both come from the same weights, so the strip's characters and the curve agree.

#include <vector>

#include "core/data/text_dataset.h"
#include "core/nn/network_config.h"
#include "core/nn/parameters.h"
#include "core/train/text_reading.h"

namespace rnnlab {

struct WindowConnectivity {
    Index windowCount = 0;   // validation windows of the text; 0: none, and nothing else is set
    Index window = 0;        // the window read, clamped to 0 .. windowCount - 1
    Index target = 0;        // t̃, clamped to 0 .. T - 1
    TextReading reading;     // that window's T characters
    std::vector<double> g;   // (t̃ + 1) g_t for t = 0 .. t̃
};

// ConfigError when the network is not a character model of this text (text_reading.h).
WindowConnectivity windowConnectivity(const NetworkConfig& network,
                                      const Parameters<float>& weights, const TextDataset& data,
                                      Index window, Index target);

}  // namespace rnnlab
