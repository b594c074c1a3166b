// The optimizers of core/optim/optimizer.h: three steps worked by hand for each, five steps against
// torch.optim 1.13 (tests/data/optim/optimizers.json, from make_optimizer_reference.py),
// saving and restoring the state mid-run, and the settings' error messages.

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <algorithm>
#include <cmath>

#include "test_main.h"
#include "core/base/errors.h"
#include "core/optim/optimizer.h"

Q_DECLARE_METATYPE(rnnlab::OptimizerSettings)
Q_DECLARE_METATYPE(rnnlab::OptimizerState<double>)

namespace RNNLAB_TEST_FILE {

using namespace rnnlab;

namespace {

OptimizerSettings make(OptimizerKind kind, double lr) {
    OptimizerSettings s = OptimizerSettings::forKind(kind);
    s.learningRate = lr;
    return s;
}

template <typename S>
Vector<S> toVector(const QJsonArray& a) {
    Vector<S> v(a.size());
    for (int i = 0; i < a.size(); ++i) v[i] = static_cast<S>(a[i].toDouble());
    return v;
}

// |a - b| <= tol * max(|a|, |b|, |scale|) for every element; names the first that is not.
// An update p - d rounds relative to its operands, not to a result that cancels near 0, and
// that rounding error stays in p: the largest |p| of the run so far is passed as scale.
template <typename S>
bool closeRelative(const Vector<S>& a, const Vector<S>& b, double tol, QString* where,
                   const Vector<S>* scale = nullptr) {
    if (a.size() != b.size()) {
        *where = QString("sizes %1 and %2").arg(a.size()).arg(b.size());
        return false;
    }
    for (Index i = 0; i < a.size(); ++i) {
        const double x = a[i], y = b[i];
        const double s = scale ? std::abs(static_cast<double>((*scale)[i])) : 0.0;
        if (!(std::abs(x - y) <= tol * std::max({std::abs(x), std::abs(y), s}))) {
            *where = QString("element %1: %2 vs %3").arg(i).arg(x, 0, 'g', 17).arg(y, 0, 'g', 17);
            return false;
        }
    }
    return true;
}

QJsonObject loadReference() {
    QFile f(RNNLAB_TEST_DATA_DIR "/optim/optimizers.json");
    if (!f.open(QIODevice::ReadOnly)) return {};
    return QJsonDocument::fromJson(f.readAll()).object();
}

// torch's constructor arguments (as in the JSON) applied to that kind's defaults. Flags this
// engine does not have must be at their default (false). Unknown names fail the test.
bool fromTorchArguments(OptimizerKind kind, const QJsonObject& args, OptimizerSettings* out,
                        QString* unknown) {
    OptimizerSettings s = OptimizerSettings::forKind(kind);
    for (auto it = args.begin(); it != args.end(); ++it) {
        const QString k = it.key();
        const QJsonValue v = it.value();
        if (k == "lr")
            s.learningRate = v.toDouble();
        else if (k == "momentum")
            s.momentum = v.toDouble();
        else if (k == "dampening")
            s.dampening = v.toDouble();
        else if (k == "nesterov")
            s.nesterov = v.toBool();
        else if (k == "weight_decay")
            s.weightDecay = v.toDouble();
        else if (k == "betas") {
            s.beta1 = v.toArray()[0].toDouble();
            s.beta2 = v.toArray()[1].toDouble();
        } else if (k == "eps")
            s.eps = v.toDouble();
        else if (k == "amsgrad")
            s.amsgrad = v.toBool();
        else if (k == "alpha")
            s.alpha = v.toDouble();
        else if (k == "centered")
            s.centered = v.toBool();
        else if (k == "lr_decay")
            s.lrDecay = v.toDouble();
        else if (k == "initial_accumulator_value")
            s.initialAccumulatorValue = v.toDouble();
        else if (!((k == "maximize" || k == "differentiable" || k == "capturable" ||
                    k == "fused") &&
                   v.toBool() == false)) {
            *unknown = k;
            return false;
        }
    }
    *out = s;
    return true;
}

// The gradients of a short run used by the state tests: deterministic, varied signs.
template <typename S>
Vector<S> gradientAt(int step, Index n) {
    Vector<S> g(n);
    for (Index i = 0; i < n; ++i)
        g[i] = static_cast<S>(std::sin(1.3 * step + 0.7 * i) * (1 + i % 3));
    return g;
}

template <typename S>
Vector<S> initialParameters(Index n) {
    Vector<S> p(n);
    for (Index i = 0; i < n; ++i) p[i] = static_cast<S>(std::cos(0.9 * i) - 0.2);
    return p;
}

OptimizerSettings richSettings(OptimizerKind kind) {
    OptimizerSettings s = OptimizerSettings::forKind(kind);
    s.weightDecay = 0.01;
    switch (kind) {
        case OptimizerKind::Sgd:
            s.momentum = 0.9;
            s.nesterov = true;
            break;
        case OptimizerKind::Adam:
            s.amsgrad = true;
            break;
        case OptimizerKind::RmsProp:
            s.momentum = 0.5;
            s.centered = true;
            break;
        case OptimizerKind::Adagrad:
            s.lrDecay = 0.1;
            s.initialAccumulatorValue = 0.2;
            break;
    }
    return s;
}

}  // namespace

class TestOptimizer : public QObject {
    Q_OBJECT

private:
    template <typename S>
    void runTorchCase(const QJsonObject& c, double tol);
    template <typename S>
    void stateRoundTrip(OptimizerKind kind);

private slots:
    void handWorked_data();
    void handWorked();
    void matchesTorch_data();
    void matchesTorch();
    void defaultsAreTorchs();
    void stateRoundTripResumesBitIdentically_data();
    void stateRoundTripResumesBitIdentically();
    void stateNamesFollowTorch();
    void momentumSwitchedOnLaterStartsFromGradient();
    void changingKindResetsState();
    void optionalBufferMayBeMissing();
    void setStateRejects_data();
    void setStateRejects();
    void invalidSettings_data();
    void invalidSettings();
    void learningRateForSchedules();
    void switchingKeepsSharedSettings();
    void switchingTellsWhatIsLost();
    void kindNames();
};

// One parameter p, three gradients g1 g2 g3, and p after each step, worked by hand.
void TestOptimizer::handWorked_data() {
    QTest::addColumn<OptimizerSettings>("settings");
    QTest::addColumn<double>("p0");
    QTest::addColumn<QVector<double>>("grads");
    QTest::addColumn<QVector<double>>("expected");

    {
        // lr 0.1, weight decay 0.5, g = 0: pure decay, p <- p - 0.1 (0 + 0.5 p) = 0.95 p
        //   2 -> 1.9 -> 1.805 -> 1.71475
        OptimizerSettings s = make(OptimizerKind::Sgd, 0.1);
        s.weightDecay = 0.5;
        QTest::newRow("sgd weight decay")
            << s << 2.0 << QVector<double>{0, 0, 0} << QVector<double>{1.9, 1.805, 1.71475};
    }
    {
        // lr 0.1, mu 0.9, dampening 0.5, p0 = 1, g = 1, 2, -1
        //   t1: b = g = 1 (not 0.5 * 1)     p = 1 - 0.1 * 1 = 0.9
        //   t2: b = 0.9 * 1 + 0.5 * 2 = 1.9 p = 0.9 - 0.19 = 0.71
        //   t3: b = 0.9 * 1.9 - 0.5 = 1.21  p = 0.71 - 0.121 = 0.589
        OptimizerSettings s = make(OptimizerKind::Sgd, 0.1);
        s.momentum = 0.9;
        s.dampening = 0.5;
        QTest::newRow("sgd momentum dampening")
            << s << 1.0 << QVector<double>{1, 2, -1} << QVector<double>{0.9, 0.71, 0.589};
    }
    {
        // lr 0.1, mu 0.5, nesterov, weight decay 0.1, p0 = 2, g = 1, 1, 1
        //   t1: g' = 1 + 0.1 * 2 = 1.2; b = 1.2; d = 1.2 + 0.5 * 1.2 = 1.8; p = 2 - 0.18 = 1.82
        //   t2: g' = 1.182; b = 0.6 + 1.182 = 1.782; d = 1.182 + 0.891 = 2.073; p = 1.6127
        //   t3: g' = 1.16127; b = 0.891 + 1.16127 = 2.05227; d = 1.16127 + 1.026135 = 2.187405
        //       p = 1.6127 - 0.2187405 = 1.3939595
        OptimizerSettings s = make(OptimizerKind::Sgd, 0.1);
        s.momentum = 0.5;
        s.nesterov = true;
        s.weightDecay = 0.1;
        QTest::newRow("sgd nesterov weight decay")
            << s << 2.0 << QVector<double>{1, 1, 1} << QVector<double>{1.82, 1.6127, 1.3939595};
    }
    {
        // lr 0.1, betas (0.5, 0.75), eps 0.01, p0 = 1, g = 2, -2, 4
        //   t1: m = 1; v = 0.25 * 4 = 1; bc1 = 0.5, bc2 = 0.25
        //       denom = sqrt(1) / sqrt(0.25) + 0.01 = 2.01; p = 1 - (0.1 / 0.5) * 1 / 2.01
        //       = 0.900497512437811
        //   t2: m = 0.5 - 1 = -0.5; v = 0.75 + 1 = 1.75; bc1 = 0.75, bc2 = 0.4375
        //       denom = sqrt(1.75 / 0.4375) + 0.01 = 2.01; p += (0.1 / 0.75) * 0.5 / 2.01
        //       = 0.933665008291874
        //   t3: m = -0.25 + 2 = 1.75; v = 1.3125 + 4 = 5.3125; bc1 = 0.875, bc2 = 0.578125
        //       denom = sqrt(5.3125 / 0.578125) + 0.01 = 3.041367544391341
        //       p -= (0.1 / 0.875) * 1.75 / 3.041367544391341 = 0.867905116703360
        // (eps inside the square root, sqrt(v_hat + eps), would give 0.90049 -> 0.9005024...)
        OptimizerSettings s = make(OptimizerKind::Adam, 0.1);
        s.beta1 = 0.5;
        s.beta2 = 0.75;
        s.eps = 0.01;
        QTest::newRow("adam bias correction and eps")
            << s << 1.0 << QVector<double>{2, -2, 4}
            << QVector<double>{0.900497512437811, 0.9336650082918739, 0.8679051167033598};
    }
    {
        // lr 0.1, betas (0.5, 0.5), eps 0, amsgrad, p0 = 0, g = 4, 0, 0
        //   m = 2, 1, 0.5;  v = 8, 4, 2;  v^ = max = 8, 8, 8;  bc1 = bc2 = 0.5, 0.75, 0.875
        //   t1: denom = sqrt(8 / 0.5) = 4; p = 0 - (0.1 / 0.5) * 2 / 4 = -0.1
        //   t2: denom = sqrt(8 / 0.75) = 3.265986323710905; p -= (0.1 / 0.75) * 1 / denom
        //       = -0.140824829046386  (plain Adam would use sqrt(4 / 0.75))
        //   t3: denom = sqrt(8 / 0.875) = 3.023715784073818; p -= (0.1 / 0.875) * 0.5 / denom
        //       = -0.159723052696848
        OptimizerSettings s = make(OptimizerKind::Adam, 0.1);
        s.beta1 = 0.5;
        s.beta2 = 0.5;
        s.eps = 0;
        s.amsgrad = true;
        QTest::newRow("adam amsgrad")
            << s << 0.0 << QVector<double>{4, 0, 0}
            << QVector<double>{-0.1, -0.1408248290463863, -0.15972305269684767};
    }
    {
        // lr 0.1, alpha 0.5, eps 0, p0 = 1, g = 2, 2, -4
        //   t1: s = 0.5 * 4 = 2;       p = 1 - 0.1 * 2 / sqrt(2) = 0.858578643762691
        //   t2: s = 1 + 2 = 3;         p -= 0.1 * 2 / sqrt(3)    = 0.743108589924765
        //   t3: s = 1.5 + 8 = 9.5;     p += 0.1 * 4 / sqrt(9.5)  = 0.872885726829375
        OptimizerSettings s = make(OptimizerKind::RmsProp, 0.1);
        s.alpha = 0.5;
        s.eps = 0;
        QTest::newRow("rmsprop") << s << 1.0 << QVector<double>{2, 2, -4}
                                 << QVector<double>{0.8585786437626906, 0.7431085899247654,
                                                    0.8728857268293754};
    }
    {
        // lr 0.1, alpha 0.5, eps 0, momentum 0.5, centered, p0 = 1, g = 2, 2, -4
        //   t1: s = 2; a = 1; avg = sqrt(2 - 1) = 1; b = 2 / 1 = 2; p = 1 - 0.2 = 0.8
        //   t2: s = 3; a = 1.5; avg = sqrt(3 - 2.25) = 0.866025403784439
        //       b = 1 + 2 / 0.866025403784439 = 3.309401076758503; p = 0.469059892324150
        //   t3: s = 9.5; a = -1.25; avg = sqrt(9.5 - 1.5625) = 2.817356917396161
        //       b = 1.654700538379252 - 4 / 2.817356917396161 = 0.234930123313470
        //       p = 0.469059892324150 - 0.023493012331347 = 0.445566879992803
        OptimizerSettings s = make(OptimizerKind::RmsProp, 0.1);
        s.alpha = 0.5;
        s.eps = 0;
        s.momentum = 0.5;
        s.centered = true;
        QTest::newRow("rmsprop centered momentum")
            << s << 1.0 << QVector<double>{2, 2, -4}
            << QVector<double>{0.8, 0.4690598923241497, 0.44556687999280276};
    }
    {
        // lr 0.1, lr decay 0.5, initial accumulator 1, eps 0, p0 = 1, g = 3, 4, -1
        //   t1: clr = 0.1 / (1 + 0 * 0.5) = 0.1;  G = 1 + 9 = 10
        //       p = 1 - 0.1 * 3 / sqrt(10) = 0.905131670194949
        //   t2: clr = 0.1 / 1.5;  G = 26;  p -= (0.1 / 1.5) * 4 / sqrt(26) = 0.852834034158099
        //   t3: clr = 0.1 / 2 = 0.05;  G = 27;  p += 0.05 * 1 / sqrt(27) = 0.862456538644593
        OptimizerSettings s = make(OptimizerKind::Adagrad, 0.1);
        s.lrDecay = 0.5;
        s.initialAccumulatorValue = 1;
        s.eps = 0;
        QTest::newRow("adagrad lr decay")
            << s << 1.0 << QVector<double>{3, 4, -1}
            << QVector<double>{0.9051316701949486, 0.8528340341580994, 0.8624565386445932};
    }
}

void TestOptimizer::handWorked() {
    QFETCH(OptimizerSettings, settings);
    QFETCH(double, p0);
    QFETCH(QVector<double>, grads);
    QFETCH(QVector<double>, expected);

    Optimizer<double> optD(settings);
    Optimizer<float> optF(settings);
    Vector<double> pD = Vector<double>::Constant(1, p0);
    Vector<float> pF = Vector<float>::Constant(1, static_cast<float>(p0));
    for (int t = 0; t < grads.size(); ++t) {
        optD.step(pD, Vector<double>::Constant(1, grads[t]));
        optF.step(pF, Vector<float>::Constant(1, static_cast<float>(grads[t])));
        QVERIFY2(std::abs(pD[0] - expected[t]) <= 1e-14 * std::abs(expected[t]) + 1e-15,
                 qPrintable(QString("double step %1: %2").arg(t + 1).arg(pD[0], 0, 'g', 17)));
        QVERIFY2(std::abs(pF[0] - expected[t]) <= 1e-6 * std::abs(expected[t]) + 1e-7,
                 qPrintable(QString("float step %1: %2").arg(t + 1).arg(pF[0], 0, 'g', 9)));
    }
    QCOMPARE(optD.stepCount(), std::int64_t{3});
}

void TestOptimizer::matchesTorch_data() {
    QTest::addColumn<QJsonObject>("reference");
    const QJsonObject root = loadReference();
    QVERIFY2(!root.isEmpty(), "cannot read tests/data/optim/optimizers.json");
    for (const QJsonValue c : root["cases"].toArray()) {
        const QJsonObject o = c.toObject();
        const QString tag = o["name"].toString() + " " + o["dtype"].toString();
        QTest::newRow(qPrintable(tag)) << o;
    }
}

template <typename S>
void TestOptimizer::runTorchCase(const QJsonObject& c, double tol) {
    const OptimizerKind kind = parseOptimizerKind(c["optimizer"].toString().toStdString());
    OptimizerSettings settings;
    QString unknown;
    QVERIFY2(fromTorchArguments(kind, c["settings"].toObject(), &settings, &unknown),
             qPrintable("unknown torch argument " + unknown));
    Optimizer<S> opt(settings);
    Vector<S> p = toVector<S>(c["params0"].toArray());
    const QJsonArray grads = c["grads"].toArray(), params = c["params"].toArray(),
                     lrs = c["lr_per_step"].toArray();
    QString where;
    Vector<S> largest = p.cwiseAbs();
    for (int t = 0; t < grads.size(); ++t) {
        opt.setLearningRate(lrs[t].toDouble());
        opt.step(p, toVector<S>(grads[t].toArray()));
        QVERIFY2(closeRelative<S>(p, toVector<S>(params[t].toArray()), tol, &where, &largest),
                 qPrintable(QString("step %1, %2").arg(t + 1).arg(where)));
        largest = largest.cwiseMax(p.cwiseAbs());
    }
    const QJsonObject state = c["state"].toObject();
    const OptimizerState<S> ours = opt.state();
    QCOMPARE(ours.step, static_cast<std::int64_t>(state["step"].toInt()));
    const QJsonObject buffers = state["buffers"].toObject();
    QCOMPARE(ours.buffers.size(), static_cast<std::size_t>(buffers.size()));
    for (auto it = buffers.begin(); it != buffers.end(); ++it) {
        const auto mine = ours.buffers.find(it.key().toStdString());
        QVERIFY2(mine != ours.buffers.end(), qPrintable("no buffer " + it.key()));
        // Buffers sum terms that cancel (b = mu b + g): relative to the buffer's largest value.
        const Vector<S> torchValues = toVector<S>(it.value().toArray());
        const Vector<S> scale =
            Vector<S>::Constant(torchValues.size(), torchValues.cwiseAbs().maxCoeff());
        QVERIFY2(closeRelative<S>(mine->second, torchValues, tol, &where, &scale),
                 qPrintable(it.key() + ": " + where));
    }
}

void TestOptimizer::matchesTorch() {
    QFETCH(QJsonObject, reference);
    // float64 agrees to rounding; float32 to a few ulps (torch's vectorised kernels use fused
    // multiply-adds where this loop rounds twice).
    if (reference["dtype"].toString() == "float64")
        runTorchCase<double>(reference, 1e-12);
    else
        runTorchCase<float>(reference, 1e-6);
}

void TestOptimizer::defaultsAreTorchs() {
    const QJsonObject defaults = loadReference()["defaults"].toObject();
    QCOMPARE(defaults.size(), 4);
    for (auto it = defaults.begin(); it != defaults.end(); ++it) {
        const OptimizerKind kind = parseOptimizerKind(it.key().toStdString());
        OptimizerSettings fromTorch;
        QString unknown;
        QVERIFY2(fromTorchArguments(kind, it.value().toObject(), &fromTorch, &unknown),
                 qPrintable("unknown torch argument " + unknown));
        if (kind == OptimizerKind::Sgd) fromTorch.learningRate = 0.01;  // torch: required
        QVERIFY2(OptimizerSettings::forKind(kind) == fromTorch, qPrintable(it.key()));
    }
    QVERIFY(OptimizerSettings() == OptimizerSettings::forKind(OptimizerKind::Adam));
}

void TestOptimizer::stateRoundTripResumesBitIdentically_data() {
    QTest::addColumn<int>("kind");
    QTest::newRow("sgd") << static_cast<int>(OptimizerKind::Sgd);
    QTest::newRow("adam") << static_cast<int>(OptimizerKind::Adam);
    QTest::newRow("rmsprop") << static_cast<int>(OptimizerKind::RmsProp);
    QTest::newRow("adagrad") << static_cast<int>(OptimizerKind::Adagrad);
}

// Two steps, save (through double, as a file stores it), restore into a new optimizer, three
// more steps: the same bits as five uninterrupted steps.
template <typename S>
void TestOptimizer::stateRoundTrip(OptimizerKind kind) {
    const Index n = 7;
    const OptimizerSettings settings = richSettings(kind);
    Optimizer<S> straight(settings), first(settings);
    Vector<S> pStraight = initialParameters<S>(n), pResumed = initialParameters<S>(n);
    for (int t = 0; t < 2; ++t) {
        straight.step(pStraight, gradientAt<S>(t, n));
        first.step(pResumed, gradientAt<S>(t, n));
    }
    const Vector<S> pAfterTwo = pResumed;
    const OptimizerState<double> saved = first.state().template cast<double>();
    Optimizer<S> resumed(settings);
    resumed.setState(saved.template cast<S>(), n);
    QCOMPARE(resumed.stepCount(), std::int64_t{2});
    for (int t = 2; t < 5; ++t) {
        straight.step(pStraight, gradientAt<S>(t, n));
        resumed.step(pResumed, gradientAt<S>(t, n));
    }
    QVERIFY(pResumed == pStraight);
    QVERIFY(resumed.state().buffers == straight.state().buffers);
    // Resuming with the parameters but without the state goes elsewhere.
    Optimizer<S> forgetful(settings);
    Vector<S> pForgetful = pAfterTwo;
    for (int t = 2; t < 5; ++t) forgetful.step(pForgetful, gradientAt<S>(t, n));
    QVERIFY(pForgetful != pStraight);
}

void TestOptimizer::stateRoundTripResumesBitIdentically() {
    QFETCH(int, kind);
    stateRoundTrip<float>(static_cast<OptimizerKind>(kind));
    stateRoundTrip<double>(static_cast<OptimizerKind>(kind));
}

void TestOptimizer::stateNamesFollowTorch() {
    const Vector<double> g = Vector<double>::Ones(3);
    auto namesAfterOneStep = [&g](const OptimizerSettings& s) {
        Optimizer<double> opt(s);
        Vector<double> p = Vector<double>::Zero(3);
        opt.step(p, g);
        std::vector<std::string> names;
        for (const auto& entry : opt.state().buffers) names.push_back(entry.first);
        return names;
    };
    using Names = std::vector<std::string>;
    QCOMPARE(namesAfterOneStep(make(OptimizerKind::Sgd, 0.1)), Names{});
    QCOMPARE(namesAfterOneStep(richSettings(OptimizerKind::Sgd)), Names{"momentum_buffer"});
    QCOMPARE(namesAfterOneStep(make(OptimizerKind::Adam, 0.1)), (Names{"exp_avg", "exp_avg_sq"}));
    QCOMPARE(namesAfterOneStep(richSettings(OptimizerKind::Adam)),
             (Names{"exp_avg", "exp_avg_sq", "max_exp_avg_sq"}));
    QCOMPARE(namesAfterOneStep(make(OptimizerKind::RmsProp, 0.1)), Names{"square_avg"});
    QCOMPARE(namesAfterOneStep(richSettings(OptimizerKind::RmsProp)),
             (Names{"grad_avg", "momentum_buffer", "square_avg"}));
    QCOMPARE(namesAfterOneStep(make(OptimizerKind::Adagrad, 0.1)), Names{"sum"});
    QVERIFY(Optimizer<double>(make(OptimizerKind::Adam, 0.1)).state().buffers.empty());
}

// torch keeps momentum_buffer None while momentum is 0; the first step after switching it on
// copies the gradient into the buffer.
void TestOptimizer::momentumSwitchedOnLaterStartsFromGradient() {
    Optimizer<double> opt(make(OptimizerKind::Sgd, 0.1));
    Vector<double> p = Vector<double>::Constant(1, 1.0);
    opt.step(p, Vector<double>::Constant(1, 2.0));  // p = 1 - 0.2 = 0.8
    OptimizerSettings s = opt.settings();
    s.momentum = 0.9;
    s.dampening = 0.5;
    opt.setSettings(s);
    opt.step(p, Vector<double>::Constant(1, 1.0));  // b = 1 (not 0.5); p = 0.8 - 0.1 = 0.7
    QCOMPARE(opt.state().buffers.at("momentum_buffer")[0], 1.0);
    QVERIFY(std::abs(p[0] - 0.7) < 1e-15);
    QCOMPARE(opt.stepCount(), std::int64_t{2});
}

void TestOptimizer::changingKindResetsState() {
    Optimizer<double> opt(make(OptimizerKind::Adam, 0.1));
    Vector<double> p = Vector<double>::Zero(2);
    opt.step(p, Vector<double>::Ones(2));
    OptimizerSettings same = opt.settings();
    same.learningRate = 0.5;
    opt.setSettings(same);
    QCOMPARE(opt.stepCount(), std::int64_t{1});
    QCOMPARE(opt.state().buffers.size(), std::size_t{2});
    opt.setSettings(make(OptimizerKind::RmsProp, 0.1));
    QCOMPARE(opt.stepCount(), std::int64_t{0});
    QVERIFY(opt.state().buffers.empty());
    opt.step(p, Vector<double>::Ones(2));
    opt.reset();
    QCOMPARE(opt.stepCount(), std::int64_t{0});
    QVERIFY(opt.state().buffers.empty());
}

// A state without max_exp_avg_sq resumes as if amsgrad had been switched on at that point.
void TestOptimizer::optionalBufferMayBeMissing() {
    OptimizerSettings plain = make(OptimizerKind::Adam, 0.1);
    Optimizer<double> a(plain);
    Vector<double> pa = Vector<double>::Constant(3, 0.5);
    a.step(pa, Vector<double>::Ones(3));
    Vector<double> pb = pa;

    OptimizerSettings ams = plain;
    ams.amsgrad = true;
    Optimizer<double> b(ams);
    b.setState(a.state(), 3);
    a.setSettings(ams);
    a.step(pa, Vector<double>::Constant(3, -1.0));
    b.step(pb, Vector<double>::Constant(3, -1.0));
    QVERIFY(pa == pb);
}

void TestOptimizer::setStateRejects_data() {
    QTest::addColumn<int>("kind");
    QTest::addColumn<OptimizerState<double>>("state");
    QTest::addColumn<QString>("message");
    const Vector<double> three = Vector<double>::Zero(3);
    const int adam = static_cast<int>(OptimizerKind::Adam);
    {
        OptimizerState<double> s;
        s.step = -1;
        QTest::newRow("negative step")
            << adam << s << "optimizer state: step must be non-negative, got -1";
    }
    {
        OptimizerState<double> s;
        s.step = 2;
        s.buffers = {{"exp_avg", three}, {"exp_avg_sq", three}, {"sum", three}};
        QTest::newRow("unknown buffer")
            << adam << s
            << "optimizer state: buffers: unknown buffer 'sum' for adam (expected exp_avg, "
               "exp_avg_sq, max_exp_avg_sq)";
    }
    {
        OptimizerState<double> s;
        s.step = 2;
        s.buffers = {{"exp_avg", three}, {"exp_avg_sq", Vector<double>::Zero(2)}};
        QTest::newRow("wrong size")
            << adam << s
            << "optimizer state: buffers.exp_avg_sq has 2 values, expected 3 (one per parameter)";
    }
    {
        OptimizerState<double> s;
        s.step = 4;
        s.buffers = {{"exp_avg", three}};
        QTest::newRow("missing buffer")
            << adam << s
            << "optimizer state: buffers.exp_avg_sq is missing: adam writes it at every step, "
               "and the state is at step 4";
    }
    {
        OptimizerState<double> s;
        s.step = 1;
        QTest::newRow("adagrad without sum")
            << static_cast<int>(OptimizerKind::Adagrad) << s
            << "optimizer state: buffers.sum is missing: adagrad writes it at every step, and "
               "the state is at step 1";
    }
}

void TestOptimizer::setStateRejects() {
    QFETCH(int, kind);
    QFETCH(OptimizerState<double>, state);
    QFETCH(QString, message);
    Optimizer<double> opt(make(static_cast<OptimizerKind>(kind), 0.1));
    Vector<double> p = Vector<double>::Zero(3);
    opt.step(p, Vector<double>::Ones(3));
    const OptimizerState<double> before = opt.state();
    try {
        opt.setState(state, 3);
        QFAIL("no ConfigError");
    } catch (const ConfigError& e) {
        QCOMPARE(QString(e.what()), message);
    }
    // A rejected state leaves the optimizer as it was.
    QCOMPARE(opt.stepCount(), before.step);
    QVERIFY(opt.state().buffers == before.buffers);
}

void TestOptimizer::invalidSettings_data() {
    QTest::addColumn<OptimizerSettings>("settings");
    QTest::addColumn<QString>("message");
    auto row = [](const char* tag, OptimizerKind kind, auto change, const char* message) {
        OptimizerSettings s = OptimizerSettings::forKind(kind);
        change(s);
        QTest::newRow(tag) << s << QString(message);
    };
    row(
        "negative lr", OptimizerKind::Adam, [](OptimizerSettings& s) { s.learningRate = -1; },
        "learning rate must be positive and finite, got -1");
    row(
        "zero lr", OptimizerKind::Sgd, [](OptimizerSettings& s) { s.learningRate = 0; },
        "learning rate must be positive and finite, got 0");
    row(
        "nan lr", OptimizerKind::RmsProp, [](OptimizerSettings& s) { s.learningRate = NAN; },
        "learning rate must be positive and finite, got nan");
    row(
        "weight decay", OptimizerKind::Adagrad, [](OptimizerSettings& s) { s.weightDecay = -0.5; },
        "weight decay must be non-negative and finite, got -0.5");
    row(
        "momentum", OptimizerKind::Sgd, [](OptimizerSettings& s) { s.momentum = -0.1; },
        "momentum must be non-negative and finite, got -0.1");
    row(
        "dampening", OptimizerKind::Sgd, [](OptimizerSettings& s) { s.dampening = 1.5; },
        "dampening must be in [0, 1], got 1.5");
    row(
        "nesterov without momentum", OptimizerKind::Sgd,
        [](OptimizerSettings& s) { s.nesterov = true; },
        "nesterov momentum requires momentum > 0 and dampening 0, got momentum 0 and dampening 0");
    row(
        "nesterov with dampening", OptimizerKind::Sgd,
        [](OptimizerSettings& s) {
            s.nesterov = true;
            s.momentum = 0.9;
            s.dampening = 0.1;
        },
        "nesterov momentum requires momentum > 0 and dampening 0, got momentum 0.9 and "
        "dampening 0.1");
    row(
        "beta1", OptimizerKind::Adam, [](OptimizerSettings& s) { s.beta1 = 1; },
        "beta1 must be in [0, 1), got 1");
    row(
        "beta2", OptimizerKind::Adam, [](OptimizerSettings& s) { s.beta2 = -0.001; },
        "beta2 must be in [0, 1), got -0.001");
    row(
        "adam eps", OptimizerKind::Adam, [](OptimizerSettings& s) { s.eps = -1e-8; },
        "eps must be non-negative and finite, got -1e-08");
    row(
        "alpha", OptimizerKind::RmsProp, [](OptimizerSettings& s) { s.alpha = 1.01; },
        "alpha must be in [0, 1], got 1.01");
    row(
        "rmsprop momentum", OptimizerKind::RmsProp,
        [](OptimizerSettings& s) { s.momentum = INFINITY; },
        "momentum must be non-negative and finite, got inf");
    row(
        "lr decay", OptimizerKind::Adagrad, [](OptimizerSettings& s) { s.lrDecay = -1; },
        "lr decay must be non-negative and finite, got -1");
    row(
        "initial accumulator", OptimizerKind::Adagrad,
        [](OptimizerSettings& s) { s.initialAccumulatorValue = -2; },
        "initial accumulator value must be non-negative and finite, got -2");
    // The ends of the closed ranges are accepted (torch: 0 <= dampening, alpha and betas).
    row(
        "dampening 1", OptimizerKind::Sgd,
        [](OptimizerSettings& s) {
            s.momentum = 0.9;
            s.dampening = 1;
        },
        "");
    row(
        "alpha 1", OptimizerKind::RmsProp, [](OptimizerSettings& s) { s.alpha = 1; }, "");
    row(
        "alpha 0", OptimizerKind::RmsProp, [](OptimizerSettings& s) { s.alpha = 0; }, "");
    row(
        "betas 0", OptimizerKind::Adam,
        [](OptimizerSettings& s) {
            s.beta1 = 0;
            s.beta2 = 0;
        },
        "");
    // Settings another kind reads are not checked: Adam ignores momentum.
    OptimizerSettings ignored = OptimizerSettings::forKind(OptimizerKind::Adam);
    ignored.momentum = -5;
    QTest::newRow("ignored by adam") << ignored << QString();
}

void TestOptimizer::invalidSettings() {
    QFETCH(OptimizerSettings, settings);
    QFETCH(QString, message);
    try {
        Optimizer<float> opt(settings);
        QVERIFY2(message.isEmpty(), "no ConfigError");
    } catch (const ConfigError& e) {
        QCOMPARE(QString(e.what()), message);
    }
    // setSettings checks the same way and keeps the previous settings.
    Optimizer<float> opt(OptimizerSettings{});
    try {
        opt.setSettings(settings);
        QVERIFY(message.isEmpty());
    } catch (const ConfigError& e) {
        QCOMPARE(QString(e.what()), message);
        QVERIFY(opt.settings() == OptimizerSettings{});
    }
}

void TestOptimizer::learningRateForSchedules() {
    Optimizer<double> opt(make(OptimizerKind::Sgd, 0.1));
    opt.setLearningRate(0.0);  // cosine annealing ends at eta_min = 0
    Vector<double> p = Vector<double>::Constant(2, 3.0);
    opt.step(p, Vector<double>::Ones(2));
    QVERIFY(p == Vector<double>::Constant(2, 3.0));
    opt.setLearningRate(0.25);
    QCOMPARE(opt.settings().learningRate, 0.25);
    try {
        opt.setLearningRate(-0.1);
        QFAIL("no ConfigError");
    } catch (const ConfigError& e) {
        QCOMPARE(QString(e.what()),
                 QString("learning rate must be non-negative and finite, got -0.1"));
    }
    QCOMPARE(opt.settings().learningRate, 0.25);
}

// A new kind starts from torch's defaults for it with the learning rate and the settings both
// kinds read; a default stays the new kind's default (eps: Adam 1e-8, Adagrad 1e-10).
void TestOptimizer::switchingKeepsSharedSettings() {
    OptimizerSettings adam = make(OptimizerKind::Adam, 0.02);
    adam.weightDecay = 0.01;
    adam.amsgrad = true;
    QVERIFY(switchOptimizer(adam, OptimizerKind::Adam) == adam);

    OptimizerSettings expected = OptimizerSettings::forKind(OptimizerKind::Adagrad);
    expected.learningRate = 0.02;
    expected.weightDecay = 0.01;
    QVERIFY(switchOptimizer(adam, OptimizerKind::Adagrad) == expected);
    QCOMPARE(switchOptimizer(adam, OptimizerKind::Adagrad).eps, 1e-10);

    adam.eps = 1e-6;  // changed: kept by the kinds that read eps
    QCOMPARE(switchOptimizer(adam, OptimizerKind::RmsProp).eps, 1e-6);
    QCOMPARE(switchOptimizer(adam, OptimizerKind::RmsProp).alpha, 0.99);

    OptimizerSettings sgd = make(OptimizerKind::Sgd, 0.1);
    sgd.momentum = 0.9;
    sgd.dampening = 0.5;
    const OptimizerSettings rms = switchOptimizer(sgd, OptimizerKind::RmsProp);
    QVERIFY(rms.kind == OptimizerKind::RmsProp);
    QCOMPARE(rms.momentum, 0.9);
    QCOMPARE(rms.learningRate, 0.1);
    QCOMPARE(rms.dampening, 0.0);
    QCOMPARE(switchOptimizer(rms, OptimizerKind::Sgd).momentum, 0.9);
}

void TestOptimizer::switchingTellsWhatIsLost() {
    using Names = std::vector<std::string>;
    OptimizerSettings adam = make(OptimizerKind::Adam, 0.02);
    QCOMPARE(settingsLostBySwitch(adam, OptimizerKind::Sgd), Names{});
    adam.beta2 = 0.98;
    adam.amsgrad = true;
    adam.eps = 1e-6;
    adam.weightDecay = 0.1;
    QCOMPARE(settingsLostBySwitch(adam, OptimizerKind::Adam), Names{});
    QCOMPARE(settingsLostBySwitch(adam, OptimizerKind::Sgd), (Names{"beta2", "amsgrad", "eps"}));
    QCOMPARE(settingsLostBySwitch(adam, OptimizerKind::Adagrad), (Names{"beta2", "amsgrad"}));
    OptimizerSettings rms = make(OptimizerKind::RmsProp, 0.01);
    rms.momentum = 0.5;
    rms.centered = true;
    QCOMPARE(settingsLostBySwitch(rms, OptimizerKind::Sgd), Names{"centered"});
    QCOMPARE(settingsLostBySwitch(rms, OptimizerKind::Adam), (Names{"momentum", "centered"}));
}

void TestOptimizer::kindNames() {
    for (OptimizerKind k :
         {OptimizerKind::Sgd, OptimizerKind::Adam, OptimizerKind::RmsProp, OptimizerKind::Adagrad})
        QVERIFY(parseOptimizerKind(toString(k)) == k);
    QCOMPARE(QString::fromStdString(toString(OptimizerKind::RmsProp)), QString("rmsprop"));
    try {
        parseOptimizerKind("Adam");
        QFAIL("no ConfigError");
    } catch (const ConfigError& e) {
        QCOMPARE(QString(e.what()),
                 QString("unknown optimizer 'Adam' (expected sgd, adam, rmsprop or adagrad)"));
    }
}

RNNLAB_TEST_APPLESS_MAIN(TestOptimizer)
}  // namespace RNNLAB_TEST_FILE

#include "tst_optimizer.moc"
