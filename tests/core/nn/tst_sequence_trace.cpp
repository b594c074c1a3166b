// A trace is one sample's slice of the workspace; its pre-activations are recomputed, so each
// gate's value must equal its activation function applied to them. The input's term of them,
// W_ih x_t, is kept apart: for one-hot symbols the column W_ih[:, s_t], with an embedding
// W_ih e_t where e_t = E[s_t] (also kept), for real input x_t W_ih^T.
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

    void inputTermOfEachKindOfInput_data() {
        QTest::addColumn<int>("embedding");  // -1: real input
        QTest::addRow("real") << -1;
        QTest::addRow("one-hot") << 0;
        QTest::addRow("embedding") << 3;
    }
    void inputTermOfEachKindOfInput() {
        QFETCH(int, embedding);
        NetworkConfig c;
        c.cell = CellType::Lstm;
        c.hiddenSize = 4;
        c.numLayers = 2;
        c.inputSize = embedding < 0 ? 2 : 1;
        if (embedding >= 0) {
            c.input = InputKind::Symbols;
            c.vocabSize = 5;
            c.embeddingSize = embedding;
        }
        RecurrentNetwork<double> net(c);
        Random rng(3);
        for (Index i = 0; i < net.parameters().flat().size(); ++i)
            net.parameters().flat()[i] = rng.uniform(-1, 1);
        const Index T = 4, B = 2;
        Matrix<double> x(T * B, c.inputSize);
        for (Index r = 0; r < x.rows(); ++r)
            for (Index j = 0; j < x.cols(); ++j)
                x(r, j) = embedding < 0 ? rng.normal() : double((3 * r + 1) % 5);
        Workspace<double> ws;
        net.forward(x, T, B, ws);
        const SequenceTrace tr = extractTrace(net, ws, 1, std::nullopt);
        const Parameters<double>& p = net.parameters();
        const auto W_ih = p.matrix(p.layout().weightIh(0));
        QCOMPARE(tr.layers[0].inputTerm.rows(), T);
        QCOMPARE(tr.layers[0].inputTerm.cols(), Index(4 * 4));
        for (Index t = 0; t < T; ++t) {
            const Index r = t * B + 1;  // sample 1 at step t
            Vector<double> expected;
            if (embedding < 0) {
                expected = W_ih * x.row(r).transpose();
            } else if (embedding == 0) {
                expected = W_ih.col(Index(x(r, 0)));  // W_ih e_s = W_ih[:, s]
            } else {
                const auto E = p.matrix(p.layout().embedding());
                QCOMPARE(Vector<double>(tr.embedded.row(t).transpose()),
                         Vector<double>(E.row(Index(x(r, 0))).transpose()));
                expected = W_ih * E.row(Index(x(r, 0))).transpose();
            }
            QVERIFY((tr.layers[0].inputTerm.row(t).transpose() - expected).norm() < 1e-12);
            // The biases and the recurrent term make up the rest of the pre-activation.
            QVERIFY(std::abs(tr.layers[0].gates[0].preActivation(t, 2) -
                             tr.layers[0].inputTerm(t, 2)) > 0);
        }
        QCOMPARE(tr.embedded.rows(), embedding > 0 ? T : Index(0));
        // Above the first layer the input is the layer below's h_t.
        const auto W_ih1 = p.matrix(p.layout().weightIh(1));
        const Matrix<double> below = tr.layers[0].h * W_ih1.transpose();
        QVERIFY((tr.layers[1].inputTerm - below).norm() < 1e-12);
    }
};

RNNLAB_TEST_APPLESS_MAIN(TestSequenceTrace)
}  // namespace RNNLAB_TEST_FILE

#include "tst_sequence_trace.moc"
