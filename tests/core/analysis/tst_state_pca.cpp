// The PCA plane of hidden states, worked by hand. Four states in R^3 around c = (1, −1, 3),
// along a = (0.6, 0.8, 0) and b = (0.8, −0.6, 0) (orthonormal):
//   c + 2a, c − 2a, c + b, c − b
//   μ = c;  Σ = (1/4)(2·(2a)(2a)^T + 2·b b^T) = 2 a a^T + 0.5 b b^T
//   λ = 2, 0.5, 0;  u_1 = a, u_2 = b;  r = 2 / 2.5 = 0.8, 0.5 / 2.5 = 0.2
//   projections (2, 0), (−2, 0), (0, 1), (0, −1)
#include "core/analysis/state_pca.h"
#include "test_main.h"

namespace RNNLAB_TEST_FILE {

using namespace rnnlab;

namespace {

constexpr double kTolerance = 1e-12;

Vector<double> vec3(double x, double y, double z) {
    Vector<double> v(3);
    v << x, y, z;
    return v;
}

const Vector<double> kCentre = vec3(1.0, -1.0, 3.0);
const Vector<double> kAlong1 = vec3(0.6, 0.8, 0.0);
const Vector<double> kAlong2 = vec3(0.8, -0.6, 0.0);
const Vector<double> kNormal = vec3(0.0, 0.0, 1.0);

// The four states as rows (4, 3).
Matrix<double> fourStates() {
    Matrix<double> states(4, 3);
    states.row(0) = (kCentre + 2.0 * kAlong1).transpose();
    states.row(1) = (kCentre - 2.0 * kAlong1).transpose();
    states.row(2) = (kCentre + kAlong2).transpose();
    states.row(3) = (kCentre - kAlong2).transpose();
    return states;
}

bool near(const Matrix<double>& a, const Matrix<double>& b) {
    return a.rows() == b.rows() && a.cols() == b.cols() &&
           (a - b).cwiseAbs().maxCoeff() < kTolerance;
}

}  // namespace

class TestStatePca : public QObject {
    Q_OBJECT
private slots:
    void fourStatesInAKnownPlane() {
        const StatePlane p = fitStatePlane(fourStates());
        QCOMPARE(p.states, Index(4));
        QVERIFY(near(p.mean, kCentre));
        QVERIFY(near(p.axes.col(0), kAlong1));
        QVERIFY(near(p.axes.col(1), kAlong2));
        QVERIFY(std::abs(p.explained[0] - 0.8) < kTolerance);
        QVERIFY(std::abs(p.explained[1] - 0.2) < kTolerance);
        Matrix<double> expected(4, 2);
        expected << 2, 0, -2, 0, 0, 1, 0, -1;
        QVERIFY(near(projectOntoPlane(p, fourStates()), expected));
    }

    void projectionDropsWhatIsOffThePlane() {
        const StatePlane p = fitStatePlane(fourStates());
        Matrix<double> state(1, 3);
        state.row(0) = (kCentre + 0.5 * kAlong1 - 3.0 * kAlong2 + 7.0 * kNormal).transpose();
        Matrix<double> expected(1, 2);
        expected << 0.5, -3.0;
        QVERIFY(near(projectOntoPlane(p, state), expected));
    }

    void axesPointTheirLargestComponentUp() {
        // The same states negated: the same axes (not −a, −b), the projections negated.
        const Matrix<double> negated = -fourStates();
        const StatePlane p = fitStatePlane(negated);
        QVERIFY(near(p.mean, -kCentre));
        QVERIFY(near(p.axes.col(0), kAlong1));
        QVERIFY(near(p.axes.col(1), kAlong2));
        Matrix<double> expected(4, 2);
        expected << -2, 0, 2, 0, 0, -1, 0, 1;
        QVERIFY(near(projectOntoPlane(p, negated), expected));
    }

    void statesAddedInPartsGiveTheSamePlane() {
        const Matrix<double> states = fourStates();
        StateCovariance covariance(3);
        covariance.add(states.topRows(1));
        covariance.add(states.bottomRows(3));
        QCOMPARE(covariance.count(), Index(4));
        const StatePlane p = covariance.plane();
        QVERIFY(near(p.mean, kCentre));
        QVERIFY(near(p.axes.col(0), kAlong1));
        QVERIFY(std::abs(p.explained[0] - 0.8) < kTolerance);
    }

    void oneUnitHasOneAxis() {
        // h = 1, 3: μ = 2, u_1 = (1), no second axis; r = (1, 0).
        Matrix<double> states(2, 1);
        states << 1, 3;
        const StatePlane p = fitStatePlane(states);
        QCOMPARE(p.mean(0), 2.0);
        QCOMPARE(p.axes(0, 0), 1.0);
        QCOMPARE(p.axes(0, 1), 0.0);
        QCOMPARE(p.explained[0], 1.0);
        QCOMPARE(p.explained[1], 0.0);
        Matrix<double> expected(2, 2);
        expected << -1, 0, 1, 0;
        QVERIFY(near(projectOntoPlane(p, states), expected));
    }

    void statesThatDoNotMoveExplainNothing() {
        Matrix<double> states(3, 2);
        states << 1, 2, 1, 2, 1, 2;
        const StatePlane p = fitStatePlane(states);
        QCOMPARE(p.explained[0], 0.0);
        QCOMPARE(p.explained[1], 0.0);
        QVERIFY(near(projectOntoPlane(p, states), Matrix<double>::Zero(3, 2)));
    }
};

RNNLAB_TEST_APPLESS_MAIN(TestStatePca)
}  // namespace RNNLAB_TEST_FILE

#include "tst_state_pca.moc"
