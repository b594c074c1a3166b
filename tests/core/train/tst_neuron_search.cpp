// Neuron search (core/train/neuron_search.h): r and AUC of a 6-character reading worked by
// hand, the ranking by |r| and by |AUC - 1/2| with its tie rule, the preset masks, and the
// refusals (nothing or everything selected, a value the reading lacks).
#include <cmath>

#include "core/base/errors.h"
#include "core/train/neuron_search.h"
#include "error_of.h"
#include "test_main.h"

namespace RNNLAB_TEST_FILE {

using namespace rnnlab;

namespace {

// "ab(cd)" read by one layer of 4 units, h (6, 4) by columns:
//   unit 0: 1 2 3 4 5 6       unit 1: 0 1 1 0 1 0
//   unit 2: ½ everywhere      unit 3: 1 1 0 0 0 1   (1 - m for the selection below)
TextReading handReading() {
    TextReading r;
    r.characters = U"ab(cd)";
    r.symbols.assign(6, 1);
    r.targets.assign(6, 1);
    LayerReading layer;
    layer.h = Matrix<float>(6, 4);
    layer.h << 1, 0, 0.5f, 1,  //
        2, 1, 0.5f, 1,         //
        3, 1, 0.5f, 0,         //
        4, 0, 0.5f, 0,         //
        5, 1, 0.5f, 0,         //
        6, 0, 0.5f, 1;
    r.layers.push_back(layer);
    return r;
}

std::vector<float> unitColumn(const TextReading& r, int unit) {
    std::vector<float> v;
    for (Index n = 0; n < r.size(); ++n) v.push_back(r.layers[0].h(n, unit));
    return v;
}

// The selection of characters 2 .. 4: m = 0 0 1 1 1 0.
SelectionMask handMask() {
    return maskOfSpans(6, {{2, 4}});
}

}  // namespace

class TestNeuronSearch : public QObject {
    Q_OBJECT
private slots:
    void spansMakeAMask() {
        QCOMPARE(handMask(), SelectionMask({0, 0, 1, 1, 1, 0}));
        // Reversed, overlapping and clipped spans.
        QCOMPARE(maskOfSpans(6, {{1, 0}, {0, 0}, {4, 9}}), SelectionMask({1, 1, 0, 0, 1, 1}));
        QCOMPARE(selectedCount(handMask()), Index(3));
    }

    // Unit 0: v̄¹ = (3+4+5)/3 = 4, v̄⁰ = (1+2+6)/3 = 3, v̄ = 3.5,
    // Σ (v - v̄)² = 6.25+2.25+0.25+0.25+2.25+6.25 = 17.5, σ = sqrt(17.5 / 6),
    // r = (4 - 3) / σ · sqrt(3·3) / 6 = sqrt(3/35) = 0.29277.
    // Unit 1: v̄¹ = 2/3, v̄⁰ = 1/3, σ = 1/2: r = (1/3) / (1/2) · 3/6 = 1/3.
    // Unit 2 is constant: r = 0. Unit 3 = 1 - m: r = -1.
    void correlationByHand() {
        const TextReading r = handReading();
        const SelectionMask m = handMask();
        QVERIFY(std::abs(pointBiserial(unitColumn(r, 0), m) - std::sqrt(3.0 / 35.0)) < 1e-6);
        QVERIFY(std::abs(pointBiserial(unitColumn(r, 1), m) - 1.0 / 3.0) < 1e-6);
        QCOMPARE(pointBiserial(unitColumn(r, 2), m), 0.0);
        QVERIFY(std::abs(pointBiserial(unitColumn(r, 3), m) + 1.0) < 1e-6);
    }

    // Unit 0: selected {3,4,5} against {1,2,6}: 6 of the 9 pairs are above, AUC = 2/3.
    // Unit 1: selected {1,0,1} against {0,1,0}: each 1 beats two 0s and ties one 1 (2.5),
    // the 0 ties two 0s (1): (2.5 + 1 + 2.5) / 9 = 2/3. Unit 2: all ties, 1/2. Unit 3: 0.
    void aucByHand() {
        const TextReading r = handReading();
        const SelectionMask m = handMask();
        QVERIFY(std::abs(areaUnderCurve(unitColumn(r, 0), m) - 2.0 / 3.0) < 1e-12);
        QVERIFY(std::abs(areaUnderCurve(unitColumn(r, 1), m) - 2.0 / 3.0) < 1e-12);
        QCOMPARE(areaUnderCurve(unitColumn(r, 2), m), 0.5);
        QCOMPARE(areaUnderCurve(unitColumn(r, 3), m), 0.0);
    }

    // By |r|: unit 3 (-1), unit 1 (1/3), unit 0 (0.293), unit 2 (0); the best K only.
    // By |AUC - 1/2|: unit 3 (0), then units 0 and 1 tie at 2/3 (lower unit first), unit 2.
    void ranksUnits() {
        const TextReading r = handReading();
        NeuronQuery q;
        q.count = 3;
        const std::vector<UnitScore> byR = rankUnits(r, handMask(), q);
        QCOMPARE(byR.size(), std::size_t(3));
        QCOMPARE(byR[0].unit, 3);
        QVERIFY(std::abs(byR[0].score + 1.0) < 1e-6);
        QCOMPARE(byR[1].unit, 1);
        QCOMPARE(byR[2].unit, 0);
        q.measure = FollowMeasure::Auc;
        q.count = 10;
        const std::vector<UnitScore> byAuc = rankUnits(r, handMask(), q);
        QCOMPARE(byAuc.size(), std::size_t(4));
        QCOMPARE(byAuc[0].unit, 3);
        QCOMPARE(byAuc[0].score, 0.0);
        QCOMPARE(byAuc[1].unit, 0);
        QCOMPARE(byAuc[2].unit, 1);
        QCOMPARE(byAuc[3].unit, 2);
        QCOMPARE(byAuc[3].score, 0.5);
    }

    void presetMasks() {
        // a ␣ " b c " ␣ d “ e ”
        QCOMPARE(insideQuotesMask(U"a \"bc\" d\u201Ce\u201D"),
                 SelectionMask({0, 0, 0, 1, 1, 0, 0, 0, 0, 1, 0}));
        // x ( a [ b ] c ) y ) z: depth counts, the stray ) changes nothing.
        QCOMPARE(insideBracketsMask(U"x(a[b]c)y)z"),
                 SelectionMask({0, 0, 1, 0, 1, 0, 1, 0, 0, 0, 0}));
        QCOMPARE(afterSpaceMask(U"ab cd e"), SelectionMask({0, 0, 0, 1, 0, 0, 1}));
        QCOMPARE(lineEndsMask(U"a\nb\n"), SelectionMask({0, 1, 0, 1}));
        QCOMPARE(insideBracketsMask(handReading().characters), SelectionMask({0, 0, 0, 1, 1, 0}));
    }

    void refusals() {
        const TextReading r = handReading();
        const NeuronQuery q;
        QCOMPARE(errorOf<ConfigError>([&] { rankUnits(r, SelectionMask(6, 0), q); }),
                 QStringLiteral("nothing is selected: select some characters to compare with "
                                "the others"));
        QCOMPARE(errorOf<ConfigError>([&] { rankUnits(r, SelectionMask(6, 1), q); }),
                 QStringLiteral("every character is selected: leave some out to compare the "
                                "selection with"));
        QCOMPARE(errorOf<ConfigError>([&] { rankUnits(r, SelectionMask(5, 1), q); }),
                 QStringLiteral("the selection covers 5 characters, the text has 6"));
        NeuronQuery cell;
        cell.quantity = UnitQuantity::Cell;
        QCOMPARE(errorOf<ConfigError>([&] { rankUnits(r, handMask(), cell); }),
                 QStringLiteral("only an LSTM has a cell state c: this network has none"));
        NeuronQuery layer;
        layer.layer = 1;
        QCOMPARE(errorOf<ConfigError>([&] { rankUnits(r, handMask(), layer); }),
                 QStringLiteral("layer 2 does not exist (the network's layers are 1 to 1)"));
    }
};

RNNLAB_TEST_APPLESS_MAIN(TestNeuronSearch)
}  // namespace RNNLAB_TEST_FILE

#include "tst_neuron_search.moc"
