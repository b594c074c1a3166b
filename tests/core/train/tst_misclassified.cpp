// The misclassified sentences of a split, and what a sentence says without its padding, from a
// network whose answers are worked out by hand. An Elman RNN of one unit with W_hh = 0 and no
// biases forgets everything but the last character s_{T-1}:
//   h_{T-1} = tanh(W_ih[s_{T-1}]),  z = W_fc h = (−h, h),  ŷ = argmax z
//   W_ih: 'a' → −atanh 0.5 (h = −0.5: "neg"), 'b' → atanh 0.8 (h = 0.8: "pos"),
//         'c' → atanh 0.5 (h = 0.5: "pos"), the padding line end → 0
//   p_ŷ = 1 / (1 + e^{−2|h|}):  0.5 → 1 / (1 + e^{−1}) = 0.7310585786
//                               0.8 → 1 / (1 + e^{−1.6}) = 0.8320183851
// Ten sentences split 6 / 4, in windows of T = 4; the classes "neg" 0, "pos" 1; the vocabulary
// ["", "\n", "a", "b", "c"]. The validation sentences and what the network says:
//   0 "b"    neg  → pos, p 0.832   wrong
//   1 "ca"   neg  → neg            right
//   2 "aac"  neg  → pos, p 0.731   wrong
//   3 "cb"   pos  → pos            right
#include <cmath>

#include "core/data/labelled_text.h"
#include "core/train/misclassified.h"
#include "core/train/sentence_steps.h"
#include "test_main.h"

namespace RNNLAB_TEST_FILE {

using namespace rnnlab;

namespace {

constexpr double kTolerance = 1e-6;  // the network computes in float

std::shared_ptr<LabelledDataset> tenSentences() {
    const std::vector<std::pair<std::string, std::u32string>> rows = {
        {"neg", U"a"},  {"pos", U"b"}, {"pos", U"c"},  {"pos", U"ab"},  {"neg", U"ba"},
        {"neg", U"ca"}, {"neg", U"b"}, {"neg", U"ca"}, {"neg", U"aac"}, {"pos", U"cb"}};
    std::vector<LabelledLine> lines;
    long line = 1;
    for (const auto& [label, text] : rows) lines.push_back({{label, line++, 1}, text, 5});
    return labelledTextData(lines, "by hand", 4, SplitSpec{0.6, 0.4});
}

RecurrentNetwork<float> lastCharacterNetwork() {
    NetworkConfig c;
    c.cell = CellType::Rnn;
    c.input = InputKind::Symbols;
    c.vocabSize = 5;
    c.hiddenSize = 1;
    c.outputSize = 2;
    c.loss = LossKind::CrossEntropy;
    RecurrentNetwork<float> net(c);
    Parameters<float>& p = net.parameters();
    MatrixMap<float> w = p.matrix(p.layout().weightIh(0));  // (H, V)
    w(0, 2) = float(-std::atanh(0.5));
    w(0, 3) = float(std::atanh(0.8));
    w(0, 4) = float(std::atanh(0.5));
    MatrixMap<float> head = p.matrix(p.layout().fcWeight());  // (2, H)
    head(0, 0) = -1.0f;
    head(1, 0) = 1.0f;
    return net;
}

}  // namespace

class TestMisclassified : public QObject {
    Q_OBJECT
private slots:
    void mostConfidentlyWrongFirst() {
        const auto data = tenSentences();
        QCOMPARE(data->count(Split::Validation), Index(4));
        QCOMPARE(data->symbolNames(), (std::vector<std::string>{"", "\n", "a", "b", "c"}));
        const Misclassified m = findMisclassified(lastCharacterNetwork(), *data, Split::Validation);
        QCOMPARE(m.samples, Index(4));
        QCOMPARE(m.wrong, Index(2));
        QCOMPARE(m.listed.size(), std::size_t(2));
        const MisclassifiedSample& first = m.listed[0];
        QCOMPARE(first.index, Index(0));
        QCOMPARE(first.text, std::string("b"));
        QCOMPARE(first.actual, 0);
        QCOMPARE(first.predicted, 1);
        QVERIFY(std::abs(first.probability - 0.8320183851) < kTolerance);
        const MisclassifiedSample& second = m.listed[1];
        QCOMPARE(second.index, Index(2));
        QCOMPARE(second.text, std::string("aac"));
        QCOMPARE(second.actual, 0);
        QCOMPARE(second.predicted, 1);
        QVERIFY(std::abs(second.probability - 0.7310585786) < kTolerance);
    }

    void cappedListKeepsTheCount() {
        const auto data = tenSentences();
        const Misclassified m =
            findMisclassified(lastCharacterNetwork(), *data, Split::Validation, 1);
        QCOMPARE(m.wrong, Index(2));
        QCOMPARE(m.listed.size(), std::size_t(1));
        QCOMPARE(m.listed[0].text, std::string("b"));
    }

    void trainingPartHasItsOwn() {
        // Training: "a" neg→neg, "b" pos→pos, "c" pos→pos, "ab" pos→pos, "ba" neg→neg,
        // "ca" neg→neg: none wrong.
        const Misclassified m =
            findMisclassified(lastCharacterNetwork(), *tenSentences(), Split::Train);
        QCOMPARE(m.samples, Index(6));
        QCOMPARE(m.wrong, Index(0));
        QVERIFY(m.listed.empty());
    }

    void sentenceWithoutItsPadding() {
        const auto data = tenSentences();
        QCOMPARE(paddingSymbolOf(*data), 1);
        // "aac" in T = 4: x = 1 2 2 4.
        const SentenceSteps s = sentenceSteps(*data, Split::Validation, 2);
        QCOMPARE(s.symbols, (std::vector<int>{1, 2, 2, 4}));
        QCOMPARE(s.start, Index(1));
        QCOMPARE(s.shown, (std::vector<std::string>{"a", "a", "c"}));
        QCOMPARE(s.text, std::string("aac"));
        // An unknown symbol shows as U+FFFD; without a padding symbol nothing is skipped.
        const SentenceSteps u = sentenceSteps({1, 0, 3}, data->symbolNames(), -1);
        QCOMPARE(u.start, Index(0));
        QCOMPARE(u.text, std::string("\n\xEF\xBF\xBD"
                                     "b"));
    }
};

RNNLAB_TEST_APPLESS_MAIN(TestMisclassified)
}  // namespace RNNLAB_TEST_FILE

#include "tst_misclassified.moc"
