// The explorer's arithmetic for symbol input, against numbers worked out by hand from the
// network's weights and logits: the first layer's input term is the column W_ih[:, s_t]
// (one-hot) or W_ih e_t with e_t = E[s_t] (embedding), written apart in every gate equation;
// ŷ's top-k probabilities are softmax(z) of the traced logits, written out with the numbers;
// a typed text becomes indices with the run's vocabulary, and a character it lacks is refused
// naming its column.
#include <algorithm>
#include <cmath>

#include "core/base/random.h"
#include "core/data/vocabulary.h"
#include "test_main.h"
#include "ui/explorer/output_softmax.h"
#include "ui/explorer/step_equations.h"
#include "ui/explorer/symbol_input_field.h"
#include "ui/explorer/symbol_labels.h"

namespace RNNLAB_TEST_FILE {

using namespace rnnlab;
using namespace rnnlab::ui;

namespace {

struct Traced {
    RecurrentNetwork<double> net;
    SequenceTrace trace;
};

// A random symbol network (V = 7) run on the symbols 3 1 6 1 0.
Traced symbolTrace(CellType cell, int embedding, OutputMode output) {
    NetworkConfig c;
    c.cell = cell;
    c.input = InputKind::Symbols;
    c.inputSize = 1;
    c.vocabSize = 7;
    c.embeddingSize = embedding;
    c.hiddenSize = 4;
    c.outputSize = 7;
    c.output = output;
    c.loss = LossKind::CrossEntropy;
    RecurrentNetwork<double> net(c);
    Random rng(5);
    for (Index i = 0; i < net.parameters().flat().size(); ++i)
        net.parameters().flat()[i] = rng.uniform(-1.5, 1.5);
    Matrix<double> x(5, 1);
    x << 3, 1, 6, 1, 0;
    Workspace<double> ws;
    net.forward(x, 5, 1, ws);
    SequenceTrace trace = extractTrace(net, ws, 0, std::nullopt);
    return {std::move(net), std::move(trace)};
}

}  // namespace

class TestSymbolEquations : public QObject {
    Q_OBJECT
private slots:
    // One-hot: W_ii x_t = W_ii[:, s_t], so unit u's input term is the weight W_ii[u, s_t].
    void oneHotInputIsAColumnOfTheWeight_data() {
        QTest::addColumn<int>("cell");
        QTest::newRow("rnn") << int(CellType::Rnn);
        QTest::newRow("lstm") << int(CellType::Lstm);
        QTest::newRow("gru") << int(CellType::Gru);
    }
    void oneHotInputIsAColumnOfTheWeight() {
        QFETCH(int, cell);
        const Traced t = symbolTrace(CellType(cell), 0, OutputMode::Sequence);
        const Parameters<double>& p = t.net.parameters();
        const auto W_ih = p.matrix(p.layout().weightIh(0));
        const Index step = 2, unit = 3, s = 6, H = 4;
        const std::vector<EquationLine> lines = forwardEquations(t.trace, 0, step, unit);
        const int gates = gateCount(CellType(cell));
        for (int g = 0; g < gates; ++g) {
            const EquationLine& line = lines[size_t(g)];
            QVERIFY2(line.symbolic.contains(QStringLiteral("[:, s_t]")), qPrintable(line.symbolic));
            QVERIFY(!line.symbolic.contains(QStringLiteral("x_t")));
            // values: the column's entry, the rest (biases and the recurrent term), the sum.
            QCOMPARE(line.values[0], W_ih(g * H + unit, s));
            const double pre = CellType(cell) == CellType::Rnn
                                   ? t.trace.layers[0].preActivation(step, unit)
                                   : t.trace.layers[0].gates[size_t(g)].preActivation(step, unit);
            QCOMPARE(line.values[2], pre);
            QVERIFY(std::abs(line.values[0] + line.values[1] - pre) < 1e-12);
            QVERIFY2(
                line.numeric.contains(formatValue(W_ih(g * H + unit, s)) + QStringLiteral(" ")),
                qPrintable(line.numeric));
        }
        // The HTML writes the column with subscripts.
        QVERIFY(equationHtml(lines[0].symbolic).contains(QStringLiteral("[:, s<sub>t</sub>]")));
    }

    // Embedding: e_t = E[s_t] comes first, then W_ii e_t = the row of W_ii times E[s_t].
    void embeddingInputIsARowOfTheTable() {
        const Traced t = symbolTrace(CellType::Lstm, 3, OutputMode::Sequence);
        const Parameters<double>& p = t.net.parameters();
        const auto E = p.matrix(p.layout().embedding());
        const auto W_ih = p.matrix(p.layout().weightIh(0));
        const Index step = 1, unit = 2, s = 1, H = 4;
        const std::vector<EquationLine> lines = forwardEquations(t.trace, 0, step, unit);
        QCOMPARE(lines[0].number, 0);
        QCOMPARE(lines[0].symbolic, QStringLiteral("e_t = E[s_t] = E[1]"));
        QCOMPARE(lines[0].values.size(), 3);
        for (int j = 0; j < 3; ++j) QCOMPARE(lines[0].values[j], E(s, j));
        for (int g = 0; g < 4; ++g) {
            const EquationLine& line = lines[size_t(g) + 1];
            QVERIFY2(line.symbolic.contains(QStringLiteral(" e_t + b_i")),
                     qPrintable(line.symbolic));
            double term = 0;
            for (int j = 0; j < 3; ++j) term += W_ih(g * H + unit, j) * E(s, j);
            QVERIFY(std::abs(line.values[0] - term) < 1e-12);
        }
        // A second layer's input is the first layer's h: x_t as before.
        NetworkConfig deep = t.trace.config;
        deep.numLayers = 2;
        RecurrentNetwork<double> net(deep);
        Matrix<double> x(2, 1);
        x << 4, 5;
        Workspace<double> ws;
        net.forward(x, 2, 1, ws);
        const SequenceTrace two = extractTrace(net, ws, 0, std::nullopt);
        QVERIFY(forwardEquations(two, 1, 0, 0)[0].symbolic.contains(QStringLiteral("W_ii x_t")));
        QCOMPARE(forwardEquations(two, 1, 0, 0)[0].values.size(), 2);  // σ(pre) = value
    }

    // p_i = exp(z_i) / Σ_j exp(z_j), largest first, written out with those numbers.
    void softmaxOfTheTracedLogits() {
        const Traced t = symbolTrace(CellType::Gru, 0, OutputMode::Sequence);
        const Index step = 3;
        QCOMPARE(outputRow(t.trace, step), step);
        const auto z = t.trace.outputs.row(step);
        double sum = 0;
        for (Index j = 0; j < z.size(); ++j) sum += std::exp(z(j));
        std::vector<Index> order{0, 1, 2, 3, 4, 5, 6};
        std::sort(order.begin(), order.end(), [&](Index a, Index b) { return z(a) > z(b); });
        const std::vector<OutputProbability> top = topProbabilities(t.trace, step, 5);
        QCOMPARE(top.size(), size_t(5));
        for (size_t i = 0; i < 5; ++i) {
            QCOMPARE(top[i].index, order[i]);
            QVERIFY(std::abs(top[i].p - std::exp(z(order[i])) / sum) < 1e-12);
        }
        const SymbolLabels labels{{"?", "a", "b", "_", "d", "e", "f"},
                                  {"?", "a", "b", "_", "d", "e", "f"}};
        const std::vector<EquationLine> lines =
            softmaxEquations(t.trace, step, top, [&](Index i) { return labels.className(i); });
        QCOMPARE(lines.size(), size_t(6));
        QCOMPARE(lines[0].values[0], sum);
        const Index best = order[0];
        QCOMPARE(lines[1].text(),
                 QStringLiteral("p('%1') = exp(z_{%2}) / Σ_j exp(z_j) = exp(%3) / "
                                "%4 = %5 / %4 = %6")
                     .arg(labels.className(best), QString::number(best), formatValue(z(best)),
                          formatValue(sum), formatValue(std::exp(z(best))),
                          formatValue(std::exp(z(best)) / sum)));
        // A label that is notation ('_') stays itself in the HTML.
        const auto underscore = std::find_if(lines.begin(), lines.end(), [](const EquationLine& l) {
            return l.symbolic.startsWith(QStringLiteral("p('\\_')"));
        });
        if (underscore != lines.end())
            QVERIFY(equationHtml(underscore->symbolic).startsWith(QStringLiteral("p('_')")));
        QVERIFY(equationHtml(literalNotation(QStringLiteral("a_b-c"))) == QStringLiteral("a_b-c"));
        // Many-to-one: the only row answers at every step.
        const Traced last = symbolTrace(CellType::Rnn, 0, OutputMode::Last);
        QCOMPARE(outputRow(last.trace, 4), Index(0));
        QCOMPARE(topProbabilities(last.trace, 0, 10).size(), size_t(7));  // k beyond the classes
    }

    // Huge logits: exponents shifted by the largest, the same probabilities.
    void softmaxOfHugeLogits() {
        SequenceTrace trace;
        trace.steps = 1;
        trace.outputs.resize(1, 3);
        trace.outputs << 1000, 999, 990;
        const std::vector<OutputProbability> top = topProbabilities(trace, 0, 3);
        const double sum = 1 + std::exp(-1.0) + std::exp(-10.0);
        QVERIFY(std::abs(top[0].p - 1 / sum) < 1e-12);
        const std::vector<EquationLine> lines =
            softmaxEquations(trace, 0, top, [](Index i) { return QString::number(i); });
        QVERIFY(lines[0].symbolic.contains(QStringLiteral("m = max_j z_j")));
        QVERIFY(lines[1].numeric.startsWith(QStringLiteral("exp(1000.000 − 1000.000)")));
        QVERIFY(std::isfinite(lines[1].values.last()));
    }

    void typedTextBecomesIndices() {
        // A text's vocabulary: "" (unknown), ' ', 'a', 'b', 'n'.
        const std::vector<std::string> symbols = Vocabulary::ofText(U"banana bab").strings();
        QString error;
        const std::optional<Matrix<double>> x =
            encodeSymbolText(QStringLiteral("nab a"), symbols, &error);
        QVERIFY(x);
        Matrix<double> expected(5, 1);
        expected << 4, 2, 3, 1, 2;
        QCOMPARE(*x, expected);
        QCOMPARE(decodeSymbolText(*x, symbols), QStringLiteral("nab a"));
        // A character the text never had: refused, naming its column.
        QVERIFY(!encodeSymbolText(QStringLiteral("banZ"), symbols, &error));
        QVERIFY2(error.startsWith(QStringLiteral("your input, column 4: 'Z' (U+005A) is not in "
                                                 "the vocabulary")),
                 qPrintable(error));
        QVERIFY(!encodeSymbolText(QString(), symbols, &error));
        // A task's symbols are matched by name.
        const std::vector<std::string> brackets{"(", ")"};
        const std::optional<Matrix<double>> b =
            encodeSymbolText(QStringLiteral("(()"), brackets, &error);
        QVERIFY(b);
        QCOMPARE(b->col(0).sum(), 1.0);
        QVERIFY(!encodeSymbolText(QStringLiteral("(]"), brackets, &error));
        QVERIFY2(error.startsWith(QStringLiteral("your input, column 2: ']'")), qPrintable(error));
    }
};

RNNLAB_TEST_APPLESS_MAIN(TestSymbolEquations)
}  // namespace RNNLAB_TEST_FILE

#include "tst_output_softmax.moc"
