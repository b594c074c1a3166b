// σ and tanh of activation.h against the double-precision functions of the standard library,
// on the AVX2 kernel and on the Eigen path: the whole useful range, saturation, the smallest
// inputs, infinities and NaN, rows whose length is not a multiple of 8 (masked tails), and
// blocks inside larger matrices (nothing outside the block may change).
#include <cmath>
#include <limits>

#include "test_main.h"
#include "core/kernels/simd_kernels.h"
#include "core/nn/activation.h"

namespace RNNLAB_TEST_FILE {

using namespace rnnlab;

namespace {

// A (rows, cols) block of inputs from -span to span, with the special values in front.
Matrix<float> inputs(Index rows, Index cols, float span) {
    Matrix<float> x(rows, cols);
    const float special[] = {0.0f,
                             -0.0f,
                             1e-5f,
                             -3e-4f,
                             88.0f,
                             -88.0f,
                             100.0f,
                             -100.0f,
                             std::numeric_limits<float>::infinity(),
                             -std::numeric_limits<float>::infinity()};
    for (Index i = 0; i < x.size(); ++i)
        x.data()[i] = i < 10
                          ? special[i]
                          : -span + 2 * span * static_cast<float>(i) / static_cast<float>(x.size());
    return x;
}

double sigmoid(double a) {
    return 1.0 / (1.0 + std::exp(-a));
}

}  // namespace

class TestActivation : public QObject {
    Q_OBJECT
private slots:
    void cleanup() { setSimdKernelsEnabled(true); }

    void values_data() {
        QTest::addColumn<bool>("kernel");
        QTest::addColumn<int>("cols");
        for (bool kernel : {true, false})
            for (int cols : {1, 7, 8, 13, 64})
                QTest::addRow("%s %d", kernel ? "kernel" : "eigen", cols) << kernel << cols;
    }
    void values() {
        QFETCH(bool, kernel);
        QFETCH(int, cols);
        setSimdKernelsEnabled(kernel);
        const Matrix<float> x = inputs(40, cols, 20.0f);
        Matrix<float> big = Matrix<float>::Constant(42, cols + 3, 7.0f), s = big, t = big;
        applySigmoid<float>(x, s.block(1, 2, 40, cols));
        applyTanh<float>(x, t.block(1, 2, 40, cols));
        for (Index r = 0; r < x.rows(); ++r)
            for (Index c = 0; c < x.cols(); ++c) {
                const double a = x(r, c);
                // Absolute error of a few float ulps of 1; relative near zero, where the
                // values themselves are small.
                QVERIFY2(
                    std::abs(s(r + 1, c + 2) - sigmoid(a)) <= 3e-7 * std::max(sigmoid(a), 1e-3),
                    qPrintable(QString("sigmoid(%1) = %2").arg(a).arg(s(r + 1, c + 2))));
                QVERIFY2(std::abs(t(r + 1, c + 2) - std::tanh(a)) <=
                             3e-7 * std::max(std::abs(std::tanh(a)), 1e-3),
                         qPrintable(QString("tanh(%1) = %2").arg(a).arg(t(r + 1, c + 2))));
            }
        s.block(1, 2, 40, cols).setConstant(7.0f);
        t.block(1, 2, 40, cols).setConstant(7.0f);
        QCOMPARE(s, big);
        QCOMPARE(t, big);
    }

    // A diverging network must see its NaN: both functions let it through.
    void nanPropagates() {
        for (bool kernel : {true, false}) {
            setSimdKernelsEnabled(kernel);
            Matrix<float> x = Matrix<float>::Zero(2, 9);
            x(1, 8) = std::numeric_limits<float>::quiet_NaN();
            Matrix<float> s(2, 9), t(2, 9);
            applySigmoid<float>(x, s);
            applyTanh<float>(x, t);
            QVERIFY(std::isnan(s(1, 8)) && std::isnan(t(1, 8)));
            QCOMPARE(s(0, 0), 0.5f);
            QCOMPARE(t(1, 7), 0.0f);
        }
    }

    // In place, as the cells call them.
    void inPlace() {
        Matrix<float> x = inputs(3, 11, 5.0f);
        const Matrix<float> expected = (1.0f / (1.0f + (-x.array()).exp())).matrix();
        applySigmoid<float>(x, x);
        QVERIFY((x - expected).cwiseAbs().maxCoeff() < 1e-6f);
    }

    // Double keeps full precision (the reference path of the gradient checks).
    void doubleIsExact() {
        const Matrix<double> x = inputs(4, 10, 30.0f).cast<double>();
        Matrix<double> s(4, 10), t(4, 10);
        applySigmoid<double>(x, s);
        applyTanh<double>(x, t);
        for (Index i = 0; i < x.size(); ++i) {
            QVERIFY(std::abs(s.data()[i] - sigmoid(x.data()[i])) <= 1e-15);
            QVERIFY(std::abs(t.data()[i] - std::tanh(x.data()[i])) <= 1e-15);
        }
    }
};

RNNLAB_TEST_APPLESS_MAIN(TestActivation)
}  // namespace RNNLAB_TEST_FILE

#include "tst_activation.moc"
