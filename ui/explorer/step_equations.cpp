#include "ui/explorer/step_equations.h"

#include <QRegularExpression>
#include <cmath>

#include "core/nn/symbol_input.h"

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

// The first layer's input term for symbols: "W_ii x_t" becomes "W_ii[:, s_t]" (one-hot) or
// "W_ii e_t" (embedding). Other layers and real input keep x_t.
QString withSymbolInput(QString symbolic, const NetworkConfig& config, int layer) {
    if (layer != 0 || config.input != InputKind::Symbols) return symbolic;
    static const QRegularExpression term(QStringLiteral("(W_i[a-z]+) x_t"));
    return symbolic.replace(
        term, hasEmbedding(config) ? QStringLiteral("\\1 e_t") : QStringLiteral("\\1[:, s_t]"));
}

// "σ(0.412)", or with the input term apart "σ(0.123 + 0.289) = σ(0.412)"; `values` gets the
// numbers in that order.
QString preActivationText(const QString& f, double inputTerm, double pre, bool apart,
                          QVector<double>& values) {
    const auto call = [&f](const QString& arg) {
        return f.isEmpty() ? arg : f + QLatin1Char('(') + arg + QLatin1Char(')');
    };
    if (!apart) {
        values << pre;
        return call(formatValue(pre));
    }
    const double rest = pre - inputTerm;
    values << inputTerm << rest << pre;
    const QString sign = rest < 0 ? QStringLiteral(" %1 ").arg(kMinus) : QStringLiteral(" + ");
    return call(formatValue(inputTerm) + sign + formatValue(std::abs(rest))) +
           QStringLiteral(" = ") + call(formatValue(pre));
}

// Value at step t - 1 of a (T, H) matrix; the zero initial state before the first step.
double previous(const Matrix<double>& m, Index t, Index unit) {
    return t > 0 ? m(t - 1, unit) : 0.0;
}

// e_t = E[s_t] = E[65] = (0.120, −0.300, 0.050, 0.410, …): the first kShown of E numbers.
EquationLine embeddingLine(const SequenceTrace& trace, Index t) {
    constexpr Index kShown = 4;
    const Index s = symbolAt(trace.x, t), size = trace.embedded.cols();
    EquationLine line{0, QStringLiteral("e_t = E[s_t] = E[%1]").arg(s), {}, {}};
    QStringList numbers;
    for (Index j = 0; j < std::min(size, kShown); ++j) {
        numbers << formatValue(trace.embedded(t, j));
        line.values << trace.embedded(t, j);
    }
    if (size > kShown) numbers << QStringLiteral("…");
    line.numeric = QLatin1Char('(') + numbers.join(QStringLiteral(", ")) + QLatin1Char(')');
    return line;
}

}  // namespace

QString EquationLine::text() const {
    const QString prefix = number > 0 ? QStringLiteral("(%1) ").arg(number) : QString();
    return prefix + plainNotation(symbolic) + QStringLiteral(" = ") + numeric;
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
    // Symbol input: the input term (a column of W_ih, or W_ih e_t) written apart.
    const bool apart =
        layer == 0 && trace.config.input == InputKind::Symbols && l.inputTerm.rows() == trace.steps;
    std::vector<EquationLine> lines;
    if (apart && hasEmbedding(trace.config) && trace.embedded.rows() == trace.steps)
        lines.push_back(embeddingLine(trace, t));

    if (trace.config.cell == CellType::Rnn) {
        const double a = l.preActivation(t, unit);
        const QString phi = trace.config.nonlinearity == Nonlinearity::Tanh
                                ? QStringLiteral("tanh")
                                : QStringLiteral("relu");
        EquationLine first{
            1,
            withSymbolInput(QStringLiteral("a_t = W_ih x_t + b_ih + W_hh h_{t-1} + b_hh"),
                            trace.config, layer),
            {},
            {}};
        first.numeric = preActivationText(QString(), apart ? l.inputTerm(t, unit) : 0.0, a, apart,
                                          first.values);
        lines.push_back(first);
        lines.push_back({2,
                         QStringLiteral("h_t = %1(a_t)").arg(phi),
                         QStringLiteral("%1(%2) = %3").arg(phi, formatValue(a), formatValue(h)),
                         {a, h}});
        return lines;
    }

    for (const GateTrace& g : l.gates) {
        const GateEquation& e = gateEquation(g.name);
        const double pre = g.preActivation(t, unit), value = g.value(t, unit);
        const Index column = Index(&g - l.gates.data()) * l.h.cols() + unit;
        EquationLine line{
            e.number, withSymbolInput(QString::fromUtf8(e.symbolic), trace.config, layer), {}, {}};
        line.numeric =
            preActivationText(QString::fromUtf8(e.activation), apart ? l.inputTerm(t, column) : 0.0,
                              pre, apart, line.values) +
            QStringLiteral(" = ") + formatValue(value);
        line.values << value;
        lines.push_back(line);
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
        if (c == QLatin1Char('\\') && i + 1 < notation.size()) {
            out += QString(notation[++i]).toHtmlEscaped();
        } else if ((sub || sup) && i + 1 < notation.size()) {
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

QString literalNotation(const QString& text) {
    QString out;
    for (QChar c : text) {
        if (QStringLiteral("_^-\\{}").contains(c)) out += QLatin1Char('\\');
        out += c;
    }
    return out;
}

QString plainNotation(const QString& notation) {
    QString out;
    for (int i = 0; i < notation.size(); ++i) {
        if (notation[i] == QLatin1Char('\\') && i + 1 < notation.size()) ++i;
        out += notation[i];
    }
    return out;
}

}  // namespace rnnlab::ui
