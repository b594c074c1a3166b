#pragma once
// What colours the text strip (text_strip.h), and how: one number per character of a reading
// (core/train/text_reading.h) mapped on a scale.
//   surprise s_n = -log2 p(y_n)   sequential, 0 .. log2 V bits (log2 V: a uniform guess)
//   h, g (LSTM), n (GRU)          diverging, -1 .. 1 (tanh)
//   c (LSTM)                      diverging, -m .. m with m = max(1, max |c|) over the reading
//   i, f, o (LSTM), r, z (GRU)    sequential, 0 .. 1 (σ)
//   connectivity g_t              logarithmic, from the smallest to the largest positive g_t
//     (or the ends several strips share, when networks are compared on one text):
//     ‖∂ log p(y_t̃) / ∂x_t‖ to a chosen character t̃ (core/analysis/connectivity.h), for the
//     characters of its window (or typed text) up to t̃; computed apart from the reading and
//     carried by the colouring
// A character without a value (the last of a typed text has no surprise) is left uncoloured.

#include <QColor>
#include <QString>
#include <memory>
#include <vector>

#include "core/train/text_reading.h"

namespace rnnlab::ui {

struct ThemeStyle;

struct StripColouring {
    enum class Quantity { Surprise, Hidden, Cell, Gate, Connectivity };
    Quantity quantity = Quantity::Surprise;
    int layer = 0;
    int unit = 0;
    int gate = 0;  // index into LayerReading::gates when quantity is Gate
    // Connectivity: the character t̃ and g_t per character of the reading (NaN where there is
    // none); null while it is being computed.
    Index target = -1;
    std::shared_ptr<const std::vector<float>> connectivity;
    // Connectivity: the scale's ends when strips share one (Compare); 0: the strip's own.
    double sharedLow = 0.0;
    double sharedHigh = 0.0;
    bool operator==(const StripColouring& o) const {
        return quantity == o.quantity && layer == o.layer && unit == o.unit && gate == o.gate &&
               target == o.target && connectivity == o.connectivity &&
               sharedLow == o.sharedLow && sharedHigh == o.sharedHigh;
    }
};

struct StripScale {
    enum class Kind { Diverging, Sequential, Surprise, Logarithmic };
    Kind kind = Kind::Surprise;
    double low = 0.0;
    double high = 1.0;
    QString name;  // "surprise −log₂ p (bits)", "h (layer 1, unit 3)"
};

// One value per character; NaN where there is none. An out-of-range layer, unit or gate
// gives NaN everywhere.
std::vector<float> stripValues(const TextReading& reading, const StripColouring& colouring);
StripScale stripScale(const TextReading& reading, const StripColouring& colouring,
                      const std::vector<float>& values);
// The background of a character with `value`: the theme's plot background at the scale's
// neutral point (0 for a diverging scale, its low end otherwise), full colour at its ends;
// values beyond the ends take the end colour; NaN is transparent. A logarithmic scale places
// log10(value) between log10(low) and log10(high); 0 takes its low end.
QColor stripColour(const StripScale& scale, double value, const ThemeStyle& style);
// The value at fraction f (0 .. 1) along the scale: linear, or geometric for a logarithmic one.
double stripScaleValue(const StripScale& scale, double f);
// Character n as shown, in quotes: ‘t’, ‘␣’.
QString quotedCharacter(const TextReading& reading, Index n);
// A gate as the pickers name it, letter first: "f, forget gate", "z, update gate", ... (the
// Explorer's heat maps title theirs "Forget gate fₜ": trace_heatmaps.h)
QString gatePickerTitle(const std::string& name);
// Black or white, whichever reads better on `background`.
QColor textColourOn(const QColor& background, const ThemeStyle& style);

}  // namespace rnnlab::ui
