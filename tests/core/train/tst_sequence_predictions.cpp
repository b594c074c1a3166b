// Target vs prediction for held-out sequences, from a network whose answer is known without
// running it: every weight zero, so h_t = 0 at every step and the output is the head's bias,
//   ŷ = W_fc h_T + b_fc = b_fc   for every sample (and every step).
// The data: N = 10 sequences of T = 3 steps, split 6 / 4 / 0, so sequences 6..9 validate.

#include "test_main.h"
#include "core/data/sequence_dataset.h"
#include "core/data/series.h"
#include "core/train/forecast.h"
#include "core/train/sequence_predictions.h"

namespace RNNLAB_TEST_FILE {

using namespace rnnlab;

namespace {

constexpr Index kSequences = 10, kSteps = 3;
const SplitSpec kSplit{0.6, 0.4};

// A network of zero weights whose head's biases are `bias`.
RecurrentNetwork<float> constantNetwork(std::vector<float> bias, OutputMode output) {
    NetworkConfig c;
    c.cell = CellType::Gru;
    c.hiddenSize = 2;
    c.outputSize = int(bias.size());
    c.output = output;
    c.loss = bias.size() > 1 ? LossKind::CrossEntropy : LossKind::Mse;
    RecurrentNetwork<float> net(c);
    Parameters<float>& p = net.parameters();
    for (std::size_t o = 0; o < bias.size(); ++o) p.vector(p.layout().fcBias())(Index(o)) = bias[o];
    return net;
}

// Sequence n's input is n at every step; its target is n / 2 (per step: n / 2 + t).
SequenceDataset regression(bool perStep) {
    Matrix<double> x(kSequences * kSteps, 1), y(perStep ? kSequences * kSteps : kSequences, 1);
    for (Index n = 0; n < kSequences; ++n) {
        for (Index t = 0; t < kSteps; ++t) {
            x(n * kSteps + t, 0) = double(n);
            if (perStep) y(n * kSteps + t, 0) = 0.5 * double(n) + double(t);
        }
        if (!perStep) y(n, 0) = 0.5 * double(n);
    }
    return SequenceDataset("by hand", kSteps, x, y, perStep, false, 0, kSplit);
}

}  // namespace

class TestSequencePredictions : public QObject {
    Q_OBJECT
private slots:
    void oneTargetPerSequence() {
        const SequenceDataset data = regression(false);
        QVERIFY(predictionSplit(data) == Split::Validation);
        const SequencePredictions p =
            predictSequences(constantNetwork({0.75f}, OutputMode::Last), data, Split::Validation);
        QCOMPARE(p.samples, Index(4));
        QCOMPARE(p.splitSamples, Index(4));
        QCOMPARE(p.classes, Index(0));
        QCOMPARE(p.target, (std::vector<double>{3.0, 3.5, 4.0, 4.5}));  // sequences 6..9
        QCOMPARE(p.predicted, std::vector<double>(4, 0.75));
    }

    void aTargetAtEveryStep() {
        // Time-major as the batches are: step 0 of sequences 6..9, then step 1, then step 2.
        const SequencePredictions p = predictSequences(
            constantNetwork({-1.5f}, OutputMode::Sequence), regression(true), Split::Validation);
        QCOMPARE(p.samples, Index(4));
        QCOMPARE(p.target,
                 (std::vector<double>{3.0, 3.5, 4.0, 4.5, 4.0, 4.5, 5.0, 5.5, 5.0, 5.5, 6.0, 6.5}));
        QCOMPARE(p.predicted, std::vector<double>(12, -1.5));
    }

    void classesCountedInTheConfusionMatrix() {
        // Validation classes 0, 2, 2, 1; the largest logit is always class 1's.
        const std::vector<double> classes = {0, 1, 2, 0, 1, 2, 0, 2, 2, 1};
        Matrix<double> x = Matrix<double>::Zero(kSequences * kSteps, 1), y(kSequences, 1);
        for (Index n = 0; n < kSequences; ++n) y(n, 0) = classes[std::size_t(n)];
        const SequenceDataset data("classes", kSteps, x, y, false, true, 3, kSplit);
        const SequencePredictions p = predictSequences(
            constantNetwork({0.0f, 1.0f, 0.5f}, OutputMode::Last), data, Split::Validation);
        QCOMPARE(p.classes, Index(3));
        const std::vector<std::vector<long long>> expected = {{0, 1, 0}, {0, 1, 0}, {0, 2, 0}};
        QCOMPARE(p.confusion, expected);
        QCOMPARE(p.total(), 4LL);
        QCOMPARE(p.correct(), 1LL);
        QVERIFY(p.target.empty());
    }

    // Per class, the share of its samples predicted as it (a row's diagonal over the row):
    //   actual 0: 3 of 4 right, actual 1: 1 of 2, actual 2: no samples.
    void perClassAccuracyByHand() {
        SequencePredictions p;
        p.classes = 3;
        p.confusion = {{3, 1, 0}, {1, 1, 0}, {0, 0, 0}};
        QCOMPARE(p.classTotals(), (std::vector<long long>{4, 2, 0}));
        const std::vector<std::optional<double>> accuracy = p.classAccuracy();
        QCOMPARE(accuracy.size(), std::size_t(3));
        QCOMPARE(*accuracy[0], 0.75);
        QCOMPARE(*accuracy[1], 0.5);
        QVERIFY(!accuracy[2]);
        QCOMPARE(p.total(), 6LL);
        QCOMPARE(p.correct(), 4LL);
    }

    void aLargeScatterKeepsWholeSamples() {
        // 30 validation sequences of 1000 steps, a target at every step: 30,000 points, more
        // than kMaxPredictionPoints; the first 20 sequences (20,000 points) are drawn.
        constexpr Index n = 100, T = 1000;
        Matrix<double> x = Matrix<double>::Zero(n * T, 1), y = Matrix<double>::Ones(n * T, 1);
        const SequenceDataset data("long", T, x, y, true, false, 0, SplitSpec{0.7, 0.3});
        const SequencePredictions p = predictSequences(
            constantNetwork({2.0f}, OutputMode::Sequence), data, Split::Validation);
        QCOMPARE(p.splitSamples, Index(30));
        QCOMPARE(p.samples, Index(20));
        QCOMPARE(p.target.size(), std::size_t(20 * T));
    }

    void forecastsCarryThemForSequencesOnly() {
        const ForecastSet sequences =
            computeForecasts(constantNetwork({0.75f}, OutputMode::Last), regression(false));
        QVERIFY(sequences.sequences);
        QVERIFY(sequences.sequences->split == Split::Validation);
        QCOMPARE(sequences.sequences->target.size(), std::size_t(4));
        QVERIFY(!sequences.validation);

        Series s;
        s.names = {"x"};
        s.columns = {std::vector<double>(60)};
        for (std::size_t r = 0; r < 60; ++r) s.columns[0][r] = double(r % 7);
        s.inputs = {0};
        s.target = 0;
        const WindowedDataset series(s, WindowSpec{4, 1, 1, WindowMode::ManyToOne}, SplitSpec{},
                                     NormalisationKind::ZScore);
        const ForecastSet forecasts =
            computeForecasts(constantNetwork({0.75f}, OutputMode::Last), series);
        QVERIFY(!forecasts.sequences);
        QVERIFY(forecasts.validation);
    }
};

RNNLAB_TEST_MAIN(TestSequencePredictions)
}  // namespace RNNLAB_TEST_FILE

#include "tst_sequence_predictions.moc"
