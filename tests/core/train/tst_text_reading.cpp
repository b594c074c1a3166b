// A character model reading a text (core/train/text_reading.h): surprises and top-5 guesses
// worked by hand for a network whose logits are its head's bias, the validation windows read
// exactly as traceSample reads them (states, gates, and the loss as the mean surprise times
// ln 2), characters the vocabulary lacks, and the refusals.
#include <cmath>

#include "core/base/errors.h"
#include "core/data/text_dataset.h"
#include "core/train/network_for_data.h"
#include "core/train/sequence_tracing.h"
#include "core/train/text_reading.h"
#include "error_of.h"
#include "test_main.h"

namespace RNNLAB_TEST_FILE {

using namespace rnnlab;

namespace {

// Vocabulary {unknown, a, b, c}; an LSTM whose weights are all zero but the head's bias, so
// every step's logits are z = (0, 0, ln 2, ln 5): p = (1, 1, 2, 5) / 9 whatever was read.
struct BiasOnly {
    Vocabulary vocabulary = Vocabulary::ofText(U"abc");
    NetworkConfig network;
    Parameters<float> weights;
    BiasOnly() {
        network.cell = CellType::Lstm;
        network.input = InputKind::Symbols;
        network.vocabSize = 4;
        network.hiddenSize = 3;
        network.outputSize = 4;
        network.output = OutputMode::Sequence;
        network.loss = LossKind::CrossEntropy;
        weights = Parameters<float>(network);
        weights.setZero();
        auto bias = weights.vector(weights.layout().fcBias());
        bias << 0.0f, 0.0f, float(std::log(2.0)), float(std::log(5.0));
    }
};

std::shared_ptr<TextDataset> smallText() {
    std::string text;
    for (int i = 0; i < 40; ++i) text += "the cat sat on the mat. ";
    return TextDataset::fromBytes(text, "t.txt", 12, SplitSpec{0.6, 0.3});
}

}  // namespace

class TestTextReading : public QObject {
    Q_OBJECT
private slots:
    // "abca": the targets are b, c, a and nothing; s = -log2 p(y) = log2 9/2, log2 9/5, log2 9.
    void surprisesAndGuessesByHand() {
        const BiasOnly m;
        const TextReading r = readTypedText(m.network, m.weights, m.vocabulary, U"abca");
        QCOMPARE(r.size(), Index(4));
        QCOMPARE(r.symbols, std::vector<int>({1, 2, 3, 1}));
        QCOMPARE(r.targets, std::vector<int>({2, 3, 1, -1}));
        QVERIFY(std::abs(r.surpriseBits[0] - std::log2(4.5)) < 1e-5);
        QVERIFY(std::abs(r.surpriseBits[1] - std::log2(1.8)) < 1e-5);
        QVERIFY(std::abs(r.surpriseBits[2] - std::log2(9.0)) < 1e-5);
        QVERIFY(std::isnan(r.surpriseBits[3]));
        QVERIFY(std::abs(r.meanSurpriseBits() - std::log2(4.5 * 1.8 * 9.0) / 3.0) < 1e-5);
        // Likeliest first: c, b, then the tie of unknown and a by index; V = 4 leaves one empty.
        for (Index n = 0; n < r.size(); ++n) {
            const auto& g = r.guesses[std::size_t(n)];
            const auto& p = r.probabilities[std::size_t(n)];
            QCOMPARE(g, (std::array<int, 5>{3, 2, 0, 1, -1}));
            QVERIFY(std::abs(p[0] - 5.0f / 9.0f) < 1e-6f);
            QVERIFY(std::abs(p[1] - 2.0f / 9.0f) < 1e-6f);
            QVERIFY(std::abs(p[2] - 1.0f / 9.0f) < 1e-6f);
            QVERIFY(std::abs(p[3] - 1.0f / 9.0f) < 1e-6f);
            QCOMPARE(p[4], 0.0f);
        }
        // One sequence: character n is step n of window 0.
        QCOMPARE(r.windowOf(3), Index(0));
        QCOMPARE(r.stepOf(3), Index(3));
        QCOMPARE(r.layers.size(), std::size_t(1));
        QCOMPARE(r.layers[0].gateNames, std::vector<std::string>({"i", "f", "g", "o"}));
        QCOMPARE(r.layers[0].c.rows(), Index(4));
    }

    // A character the vocabulary lacks is read as the unknown symbol and shown as typed.
    void unknownCharacter() {
        const BiasOnly m;
        const TextReading r = readTypedText(m.network, m.weights, m.vocabulary, U"aZ你");
        QCOMPARE(r.symbols, std::vector<int>({1, 0, 0}));
        QCOMPARE(r.targets, std::vector<int>({0, 0, -1}));
        QCOMPARE(r.characters, std::u32string(U"aZ你"));
        QVERIFY(std::abs(r.surpriseBits[0] - std::log2(9.0)) < 1e-5);
    }

    // Each validation window from a zero state, as traceSample reads it: the same states and
    // gates, and its loss (mean cross-entropy in nats) is its mean surprise in bits times ln 2.
    void validationWindowsAsTraced() {
        const auto data = smallText();
        NetworkConfig n;
        n.cell = CellType::Lstm;
        n.hiddenSize = 8;
        n.numLayers = 2;
        n.embeddingSize = 4;
        TrainingSettings s;
        s.batchSize = 4;
        s.seed = 5;
        s.traceEvery = 0;
        auto trainer = trainerForData(n, s, data);
        for (int i = 0; i < 20; ++i) trainer->step();
        const NetworkConfig& net = trainer->networkConfig();
        const Parameters<float>& w = trainer->network().parameters();

        const Index T = data->steps();
        const TextReading r = readValidationText(net, w, *data, 40);  // 3 whole windows of 12
        QCOMPARE(r.size(), Index(36));
        QCOMPARE(r.windowLength, T);
        QCOMPARE(r.windowOf(25), Index(2));
        QCOMPARE(r.stepOf(25), Index(1));
        for (Index b = 0; b < 3; ++b) {
            const SequenceTrace trace = traceSample(net, w, *data, Split::Validation, b, 0);
            double bits = 0.0;
            for (Index t = 0; t < T; ++t) {
                const Index i = b * T + t;
                const Index start = data->sampleId(Split::Validation, b);
                QCOMPARE(r.characters[std::size_t(i)], data->text()[std::size_t(start + t)]);
                QCOMPARE(double(r.symbols[std::size_t(i)]), trace.x(t, 0));
                bits += r.surpriseBits[std::size_t(i)];
                float sum = 0.0f;
                const auto& p = r.probabilities[std::size_t(i)];
                for (int k = 0; k < 5; ++k) {
                    sum += p[std::size_t(k)];
                    if (k > 0) QVERIFY(p[std::size_t(k)] <= p[std::size_t(k - 1)]);
                }
                QVERIFY(sum <= 1.0f + 1e-6f && sum > 0.0f);
                for (int l = 0; l < 2; ++l) {
                    const LayerReading& layer = r.layers[std::size_t(l)];
                    const LayerTrace& traced = trace.layers[std::size_t(l)];
                    for (Index u = 0; u < 8; ++u) {
                        QVERIFY(std::abs(layer.h(i, u) - traced.h(t, u)) < 1e-6);
                        QVERIFY(std::abs(layer.c(i, u) - traced.c(t, u)) < 1e-6);
                        QVERIFY(std::abs(layer.gates[1](i, u) - traced.gates[1].value(t, u)) <
                                1e-6);
                    }
                }
            }
            QVERIFY(std::abs(bits / double(T) * std::log(2.0) - *trace.loss) < 1e-5);
        }
        // Window 2 alone is read as the third window of the reading above; a first window
        // past the last is the last.
        const TextReading third = readValidationWindows(net, w, *data, 2, 1);
        QCOMPARE(third.size(), T);
        for (Index t = 0; t < T; ++t) {
            QCOMPARE(third.characters[std::size_t(t)], r.characters[std::size_t(2 * T + t)]);
            QCOMPARE(third.surpriseBits[std::size_t(t)], r.surpriseBits[std::size_t(2 * T + t)]);
            QCOMPARE(third.layers[1].h(t, 3), r.layers[1].h(2 * T + t, 3));
        }
        const Index windows = data->count(Split::Validation);
        const TextReading last = readValidationWindows(net, w, *data, windows + 5, 3);
        QCOMPARE(last.size(), T);
        QCOMPARE(last.characters.front(),
                 data->text()[std::size_t(data->sampleId(Split::Validation, windows - 1))]);
        // At least one window, at most as many as the validation part has.
        QCOMPARE(readValidationText(net, w, *data, 1).size(), T);
        QCOMPARE(readValidationText(net, w, *data, 1'000'000).size(),
                 data->count(Split::Validation) * T);
    }

    // L (2 + G) H floats a character: 64 MiB hold 2^26 / (4 · 6 · 4096) = 682 characters of
    // an LSTM of 4,096 units (G = 4), 2^26 / (4 · 2 · 3 · 64) = 43,690 of a 2-layer RNN of 64
    // units (G = 1).
    void characterLimit() {
        NetworkConfig n;
        n.cell = CellType::Lstm;
        n.hiddenSize = 4096;
        QCOMPARE(readingCharacterLimit(n), Index(682));
        n.cell = CellType::Rnn;
        n.numLayers = 2;
        n.hiddenSize = 64;
        QCOMPARE(readingCharacterLimit(n), Index(43690));
    }

    // A GRU reads with its gates r, z, n and no cell state.
    void gruGates() {
        const auto data = smallText();
        NetworkConfig n;
        n.cell = CellType::Gru;
        n.hiddenSize = 4;
        auto trainer = trainerForData(n, TrainingSettings{}, data);
        const TextReading r =
            readTypedText(trainer->networkConfig(), trainer->network().parameters(),
                          data->vocabulary(), U"the mat");
        QCOMPARE(r.layers[0].gateNames, std::vector<std::string>({"r", "z", "n"}));
        QCOMPARE(r.layers[0].gates.size(), std::size_t(3));
        QCOMPARE(r.layers[0].c.size(), Index(0));
        QCOMPARE(r.layers[0].h.rows(), Index(7));
    }

    void refusals() {
        const BiasOnly m;
        QCOMPARE(
            errorOf<ConfigError>([&] { readTypedText(m.network, m.weights, m.vocabulary, U""); }),
            QString("the text to read must have 1 to 5000 characters (it has 0)"));
        const Vocabulary other = Vocabulary::ofText(U"abcd");
        QCOMPARE(errorOf<ConfigError>([&] { readTypedText(m.network, m.weights, other, U"ab"); }),
                 QString("the network is not a character model of this text (it must read its "
                         "5 symbols and guess the next one at every step)"));
    }
};

RNNLAB_TEST_APPLESS_MAIN(TestTextReading)
}  // namespace RNNLAB_TEST_FILE

#include "tst_text_reading.moc"
