// The step detail panel's equations: the numbering and notation of the cell headers, the traced
// numbers substituted (hand-built traces give exact text), the right numbers picked from engine
// traces (they satisfy the cell's equations), gradients only with a target, and the HTML form.
#include <cmath>

#include "test_main.h"
#include "core/base/random.h"
#include "ui/explorer/step_equations.h"

namespace RNNLAB_TEST_FILE {

using namespace rnnlab;
using namespace rnnlab::ui;

namespace {

Matrix<double> column(std::initializer_list<double> values) {
    Matrix<double> m(Index(values.size()), 1);
    Index t = 0;
    for (double v : values) m(t++, 0) = v;
    return m;
}

// One unit, two steps, hand-picked numbers: the panel only substitutes them.
SequenceTrace handLstm() {
    SequenceTrace tr;
    tr.config.cell = CellType::Lstm;
    tr.config.hiddenSize = 1;
    tr.steps = 2;
    tr.x = column({0.5, -1});
    LayerTrace l;
    l.gates = {{"i", column({0.25, 0.33}), column({-1.1, -0.708})},
               {"f", column({0.7, 0.601}), column({0.85, 0.41})},
               {"g", column({0.5, 0.8}), column({0.55, 1.1})},
               {"o", column({0.9, 0.7}), column({2.2, 0.85})}};
    l.c = column({0.12, 0.336});
    l.h = column({0.107, 0.227});
    l.dh = column({0.0045, -0.25});
    l.dc = column({0.0123, 0.5});
    tr.layers = {l};
    tr.loss = 0.1;
    return tr;
}

// A random network's trace with gradients (or without, when target is false).
SequenceTrace engineTrace(CellType cell, Nonlinearity act, int layers, bool target) {
    NetworkConfig c;
    c.cell = cell;
    c.nonlinearity = act;
    c.inputSize = 2;
    c.hiddenSize = 5;
    c.numLayers = layers;
    RecurrentNetwork<double> net(c);
    Random rng(11);
    for (Index i = 0; i < net.parameters().flat().size(); ++i)
        net.parameters().flat()[i] = rng.uniform(-0.8, 0.8);
    const Index T = 7;
    Matrix<double> x(T, 2);
    for (Index i = 0; i < x.size(); ++i) x.data()[i] = rng.normal();
    Workspace<double> ws;
    net.forward(x, T, 1, ws);
    if (!target) return extractTrace(net, ws, 0, std::nullopt);
    Parameters<double> grads;
    const double loss = net.backward(ws, Matrix<double>::Constant(1, 1, 0.3), grads);
    return extractTrace(net, ws, 0, loss);
}

QStringList texts(const std::vector<EquationLine>& lines) {
    QStringList out;
    for (const EquationLine& l : lines) out << l.text();
    return out;
}

const GateTrace& gate(const LayerTrace& l, const char* name) {
    for (const GateTrace& g : l.gates) {
        if (g.name == name) return g;
    }
    qFatal("no gate %s", name);
}

}  // namespace

class TestExplorerEquations : public QObject {
    Q_OBJECT
private slots:
    void formatsNumbers_data() {
        QTest::addColumn<double>("value");
        QTest::addColumn<QString>("text");
        QTest::newRow("zero") << 0.0 << "0";
        QTest::newRow("negative zero") << -0.0 << "0";
        QTest::newRow("gate") << 0.6 << "0.600";
        QTest::newRow("negative") << -1.25 << "\u22121.250";
        QTest::newRow("hundredth") << 0.01 << "0.010";
        QTest::newRow("small gradient") << 0.0045 << "4.50\u00d710\u207b\u00b3";
        QTest::newRow("rounds to the next decade") << 0.0099996 << "1.00\u00d710\u207b\u00b2";
        QTest::newRow("vanished") << -1.234e-12 << "\u22121.23\u00d710\u207b\u00b9\u00b2";
        QTest::newRow("large") << 12345.0 << "1.23\u00d710\u2074";
        QTest::newRow("not a number") << std::nan("") << "NaN";
        QTest::newRow("infinite") << -HUGE_VAL << "\u2212\u221e";
    }
    void formatsNumbers() {
        QFETCH(double, value);
        QFETCH(QString, text);
        QCOMPARE(formatValue(value), text);
    }

    // The LSTM equations (1)-(6) of core/nn/lstm_cell.h with the numbers of unit 0 at t = 1.
    void lstmLinesAreTheHeaderEquationsWithNumbers() {
        const SequenceTrace tr = handLstm();
        QCOMPARE(texts(forwardEquations(tr, 0, 1, 0)),
                 (QStringList{
                     "(1) i_t = σ(W_ii x_t + b_ii + W_hi h_{t-1} + b_hi) = σ(−0.708) = 0.330",
                     "(2) f_t = σ(W_if x_t + b_if + W_hf h_{t-1} + b_hf) = σ(0.410) = 0.601",
                     "(3) g_t = tanh(W_ig x_t + b_ig + W_hg h_{t-1} + b_hg) = tanh(1.100) = 0.800",
                     "(4) o_t = σ(W_io x_t + b_io + W_ho h_{t-1} + b_ho) = σ(0.850) = 0.700",
                     "(5) c_t = f_t ⊙ c_{t-1} + i_t ⊙ g_t = 0.601 · 0.120 + 0.330 · 0.800 = 0.336",
                     "(6) h_t = o_t ⊙ tanh(c_t) = 0.700 · tanh(0.336) = 0.227"}));
        const EquationLine forget = forwardEquations(tr, 0, 1, 0)[1];
        QCOMPARE(forget.number, 2);
        QCOMPARE(forget.values, (QVector<double>{0.41, 0.601}));
    }

    // Before the first step the state is the zero initial state.
    void firstStepUsesTheZeroInitialState() {
        const SequenceTrace tr = handLstm();
        const std::vector<EquationLine> lines = forwardEquations(tr, 0, 0, 0);
        QCOMPARE(
            lines[4].text(),
            QString("(5) c_t = f_t ⊙ c_{t-1} + i_t ⊙ g_t = 0.700 · 0 + 0.250 · 0.500 = 0.120"));
        QCOMPARE(lines[4].values, (QVector<double>{0.7, 0.0, 0.25, 0.5, 0.12}));
    }

    void lstmGradients() {
        const SequenceTrace tr = handLstm();
        QCOMPARE(texts(backwardEquations(tr, 0, 0, 0)),
                 (QStringList{"(13) dL/dh_t = (from ŷ and the layer above) + W_hh^T [da_i da_f "
                              "da_g da_o]_{t+1} = 4.50×10⁻³",
                              "‖dL/dh_t‖ over the layer's 1 units = 4.50×10⁻³",
                              "(7) dL/dc_t = f_{t+1} ⊙ dL/dc_{t+1} + dL/dh_t ⊙ o_t ⊙ (1 - "
                              "tanh²(c_t)) = 0.012",
                              "‖dL/dc_t‖ over the layer's 1 units = 0.012"}));
    }

    // GRU (4) with negative numbers in parentheses, and RNN with ReLU.
    void gruAndReluLines() {
        SequenceTrace gru;
        gru.config.cell = CellType::Gru;
        gru.config.hiddenSize = 1;
        gru.steps = 2;
        LayerTrace l;
        l.gates = {{"r", column({0.5, 0.4}), column({0.0, -0.405})},
                   {"z", column({0.2, 0.3}), column({-1.386, -0.847})},
                   {"n", column({0.1, -0.5}), column({0.1, -0.549})}};
        l.h = column({0.1, -0.32});
        gru.layers = {l};
        const std::vector<EquationLine> lines = forwardEquations(gru, 0, 1, 0);
        QCOMPARE(lines.size(), size_t(4));
        QCOMPARE(lines[2].text(), QString("(3) n_t = tanh(W_in x_t + b_in + r_t ⊙ (W_hn h_{t-1} + "
                                          "b_hn)) = tanh(−0.549) = −0.500"));
        QCOMPARE(lines[3].text(), QString("(4) h_t = (1 - z_t) ⊙ n_t + z_t ⊙ h_{t-1} = (1 − "
                                          "0.300) · (−0.500) + 0.300 · 0.100 = −0.320"));
        QVERIFY(backwardEquations(gru, 0, 1, 0).empty());  // no dh: traced without a target

        SequenceTrace rnn;
        rnn.config.cell = CellType::Rnn;
        rnn.config.nonlinearity = Nonlinearity::Relu;
        rnn.config.hiddenSize = 1;
        rnn.steps = 1;
        LayerTrace r;
        r.preActivation = column({-0.2});
        r.h = column({0});
        rnn.layers = {r};
        QCOMPARE(texts(forwardEquations(rnn, 0, 0, 0)),
                 (QStringList{"(1) a_t = W_ih x_t + b_ih + W_hh h_{t-1} + b_hh = −0.200",
                              "(2) h_t = relu(a_t) = relu(−0.200) = 0"}));
    }

    // On engine traces the substituted numbers are the trace's and satisfy the cell's
    // equations: the right step (t - 1 for the previous state), unit, layer and gate.
    void engineNumbersSatisfyTheEquations_data() {
        QTest::addColumn<int>("cell");
        QTest::addColumn<int>("act");
        QTest::newRow("rnn tanh") << int(CellType::Rnn) << int(Nonlinearity::Tanh);
        QTest::newRow("rnn relu") << int(CellType::Rnn) << int(Nonlinearity::Relu);
        QTest::newRow("lstm") << int(CellType::Lstm) << int(Nonlinearity::Tanh);
        QTest::newRow("gru") << int(CellType::Gru) << int(Nonlinearity::Tanh);
    }
    void engineNumbersSatisfyTheEquations() {
        QFETCH(int, cell);
        QFETCH(int, act);
        const SequenceTrace tr = engineTrace(CellType(cell), Nonlinearity(act), 2, true);
        for (int k = 0; k < 2; ++k) {
            const LayerTrace& l = tr.layers[size_t(k)];
            for (Index t : {Index(0), Index(3), Index(6)}) {
                for (Index u : {Index(0), Index(4)}) {
                    const std::vector<EquationLine> f = forwardEquations(tr, k, t, u);
                    const double hPrev = t > 0 ? l.h(t - 1, u) : 0.0;
                    const double h = l.h(t, u);
                    QCOMPARE(f.back().values.last(), h);
                    if (CellType(cell) == CellType::Rnn) {
                        const double a = f[0].values[0];
                        QCOMPARE(a, l.preActivation(t, u));
                        QCOMPARE(h,
                                 act == int(Nonlinearity::Tanh) ? std::tanh(a) : std::max(a, 0.0));
                    } else if (CellType(cell) == CellType::Lstm) {
                        QCOMPARE(f.size(), size_t(6));
                        QCOMPARE(f[1].number, 2);
                        QCOMPARE(f[1].values.last(), gate(l, "f").value(t, u));
                        const QVector<double>& c = f[4].values;  // f, c_{t-1}, i, g, c
                        QCOMPARE(c[1], t > 0 ? l.c(t - 1, u) : 0.0);
                        QVERIFY(std::abs(c[0] * c[1] + c[2] * c[3] - c[4]) < 1e-12);
                        const QVector<double>& o = f[5].values;  // o, c, h
                        QVERIFY(std::abs(o[0] * std::tanh(o[1]) - o[2]) < 1e-12);
                    } else {
                        QCOMPARE(f.size(), size_t(4));
                        const QVector<double>& g = f[3].values;  // z, n, z, h_{t-1}, h
                        QCOMPARE(g[3], hPrev);
                        QVERIFY(std::abs((1 - g[0]) * g[1] + g[2] * g[3] - g[4]) < 1e-12);
                    }
                    for (size_t i = 0; i < l.gates.size(); ++i) {  // (1)-(4) / (1)-(3)
                        const GateTrace& g = l.gates[i];
                        QVERIFY(f[i].symbolic.startsWith(QString::fromStdString(g.name) + "_t ="));
                        QCOMPARE(f[i].values,
                                 (QVector<double>{g.preActivation(t, u), g.value(t, u)}));
                    }
                    const std::vector<EquationLine> b = backwardEquations(tr, k, t, u);
                    QCOMPARE(b[0].values.last(), l.dh(t, u));
                    QCOMPARE(b[1].values.last(), l.dh.row(t).norm());
                    QCOMPARE(b[0].numeric, formatValue(l.dh(t, u)));
                    if (CellType(cell) == CellType::Lstm) {
                        QCOMPARE(b.size(), size_t(4));
                        QCOMPARE(b[2].values.last(), l.dc(t, u));
                    } else {
                        QCOMPARE(b.size(), size_t(2));
                    }
                }
            }
        }
    }

    void noGradientsWithoutATarget() {
        const SequenceTrace tr = engineTrace(CellType::Lstm, Nonlinearity::Tanh, 1, false);
        QVERIFY(!hasGradients(tr));
        QVERIFY(backwardEquations(tr, 0, 3, 2).empty());
        QCOMPARE(forwardEquations(tr, 0, 3, 2).size(), size_t(6));
        QVERIFY(hasGradients(engineTrace(CellType::Lstm, Nonlinearity::Tanh, 1, true)));
    }

    void htmlHasSubscriptsAndSuperscripts_data() {
        QTest::addColumn<QString>("notation");
        QTest::addColumn<QString>("html");
        QTest::newRow("braces") << "h_{t-1}"
                                << "h<sub>t\u22121</sub>";
        QTest::newRow("letters") << "W_if x_t + b_if"
                                 << "W<sub>if</sub> x<sub>t</sub> + b<sub>if</sub>";
        QTest::newRow("transpose") << "W_hh^T da_{t+1}"
                                   << "W<sub>hh</sub><sup>T</sup> da<sub>t+1</sub>";
        QTest::newRow("both") << "da^hh_n"
                              << "da<sup>hh</sup><sub>n</sub>";
        QTest::newRow("escaped") << "a < b & c > d"
                                 << "a &lt; b &amp; c &gt; d";
        QTest::newRow("norm") << "‖dL/dh_t‖"
                              << "‖dL/dh<sub>t</sub>‖";
    }
    void htmlHasSubscriptsAndSuperscripts() {
        QFETCH(QString, notation);
        QFETCH(QString, html);
        QCOMPARE(equationHtml(notation), html);
    }
};

RNNLAB_TEST_APPLESS_MAIN(TestExplorerEquations)
}  // namespace RNNLAB_TEST_FILE

#include "tst_step_equations.moc"
