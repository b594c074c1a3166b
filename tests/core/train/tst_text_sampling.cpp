// Writing text with a character model (core/train/text_sampling.h): greedy at temperature 0
// (worked by hand: a network whose head always prefers one character), the same seed giving
// the same text, top-k keeping only the likeliest characters, the state carried from step to
// step (a network trained on a cycle writes the cycle), and every refusal named.
#include <cmath>
#include <set>

#include "test_main.h"
#include "core/base/errors.h"
#include "core/data/text_dataset.h"
#include "core/train/network_for_data.h"
#include "core/train/text_sampling.h"
#include "error_of.h"

namespace RNNLAB_TEST_FILE {

using namespace rnnlab;

namespace {

// Vocabulary {unknown, a, b, c}, an LSTM whose weights are all zero but the head's bias:
// every step's logits are that bias, whatever was read.
struct BiasOnly {
    Vocabulary vocabulary = Vocabulary::ofText(U"abc");
    NetworkConfig network;
    Parameters<double> weights;
    explicit BiasOnly(std::vector<double> bias) {
        network.cell = CellType::Lstm;
        network.input = InputKind::Symbols;
        network.vocabSize = 4;
        network.hiddenSize = 3;
        network.outputSize = 4;
        network.output = OutputMode::Sequence;
        network.loss = LossKind::CrossEntropy;
        weights = Parameters<double>(network);
        weights.setZero();
        for (int i = 0; i < 4; ++i)
            weights.vector(weights.layout().fcBias())(i) = bias[std::size_t(i)];
    }
    std::string sample(const SamplingSettings& s) const {
        return sampleText(network, weights, vocabulary, s);
    }
};

SamplingSettings settings(double temperature, int topK, std::uint64_t seed, int length = 30) {
    SamplingSettings s;
    s.prime = "ab";
    s.length = length;
    s.temperature = temperature;
    s.topK = topK;
    s.seed = seed;
    return s;
}

}  // namespace

class TestTextSampling : public QObject {
    Q_OBJECT
private slots:
    // The unknown symbol has the largest logit but is never written; c is next.
    void greedyTakesTheLikeliestCharacter() {
        const BiasOnly m({5.0, 0.0, 1.0, 2.0});
        QCOMPARE(m.sample(settings(0.0, 0, 1, 6)), std::string("cccccc"));
        QCOMPARE(m.sample(settings(0.0, 0, 99, 6)), std::string("cccccc"));  // no randomness
    }
    void sameSeedSameText() {
        const BiasOnly m({0.0, 0.0, 0.0, 0.0});
        const std::string first = m.sample(settings(1.0, 0, 7));
        QCOMPARE(first.size(), std::size_t(30));
        QCOMPARE(m.sample(settings(1.0, 0, 7)), first);
        QVERIFY(m.sample(settings(1.0, 0, 8)) != first);
        const std::set<char> seen(first.begin(), first.end());
        QCOMPARE(seen, std::set<char>({'a', 'b', 'c'}));  // even odds: all three appear
    }
    // Top-2 of (a 0, b 1, c 2) leaves b and c only.
    void topKKeepsTheLikeliest() {
        const BiasOnly m({0.0, 0.0, 1.0, 2.0});
        const std::string text = m.sample(settings(1.0, 2, 3, 200));
        const std::set<char> seen(text.begin(), text.end());
        QCOMPARE(seen, std::set<char>({'b', 'c'}));
    }
    // Trained on "abcde" repeated, the network writes the cycle on from where the prime stops:
    // only the carried state knows where that is.
    void continuesWhatItLearned() {
        std::string text;
        for (int i = 0; i < 120; ++i) text += "abcde";
        const auto data = TextDataset::fromBytes(text, "t.txt", 10, SplitSpec{});
        NetworkConfig n;
        n.hiddenSize = 16;
        n.embeddingSize = 4;
        TrainingSettings s;
        s.batchSize = 8;
        s.epochs = 30;
        s.seed = 3;
        s.optimizer.learningRate = 0.05;
        s.traceEvery = 0;
        auto trainer = trainerForData(n, s, data);
        while (!trainer->finished()) trainer->step();
        SamplingSettings greedy;
        greedy.prime = "cd";
        greedy.length = 12;
        greedy.temperature = 0.0;
        QCOMPARE(
            sampleText(trainer->networkConfig(), trainer->weights(), data->vocabulary(), greedy),
            std::string("eabcdeabcdea"));
    }
    void refusals() {
        const BiasOnly m({0.0, 0.0, 0.0, 0.0});
        SamplingSettings s = settings(1.0, 0, 1);
        s.prime = "abZc";
        QCOMPARE(errorOf<ConfigError>([&] { m.sample(s); }),
                 QString("prime, column 3: 'Z' (U+005A) is not in the vocabulary (the text the "
                         "network learned from has no such character)"));
        s.prime = "ab\n你";
        QCOMPARE(errorOf<ConfigError>([&] { m.sample(s); }),
                 QString("prime, column 3: U+000A is not in the vocabulary (the text the "
                         "network learned from has no such character)"));
        s = settings(-1.0, 0, 1);
        QCOMPARE(errorOf<ConfigError>([&] { m.sample(s); }),
                 QString("temperature must be between 0 (greedy) and 100"));
        s = settings(1.0, 0, 1, 0);
        QCOMPARE(errorOf<ConfigError>([&] { m.sample(s); }),
                 QString("length must be between 1 and 1000000, got 0"));
        const Vocabulary other = Vocabulary::ofText(U"abcd");
        QCOMPARE(errorOf<ConfigError>(
                     [&] { sampleText(m.network, m.weights, other, settings(1.0, 0, 1)); }),
                 QString("the network has vocab_size 4 and output_size 4, but the vocabulary has "
                         "5 symbols: both must be the vocabulary's size"));
    }
    void emptyPrimeStartsAnywhere() {
        const BiasOnly m({0.0, 0.0, 1.0, 2.0});
        SamplingSettings s = settings(0.0, 0, 5, 4);
        s.prime.clear();
        const std::string text = m.sample(s);
        QCOMPARE(text.size(), std::size_t(4));
        QCOMPARE(text.substr(1), std::string("ccc"));  // a random first, then greedy
    }
};

RNNLAB_TEST_APPLESS_MAIN(TestTextSampling)
}  // namespace RNNLAB_TEST_FILE

#include "tst_text_sampling.moc"
