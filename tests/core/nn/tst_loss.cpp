// The losses of core/nn/loss.h and their gradients, worked out by hand on two rows of two outputs:
// the MSE averages over all four elements (not the two rows), the cross-entropy over the rows.
#include <cmath>

#include "test_main.h"
#include "core/nn/loss.h"

namespace RNNLAB_TEST_FILE {

using namespace rnnlab;

namespace {

// A (2, 2) matrix, row by row.
Matrix<double> rows(double a, double b, double c, double d) {
    Matrix<double> m(2, 2);
    m << a, b, c, d;
    return m;
}

}  // namespace

class TestLoss : public QObject {
    Q_OBJECT
private slots:
    // y - t = (0.5, 0 | 2, -2): squares 0.25 + 0 + 4 + 4 = 8.25 over N = 4 elements,
    //   L = 2.0625,  dL/dy = 2 (y - t) / 4 = (0.25, 0 | 1, -1)
    void meanSquaredErrorOverEveryElement() {
        const Matrix<double> y = rows(1, 2, 3, 4);
        const Matrix<double> t = rows(0.5, 2, 1, 6);
        Matrix<double> dY;
        QCOMPARE(computeLoss(LossKind::Mse, y, t, &dY), 2.0625);
        QCOMPARE(dY, rows(0.25, 0, 1, -1));
        QCOMPARE(computeLoss<double>(LossKind::Mse, y, t, nullptr), 2.0625);
    }

    // Row 1: logits (0, ln 3), class 1: softmax (1/4, 3/4), -log(3/4).
    // Row 2: logits (ln 3, 0), class 1: softmax (3/4, 1/4), -log(1/4).
    //   L = (ln 4/3 + ln 4) / 2 = ln(16/3) / 2
    //   dL/dy_r = (softmax - onehot) / 2 = (1/8, -1/8 | 3/8, -3/8)
    void crossEntropyOverRows() {
        const Matrix<double> logits = rows(0, std::log(3.0), std::log(3.0), 0);
        const Matrix<double> classes = Matrix<double>::Ones(2, 1);
        Matrix<double> dY;
        const double loss = computeLoss(LossKind::CrossEntropy, logits, classes, &dY);
        QVERIFY(std::abs(loss - std::log(16.0 / 3.0) / 2) < 1e-15);
        QVERIFY((dY - rows(0.125, -0.125, 0.375, -0.375)).cwiseAbs().maxCoeff() < 1e-15);
    }
};

RNNLAB_TEST_APPLESS_MAIN(TestLoss)
}  // namespace RNNLAB_TEST_FILE

#include "tst_loss.moc"
