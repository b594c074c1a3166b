// The loss and metrics of a whole split (core/train/evaluation.h) and of every epoch of a run,
// against values worked out by hand and by NumPy (tests/data/make_metrics_reference.py). Every
// validation part here has more than 256 windows, so the evaluation takes two batches.
//   MSE = 1/N Σ (ŷ - y)²,  RMSE = √MSE,  MAE = 1/N Σ |ŷ - y|  over all N predicted values, in
//   the data's own units;  accuracy = 1/N Σ [argmax ŷ = y]
#include <cmath>

#include "test_main.h"
#include "core/io/experiment_file.h"
#include "core/train/evaluation.h"

namespace RNNLAB_TEST_FILE {

using namespace rnnlab;

namespace {

bool close(double actual, double expected, double relative) {
    return std::abs(actual - expected) <= relative * std::max(1.0, std::abs(expected));
}

#define CHECK_CLOSE(actual, expected, relative)              \
    QVERIFY2(close((actual), (expected), (relative)),        \
             qPrintable(QString("%1 = %2, expected %3")      \
                            .arg(#actual)                    \
                            .arg(double(actual), 0, 'g', 12) \
                            .arg(double(expected), 0, 'g', 12)))

// Rows 0 .. 999: the value i, and the class i mod 3. Training rows 0..499, validation
// 500..899, test 900..999. The z-score of the training rows: mean 249.5, variance
// (500² - 1) / 12 = 20833.25.
Series countingSeries() {
    Series s;
    s.names = {"i", "class"};
    s.columns.resize(2);
    for (int r = 0; r < 1000; ++r) {
        s.columns[0].push_back(r);
        s.columns[1].push_back(r % 3);
    }
    return s;
}

constexpr SplitSpec kSplit{0.5, 0.4};

WindowedDataset countingWindows(WindowMode mode) {
    Series s = countingSeries();
    s.inputs = {0};
    s.target = 0;
    WindowSpec w;
    w.window = 4;
    w.horizon = 1;
    w.mode = mode;
    return WindowedDataset(s, w, kSplit, NormalisationKind::ZScore);
}

WindowedDataset countingClasses() {
    Series s = countingSeries();
    s.inputs = {0};
    s.target = 1;
    WindowSpec w;
    w.window = 4;
    w.horizon = 0;
    return WindowedDataset(s, w, kSplit, NormalisationKind::ZScore, TargetKind::Classification);
}

// Every weight 0, so every output is fc.bias: a network that always says the same.
RecurrentNetwork<float> constantNetwork(int outputs, OutputMode output, LossKind loss,
                                        const std::vector<float>& bias) {
    NetworkConfig c;
    c.cell = CellType::Rnn;
    c.hiddenSize = 3;
    c.outputSize = outputs;
    c.output = output;
    c.loss = loss;
    RecurrentNetwork<float> net(c);
    net.parameters().setZero();
    for (int o = 0; o < outputs; ++o)
        net.parameters().vector(net.parameters().layout().fcBias())(o) = bias[size_t(o)];
    return net;
}

QJsonObject expectedFor(const char* name) {
    QFile f(QStringLiteral(RNNLAB_TEST_DATA_DIR "/metrics/expected.json"));
    if (!f.open(QIODevice::ReadOnly)) return {};
    return QJsonDocument::fromJson(f.readAll()).object().value(name).toObject();
}

std::unique_ptr<Trainer> numpyCase(const char* name) {
    const std::string path = RNNLAB_TEST_DATA_DIR "/metrics/" + std::string(name) + ".rnnlab.json";
    return makeTrainer(readExperiment(path), directoryOf(path));
}

// Loss and metrics of a part against NumPy's (prefix "val" or "test"); the engine computes
// in float, NumPy in double.
void compareWithNumPy(const std::optional<double>& loss, const Metrics& m, const QJsonObject& e,
                      const QString& part) {
    QVERIFY(loss);
    CHECK_CLOSE(*loss, e[part + "_loss"].toDouble(), 1e-5);
    QCOMPARE(m.count, e[part + "_count"].toInteger());
    if (e.contains(part + "_accuracy")) {
        QVERIFY(m.accuracy);
        CHECK_CLOSE(*m.accuracy, e[part + "_accuracy"].toDouble(), 1e-12);
        return;
    }
    QVERIFY(!m.accuracy);
    CHECK_CLOSE(m.rmse, e[part + "_rmse"].toDouble(), 1e-5);
    CHECK_CLOSE(m.mae, e[part + "_mae"].toDouble(), 1e-5);
    CHECK_CLOSE(m.mse, std::pow(e[part + "_rmse"].toDouble(), 2), 2e-5);
}

}  // namespace

class TestEvaluation : public QObject {
    Q_OBJECT
private slots:
    // The network predicts 0, the training mean: 249.5 in data units. Rolling origin: the
    // validation windows predict each of the rows 500..899 in turn, 400 consecutive numbers
    // of mean 699.5 and variance (400² - 1) / 12 = 13333.25:
    //   MAE  = 699.5 - 249.5 = 450
    //   MSE  = 450² + 13333.25 = 215833.25,  RMSE = 464.5786
    //   loss = MSE / 20833.25 = 10.36006 (normalised units)
    // The test windows predict rows 900..999 (100): MAE 700, MSE 700² + (100² - 1) / 12.
    void regressionByHand() {
        const WindowedDataset data = countingWindows(WindowMode::ManyToOne);
        const RecurrentNetwork<float> net =
            constantNetwork(1, OutputMode::Last, LossKind::Mse, {0.0f});
        const Evaluation val = evaluateSplit(net, data, Split::Validation);
        QCOMPARE(val.metrics.count, 400LL);
        CHECK_CLOSE(val.metrics.mae, 450.0, 1e-6);
        CHECK_CLOSE(val.metrics.mse, 215833.25, 1e-6);
        CHECK_CLOSE(val.metrics.rmse, std::sqrt(215833.25), 1e-6);
        CHECK_CLOSE(*val.loss, 215833.25 / 20833.25, 1e-6);
        QVERIFY(!val.metrics.accuracy);
        const Evaluation test = evaluateSplit(net, data, Split::Test);
        QCOMPARE(test.metrics.count, 100LL);
        CHECK_CLOSE(test.metrics.mae, 700.0, 1e-6);
        CHECK_CLOSE(test.metrics.mse, 700.0 * 700.0 + (100.0 * 100.0 - 1) / 12, 1e-6);
    }

    // A target at every step, all of them in the part: windows s = 499..895 predict rows
    // s+1 .. s+4, 4 x 397 = 1588 values. For step t the rows 499+t .. 895+t have mean
    // 697 + t and variance (397² - 1) / 12 = 13134:
    //   MAE = mean over t of (447.5 + t) = 450
    //   MSE = 13134 + (448.5² + 449.5² + 450.5² + 451.5²) / 4 = 215635.25
    void everyStepByHand() {
        const WindowedDataset data = countingWindows(WindowMode::ManyToMany);
        const RecurrentNetwork<float> net =
            constantNetwork(1, OutputMode::Sequence, LossKind::Mse, {0.0f});
        const Evaluation val = evaluateSplit(net, data, Split::Validation);
        QCOMPARE(val.metrics.count, 1588LL);
        CHECK_CLOSE(val.metrics.mae, 450.0, 1e-6);
        CHECK_CLOSE(val.metrics.mse, 215635.25, 1e-6);
        CHECK_CLOSE(*val.loss, 215635.25 / 20833.25, 1e-6);
    }

    // Logits (0, 1, 0): always class 1. The validation windows label the rows 500..899 (400),
    // of which 502, 505, ..., 898 are class 1: 133.
    //   accuracy = 133 / 400
    //   loss = -log softmax: log(2 + e) - 1 for class 1, log(2 + e) otherwise,
    //          mean = log(2 + e) - 133 / 400
    // The test windows label rows 900..999 (100), class 1 at 901, ..., 997: 33.
    void accuracyByHand() {
        const WindowedDataset data = countingClasses();
        QCOMPARE(data.outputSize(), Index(3));
        const RecurrentNetwork<float> net =
            constantNetwork(3, OutputMode::Last, LossKind::CrossEntropy, {0.0f, 1.0f, 0.0f});
        const Evaluation val = evaluateSplit(net, data, Split::Validation);
        QCOMPARE(val.metrics.count, 400LL);
        QVERIFY(val.metrics.accuracy);
        QCOMPARE(*val.metrics.accuracy, 133.0 / 400.0);
        CHECK_CLOSE(*val.loss, std::log(2.0 + M_E) - 133.0 / 400.0, 1e-5);  // float
        const Evaluation test = evaluateSplit(net, data, Split::Test);
        QCOMPARE(*test.metrics.accuracy, 33.0 / 100.0);
        CHECK_CLOSE(*test.loss, std::log(2.0 + M_E) - 33.0 / 100.0, 1e-5);
    }

    void againstNumPy_data() {
        QTest::addColumn<QString>("name");
        QTest::newRow("regression") << "regression";
        QTest::newRow("classification") << "classification";
    }
    // Random weights on a CSV series: evaluate() of each part, then one epoch of training at
    // lr 1e-30 (the weights stay as they are), whose record holds the same numbers and, as the
    // training loss, the mean over every training window of unequal batches.
    void againstNumPy() {
        QFETCH(QString, name);
        const QJsonObject e = expectedFor(qPrintable(name));
        QVERIFY(!e.isEmpty());
        const std::unique_ptr<Trainer> t = numpyCase(qPrintable(name));
        const Evaluation val = t->evaluate(Split::Validation);
        compareWithNumPy(val.loss, val.metrics, e, "val");
        const Evaluation test = t->evaluate(Split::Test);
        compareWithNumPy(test.loss, test.metrics, e, "test");

        const Vector<double> before = t->weights().flat();
        while (!t->finished()) t->step();
        QCOMPARE(t->weights().flat(), before);
        QCOMPARE(t->history().epochs.size(), size_t(1));
        const EpochRecord& epoch = t->history().epochs.front();
        CHECK_CLOSE(epoch.trainLoss, e["train_loss"].toDouble(), 1e-5);
        compareWithNumPy(epoch.validationLoss, epoch.validation, e, "val");
        compareWithNumPy(epoch.testLoss, epoch.test, e, "test");
    }
};

RNNLAB_TEST_APPLESS_MAIN(TestEvaluation)
}  // namespace RNNLAB_TEST_FILE

#include "tst_evaluation.moc"
