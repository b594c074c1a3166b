// The vanishing and exploding badges and the per-step factor of a gradient curve: thresholds,
// the special cases the badges explain (a loss at every step, truncated BPTT, no data yet),
// and hand-worked geometric curves.
#include <cmath>
#include <limits>

#include "test_main.h"
#include "core/analysis/gradient_diagnosis.h"
#include "core/analysis/gradient_profile.h"

Q_DECLARE_METATYPE(std::vector<std::vector<double>>)

namespace RNNLAB_TEST_FILE {

using namespace rnnlab;

namespace {

// ‖dL/dh_t‖ = factor^(T-1-t): each step back multiplies the gradient by factor.
std::vector<double> geometric(double factor, int T) {
    std::vector<double> v(T);
    for (int t = 0; t < T; ++t) v[t] = std::pow(factor, T - 1 - t);
    return v;
}

std::vector<StepRecord> steps(const std::vector<double>& norms) {
    std::vector<StepRecord> out;
    for (size_t i = 0; i < norms.size(); ++i) {
        StepRecord r;
        r.step = static_cast<long long>(i + 1);
        r.gradNormBefore = norms[i];
        out.push_back(r);
    }
    return out;
}

bool contains(const std::string& text, const char* part) {
    return text.find(part) != std::string::npos;
}

}  // namespace

class TestGradientDiagnosis : public QObject {
    Q_OBJECT
private slots:
    void vanishingThreshold_data() {
        QTest::addColumn<double>("factor");
        QTest::addColumn<int>("state");
        // 20 steps: the first step's gradient is factor^19 of the last one's.
        QTest::addRow("0.5: 1.9e-06") << 0.5 << int(BadgeState::On);
        QTest::addRow("0.7: 1.1e-03") << 0.7 << int(BadgeState::Off);
        QTest::addRow("0.69: 8.7e-04") << 0.69 << int(BadgeState::On);
        QTest::addRow("1.1: growing") << 1.1 << int(BadgeState::Off);
    }
    void vanishingThreshold() {
        QFETCH(double, factor);
        QFETCH(int, state);
        const Badge b = vanishingBadge(OutputMode::Last, 0, {geometric(factor, 20)}, {});
        QCOMPARE(int(b.state), state);
        QVERIFY(std::abs(b.value / std::pow(factor, 19) - 1) < 1e-12);
        QCOMPARE(b.layer, 0);
        QVERIFY2(contains(b.summary.english(),
                          "\u2016dL/dh\u2081\u2016 / \u2016dL/dh\u2082\u2080\u2016 = "),
                 b.summary.english().c_str());
        QVERIFY(contains(b.explanation.english(), "Vanishing gradients"));
        QVERIFY(!contains(b.explanation.english(), "loss at every step"));
    }

    // The smallest ratio over the layers counts, and the summary names its layer.
    void worstLayerCounts() {
        const Badge b =
            vanishingBadge(OutputMode::Last, 0, {geometric(0.9, 20), geometric(0.5, 20)}, {});
        QCOMPARE(b.state, BadgeState::On);
        QCOMPARE(b.layer, 1);
        QVERIFY2(contains(b.summary.english(), "(layer 2)"), b.summary.english().c_str());
    }

    // With a loss at every step ‖dL/dh_1‖ holds step 1's own loss: the curve stays flat while
    // the Jacobian product shows the vanishing.
    void sequenceOutputUsesTheJacobian() {
        const std::vector<double> flat(20, 1.0);
        const Badge b = vanishingBadge(OutputMode::Sequence, 0, {flat}, {geometric(0.5, 20)});
        QCOMPARE(b.state, BadgeState::On);
        QVERIFY2(contains(b.summary.english(),
                          "\u2016\u2202h\u2082\u2080/\u2202h\u2081\u2016 = 1.9e-06 < 0.001"),
                 b.summary.english().c_str());
        QVERIFY(contains(b.explanation.english(), "loss at every step"));
        // Without a recorded Jacobian it cannot say.
        QCOMPARE(vanishingBadge(OutputMode::Sequence, 0, {flat}, {}).state, BadgeState::Unknown);
    }

    // Truncated BPTT of length 5 cuts the gradient 5 steps back on purpose: only the window
    // t = 16 .. 20 is compared.
    void truncationLooksInsideTheWindow() {
        std::vector<double> dh = geometric(0.8, 20);
        for (int t = 0; t < 15; ++t) dh[t] = 0.0;
        const Badge b = vanishingBadge(OutputMode::Last, 5, {dh}, {});
        QCOMPARE(earliestComparedStep(20, 5), Index(15));
        QCOMPARE(b.state, BadgeState::Off);
        QVERIFY(std::abs(b.value - std::pow(0.8, 4)) < 1e-12);
        QVERIFY2(contains(b.summary.english(),
                          "\u2016dL/dh\u2081\u2086\u2016 / \u2016dL/dh\u2082\u2080\u2016"),
                 b.summary.english().c_str());
        QVERIFY(contains(b.explanation.english(), "Truncated BPTT"));
        QCOMPARE(earliestComparedStep(20, 0), Index(0));
        QCOMPARE(earliestComparedStep(20, 30), Index(0));  // longer than the sequence: full
    }

    void vanishingUnknown_data() {
        QTest::addColumn<std::vector<std::vector<double>>>("dh");
        QTest::addColumn<QString>("summary");
        QTest::addRow("no trace") << std::vector<std::vector<double>>{}
                                  << "no traced gradients yet";
        QTest::addRow("one step")
            << std::vector<std::vector<double>>{{1.0}}
            << "the traced sequence has a single step: nothing to travel back through";
        QTest::addRow("zero at the end") << std::vector<std::vector<double>>{{1.0, 0.0}}
                                         << "no finite gradient reaches the last step";
    }
    void vanishingUnknown() {
        QFETCH(std::vector<std::vector<double>>, dh);
        QFETCH(QString, summary);
        const Badge b = vanishingBadge(OutputMode::Last, 0, dh, {});
        QCOMPARE(b.state, BadgeState::Unknown);
        QCOMPARE(QString::fromStdString(b.summary.english()), summary);
        QVERIFY(!b.explanation.empty());
    }

    void explodingThreshold_data() {
        QTest::addColumn<double>("norm");
        QTest::addColumn<bool>("clip");
        QTest::addColumn<int>("state");
        QTest::addColumn<QString>("summary");
        QTest::addRow("clip, below")
            << 9.0 << true << int(BadgeState::Off)
            << "gradient norm 9 \u2264 10 (10 \u00d7 the clip threshold 1)";
        QTest::addRow("clip, above") << 25.0 << true << int(BadgeState::On)
                                     << "gradient norm 25 > 10 (10 \u00d7 the clip threshold 1); "
                                        "clipping scales it down to 1";
        QTest::addRow("no clip, below")
            << 900.0 << false << int(BadgeState::Off) << "gradient norm 9e+02 \u2264 1e+03";
        QTest::addRow("no clip, above") << 2e4 << false << int(BadgeState::On)
                                        << "gradient norm 2e+04 > 1e+03; clipping is off";
        QTest::addRow("nan") << std::numeric_limits<double>::quiet_NaN() << true
                             << int(BadgeState::On) << "the gradient norm is not finite";
    }
    void explodingThreshold() {
        QFETCH(double, norm);
        QFETCH(bool, clip);
        QFETCH(int, state);
        QFETCH(QString, summary);
        const Badge b = explodingBadge(steps({0.5, 0.6, norm}), clip, 1.0);
        QCOMPARE(int(b.state), state);
        QCOMPARE(QString::fromStdString(b.summary.english()), summary);
        QVERIFY(contains(b.explanation.english(), "gradient clipping"));
    }

    // Norms that grew tenfold between two windows of 10 records turn the badge on before they
    // cross the absolute threshold; small norms that grow do not.
    void explodingByGrowth() {
        std::vector<double> n(10, 0.3);
        for (int i = 0; i < 10; ++i) n.push_back(3.0 + 0.1 * i);  // ~11x, now above the clip 1
        Badge b = explodingBadge(steps(n), true, 1.0);
        QCOMPARE(b.state, BadgeState::On);
        QVERIFY2(contains(b.summary.english(),
                          "gradient norm grew 11\u00d7 over the last 10 recorded steps, now 3.9"),
                 b.summary.english().c_str());
        // The same growth below the clip threshold: not yet a problem.
        for (double& v : n) v /= 10;
        QCOMPARE(explodingBadge(steps(n), true, 1.0).state, BadgeState::Off);
        // Only 19 records: no growth verdict, and 3.9 is below 10.
        std::vector<double> few(9, 0.3);
        for (int i = 0; i < 10; ++i) few.push_back(3.0 + 0.1 * i);
        QCOMPARE(explodingBadge(steps(few), true, 1.0).state, BadgeState::Off);
    }

    void explodingUnknownWithoutSteps() {
        const Badge b = explodingBadge({}, true, 1.0);
        QCOMPARE(b.state, BadgeState::Unknown);
        QCOMPARE(QString::fromStdString(b.summary.english()),
                 QStringLiteral("no training steps yet"));
    }

    void customThresholds() {
        DiagnosisThresholds t;
        t.vanishingRatio = 0.5;
        t.explodingFactor = 2;
        QCOMPARE(vanishingBadge(OutputMode::Last, 0, {geometric(0.9, 10)}, {}, t).state,
                 BadgeState::On);  // 0.9^9 = 0.39
        QCOMPARE(explodingBadge(steps({3.0}), true, 1.0, t).state, BadgeState::On);
    }

    void backwardStepFactorOfGeometricCurves() {
        QVERIFY(std::abs(*backwardStepFactor(geometric(0.8, 30)) - 0.8) < 1e-12);
        QVERIFY(std::abs(*backwardStepFactor(geometric(1.25, 30)) - 1.25) < 1e-12);
        // Zeros (cut by truncation) and non-finite values are left out; `first` skips steps.
        std::vector<double> v = geometric(0.5, 12);
        v[0] = 0.0;
        v[1] = std::numeric_limits<double>::infinity();
        QVERIFY(std::abs(*backwardStepFactor(v) - 0.5) < 1e-12);
        v[5] = 1e6;
        QVERIFY(std::abs(*backwardStepFactor(v, 6) - 0.5) < 1e-12);
        QVERIFY(!backwardStepFactor({1.0}));
        QVERIFY(!backwardStepFactor({0.0, 0.0, 1.0}));
    }
};

RNNLAB_TEST_APPLESS_MAIN(TestGradientDiagnosis)
}  // namespace RNNLAB_TEST_FILE

#include "tst_gradient_diagnosis.moc"
