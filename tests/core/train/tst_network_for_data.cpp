// The network follows the data it trains on (core/train/network_for_data.h): sizes, output mode
// and loss come from the data, everything else stays the network's own. Checked on hand-made
// sequence datasets of 4 sequences of 3 steps, one per kind of target.
#include <string>

#include "test_main.h"
#include "core/data/sequence_dataset.h"
#include "core/train/network_for_data.h"

namespace RNNLAB_TEST_FILE {

using namespace rnnlab;

namespace {

constexpr Index kSequences = 4;
constexpr Index kSteps = 3;

// kSequences sequences of kSteps steps with `inputs` features; `outputs` target columns, or one
// column of class indices 0 .. classes-1 when classes > 0; a target per step or per sequence.
SequenceDataset dataset(Index inputs, Index outputs, bool perStep, Index classes) {
    Matrix<double> x = Matrix<double>::Zero(kSequences * kSteps, inputs);
    const Index rows = perStep ? kSequences * kSteps : kSequences;
    Matrix<double> y = Matrix<double>::Zero(rows, classes > 0 ? 1 : outputs);
    return SequenceDataset("by hand", kSteps, x, y, perStep, classes > 0, classes, SplitSpec{});
}

NetworkConfig ownChoices() {
    NetworkConfig c;
    c.cell = CellType::Rnn;
    c.nonlinearity = Nonlinearity::Relu;
    c.hiddenSize = 7;
    c.numLayers = 2;
    c.inputSize = 99;  // whatever the network said before: the data decides
    c.outputSize = 99;
    c.output = OutputMode::Sequence;
    c.loss = LossKind::CrossEntropy;
    return c;
}

}  // namespace

class TestNetworkForData : public QObject {
    Q_OBJECT
private slots:
    void regressionOnTheLastStep();
    void classificationAtEveryStep();
    void keepsTheNetworksOwnChoices();
    void trainerOfTheFittedNetwork();
    void dataShapedForTheNetwork();
    void sequenceTasksKeepTheirShape();
};

void TestNetworkForData::regressionOnTheLastStep() {
    const NetworkConfig c = fittedToData(ownChoices(), dataset(2, 3, false, 0));
    QCOMPARE(c.inputSize, 2);
    QCOMPARE(c.outputSize, 3);
    QCOMPARE(toString(c.output), std::string("last"));
    QCOMPARE(toString(c.loss), std::string("mse"));
}

void TestNetworkForData::classificationAtEveryStep() {
    const NetworkConfig c = fittedToData(NetworkConfig{}, dataset(1, 1, true, 5));
    QCOMPARE(c.inputSize, 1);
    QCOMPARE(c.outputSize, 5);  // one output per class
    QCOMPARE(toString(c.output), std::string("sequence"));
    QCOMPARE(toString(c.loss), std::string("cross_entropy"));
}

void TestNetworkForData::keepsTheNetworksOwnChoices() {
    const NetworkConfig c = fittedToData(ownChoices(), dataset(4, 1, true, 0));
    QCOMPARE(toString(c.cell), std::string("rnn"));
    QCOMPARE(toString(c.nonlinearity), std::string("relu"));
    QCOMPARE(c.hiddenSize, 7);
    QCOMPARE(c.numLayers, 2);
    QCOMPARE(c.inputSize, 4);
    QCOMPARE(toString(c.output), std::string("sequence"));
    QCOMPARE(toString(c.loss), std::string("mse"));
}

// Both front ends build their trainers here: the network they asked for, fitted to the data.
void TestNetworkForData::trainerOfTheFittedNetwork() {
    auto data = std::make_shared<SequenceDataset>(dataset(3, 1, false, 4));
    const auto trainer = trainerForData(ownChoices(), TrainingSettings{}, data);
    QCOMPARE(trainer->networkConfig(), fittedToData(ownChoices(), *data));
    QCOMPARE(trainer->networkConfig().inputSize, 3);
    QCOMPARE(trainer->networkConfig().outputSize, 4);
}

// The other way round: an output at every step needs many-to-many windows, cross-entropy
// needs classes; last and mse give them back.
void TestNetworkForData::dataShapedForTheNetwork() {
    DataSource source;
    source.kind = DataSourceKind::Bundled;
    source.bundled = "nile";
    NetworkConfig asked;
    asked.output = OutputMode::Sequence;
    asked.loss = LossKind::CrossEntropy;
    const DataSource shaped = shapedForNetwork(source, asked);
    QCOMPARE(toString(shaped.window.mode), std::string("many_to_many"));
    QVERIFY(shaped.target == TargetKind::Classification);
    asked.output = OutputMode::Last;
    asked.loss = LossKind::Mse;
    const DataSource back = shapedForNetwork(shaped, asked);
    QCOMPARE(toString(back.window.mode), std::string("many_to_one"));
    QVERIFY(back.target == TargetKind::Regression);
}

// A generated sequence task fixes its output and loss: the data stays as it is.
void TestNetworkForData::sequenceTasksKeepTheirShape() {
    DataSource source;
    source.kind = DataSourceKind::Generator;
    source.generator.kind = GeneratorKind::AddingProblem;
    NetworkConfig asked;
    asked.output = OutputMode::Sequence;
    asked.loss = LossKind::CrossEntropy;
    const DataSource shaped = shapedForNetwork(source, asked);
    QCOMPARE(toString(shaped.window.mode), std::string("many_to_one"));
    QVERIFY(shaped.target == TargetKind::Regression);
}

RNNLAB_TEST_APPLESS_MAIN(TestNetworkForData)
}  // namespace RNNLAB_TEST_FILE

#include "tst_network_for_data.moc"
