// The network-shape diagram: the boxes it draws for each cell, output mode and loss, the
// parameter count, collapsing deep stacks, and repainting when the config changes.

#include "test_main.h"
#include "ui/network_diagram.h"
#include "ui/theme/theme.h"

namespace RNNLAB_TEST_FILE {

using namespace rnnlab;
using namespace rnnlab::ui;

namespace {

QStringList texts(const QList<DiagramBlock>& blocks) {
    QStringList out;
    for (const DiagramBlock& b : blocks) out << b.title + QStringLiteral(" | ") + b.detail;
    return out;
}

NetworkConfig config(CellType cell, int input, int hidden, int layers, int output) {
    NetworkConfig c;
    c.cell = cell;
    c.inputSize = input;
    c.hiddenSize = hidden;
    c.numLayers = layers;
    c.outputSize = output;
    return c;
}

}  // namespace

class TestNetworkDiagram : public QObject {
    Q_OBJECT
private slots:
    void cleanup();
    void defaultLstm();
    void reluRnnWithTwoLayers();
    void gruClassifierOnEveryStep();
    void deepStacksCollapse();
    void parameterCountIsGrouped_data();
    void parameterCountIsGrouped();
    void repaintsWhenTheConfigChanges();
    void presentationModeEnlargesTheDiagram();
};

void TestNetworkDiagram::cleanup() {
    Theme::instance().setPresentation(false);
}

void TestNetworkDiagram::defaultLstm() {
    QCOMPARE(texts(diagramBlocks(NetworkConfig{})),
             (QStringList{QStringLiteral("Input x\u209c | 1 feature"),
                          QStringLiteral("LSTM layer 1 | 16 units \u00b7 gates i f g o"),
                          QStringLiteral("Linear head | 16 \u2192 1 \u00b7 last step"),
                          QStringLiteral("Output \u0177 | MSE loss")}));
}

void TestNetworkDiagram::reluRnnWithTwoLayers() {
    NetworkConfig c = config(CellType::Rnn, 3, 1, 2, 2);
    c.nonlinearity = Nonlinearity::Relu;
    const QList<DiagramBlock> blocks = diagramBlocks(c);
    QCOMPARE(texts(blocks),
             (QStringList{QStringLiteral("Input x\u209c | 3 features"),
                          QStringLiteral("RNN layer 1 | 1 unit \u00b7 ReLU"),
                          QStringLiteral("RNN layer 2 | 1 unit \u00b7 ReLU"),
                          QStringLiteral("Linear head | 1 \u2192 2 \u00b7 last step"),
                          QStringLiteral("Output \u0177 | MSE loss")}));
    QCOMPARE(blocks[1].kind, DiagramBlock::Kind::Layer);
    QCOMPARE(blocks[3].kind, DiagramBlock::Kind::Head);
}

void TestNetworkDiagram::gruClassifierOnEveryStep() {
    NetworkConfig c = config(CellType::Gru, 1, 8, 1, 3);
    c.output = OutputMode::Sequence;
    c.loss = LossKind::CrossEntropy;
    QCOMPARE(texts(diagramBlocks(c)),
             (QStringList{QStringLiteral("Input x\u209c | 1 feature"),
                          QStringLiteral("GRU layer 1 | 8 units \u00b7 gates r z n"),
                          QStringLiteral("Linear head | 8 \u2192 3 \u00b7 every step"),
                          QStringLiteral("Output \u0177 | cross-entropy, 3 classes")}));
}

void TestNetworkDiagram::deepStacksCollapse() {
    const NetworkConfig c = config(CellType::Lstm, 1, 4, 10, 1);
    const QList<DiagramBlock> blocks = diagramBlocks(c);
    QCOMPARE(blocks.size(), 1 + 5 + 2);
    QCOMPARE(blocks[1].title, QStringLiteral("LSTM layer 1"));
    QCOMPARE(blocks[2].title, QStringLiteral("LSTM layer 2"));
    QCOMPARE(blocks[3].kind, DiagramBlock::Kind::Ellipsis);
    QCOMPARE(blocks[3].detail, QStringLiteral("6 more layers"));
    QCOMPARE(blocks[4].title, QStringLiteral("LSTM layer 9"));
    QCOMPARE(blocks[5].title, QStringLiteral("LSTM layer 10"));
    QCOMPARE(diagramBlocks(config(CellType::Lstm, 1, 4, 5, 1)).size(), 1 + 5 + 2);  // all shown
}

void TestNetworkDiagram::parameterCountIsGrouped_data() {
    QTest::addColumn<int>("cell");
    QTest::addColumn<int>("hidden");
    QTest::addColumn<int>("layers");
    QTest::addColumn<QString>("text");
    // RNN I=1 H=1: W_ih 1 + W_hh 1 + b 2, head 1 + 1.
    QTest::newRow("tiny rnn") << int(CellType::Rnn) << 1 << 1 << "6 trainable parameters";
    // LSTM I=1 H=16: 64 + 1024 + 128, head 17.
    QTest::newRow("lstm") << int(CellType::Lstm) << 16 << 1 << "1,233 trainable parameters";
    // GRU I=1 H=256 L=2: (768 + 196608 + 1536) + (196608 + 196608 + 1536) + 257.
    QTest::newRow("gru") << int(CellType::Gru) << 256 << 2 << "593,921 trainable parameters";
}

void TestNetworkDiagram::parameterCountIsGrouped() {
    QFETCH(int, cell);
    QFETCH(int, hidden);
    QFETCH(int, layers);
    QFETCH(QString, text);
    QCOMPARE(parameterCountText(config(CellType(cell), 1, hidden, layers, 1)), text);
}

void TestNetworkDiagram::repaintsWhenTheConfigChanges() {
    NetworkDiagram diagram;
    diagram.resize(320, 520);
    const QImage lstm = diagram.grab().toImage();
    diagram.setConfig(config(CellType::Gru, 1, 16, 1, 1));
    QVERIFY(diagram.config().cell == CellType::Gru);
    const QImage gru = diagram.grab().toImage();
    QVERIFY(lstm != gru);
    // GRU I=1 H=16: 48 + 768 + 96, head 17.
    QCOMPARE(diagram.toolTip(), QStringLiteral("929 trainable parameters"));
    diagram.setConfig(NetworkConfig{});
    QCOMPARE(diagram.grab().toImage(), lstm);
}

void TestNetworkDiagram::presentationModeEnlargesTheDiagram() {
    NetworkDiagram diagram;
    const QSize normal = diagram.minimumSizeHint();
    Theme::instance().setPresentation(true);
    const QSize big = diagram.minimumSizeHint();
    QVERIFY(big.width() > normal.width() * 3 / 2);
    QVERIFY(big.height() > normal.height() * 3 / 2);
    // Deeper networks are taller.
    diagram.setConfig(config(CellType::Lstm, 1, 16, 3, 1));
    QVERIFY(diagram.minimumSizeHint().height() > big.height());
}

RNNLAB_TEST_MAIN(TestNetworkDiagram)
}  // namespace RNNLAB_TEST_FILE

#include "tst_network_diagram.moc"
