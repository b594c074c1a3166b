// Spectral radius and largest singular value of every W_hh gate block, on matrices whose
// values are known by hand, and the block that plays the plain RNN's W_hh.
#include <cmath>

#include "test_main.h"
#include "core/analysis/recurrent_weight_norms.h"
#include "core/optim/initializers.h"

namespace RNNLAB_TEST_FILE {

using namespace rnnlab;

class TestRecurrentWeightNorms : public QObject {
    Q_OBJECT
private slots:
    // W = [[0.5, 3], [0, 0.5]]: both eigenvalues 0.5 (ρ = 0.5) but one step can stretch a
    // vector by σ₁ = 3.0811...: repeated products still vanish, after growing for a while.
    void rnnBlockHandWorked() {
        NetworkConfig c;
        c.cell = CellType::Rnn;
        c.hiddenSize = 2;
        Parameters<double> w(c);
        w.matrix(w.layout().weightHh(0)) << 0.5, 3.0, 0.0, 0.5;
        const RecurrentWeightNorms n = recurrentWeightNorms(w, c);
        QCOMPARE(n.spectralRadius.size(), size_t(1));
        QCOMPARE(n.spectralRadius[0].size(), size_t(1));
        QVERIFY(std::abs(n.spectralRadius[0][0] - 0.5) < 1e-12);
        // σ₁² is the largest eigenvalue of W^T W = [[0.25, 1.5], [1.5, 9.25]].
        const double expected = std::sqrt((9.5 + std::sqrt(81.0 + 9.0)) / 2);
        QVERIFY(std::abs(n.largestSingularValue[0][0] - expected) < 1e-12);
    }

    // Each LSTM gate block on its own: i = 0.5 I, f = 2 I, g = rotation by 90° times 0.9
    // (eigenvalues ±0.9i), o = 0. In float, as the trainer records them.
    void lstmBlocksInOrder() {
        NetworkConfig c;
        c.cell = CellType::Lstm;
        c.hiddenSize = 2;
        c.numLayers = 2;
        Parameters<float> w(c);
        auto W = w.matrix(w.layout().weightHh(1));  // (8, 2)
        W.middleRows(0, 2) = 0.5f * Matrix<float>::Identity(2, 2);
        W.middleRows(2, 2) = 2.0f * Matrix<float>::Identity(2, 2);
        W.middleRows(4, 2) << 0.0f, -0.9f, 0.9f, 0.0f;
        const RecurrentWeightNorms n = recurrentWeightNorms(w, c);
        QCOMPARE(n.spectralRadius.size(), size_t(2));
        const std::vector<double> radius = n.spectralRadius[1],
                                  singular = n.largestSingularValue[1];
        QCOMPARE(radius.size(), size_t(4));
        const double expected[] = {0.5, 2.0, 0.9, 0.0};
        for (int g = 0; g < 4; ++g) {
            QVERIFY(std::abs(radius[g] - expected[g]) < 1e-6);
            QVERIFY(std::abs(singular[g] - expected[g]) < 1e-6);  // normal matrices: ρ = σ₁
        }
        for (double v : n.spectralRadius[0]) QCOMPARE(v, 0.0);  // layer 0 all zero
    }

    // Orthogonal and identity initialisation put every singular value of a block at 1.
    void orthogonalAndIdentityInitsSitAtOne_data() {
        QTest::addColumn<int>("scheme");
        QTest::addRow("orthogonal") << int(InitScheme::Orthogonal);
        QTest::addRow("identity") << int(InitScheme::Identity);
    }
    void orthogonalAndIdentityInitsSitAtOne() {
        QFETCH(int, scheme);
        NetworkConfig c;
        c.cell = CellType::Gru;
        c.hiddenSize = 8;
        InitSettings s;
        s.scheme = InitScheme(scheme);
        Parameters<double> w(c);
        initialise(w, c, s, 4);
        const RecurrentWeightNorms n = recurrentWeightNorms(w, c);
        for (int g = 0; g < 3; ++g) {
            QVERIFY(std::abs(n.largestSingularValue[0][g] - 1.0) < 1e-12);
            QVERIFY(std::abs(n.spectralRadius[0][g] - 1.0) < 1e-12);
        }
    }

    void nonFiniteBlockGivesNaN() {
        NetworkConfig c;
        c.cell = CellType::Rnn;
        c.hiddenSize = 2;
        Parameters<double> w(c);
        w.matrix(w.layout().weightHh(0))(0, 1) = std::numeric_limits<double>::infinity();
        const RecurrentWeightNorms n = recurrentWeightNorms(w, c);
        QVERIFY(std::isnan(n.spectralRadius[0][0]));
        QVERIFY(std::isnan(n.largestSingularValue[0][0]));
    }

    // ρ up to kMaxSpectralRadiusSize units (0.9 I: ρ = σ₁ = 0.9); beyond, NaN, and σ₁ still.
    void spectralRadiusUpToItsSize() {
        for (int H : {kMaxSpectralRadiusSize, kMaxSpectralRadiusSize + 1}) {
            NetworkConfig c;
            c.cell = CellType::Rnn;
            c.hiddenSize = H;
            Parameters<float> w(c);
            w.matrix(w.layout().weightHh(0)).setIdentity();
            w.matrix(w.layout().weightHh(0)) *= 0.9f;
            const RecurrentWeightNorms n = recurrentWeightNorms(w, c);
            QVERIFY(std::abs(n.largestSingularValue[0][0] - 0.9) < 1e-6);
            if (H <= kMaxSpectralRadiusSize)
                QVERIFY(std::abs(n.spectralRadius[0][0] - 0.9) < 1e-6);
            else
                QVERIFY(std::isnan(n.spectralRadius[0][0]));
        }
    }

    void candidateBlocks() {
        QCOMPARE(candidateBlock(CellType::Rnn), 0);
        QCOMPARE(candidateBlock(CellType::Lstm), 2);  // i f [g] o
        QCOMPARE(candidateBlock(CellType::Gru), 2);   // r z [n]
    }
};

RNNLAB_TEST_APPLESS_MAIN(TestRecurrentWeightNorms)
}  // namespace RNNLAB_TEST_FILE

#include "tst_recurrent_weight_norms.moc"
