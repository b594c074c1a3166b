// The packed product kernel against the products it replaces, computed in double from the
// same float inputs: every tile shape (1-6 rows of the AVX2 tiles, 1-8 rows and one or two
// panels of the AVX-512 ones), partial panels (widths not a multiple of 16), depths beyond one
// block (k > 256), row blocks (m > 96), blocks of larger matrices as operands (nothing outside
// the target block may change), the Eigen path, and thread counts and tile families (the same
// sums in the same order, so results must be bit for bit the same).

#include "test_main.h"
#include "core/base/random.h"
#include "core/kernels/packed_gemm.h"
#include "core/kernels/simd_kernels.h"
#include "core/nn/recurrent_network.h"
#include "core/optim/initializers.h"

namespace RNNLAB_TEST_FILE {

using namespace rnnlab;

namespace {

Matrix<float> randomMatrix(Index rows, Index cols, Random& rng) {
    Matrix<float> m(rows, cols);
    for (Index i = 0; i < m.size(); ++i) m.data()[i] = static_cast<float>(rng.uniform(-1, 1));
    return m;
}

// Largest |actual - expected| relative to the size of the terms summed: |A| |B| row by column.
double relativeError(const Matrix<float>& actual, const Matrix<double>& expected,
                     const Matrix<double>& scale) {
    return ((actual.cast<double>() - expected).array().abs() / (scale.array() + 1e-30)).maxCoeff();
}

constexpr double kTolerance = 1e-5;  // float rounding of sums of up to ~800 terms

// Which products run: the Eigen expressions, the AVX2 tiles, or the AVX-512 tiles.
enum class GemmKernel { Eigen, Avx2, Avx512 };
const char* const kGemmKernelNames[] = {" eigen", " avx2", ""};

// Selects `kernel`; false (the test skips) when this processor cannot run it.
bool selectGemmKernel(GemmKernel kernel) {
    setSimdKernelsEnabled(kernel != GemmKernel::Eigen);
    setWideKernelsEnabled(kernel == GemmKernel::Avx512);
    if (kernel == GemmKernel::Avx2) return simdKernelsActive();
    if (kernel == GemmKernel::Avx512) return wideKernelsActive();
    return true;
}

const GemmKernel kGemmKernels[] = {GemmKernel::Avx512, GemmKernel::Avx2, GemmKernel::Eigen};

}  // namespace

class TestPackedGemm : public QObject {
    Q_OBJECT
private slots:
    void init() { selectGemmKernel(GemmKernel::Avx512); }
    void cleanup() {
        selectGemmKernel(GemmKernel::Avx512);
        Eigen::setNbThreads(1);
    }

    // C (+)= A W^T and C (+)= A W with A and C blocks inside larger matrices.
    void multiply_data() {
        QTest::addColumn<int>("M");
        QTest::addColumn<int>("K");
        QTest::addColumn<int>("N");
        QTest::addColumn<bool>("transposed");
        QTest::addColumn<bool>("accumulate");
        QTest::addColumn<int>("kernel");
        const int shapes[][3] = {{1, 1, 1},     {5, 3, 16},     {6, 16, 17},   {7, 9, 33},
                                 {13, 300, 20}, {64, 128, 512}, {100, 40, 5},  {2, 513, 48},
                                 {8, 20, 32},   {15, 11, 47},   {33, 70, 100}, {3, 5, 64}};
        for (const auto& s : shapes)
            for (bool transposed : {false, true})
                for (bool accumulate : {false, true})
                    for (GemmKernel kernel : kGemmKernels)
                        QTest::addRow("%dx%dx%d%s%s%s", s[0], s[1], s[2], transposed ? " W^T" : "",
                                      accumulate ? " +=" : "",
                                      kGemmKernelNames[static_cast<int>(kernel)])
                            << s[0] << s[1] << s[2] << transposed << accumulate << static_cast<int>(kernel);
    }
    void multiply() {
        QFETCH(int, M);
        QFETCH(int, K);
        QFETCH(int, N);
        QFETCH(bool, transposed);
        QFETCH(bool, accumulate);
        QFETCH(int, kernel);
        if (!selectGemmKernel(static_cast<GemmKernel>(kernel))) QSKIP("this processor lacks the instructions");
        Random rng(static_cast<std::uint64_t>(M * 1000003 + K * 1009 + N));
        const Matrix<float> W = transposed ? randomMatrix(N, K, rng) : randomMatrix(K, N, rng);
        const Matrix<float> bigA = randomMatrix(M + 3, K + 5, rng);
        const Matrix<float> bigC = randomMatrix(M + 2, N + 7, rng);
        const auto A = bigA.block(2, 3, M, K);  // a block with an outer stride
        Matrix<float> C = bigC;
        PackedMatrix<float> packed;
        packed.pack(W, transposed);
        QCOMPARE(packed.rows(), Index(K));
        QCOMPARE(packed.cols(), Index(N));
        packed.multiply(A, C.block(1, 4, M, N), accumulate);

        const Matrix<double> B = transposed ? Matrix<double>(W.cast<double>().transpose())
                                            : Matrix<double>(W.cast<double>());
        Matrix<double> expected = A.cast<double>() * B;
        if (accumulate) expected += bigC.block(1, 4, M, N).cast<double>();
        const Matrix<double> scale = A.cast<double>().cwiseAbs() * B.cwiseAbs() +
                                     bigC.block(1, 4, M, N).cast<double>().cwiseAbs();
        QVERIFY2(relativeError(C.block(1, 4, M, N), expected, scale) < kTolerance,
                 qPrintable(QString::number(relativeError(C.block(1, 4, M, N), expected, scale))));
        Matrix<float> outside = C;
        outside.block(1, 4, M, N) = bigC.block(1, 4, M, N);
        QCOMPARE(outside, bigC);  // the masked edges of the last panel wrote nothing else
    }

    // C (+)= A^T B: the weight-gradient form, over more rows (k) than one depth block.
    void multiplyTransposed_data() {
        QTest::addColumn<int>("K");
        QTest::addColumn<int>("M");
        QTest::addColumn<int>("N");
        QTest::addColumn<bool>("accumulate");
        QTest::addColumn<int>("kernel");
        const int shapes[][3] = {{1, 1, 8},     {50, 7, 9},   {300, 100, 20}, {800, 64, 16},
                                 {260, 13, 3},  {64, 512, 128}, {40, 29, 40}};
        for (const auto& s : shapes)
            for (bool accumulate : {false, true})
                for (GemmKernel kernel : kGemmKernels)
                    QTest::addRow("%dx%dx%d%s%s", s[0], s[1], s[2], accumulate ? " +=" : "",
                                  kGemmKernelNames[static_cast<int>(kernel)])
                        << s[0] << s[1] << s[2] << accumulate << static_cast<int>(kernel);
    }
    void multiplyTransposed() {
        QFETCH(int, K);
        QFETCH(int, M);
        QFETCH(int, N);
        QFETCH(bool, accumulate);
        QFETCH(int, kernel);
        if (!selectGemmKernel(static_cast<GemmKernel>(kernel))) QSKIP("this processor lacks the instructions");
        Random rng(static_cast<std::uint64_t>(K * 7919 + M * 31 + N));
        const Matrix<float> bigA = randomMatrix(K + 2, M + 3, rng);
        const Matrix<float> B = randomMatrix(K, N, rng);
        const Matrix<float> C0 = randomMatrix(M, N, rng);
        const auto A = bigA.block(1, 2, K, M);
        Matrix<float> C = C0;
        rnnlab::multiplyTransposed<float>(A, B, C, accumulate);
        Matrix<double> expected = A.cast<double>().transpose() * B.cast<double>();
        if (accumulate) expected += C0.cast<double>();
        const Matrix<double> scale =
            A.cast<double>().cwiseAbs().transpose() * B.cast<double>().cwiseAbs() +
            C0.cast<double>().cwiseAbs();
        QVERIFY2(relativeError(C, expected, scale) < kTolerance,
                 qPrintable(QString::number(relativeError(C, expected, scale))));
    }

    // Two threads split the rows of C: every element is the same sum in the same order.
    void threadsChangeNothing() {
        Random rng(5);
        const Matrix<float> A = randomMatrix(200, 100, rng), W = randomMatrix(120, 100, rng);
        const Matrix<float> X = randomMatrix(900, 150, rng), Y = randomMatrix(900, 40, rng);
        PackedMatrix<float> packed;
        packed.pack(W, true);
        Matrix<float> one(200, 120), two(200, 120), oneT(150, 40), twoT(150, 40);
        Eigen::setNbThreads(1);
        packed.multiply(A, one, false);
        rnnlab::multiplyTransposed<float>(X, Y, oneT, false);
        Eigen::setNbThreads(2);
        packed.multiply(A, two, false);
        rnnlab::multiplyTransposed<float>(X, Y, twoT, false);
        QCOMPARE(two, one);
        QCOMPARE(twoT, oneT);
    }

    // The AVX-512 tiles add the same products in the same order as the AVX2 tiles: a training
    // step (forward, BPTT, weight gradients, the head) gives the same bits with either.
    void tileFamiliesChangeNothing() {
        if (!selectGemmKernel(GemmKernel::Avx512)) QSKIP("this processor lacks AVX-512");
        NetworkConfig c;
        c.cell = CellType::Lstm;
        c.inputSize = 5;
        c.hiddenSize = 40;  // 4H = 160: five panels, the last pair one panel wide
        c.numLayers = 2;
        c.outputSize = 3;
        c.output = OutputMode::Sequence;
        const Index T = 30, B = 11;  // 11 rows per step: a tile of 8 rows and one of 3 (or 6, 5)
        RecurrentNetwork<float> net(c);
        initialise(net.parameters(), c, InitSettings{}, 7);
        Random rng(8);
        const Matrix<float> x = randomMatrix(T * B, c.inputSize, rng);
        const Matrix<float> y = randomMatrix(T * B, c.outputSize, rng);
        auto run = [&](GemmKernel kernel, Workspace<float>& ws, Parameters<float>& grads) {
            selectGemmKernel(kernel);
            net.forward(x, T, B, ws);
            return net.backward(ws, y, grads);
        };
        Workspace<float> wide, narrow;
        Parameters<float> gWide, gNarrow;
        const float lossWide = run(GemmKernel::Avx512, wide, gWide);
        const float lossNarrow = run(GemmKernel::Avx2, narrow, gNarrow);
        QCOMPARE(lossWide, lossNarrow);
        QCOMPARE(gWide.flat(), gNarrow.flat());
        QCOMPARE(wide.layers[1].h, narrow.layers[1].h);
    }

    // The same for a whole training step, whose time loops run on batch slices per thread.
    void networkThreadsChangeNothing_data() {
        QTest::addColumn<int>("cell");
        QTest::newRow("rnn") << static_cast<int>(CellType::Rnn);
        QTest::newRow("lstm") << static_cast<int>(CellType::Lstm);
        QTest::newRow("gru") << static_cast<int>(CellType::Gru);
    }
    void networkThreadsChangeNothing() {
        QFETCH(int, cell);
        NetworkConfig c;
        c.cell = static_cast<CellType>(cell);
        c.inputSize = 3;
        c.hiddenSize = 48;
        c.numLayers = 2;
        c.outputSize = 2;
        c.output = OutputMode::Sequence;
        const Index T = 60, B = 13;  // 13 samples: slices of 7 and 6
        RecurrentNetwork<float> net(c);
        initialise(net.parameters(), c, InitSettings{}, 3);
        Random rng(4);
        const Matrix<float> x = randomMatrix(T * B, c.inputSize, rng);
        const Matrix<float> y = randomMatrix(T * B, c.outputSize, rng);
        auto run = [&](int threads, Workspace<float>& ws, Parameters<float>& grads) {
            Eigen::setNbThreads(threads);
            net.forward(x, T, B, ws);
            return net.backward(ws, y, grads, 7);
        };
        Workspace<float> ws1, ws2;
        Parameters<float> g1, g2;
        const float loss1 = run(1, ws1, g1), loss2 = run(2, ws2, g2);
        QCOMPARE(loss2, loss1);
        QCOMPARE(g2.flat(), g1.flat());
        for (int k = 0; k < c.numLayers; ++k) {
            QCOMPARE(ws2.layers[k].h, ws1.layers[k].h);
            QCOMPARE(ws2.layers[k].dh, ws1.layers[k].dh);
        }
    }
};

RNNLAB_TEST_APPLESS_MAIN(TestPackedGemm)
}  // namespace RNNLAB_TEST_FILE

#include "tst_packed_gemm.moc"
