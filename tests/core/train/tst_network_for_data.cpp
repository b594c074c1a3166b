// The network follows the data it trains on (core/train/network_for_data.h): sizes, output mode
// and loss come from the data, everything else stays the network's own. Checked on hand-made
// sequence datasets of 4 sequences of 3 steps, one per kind of target.
#include <QtTest>
#include <string>

#include "core/data/sequence_dataset.h"
#include "core/train/network_for_data.h"

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

QTEST_APPLESS_MAIN(TestNetworkForData)
#include "tst_network_for_data.moc"
