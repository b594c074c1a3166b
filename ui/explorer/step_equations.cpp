#include "ui/explorer/step_equations.h"

#include <cmath>

namespace rnnlab::ui {

namespace {

const QChar kMinus(0x2212);

// One gate's forward equation as numbered in its cell header.
struct GateEquation {
    const char* gate;
    int number;
    const char* symbolic;
    const char* activation;  // "σ" or "tanh"
};

const GateEquation kGateEquations[] = {
    // core/nn/lstm_cell.h
    {"i", 1, "i_t = σ(W_ii x_t + b_ii + W_hi h_{t-1} + b_hi)", "σ"},
    {"f", 2, "f_t = σ(W_if x_t + b_if + W_hf h_{t-1} + b_hf)", "σ"},
    {"g", 3, "g_t = tanh(W_ig x_t + b_ig + W_hg h_{t-1} + b_hg)", "tanh"},
    {"o", 4, "o_t = σ(W_io x_t + b_io + W_ho h_{t-1} + b_ho)", "σ"},
    // core/nn/gru_cell.h
    {"r", 1, "r_t = σ(W_ir x_t + b_ir + W_hr h_{t-1} + b_hr)", "σ"},
    {"z", 2, "z_t = σ(W_iz x_t + b_iz + W_hz h_{t-1} + b_hz)", "σ"},
    {"n", 3, "n_t = tanh(W_in x_t + b_in + r_t ⊙ (W_hn h_{t-1} + b_hn))", "tanh"},
};

const GateEquation& gateEquation(const std::string& gate) {
    for (const GateEquation& e : kGateEquations) {
        if (gate == e.gate) return e;
    }
    RNNLAB_ASSERT(false, "unknown gate name");
    return kGateEquations[0];
}

const GateTrace& gateNamed(const LayerTrace& layer, const char* name) {
    for (const GateTrace& g : layer.gates) {
        if (g.name == name) return g;
    }
    RNNLAB_ASSERT(false, "gate missing from the trace");
    return layer.gates.front();
}

// A factor or later term of a sum: negative numbers in parentheses, "0.600 · (−0.120)".
QString operand(double v) {
    return v < 0 ? QLatin1Char('(') + formatValue(v) + QLatin1Char(')') : formatValue(v);
}

QString superscript(int n) {
    static const QString digits = QStringLiteral("⁰¹²³⁴⁵⁶⁷⁸⁹");
    QString out = n < 0 ? QStringLiteral("⁻") : QString();
    for (QChar c : QString::number(std::abs(n))) out += digits[c.digitValue()];
    return out;
}

// Value at step t - 1 of a (T, H) matrix; the zero initial state before the first step.
double previous(const Matrix<double>& m, Index t, Index unit) {
    return t > 0 ? m(t - 1, unit) : 0.0;
}

}  // namespace

QString EquationLine::text() const {
    const QString prefix = number > 0 ? QStringLiteral("(%1) ").arg(number) : QString();
    return prefix + symbolic + QStringLiteral(" = ") + numeric;
}

QString formatValue(double value) {
    if (std::isnan(value)) return QStringLiteral("NaN");
    if (std::isinf(value)) return value > 0 ? QStringLiteral("∞") : kMinus + QStringLiteral("∞");
    if (value == 0) return QStringLiteral("0");
    const double a = std::abs(value);
    QString text;
    if (a >= 0.01 && a < 1e4) {
        text = QString::number(a, 'f', 3);
    } else {
        int exponent = int(std::floor(std::log10(a)));
        QString mantissa = QString::number(a / std::pow(10.0, exponent), 'f', 2);
        if (mantissa == QLatin1String("10.00")) {  // 9.996e-3 rounds up to 1.00e-2
            ++exponent;
            mantissa = QString::number(a / std::pow(10.0, exponent), 'f', 2);
        }
        text = mantissa + QStringLiteral("×10") + superscript(exponent);
    }
    return value < 0 ? kMinus + text : text;
}

bool hasGradients(const SequenceTrace& trace) {
    return trace.steps > 0 && !trace.layers.empty() &&
           trace.layers.front().dh.rows() == trace.steps;
}

std::vector<EquationLine> forwardEquations(const SequenceTrace& trace, int layer, Index t,
                                           Index unit) {
    RNNLAB_ASSERT(layer >= 0 && layer < int(trace.layers.size()), "layer out of range");
    RNNLAB_ASSERT(t >= 0 && t < trace.steps, "time step out of range");
    const LayerTrace& l = trace.layers[size_t(layer)];
    RNNLAB_ASSERT(unit >= 0 && unit < l.h.cols(), "unit out of range");
    const double h = l.h(t, unit);
    std::vector<EquationLine> lines;

    if (trace.config.cell == CellType::Rnn) {
        const double a = l.preActivation(t, unit);
        const QString phi = trace.config.nonlinearity == Nonlinearity::Tanh
                                ? QStringLiteral("tanh")
                                : QStringLiteral("relu");
        lines.push_back({1,
                         QStringLiteral("a_t = W_ih x_t + b_ih + W_hh h_{t-1} + b_hh"),
                         formatValue(a),
                         {a}});
        lines.push_back({2,
                         QStringLiteral("h_t = %1(a_t)").arg(phi),
                         QStringLiteral("%1(%2) = %3").arg(phi, formatValue(a), formatValue(h)),
                         {a, h}});
        return lines;
    }

    for (const GateTrace& g : l.gates) {
        const GateEquation& e = gateEquation(g.name);
        const double pre = g.preActivation(t, unit), value = g.value(t, unit);
        lines.push_back(
            {e.number,
             QString::fromUtf8(e.symbolic),
             QStringLiteral("%1(%2) = %3")
                 .arg(QString::fromUtf8(e.activation), formatValue(pre), formatValue(value)),
             {pre, value}});
    }
    const double hPrev = previous(l.h, t, unit);
    if (trace.config.cell == CellType::Lstm) {
        const double i = gateNamed(l, "i").value(t, unit), f = gateNamed(l, "f").value(t, unit);
        const double g = gateNamed(l, "g").value(t, unit), o = gateNamed(l, "o").value(t, unit);
        const double cPrev = previous(l.c, t, unit), c = l.c(t, unit);
        lines.push_back(
            {5,
             QStringLiteral("c_t = f_t ⊙ c_{t-1} + i_t ⊙ g_t"),
             QStringLiteral("%1 · %2 + %3 · %4 = %5")
                 .arg(formatValue(f), operand(cPrev), operand(i), operand(g), formatValue(c)),
             {f, cPrev, i, g, c}});
        lines.push_back({6,
                         QStringLiteral("h_t = o_t ⊙ tanh(c_t)"),
                         QStringLiteral("%1 · tanh(%2) = %3")
                             .arg(formatValue(o), formatValue(c), formatValue(h)),
                         {o, c, h}});
    } else {
        const double z = gateNamed(l, "z").value(t, unit), n = gateNamed(l, "n").value(t, unit);
        lines.push_back(
            {4,
             QStringLiteral("h_t = (1 - z_t) ⊙ n_t + z_t ⊙ h_{t-1}"),
             QStringLiteral("(1 %1 %2) · %3 + %4 · %5 = %6")
                 .arg(kMinus)
                 .arg(operand(z), operand(n), operand(z), operand(hPrev), formatValue(h)),
             {z, n, z, hPrev, h}});
    }
    return lines;
}

std::vector<EquationLine> backwardEquations(const SequenceTrace& trace, int layer, Index t,
                                            Index unit) {
    if (!hasGradients(trace)) return {};
    RNNLAB_ASSERT(layer >= 0 && layer < int(trace.layers.size()), "layer out of range");
    RNNLAB_ASSERT(t >= 0 && t < trace.steps, "time step out of range");
    const LayerTrace& l = trace.layers[size_t(layer)];
    RNNLAB_ASSERT(unit >= 0 && unit < l.dh.cols(), "unit out of range");
    const QString direct = QStringLiteral("dL/dh_t = (from ŷ and the layer above) + ");
    const QString units = QStringLiteral("‖dL/d%1_t‖ over the layer's %2 units");
    std::vector<EquationLine> lines;
    const double dh = l.dh(t, unit), dhNorm = l.dh.row(t).norm();
    switch (trace.config.cell) {
        case CellType::Rnn:
            lines.push_back({4, direct + QStringLiteral("W_hh^T da_{t+1}"), formatValue(dh), {dh}});
            break;
        case CellType::Lstm:
            lines.push_back({13,
                             direct + QStringLiteral("W_hh^T [da_i da_f da_g da_o]_{t+1}"),
                             formatValue(dh),
                             {dh}});
            break;
        case CellType::Gru:
            lines.push_back(
                {9,
                 direct +
                     QStringLiteral("dL/dh_{t+1} ⊙ z_{t+1} + W_hh^T [da_r da_z da^hh_n]_{t+1}"),
                 formatValue(dh),
                 {dh}});
            break;
    }
    lines.push_back(
        {0, units.arg(QLatin1Char('h')).arg(l.dh.cols()), formatValue(dhNorm), {dhNorm}});
    if (trace.config.cell == CellType::Lstm && l.dc.rows() == trace.steps) {
        const double dc = l.dc(t, unit), dcNorm = l.dc.row(t).norm();
        lines.push_back(
            {7,
             QStringLiteral("dL/dc_t = f_{t+1} ⊙ dL/dc_{t+1} + dL/dh_t ⊙ o_t ⊙ (1 - tanh²(c_t))"),
             formatValue(dc),
             {dc}});
        lines.push_back(
            {0, units.arg(QLatin1Char('c')).arg(l.dc.cols()), formatValue(dcNorm), {dcNorm}});
    }
    return lines;
}

QString equationHtml(const QString& notation) {
    QString out;
    for (int i = 0; i < notation.size(); ++i) {
        const QChar c = notation[i];
        const bool sub = c == QLatin1Char('_'), sup = c == QLatin1Char('^');
        if ((sub || sup) && i + 1 < notation.size()) {
            QString group;
            if (notation[i + 1] == QLatin1Char('{')) {
                const int close = notation.indexOf(QLatin1Char('}'), i + 2);
                const int end = close < 0 ? notation.size() : close;
                group = notation.mid(i + 2, end - i - 2);
                i = end;
            } else {
                int j = i + 1;
                while (j < notation.size() && notation[j].isLetterOrNumber()) ++j;
                group = notation.mid(i + 1, j - i - 1);
                i = j - 1;
            }
            const QString tag = sub ? QStringLiteral("sub") : QStringLiteral("sup");
            out += QStringLiteral("<%1>%2</%1>").arg(tag, equationHtml(group));
        } else if (c == QLatin1Char('-')) {
            out += kMinus;
        } else if (c == QLatin1Char('<')) {
            out += QStringLiteral("&lt;");
        } else if (c == QLatin1Char('>')) {
            out += QStringLiteral("&gt;");
        } else if (c == QLatin1Char('&')) {
            out += QStringLiteral("&amp;");
        } else {
            out += c;
        }
    }
    return out;
}

}  // namespace rnnlab::ui
