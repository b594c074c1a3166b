// Spectral radius and largest singular value (core/base/matrix_norms.h) on matrices whose values
// are known in closed form, including one where they differ widely.

#include <cmath>
#include <limits>

#include "test_main.h"
#include "core/base/matrix_norms.h"
#include "core/nn/parameters.h"

namespace RNNLAB_TEST_FILE {

using namespace rnnlab;

class TestMatrixNorms : public QObject {
    Q_OBJECT

private slots:
    void rotationScaling();
    void shearHasRadiusOneButStretches();
    void diagonal();
    void nonSquareSingularValue();
    void gateBlockOfParameters();
    void nonFiniteGivesNan();
};

void TestMatrixNorms::rotationScaling() {
    // [[0, 2], [-2, 0]] = 2 * rotation by -90 degrees: eigenvalues +-2i, singular values 2, 2.
    Matrix<double> W(2, 2);
    W << 0, 2, -2, 0;
    QVERIFY(std::abs(spectralRadius<double>(W) - 2) < 1e-14);
    QVERIFY(std::abs(largestSingularValue<double>(W) - 2) < 1e-14);
}

void TestMatrixNorms::shearHasRadiusOneButStretches() {
    // [[1, 10], [0, 1]]: both eigenvalues 1, so W^t grows only linearly, yet one step can
    // stretch a vector by sigma1 = (10 + sqrt(104)) / 2 = 10.099019513592785.
    Matrix<double> W(2, 2);
    W << 1, 10, 0, 1;
    QVERIFY(std::abs(spectralRadius<double>(W) - 1) < 1e-7);  // a defective eigenvalue
    QVERIFY(std::abs(largestSingularValue<double>(W) - 10.099019513592785) < 1e-13);
}

void TestMatrixNorms::diagonal() {
    Matrix<float> W = Matrix<float>::Zero(3, 3);
    W.diagonal() << 0.5f, -3.0f, 2.0f;
    QCOMPARE(spectralRadius<float>(W), 3.0);
    QCOMPARE(largestSingularValue<float>(W), 3.0);
    QCOMPARE(spectralRadius<double>(Matrix<double>(0, 0)), 0.0);
}

void TestMatrixNorms::nonSquareSingularValue() {
    // [[3, 0, 0], [0, 0, 4]]: singular values 4 and 3.
    Matrix<double> W = Matrix<double>::Zero(2, 3);
    W(0, 0) = 3;
    W(1, 2) = 4;
    QVERIFY(std::abs(largestSingularValue<double>(W) - 4) < 1e-14);
}

// The gate blocks of a W_hh (G*H, H) are passed in place, without a copy.
void TestMatrixNorms::gateBlockOfParameters() {
    NetworkConfig c;
    c.cell = CellType::Gru;
    c.hiddenSize = 2;
    Parameters<double> p(c);
    MatrixMap<double> Whh = p.matrix(p.layout().weightHh(0));  // (6, 2): r, z, n blocks
    Whh.middleRows(2, 2) << 0, 1.5, 1.5, 0;                    // z block: eigenvalues +-1.5
    QCOMPARE(spectralRadius<double>(Whh.middleRows(0, 2)), 0.0);
    QVERIFY(std::abs(spectralRadius<double>(Whh.middleRows(2, 2)) - 1.5) < 1e-14);
}

void TestMatrixNorms::nonFiniteGivesNan() {
    Matrix<double> W = Matrix<double>::Identity(2, 2);
    W(1, 0) = std::numeric_limits<double>::quiet_NaN();
    QVERIFY(std::isnan(spectralRadius<double>(W)));
    W(1, 0) = std::numeric_limits<double>::infinity();
    QVERIFY(std::isnan(largestSingularValue<double>(W)));
}

RNNLAB_TEST_APPLESS_MAIN(TestMatrixNorms)
}  // namespace RNNLAB_TEST_FILE

#include "tst_matrix_norms.moc"
