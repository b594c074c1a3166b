// Sentences in the PCA plane of the last layer's state, worked by hand. An Elman RNN of one
// unit with W_hh = 0 and no biases has h_t = tanh(W_ih[s_t]): 'a' → −0.5, 'b' → 0.8,
// 'c' → 0.5, the padding line end → 0. The four validation sentences in windows of T = 4
// ("b", "ca", "aac", "cb", classes neg neg neg pos) read these states past their padding:
//   0.8 | 0.5 −0.5 | −0.5 −0.5 0.5 | 0.5 0.8      sum 1.6 over 8 steps: μ = 0.2
// (with the 8 padding steps' zeros μ would be 0.1). With H = 1 the plane has one axis, u_1 = 1,
// and a state's place is h − μ:
//   ends   0.6, −0.7, 0.3, 0.6
//   path of "aac" (start 1): −0.7, −0.7, 0.3 under "a", "a", "c"
#include <cmath>

#include "core/analysis/sentence_plane.h"
#include "core/data/labelled_text.h"
#include "test_main.h"

namespace RNNLAB_TEST_FILE {

using namespace rnnlab;

namespace {

constexpr double kTolerance = 1e-6;  // the weights are float

std::shared_ptr<LabelledDataset> tenSentences() {
    const std::vector<std::pair<std::string, std::u32string>> rows = {
        {"neg", U"a"},  {"pos", U"b"}, {"pos", U"c"},  {"pos", U"ab"},  {"neg", U"ba"},
        {"neg", U"ca"}, {"neg", U"b"}, {"neg", U"ca"}, {"neg", U"aac"}, {"pos", U"cb"}};
    std::vector<LabelledLine> lines;
    long line = 1;
    for (const auto& [label, text] : rows) lines.push_back({{label, line++, 1}, text, 5});
    return labelledTextData(lines, "by hand", 4, SplitSpec{0.6, 0.4});
}

NetworkConfig oneUnit() {
    NetworkConfig c;
    c.cell = CellType::Rnn;
    c.input = InputKind::Symbols;
    c.vocabSize = 5;
    c.hiddenSize = 1;
    c.outputSize = 2;
    c.loss = LossKind::CrossEntropy;
    return c;
}

Parameters<float> lastCharacterWeights() {
    Parameters<float> p(oneUnit());
    MatrixMap<float> w = p.matrix(p.layout().weightIh(0));  // (H, V)
    w(0, 2) = float(-std::atanh(0.5));
    w(0, 3) = float(std::atanh(0.8));
    w(0, 4) = float(std::atanh(0.5));
    return p;
}

bool nearValues(const Vector<double>& a, const std::vector<double>& b) {
    if (a.size() != Index(b.size())) return false;
    for (Index i = 0; i < a.size(); ++i)
        if (std::abs(a(i) - b[std::size_t(i)]) > kTolerance) return false;
    return true;
}

}  // namespace

class TestSentencePlane : public QObject {
    Q_OBJECT
private slots:
    void planeOfTheSentencesStepsWithoutPadding() {
        const auto data = tenSentences();
        const SentencePlane s =
            fitSentencePlane(oneUnit(), lastCharacterWeights(), *data, Split::Validation);
        QCOMPARE(s.splitSamples, Index(4));
        QCOMPARE(s.plane.states, Index(8));
        QVERIFY(std::abs(s.plane.mean(0) - 0.2) < kTolerance);
        QCOMPARE(s.plane.axes(0, 0), 1.0);
        QCOMPARE(s.plane.explained[0], 1.0);
        QCOMPARE(s.plane.explained[1], 0.0);
        QCOMPARE(s.classes, (std::vector<int>{0, 0, 0, 1}));
        QCOMPARE(s.ends.rows(), Index(4));
        QVERIFY(nearValues(s.ends.col(0), {0.6, -0.7, 0.3, 0.6}));
        QVERIFY(nearValues(s.ends.col(1), {0.0, 0.0, 0.0, 0.0}));
    }

    void fewerSentencesThanTheSplit() {
        // The first two only: 0.8 | 0.5 −0.5, μ = 0.8 / 3.
        const SentencePlane s = fitSentencePlane(oneUnit(), lastCharacterWeights(), *tenSentences(),
                                                 Split::Validation, 2);
        QCOMPARE(s.splitSamples, Index(4));
        QCOMPARE(s.plane.states, Index(3));
        QVERIFY(std::abs(s.plane.mean(0) - 0.8 / 3.0) < kTolerance);
        QCOMPARE(s.ends.rows(), Index(2));
    }

    void pathOfOneSentence() {
        const auto data = tenSentences();
        const SentencePlane s =
            fitSentencePlane(oneUnit(), lastCharacterWeights(), *data, Split::Validation);
        const SentencePath p =
            sentencePath(oneUnit(), lastCharacterWeights(), *data, Split::Validation, 2, s.plane);
        QCOMPARE(p.index, Index(2));
        QCOMPARE(p.start, Index(1));
        QCOMPARE(p.actual, 0);
        QCOMPARE(p.shown, (std::vector<std::string>{"a", "a", "c"}));
        QCOMPARE(p.points.rows(), Index(3));
        QVERIFY(nearValues(p.points.col(0), {-0.7, -0.7, 0.3}));
        // Its last point is its end.
        QVERIFY(std::abs(p.points(2, 0) - s.ends(2, 0)) < kTolerance);
    }
};

RNNLAB_TEST_APPLESS_MAIN(TestSentencePlane)
}  // namespace RNNLAB_TEST_FILE

#include "tst_sentence_plane.moc"
