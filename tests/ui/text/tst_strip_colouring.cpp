// What colours the text strip (ui/text/strip_colouring.h), on a reading written by hand: the
// values of the chosen layer, unit and quantity; the scale of each quantity (surprise up to
// log2 V, h and the tanh gates on -1 .. 1, the σ gates on 0 .. 1, c on ± its largest size);
// the colours at the scale's neutral point and ends; nothing for a character without a value;
// connectivity's values and its logarithmic scale.
#include <cmath>

#include "test_main.h"
#include "ui/text/strip_colouring.h"
#include "ui/theme/theme_style.h"

namespace RNNLAB_TEST_FILE {

using namespace rnnlab;
using namespace rnnlab::ui;

namespace {

// Three characters of an LSTM of one layer and two units, V = 8 symbols.
TextReading handWritten() {
    TextReading r;
    r.symbolNames = {"", "a", "b", "c", "d", "e", "f", "g"};
    r.characters = U"abc";
    r.symbols = {1, 2, 3};
    r.targets = {2, 3, -1};
    r.surpriseBits = {0.5f, 2.0f, std::nanf("")};
    LayerReading layer;
    layer.h = Matrix<float>(3, 2);
    layer.h << 0.1f, -0.9f, 0.2f, 0.8f, 0.3f, 0.0f;
    layer.c = Matrix<float>(3, 2);
    layer.c << 0.5f, -2.5f, 1.0f, 2.0f, 0.0f, 0.0f;
    layer.gateNames = {"i", "f", "g", "o"};
    for (int g = 0; g < 4; ++g) layer.gates.push_back(Matrix<float>::Constant(3, 2, 0.25f * g));
    r.layers.push_back(layer);
    return r;
}

StripColouring colouring(StripColouring::Quantity q, int unit, int gate = 0) {
    StripColouring c;
    c.quantity = q;
    c.unit = unit;
    c.gate = gate;
    return c;
}

}  // namespace

class TestStripColouring : public QObject {
    Q_OBJECT
private slots:
    void valuesAndScales() {
        const TextReading r = handWritten();
        using Q = StripColouring::Quantity;
        // Surprise: the reading's own, on 0 .. log2 8 = 3 bits.
        const auto surprise = stripValues(r, colouring(Q::Surprise, 0));
        QCOMPARE(surprise[1], 2.0f);
        QVERIFY(std::isnan(surprise[2]));
        StripScale s = stripScale(r, colouring(Q::Surprise, 0), surprise);
        QCOMPARE(s.kind, StripScale::Kind::Surprise);
        QCOMPARE(s.high, 3.0);
        // h of unit 2: the second column, on -1 .. 1.
        const auto h = stripValues(r, colouring(Q::Hidden, 1));
        QCOMPARE(h, std::vector<float>({-0.9f, 0.8f, 0.0f}));
        s = stripScale(r, colouring(Q::Hidden, 1), h);
        QCOMPARE(s.kind, StripScale::Kind::Diverging);
        QCOMPARE(s.low, -1.0);
        QCOMPARE(s.name, QStringLiteral("h, hidden state (layer 1, unit 2)"));
        // c of unit 2 reaches -2.5: the scale is ±2.5; of unit 1 (at most 1) it stays ±1.
        const auto c2 = stripValues(r, colouring(Q::Cell, 1));
        QCOMPARE(stripScale(r, colouring(Q::Cell, 1), c2).high, 2.5);
        const auto c1 = stripValues(r, colouring(Q::Cell, 0));
        QCOMPARE(stripScale(r, colouring(Q::Cell, 0), c1).low, -1.0);
        // f (σ) on 0 .. 1, g (tanh) on -1 .. 1.
        const auto f = stripValues(r, colouring(Q::Gate, 0, 1));
        QCOMPARE(f[0], 0.25f);
        s = stripScale(r, colouring(Q::Gate, 0, 1), f);
        QCOMPARE(s.kind, StripScale::Kind::Sequential);
        QCOMPARE(s.low, 0.0);
        QCOMPARE(s.name, QStringLiteral("gate f (layer 1, unit 1)"));
        s = stripScale(r, colouring(Q::Gate, 0, 2), f);
        QCOMPARE(s.kind, StripScale::Kind::Diverging);
        QCOMPARE(s.low, -1.0);
        // A unit or layer that is not there: no values.
        for (float v : stripValues(r, colouring(Q::Hidden, 2))) QVERIFY(std::isnan(v));
        StripColouring noLayer = colouring(Q::Hidden, 0);
        noLayer.layer = 1;
        for (float v : stripValues(r, noLayer)) QVERIFY(std::isnan(v));
        // Connectivity to ‘b’: the values it carries, on their smallest .. largest positive one.
        StripColouring toB = colouring(Q::Connectivity, 0);
        toB.target = 1;
        QVERIFY(std::isnan(stripValues(r, toB)[0]));  // not computed yet
        QVERIFY(stripScale(r, toB, stripValues(r, toB)).name.contains(QStringLiteral("\u2018b")));
        toB.connectivity = std::make_shared<const std::vector<float>>(
            std::vector<float>{0.001f, 0.5f, std::nanf("")});
        const auto g = stripValues(r, toB);
        QCOMPARE(g[1], 0.5f);
        s = stripScale(r, toB, g);
        QCOMPARE(s.kind, StripScale::Kind::Logarithmic);
        QCOMPARE(s.low, double(0.001f));
        QCOMPARE(s.high, 0.5);
        QVERIFY(s.name.contains(QStringLiteral("log scale")));
    }

    void colours() {
        const ThemeStyle style = makeThemeStyle(ColorScheme::Light, false);
        StripScale d;
        d.kind = StripScale::Kind::Diverging;
        d.low = -2.0;
        d.high = 2.0;
        QCOMPARE(stripColour(d, 0.0, style), style.plotBackground);
        QCOMPARE(stripColour(d, 2.0, style), QColor(0xb2, 0x18, 0x2b));
        QCOMPARE(stripColour(d, -5.0, style), QColor(0x21, 0x66, 0xac));  // beyond the end
        QCOMPARE(stripColour(d, 1.0, style),
                 blend(style.plotBackground, QColor(0xb2, 0x18, 0x2b), 0.5));
        StripScale s;
        s.kind = StripScale::Kind::Surprise;
        s.high = 4.0;
        QCOMPARE(stripColour(s, 0.0, style), style.plotBackground);
        QCOMPARE(stripColour(s, 8.0, style), QColor(0xd9, 0x48, 0x01));
        QCOMPARE(stripColour(s, std::nan(""), style).alpha(), 0);
        // Connectivity: log10 placed between the ends, 1e-4 .. 1 -> 1e-2 is half way; 0 at
        // the low end.
        StripScale g;
        g.kind = StripScale::Kind::Logarithmic;
        g.low = 1e-4;
        g.high = 1.0;
        const QColor purple(0x6a, 0x3d, 0x9a);
        QCOMPARE(stripColour(g, 1e-2, style), blend(style.plotBackground, purple, 0.5));
        QCOMPARE(stripColour(g, 1.0, style), purple);
        QCOMPARE(stripColour(g, 0.0, style), style.plotBackground);
        QVERIFY(std::abs(stripScaleValue(g, 0.75) - 1e-1) < 1e-12);
        QCOMPARE(stripScaleValue(s, 0.25), 1.0);
        // Ink: black on the light background, white on the full red.
        QCOMPARE(textColourOn(style.plotBackground, style), QColor(Qt::black));
        QCOMPARE(textColourOn(QColor(0xb2, 0x18, 0x2b), style), QColor(Qt::white));
    }
};

RNNLAB_TEST_MAIN(TestStripColouring)
}  // namespace RNNLAB_TEST_FILE

#include "tst_strip_colouring.moc"
