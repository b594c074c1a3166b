// A character language model trained and measured by the engine: perplexity and bits per
// character worked by hand on a vocabulary of three symbols; the Trainer training a symbol LSTM
// on a text below the text's unigram entropy; the heavy analyses, the gradient check and the
// memory and time estimates on symbol networks (one-hot and embedded); and the series-only
// parts (baselines, free-running forecast) absent for a text.
#include <cmath>

#include "test_main.h"
#include "core/analysis/analysis_schedule.h"
#include "core/analysis/gradient_check.h"
#include "core/data/text_dataset.h"
#include "core/train/baselines.h"
#include "core/train/evaluation.h"
#include "core/train/memory_budget.h"
#include "core/train/network_for_data.h"

namespace RNNLAB_TEST_FILE {

using namespace rnnlab;

namespace {

SplitSpec halfQuarterQuarter() {
    SplitSpec s;
    s.train = 0.5;
    s.validation = 0.25;
    return s;
}

NetworkConfig symbolLstm(int V, int E) {
    NetworkConfig n;
    n.cell = CellType::Lstm;
    n.input = InputKind::Symbols;
    n.vocabSize = V;
    n.embeddingSize = E;
    n.hiddenSize = 8;
    n.outputSize = V;
    n.output = OutputMode::Sequence;
    n.loss = LossKind::CrossEntropy;
    return n;
}

double total(const MemoryEstimate& estimate) {
    double bytes = 0.0;
    for (const MemoryPart& p : estimate) bytes += p.bytes;
    return bytes;
}

}  // namespace

class TestLanguageModel : public QObject {
    Q_OBJECT
private slots:
    // All weights zero but fc.bias = (0, 0, ln 2): every step predicts p = (1/4, 1/4, 1/2) for
    // (unknown, a, b), whatever came before (h_t = 0). "ababababab|cdcdc|dcdcd", T = 3: the
    // training windows' targets are bab aba bab, five b (1 bit each) and four a (2 bits each):
    //   bits per character = (5·1 + 4·2) / 9 = 13/9,  perplexity = 2^(13/9),  loss = 13/9 ln 2
    // The validation targets c d c are unknown to the training part: 2 bits each.
    void bitsPerCharacterByHand() {
        const auto data =
            TextDataset::fromBytes("abababababcdcdcdcdcd", "t.txt", 3, halfQuarterQuarter());
        RecurrentNetwork<double> net(fittedToData(symbolLstm(0, 0), *data));
        net.parameters().setZero();
        net.parameters().vector(net.parameters().layout().fcBias())(2) = std::log(2.0);

        const Evaluation train = evaluateSplit(net, *data, Split::Train);
        QVERIFY(std::abs(*train.loss - 13.0 / 9.0 * std::log(2.0)) < 1e-12);
        QVERIFY(std::abs(*train.bitsPerCharacter - 13.0 / 9.0) < 1e-12);
        QVERIFY(std::abs(*train.perplexity - std::pow(2.0, 13.0 / 9.0)) < 1e-12);
        QCOMPARE(*train.metrics.accuracy, 5.0 / 9.0);  // argmax is always b

        const Evaluation validation = evaluateSplit(net, *data, Split::Validation);
        QVERIFY(std::abs(*validation.bitsPerCharacter - 2.0) < 1e-12);
        QVERIFY(std::abs(*validation.perplexity - 4.0) < 1e-12);
        QCOMPARE(bitsPerCharacterOf(std::log(8.0)), 3.0);
    }

    // A text whose next character is certain from the one before: the model learns to beat
    // the unigram entropy (log2 5 bits: five characters, equally often) by far.
    void trainsBelowTheUnigramEntropy() {
        std::string text;
        for (int i = 0; i < 120; ++i) text += "abcde";
        const auto data = TextDataset::fromBytes(text, "t.txt", 10, SplitSpec{});
        QVERIFY(std::abs(data->unigramEntropyBits() - std::log2(5.0)) < 1e-12);
        TrainingSettings s;
        s.batchSize = 8;
        s.epochs = 30;
        s.seed = 3;
        s.optimizer.learningRate = 0.05;
        s.traceEvery = 5;  // the heavy analyses run on the symbol network too
        auto trainer = trainerForData(symbolLstm(0, 4), s, data);
        QVERIFY(trainer->networkConfig().vocabSize == 6);
        while (!trainer->finished()) trainer->step();
        const Evaluation validation = trainer->evaluate(Split::Validation);
        QVERIFY2(*validation.bitsPerCharacter < 0.5 * data->unigramEntropyBits(),
                 qPrintable(QString::number(*validation.bitsPerCharacter)));
        QVERIFY(!trainer->history().jacobianProfiles.items().empty());
        QVERIFY(!trainer->history().recurrentNorms.items().empty());
        QVERIFY(!computeBaselines(*data));  // no persistence or mean for text
        QCOMPARE(trainer->history().epochs.back().validationFreeRunning.count, 0LL);
    }

    // Gradient check of a symbol network on one window of a text (every gradient, the
    // embedding's included, against finite differences).
    void gradientCheckOnText() {
        const auto data = TextDataset::fromBytes("the cat sat on the mat; the rat sat too.",
                                                 "t.txt", 6, halfQuarterQuarter());
        for (int E : {0, 3}) {
            const NetworkConfig n = fittedToData(symbolLstm(0, E), *data);
            auto trainer = trainerForData(n, TrainingSettings{}, data);
            Matrix<double> x, y;
            data->batch(Split::Train, 0, 1, x, y);
            GradientCheckOptions options;
            options.count = 40;
            const GradientCheckResult r = gradientCheck(n, trainer->weights(), x, y, options);
            for (const GradientCheckEntry& e : r.entries)
                QVERIFY2(e.relativeError < 1e-5 || std::abs(e.backprop) < 1e-9, e.label().c_str());
        }
    }

    // One-hot input keeps W_ih^T and its gradient as (V, G·H) tables per pass; an embedding
    // caches E values and their gradients per step. The step cost of a one-hot first layer
    // has no input product, an embedded one has E columns.
    void estimatesCountSymbolInput() {
        const NetworkConfig oneHot = symbolLstm(1000, 0), embedded = symbolLstm(1000, 16);
        const double G = 4, H = 8, V = 1000, T = 50, B = 32, chunk = 256;
        NetworkConfig noInput = oneHot;
        noInput.vocabSize = 2;  // the same network but for its input tables
        const double tables = 2 * 2 * V * G * H * 4 - 2 * 2 * 2 * G * H * 4;
        const double weights = 18.0 * 4 * (parameterCount(oneHot) - parameterCount(noInput));
        QVERIFY(std::abs(total(estimateTraining(oneHot, B, chunk, T)) -
                         total(estimateTraining(noInput, B, chunk, T)) - tables - weights) < 1);
        NetworkConfig real = embedded;
        real.input = InputKind::Real;
        real.inputSize = 16;
        real.vocabSize = 0;
        real.embeddingSize = 0;
        QCOMPARE(trainingStepCost(embedded, 50, 32), trainingStepCost(real, 50, 32));
        real.inputSize = 0;
        QCOMPARE(trainingStepCost(oneHot, 50, 32), trainingStepCost(real, 50, 32));
    }
};

RNNLAB_TEST_APPLESS_MAIN(TestLanguageModel)
}  // namespace RNNLAB_TEST_FILE

#include "tst_language_model.moc"
