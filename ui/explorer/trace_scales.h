#pragma once
// The colour scales of the explorer: which range each traced quantity is coloured over, shared
// by the unrolled diagram, the heat maps and the bar charts so that one colour means one value
// everywhere. Only maxima and norms of traced numbers are taken here, nothing is recomputed.

#include <qcustomplot.h>

#include <vector>

#include "core/nn/sequence_trace.h"
#include "ui/plot/figure.h"

namespace rnnlab::ui {

// Gradients span many orders of magnitude; a log scale shows this many decades below the
// largest value, and anything smaller (exact zeros included) in the lowest colour.
constexpr double kLogDecades = 8;

struct ValueScale {
    QCPRange range{0, 1};
    bool logarithmic = false;
};

// ‖row t‖ and ‖row t‖ / sqrt(columns) (the root mean square) of a (T, H) matrix, per step.
std::vector<double> rowNorms(const Matrix<double>& m);
std::vector<double> rowRms(const Matrix<double>& m);

// [-m, m] with m the largest |value| (1 for an all-zero matrix): for signed quantities.
ValueScale symmetricScale(const Matrix<double>& m);
// [0, max] (1 when everything is 0): for magnitudes.
ValueScale magnitudeScale(const std::vector<double>& magnitudes);
// Logarithmic from max / 10^kLogDecades (or the smallest positive value, if larger) to max;
// [1e-8, 1] when nothing is positive.
ValueScale logScale(const std::vector<double>& magnitudes);
// A value as a fraction 0..1 of the scale (log scales: of the decades), clamped.
double scalePosition(const ValueScale& scale, double value);
// For a heat map with a log scale: |value|, raised to the scale's lower end so that zeros
// have a logarithm.
double logCell(const ValueScale& scale, double value);

// The scale of h_t in a layer: [-1, 1] for the bounded cells (tanh RNN, LSTM, GRU), the
// symmetric data range for a ReLU RNN.
ValueScale stateScale(const SequenceTrace& trace, const Matrix<double>& h);
// Gates: σ gates [0, 1], tanh gates (g, n) [-1, 1].
ValueScale gateScale(const std::string& gate);
bool isSigmoidGate(const std::string& gate);

// ‖dL/dh_t‖ (and ‖dL/dc_t‖) of every layer and step, on one log scale: what the diagram's
// cells and arrows show in the backward pass.
ValueScale gradientNormScale(const SequenceTrace& trace);
// |dL/dh_t| of single units of every layer, on one log scale: what the heat maps show.
ValueScale gradientUnitScale(const SequenceTrace& trace);

// The current theme's gradient of a Figure colour map of this kind, for drawings that are not
// figures (the unrolled diagram) so that their colours match the heat maps.
QCPColorGradient themedGradient(ColorMapKind kind);

}  // namespace rnnlab::ui
