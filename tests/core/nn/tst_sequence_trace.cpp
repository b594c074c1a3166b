// A trace is one sample's slice of the workspace; its pre-activations are recomputed, so each
// gate's value must equal its activation function applied to them.
#include <cmath>

#include "test_main.h"
#include "core/base/random.h"
#include "core/nn/sequence_trace.h"

namespace RNNLAB_TEST_FILE {

using namespace rnnlab;

class TestSequenceTrace : public QObject {
    Q_OBJECT
private slots:
    void slicesAndActivations_data() {
        QTest::addColumn<int>("cell");
        QTest::addRow("rnn") << int(CellType::Rnn);
        QTest::addRow("lstm") << int(CellType::Lstm);
        QTest::addRow("gru") << int(CellType::Gru);
    }
    void slicesAndActivations() {
        QFETCH(int, cell);
        NetworkConfig c;
        c.cell = CellType(cell);
        c.inputSize = 2;
        c.hiddenSize = 4;
        c.numLayers = 2;
        c.output = OutputMode::Sequence;
        RecurrentNetwork<double> net(c);
        Random rng(7);
        for (Index i = 0; i < net.parameters().flat().size(); ++i)
            net.parameters().flat()[i] = rng.uniform(-1, 1);
        const Index T = 6, B = 3;
        Matrix<double> x(T * B, 2), y(T * B, 1);
        for (Index i = 0; i < x.size(); ++i) x.data()[i] = rng.normal();
        for (Index i = 0; i < y.size(); ++i) y.data()[i] = rng.normal();
        Workspace<double> ws;
        Parameters<double> grads;
        net.forward(x, T, B, ws);
        const double loss = net.backward(ws, y, grads);

        const Index b = 1;
        const SequenceTrace tr = extractTrace(net, ws, b, loss);
        QCOMPARE(tr.steps, T);
        QCOMPARE(tr.layers.size(), size_t(2));
        QCOMPARE(*tr.loss, loss);
        for (Index t = 0; t < T; ++t) {
            QCOMPARE(tr.x.row(t), x.row(t * B + b));
            QCOMPARE(tr.outputs.row(t), ws.outputs.row(t * B + b));
        }
        const std::vector<std::string> names = gateNames(c.cell);
        for (int k = 0; k < 2; ++k) {
            const LayerTrace& lt = tr.layers[k];
            QCOMPARE(lt.h.rows(), T);
            QCOMPARE(lt.dh.row(2), ws.layers[k].dh.row(2 * B + b));
            QCOMPARE(lt.gates.size(), names.size());
            if (c.cell == CellType::Rnn)
                QVERIFY((lt.preActivation.array().tanh().matrix() - lt.h).norm() < 1e-12);
            for (const GateTrace& g : lt.gates) {
                const bool isTanh = g.name == "g" || g.name == "n";
                const Matrix<double> f =
                    isTanh ? Matrix<double>(g.preActivation.array().tanh())
                           : Matrix<double>(1.0 / (1.0 + (-g.preActivation.array()).exp()));
                QVERIFY2((f - g.value).norm() < 1e-12, g.name.c_str());
            }
            if (c.cell == CellType::Lstm) {
                QCOMPARE(lt.c.row(3), ws.layers[k].c.row(3 * B + b));
                QCOMPARE(lt.dc.rows(), T);
            }
        }
    }
};

RNNLAB_TEST_APPLESS_MAIN(TestSequenceTrace)
}  // namespace RNNLAB_TEST_FILE

#include "tst_sequence_trace.moc"
