// Initialisers (core/optim/initializers.h): ranges of each scheme, the draw order, determinism by
// seed, orthogonal and identity recurrent blocks, the forget-gate bias and spectral-radius
// options, and the settings' error messages.

#include <cmath>

#include "test_main.h"
#include "core/base/errors.h"
#include "core/base/matrix_norms.h"
#include "core/base/random.h"
#include "core/optim/initializers.h"

Q_DECLARE_METATYPE(rnnlab::InitSettings)

namespace RNNLAB_TEST_FILE {

using namespace rnnlab;

namespace {

NetworkConfig network(CellType cell, int H = 6, int layers = 2) {
    NetworkConfig c;
    c.cell = cell;
    c.inputSize = 3;
    c.hiddenSize = H;
    c.numLayers = layers;
    c.outputSize = 2;
    return c;
}

InitSettings scheme(InitScheme s) {
    InitSettings settings;
    settings.scheme = s;
    return settings;
}

Parameters<double> initialised(const NetworkConfig& c, const InitSettings& s, std::uint64_t seed) {
    Parameters<double> p(c);
    initialise(p, c, s, seed);
    return p;
}

// The H rows of gate g of a weight: (H, cols).
Matrix<double> gateBlock(const Parameters<double>& p, int entry, Index g, Index H) {
    return p.matrix(entry).middleRows(g * H, H);
}

bool isBias(const ParameterInfo& info) {
    return !info.isMatrix();
}
bool isRecurrent(const ParameterInfo& info) {
    return info.name.rfind("rnn.weight_hh", 0) == 0;
}

}  // namespace

class TestInitializers : public QObject {
    Q_OBJECT

private slots:
    void pytorchDefaultRange_data();
    void pytorchDefaultRange();
    void drawOrderIsStateDictOrder();
    void sameSeedSameParameters();
    void floatIsDoubleRounded();
    void xavierRangeAndZeroBiases();
    void orthogonalBlocks_data();
    void orthogonalBlocks();
    void orthogonalIsGramSchmidtOfGaussian();
    void identityBlocks();
    void forgetGateBias();
    void forgetGateBiasIgnoredWithoutForgetGate();
    void spectralRadiusScaling_data();
    void spectralRadiusScaling();
    void spectralRadiusOfZeroBlockIsAnError();
    void invalidSettings_data();
    void invalidSettings();
    void schemeNames();
};

void TestInitializers::pytorchDefaultRange_data() {
    QTest::addColumn<int>("cell");
    QTest::newRow("rnn") << static_cast<int>(CellType::Rnn);
    QTest::newRow("lstm") << static_cast<int>(CellType::Lstm);
    QTest::newRow("gru") << static_cast<int>(CellType::Gru);
}

// Every value in U(-1/sqrt(H), 1/sqrt(H)), the head included, and the range is filled.
void TestInitializers::pytorchDefaultRange() {
    QFETCH(int, cell);
    const NetworkConfig c = network(static_cast<CellType>(cell), 16, 2);
    const Parameters<double> p = initialised(c, InitSettings{}, 1);
    const double k = 1.0 / 4.0;
    for (int e = 0; e < static_cast<int>(p.layout().entries().size()); ++e) {
        const ConstVectorMap<double> v = p.vector(e);
        const QByteArray name = QByteArray::fromStdString(p.layout().entries()[e].name);
        QVERIFY2(v.cwiseAbs().maxCoeff() <= k, name);
        if (v.size() >= 16) {
            QVERIFY2(v.maxCoeff() > 0.5 * k && v.minCoeff() < -0.5 * k, name);
        }
    }
    const ConstVectorMap<double> all(p.flat().data(), p.flat().size());
    QVERIFY(std::abs(all.mean()) < 0.02);  // thousands of values of U(-0.25, 0.25)
}

// Tensors in state_dict order, row-major inside each: the first values of W_ih_l0 are the
// first draws of Random(seed), and W_hh_l0 continues the same stream.
void TestInitializers::drawOrderIsStateDictOrder() {
    const NetworkConfig c = network(CellType::Gru, 4, 1);
    const Parameters<double> p = initialised(c, InitSettings{}, 77);
    Random rng(77);
    const double k = 0.5;
    const ConstMatrixMap<double> Wih = p.matrix(p.layout().weightIh(0));  // (12, 3)
    for (Index r = 0; r < Wih.rows(); ++r)
        for (Index col = 0; col < Wih.cols(); ++col) QCOMPARE(Wih(r, col), rng.uniform(-k, k));
    QCOMPARE(p.matrix(p.layout().weightHh(0))(0, 0), rng.uniform(-k, k));
}

void TestInitializers::sameSeedSameParameters() {
    for (InitScheme s :
         {InitScheme::PyTorch, InitScheme::Xavier, InitScheme::Orthogonal, InitScheme::Identity}) {
        const NetworkConfig c = network(CellType::Lstm);
        InitSettings settings = scheme(s);
        settings.spectralRadius = 0.9;
        const Parameters<double> a = initialised(c, settings, 5);
        QVERIFY(a.flat() == initialised(c, settings, 5).flat());
        QVERIFY(a.flat() != initialised(c, settings, 6).flat());
    }
}

void TestInitializers::floatIsDoubleRounded() {
    const NetworkConfig c = network(CellType::Gru);
    InitSettings settings = scheme(InitScheme::Orthogonal);
    settings.spectralRadius = 1.1;
    Parameters<float> f(c);
    initialise(f, c, settings, 3);
    QVERIFY(f.flat() == initialised(c, settings, 3).flat().cast<float>());
}

void TestInitializers::xavierRangeAndZeroBiases() {
    const NetworkConfig c = network(CellType::Lstm, 8, 2);
    InitSettings settings = scheme(InitScheme::Xavier);
    settings.gain = 2.0;
    const Parameters<double> p = initialised(c, settings, 9);
    for (int e = 0; e < static_cast<int>(p.layout().entries().size()); ++e) {
        const ParameterInfo& info = p.layout().entries()[e];
        const ConstVectorMap<double> v = p.vector(e);
        const QByteArray name = QByteArray::fromStdString(info.name);
        if (isBias(info)) {
            QVERIFY2(v.isZero(0.0), name);
            continue;
        }
        // a = gain sqrt(6 / (fan_in + fan_out)): W_ih_l0 (32, 3) 2 sqrt(6/35) = 0.828;
        // W_hh (32, 8) 2 sqrt(6/40) = 0.775; fc.weight (2, 8) 2 sqrt(6/10) = 1.549.
        const double a = 2.0 * std::sqrt(6.0 / (info.rows + info.cols));
        QVERIFY2(v.cwiseAbs().maxCoeff() <= a, name);
        QVERIFY2(v.cwiseAbs().maxCoeff() > 0.5 * a, name);
    }
}

void TestInitializers::orthogonalBlocks_data() {
    QTest::addColumn<int>("cell");
    QTest::addColumn<double>("gain");
    QTest::newRow("rnn") << static_cast<int>(CellType::Rnn) << 1.0;
    QTest::newRow("lstm gain 0.5") << static_cast<int>(CellType::Lstm) << 0.5;
    QTest::newRow("gru") << static_cast<int>(CellType::Gru) << 1.0;
}

// Each (H, H) gate block B of W_hh: B^T B = gain^2 I; biases 0; W_ih Xavier.
void TestInitializers::orthogonalBlocks() {
    QFETCH(int, cell);
    QFETCH(double, gain);
    const NetworkConfig c = network(static_cast<CellType>(cell), 7, 2);
    InitSettings settings = scheme(InitScheme::Orthogonal);
    settings.gain = gain;
    const Parameters<double> p = initialised(c, settings, 21);
    const ParameterLayout& layout = p.layout();
    const Index H = 7, G = gateCount(c.cell);
    const Matrix<double> I = Matrix<double>::Identity(H, H);
    for (int l = 0; l < c.numLayers; ++l) {
        for (Index g = 0; g < G; ++g) {
            const Matrix<double> B = gateBlock(p, layout.weightHh(l), g, H);
            const Matrix<double> BtB = B.transpose() * B;
            QVERIFY2((BtB - gain * gain * I).cwiseAbs().maxCoeff() < 1e-12,
                     qPrintable(QString("layer %1 gate %2").arg(l).arg(g)));
            if (g > 0) QVERIFY(B != gateBlock(p, layout.weightHh(l), 0, H));  // own draws
        }
        QVERIFY(p.vector(layout.biasIh(l)).isZero(0.0));
        QVERIFY(p.vector(layout.biasHh(l)).isZero(0.0));
        const ParameterInfo& ih = layout.entries()[layout.weightIh(l)];
        QVERIFY(p.vector(layout.weightIh(l)).cwiseAbs().maxCoeff() <=
                gain * std::sqrt(6.0 / (ih.rows + ih.cols)));
    }
}

// A = QR with sign(R_jj) folded into Q is the QR factorisation whose R has a positive
// diagonal, which is unique: Q is the Gram-Schmidt orthonormalisation of A's columns. So the
// block must be Gram-Schmidt of the Gaussian matrix drawn after W_ih's 3 x 3 uniforms.
void TestInitializers::orthogonalIsGramSchmidtOfGaussian() {
    NetworkConfig c = network(CellType::Rnn, 3, 1);
    const Parameters<double> p = initialised(c, scheme(InitScheme::Orthogonal), 31);
    Random rng(31);
    for (int i = 0; i < 9; ++i) rng.uniform();  // W_ih (3, 3)
    Matrix<double> A(3, 3);
    for (Index r = 0; r < 3; ++r)
        for (Index col = 0; col < 3; ++col) A(r, col) = rng.normal();
    Matrix<double> Q = A;
    for (Index j = 0; j < 3; ++j) {
        for (Index i = 0; i < j; ++i) Q.col(j) -= Q.col(i).dot(A.col(j)) * Q.col(i);
        Q.col(j).normalize();
    }
    const Matrix<double> W = p.matrix(p.layout().weightHh(0));
    QVERIFY2((W - Q).cwiseAbs().maxCoeff() < 1e-12,
             qPrintable(QString("max difference %1").arg((W - Q).cwiseAbs().maxCoeff())));
}

// W_hh gate blocks are scale * I exactly; every bias 0.
void TestInitializers::identityBlocks() {
    const NetworkConfig c = network(CellType::Lstm, 5, 2);
    InitSettings settings = scheme(InitScheme::Identity);
    settings.identityScale = 0.8;
    const Parameters<double> p = initialised(c, settings, 4);
    for (int e = 0; e < static_cast<int>(p.layout().entries().size()); ++e) {
        const ParameterInfo& info = p.layout().entries()[e];
        if (isBias(info)) QVERIFY(p.vector(e).isZero(0.0));
        if (!isRecurrent(info)) continue;
        for (Index g = 0; g < 4; ++g)
            QVERIFY(gateBlock(p, e, g, 5) == 0.8 * Matrix<double>::Identity(5, 5));
    }
}

// The forget gate's bias (rows H..2H of b_ih) gets the value added; everything else is the
// same draw as without it.
void TestInitializers::forgetGateBias() {
    const NetworkConfig c = network(CellType::Lstm, 4, 2);
    for (InitScheme s : {InitScheme::PyTorch, InitScheme::Orthogonal}) {
        InitSettings with = scheme(s);
        with.forgetBias = 1.0;
        const Parameters<double> a = initialised(c, scheme(s), 8);
        const Parameters<double> b = initialised(c, with, 8);
        Vector<double> expected = a.flat();
        for (int l = 0; l < 2; ++l)
            expected.segment(a.layout().entries()[a.layout().biasIh(l)].offset + 4, 4).array() +=
                1.0;
        QVERIFY(b.flat() == expected);
    }
    // With zero biases: b_ih = [0 0 0 0 | 1 1 1 1 | 0 ... ], b_hh = 0.
    InitSettings xavier = scheme(InitScheme::Xavier);
    xavier.forgetBias = 1.0;
    const Parameters<double> p = initialised(c, xavier, 8);
    Vector<double> bih = Vector<double>::Zero(16);
    bih.segment(4, 4).setOnes();
    QVERIFY(p.vector(p.layout().biasIh(1)) == bih);
    QVERIFY(p.vector(p.layout().biasHh(1)).isZero(0.0));
}

void TestInitializers::forgetGateBiasIgnoredWithoutForgetGate() {
    for (CellType cell : {CellType::Rnn, CellType::Gru}) {
        const NetworkConfig c = network(cell);
        InitSettings with;
        with.forgetBias = 2.0;
        QVERIFY(initialised(c, with, 3).flat() == initialised(c, InitSettings{}, 3).flat());
    }
}

void TestInitializers::spectralRadiusScaling_data() {
    QTest::addColumn<int>("cell");
    QTest::addColumn<int>("schemeKind");
    QTest::addColumn<double>("rho");
    QTest::newRow("rnn pytorch 1.5")
        << static_cast<int>(CellType::Rnn) << static_cast<int>(InitScheme::PyTorch) << 1.5;
    QTest::newRow("rnn orthogonal 0.9")
        << static_cast<int>(CellType::Rnn) << static_cast<int>(InitScheme::Orthogonal) << 0.9;
    QTest::newRow("lstm xavier 1.2")
        << static_cast<int>(CellType::Lstm) << static_cast<int>(InitScheme::Xavier) << 1.2;
    QTest::newRow("gru identity 0.5")
        << static_cast<int>(CellType::Gru) << static_cast<int>(InitScheme::Identity) << 0.5;
}

// Every W_hh gate block ends with spectral radius rho; its direction is unchanged (the block is
// the unscaled one times a positive factor); the other tensors are untouched.
void TestInitializers::spectralRadiusScaling() {
    QFETCH(int, cell);
    QFETCH(int, schemeKind);
    QFETCH(double, rho);
    const NetworkConfig c = network(static_cast<CellType>(cell), 10, 2);
    InitSettings settings = scheme(static_cast<InitScheme>(schemeKind));
    const Parameters<double> plain = initialised(c, settings, 13);
    settings.spectralRadius = rho;
    const Parameters<double> p = initialised(c, settings, 13);
    const Index H = 10, G = gateCount(c.cell);
    for (int e = 0; e < static_cast<int>(p.layout().entries().size()); ++e) {
        const ParameterInfo& info = p.layout().entries()[e];
        if (!isRecurrent(info)) {
            QVERIFY(p.vector(e) == plain.vector(e));
            continue;
        }
        for (Index g = 0; g < G; ++g) {
            const Matrix<double> B = gateBlock(p, e, g, H), B0 = gateBlock(plain, e, g, H);
            QVERIFY2(std::abs(spectralRadius<double>(B) - rho) < 1e-12 * rho,
                     qPrintable(QString("%1 gate %2: %3")
                                    .arg(QString::fromStdString(info.name))
                                    .arg(g)
                                    .arg(spectralRadius<double>(B), 0, 'g', 17)));
            const double factor = B(0, 0) / B0(0, 0);
            QVERIFY(factor > 0);
            QVERIFY((B - factor * B0).cwiseAbs().maxCoeff() < 1e-14);
        }
    }
}

void TestInitializers::spectralRadiusOfZeroBlockIsAnError() {
    const NetworkConfig c = network(CellType::Rnn);
    InitSettings settings = scheme(InitScheme::Identity);
    settings.identityScale = 0;
    settings.spectralRadius = 1.2;
    Parameters<double> p(c);
    try {
        initialise(p, c, settings, 1);
        QFAIL("no ConfigError");
    } catch (const ConfigError& e) {
        QCOMPARE(QString(e.what()), QString("cannot scale rnn.weight_hh_l0 gate block 0 to "
                                            "spectral radius 1.2: its spectral radius is 0"));
    }
}

void TestInitializers::invalidSettings_data() {
    QTest::addColumn<InitSettings>("settings");
    QTest::addColumn<QString>("message");
    InitSettings s;
    s.gain = 0;
    QTest::newRow("gain") << s << "init gain must be positive and finite, got 0";
    s = InitSettings{};
    s.identityScale = NAN;
    QTest::newRow("identity scale") << s << "identity scale must be finite, got nan";
    s = InitSettings{};
    s.forgetBias = -INFINITY;
    QTest::newRow("forget bias") << s << "forget gate bias must be finite, got -inf";
    s = InitSettings{};
    s.spectralRadius = -0.5;
    QTest::newRow("spectral radius")
        << s << "spectral radius must be non-negative and finite, got -0.5";
}

void TestInitializers::invalidSettings() {
    QFETCH(InitSettings, settings);
    QFETCH(QString, message);
    const NetworkConfig c = network(CellType::Rnn);
    Parameters<float> p(c);
    try {
        initialise(p, c, settings, 1);
        QFAIL("no ConfigError");
    } catch (const ConfigError& e) {
        QCOMPARE(QString(e.what()), message);
    }
}

void TestInitializers::schemeNames() {
    for (InitScheme s :
         {InitScheme::PyTorch, InitScheme::Xavier, InitScheme::Orthogonal, InitScheme::Identity})
        QVERIFY(parseInitScheme(toString(s)) == s);
    QCOMPARE(QString::fromStdString(toString(InitScheme::Orthogonal)), QString("orthogonal"));
    try {
        parseInitScheme("kaiming");
        QFAIL("no ConfigError");
    } catch (const ConfigError& e) {
        QCOMPARE(QString(e.what()),
                 QString("unknown initialiser 'kaiming' (expected pytorch, xavier, orthogonal or "
                         "identity)"));
    }
}

RNNLAB_TEST_APPLESS_MAIN(TestInitializers)
}  // namespace RNNLAB_TEST_FILE

#include "tst_initializers.moc"
