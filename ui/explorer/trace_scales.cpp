#include "ui/explorer/trace_scales.h"

#include <algorithm>
#include <cmath>

namespace rnnlab::ui {

std::vector<double> rowNorms(const Matrix<double>& m) {
    std::vector<double> out(size_t(m.rows()));
    for (Index t = 0; t < m.rows(); ++t) out[size_t(t)] = m.row(t).norm();
    return out;
}

std::vector<double> rowRms(const Matrix<double>& m) {
    std::vector<double> out = rowNorms(m);
    const double scale = m.cols() > 0 ? 1.0 / std::sqrt(double(m.cols())) : 0.0;
    for (double& v : out) v *= scale;
    return out;
}

ValueScale symmetricScale(const Matrix<double>& m) {
    const double largest = m.size() > 0 ? m.cwiseAbs().maxCoeff() : 0.0;
    const double bound = largest > 0 && std::isfinite(largest) ? largest : 1.0;
    return {QCPRange(-bound, bound), false};
}

ValueScale magnitudeScale(const std::vector<double>& magnitudes) {
    double largest = 0;
    for (double v : magnitudes) {
        if (std::isfinite(v)) largest = std::max(largest, v);
    }
    return {QCPRange(0, largest > 0 ? largest : 1.0), false};
}

ValueScale logScale(const std::vector<double>& magnitudes) {
    double largest = 0, smallest = HUGE_VAL;
    for (double v : magnitudes) {
        if (v > 0 && std::isfinite(v)) {
            largest = std::max(largest, v);
            smallest = std::min(smallest, v);
        }
    }
    if (largest == 0) return {QCPRange(1e-8, 1), true};
    const double floor = std::max(smallest, largest * std::pow(10.0, -kLogDecades));
    // A single value (or all equal) still gets a visible decade.
    return {QCPRange(floor < largest ? floor : largest / 10, largest), true};
}

double scalePosition(const ValueScale& scale, double value) {
    const QCPRange& r = scale.range;
    double p = 0;
    if (scale.logarithmic) {
        p = value > 0 ? std::log(value / r.lower) / std::log(r.upper / r.lower) : 0.0;
    } else {
        p = (value - r.lower) / (r.upper - r.lower);
    }
    return std::isfinite(p) ? std::clamp(p, 0.0, 1.0) : 0.0;
}

double logCell(const ValueScale& scale, double value) {
    return std::max(std::abs(value), scale.range.lower);
}

ValueScale stateScale(const SequenceTrace& trace, const Matrix<double>& h) {
    const bool relu =
        trace.config.cell == CellType::Rnn && trace.config.nonlinearity == Nonlinearity::Relu;
    return relu ? symmetricScale(h) : ValueScale{QCPRange(-1, 1), false};
}

bool isSigmoidGate(const std::string& gate) {
    return gate != "g" && gate != "n";
}

ValueScale gateScale(const std::string& gate) {
    return isSigmoidGate(gate) ? ValueScale{QCPRange(0, 1), false}
                               : ValueScale{QCPRange(-1, 1), false};
}

ValueScale gradientNormScale(const SequenceTrace& trace) {
    std::vector<double> norms;
    for (const LayerTrace& l : trace.layers) {
        for (const Matrix<double>* m : {&l.dh, &l.dc}) {
            const std::vector<double> n = rowNorms(*m);
            norms.insert(norms.end(), n.begin(), n.end());
        }
    }
    return logScale(norms);
}

ValueScale gradientUnitScale(const SequenceTrace& trace) {
    std::vector<double> values;
    for (const LayerTrace& l : trace.layers) {
        const Matrix<double> a = l.dh.cwiseAbs();
        values.insert(values.end(), a.data(), a.data() + a.size());
    }
    return logScale(values);
}

QCPColorGradient themedGradient(ColorMapKind kind) {
    // Figure keeps its gradients to itself; a figure that is never shown hands one over.
    Figure figure{QString(), QString(), QString()};
    return figure.addColorMap(QString(), QString(), kind)->gradient();
}

}  // namespace rnnlab::ui
