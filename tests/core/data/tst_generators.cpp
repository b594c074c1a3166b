// Generators: hand-worked values, determinism by seed, the long-memory tasks' structure and
// parameter checking. Every catalog entry generates with its defaults.
#include <cmath>
#include <set>

#include "test_main.h"
#include "core/base/errors.h"
#include "core/data/catalog.h"
#include "core/data/generators.h"

namespace RNNLAB_TEST_FILE {

using namespace rnnlab;

class TestGenerators : public QObject {
    Q_OBJECT
private slots:
    void handWorkedValues_data();
    void handWorkedValues();
    void sameSeedSameData();
    void noiseHasItsStandardDeviation();
    void randomWalkDrift();
    void mackeyGlass();
    void addingProblem();
    void rememberFirstValue();
    void rememberFirstClass();
    void parameterErrors_data();
    void parameterErrors();
    void wrongKindOfGenerator();
    void catalogIsComplete();
};

static GeneratorSpec make(GeneratorKind kind, std::map<std::string, double> parameters,
                          std::uint64_t seed = 1) {
    GeneratorSpec s;
    s.kind = kind;
    s.parameters = std::move(parameters);
    s.seed = seed;
    return s;
}

void TestGenerators::handWorkedValues_data() {
    QTest::addColumn<int>("kind");
    QTest::addColumn<QVariantMap>("parameters");
    QTest::addColumn<QList<double>>("expected");
    const double e = std::exp(-0.5);
    QTest::newRow("sine A2 P4") << int(GeneratorKind::Sine)
                                << QVariantMap{{"amplitude", 2}, {"period", 4}, {"length", 5}}
                                << QList<double>{0, 2, 0, -2, 0};
    QTest::newRow("sine with phase pi/2")
        << int(GeneratorKind::Sine)
        << QVariantMap{{"period", 4}, {"phase", M_PI / 2}, {"length", 3}}
        << QList<double>{1, 0, -1};
    QTest::newRow("damped sine") << int(GeneratorKind::DampedSine)
                                 << QVariantMap{{"period", 4}, {"damping", 0.5}, {"length", 4}}
                                 << QList<double>{0, e, 0, -e * e * e};
    QTest::newRow("sum of sines") << int(GeneratorKind::SumOfSines)
                                  << QVariantMap{{"period1", 4},
                                                 {"amplitude2", 0.5},
                                                 {"period2", 8},
                                                 {"amplitude3", 0},
                                                 {"length", 3}}
                                  << QList<double>{0, 1 + 0.5 * std::sqrt(0.5), 0.5};
    QTest::newRow("square") << int(GeneratorKind::Square)
                            << QVariantMap{{"amplitude", 3}, {"period", 4}, {"length", 6}}
                            << QList<double>{3, 3, -3, -3, 3, 3};
    QTest::newRow("square duty 0.25")
        << int(GeneratorKind::Square) << QVariantMap{{"duty", 0.25}, {"period", 4}, {"length", 4}}
        << QList<double>{1, -1, -1, -1};
    QTest::newRow("sawtooth") << int(GeneratorKind::Sawtooth)
                              << QVariantMap{{"period", 4}, {"length", 5}}
                              << QList<double>{-1, -0.5, 0, 0.5, -1};
    QTest::newRow("random walk without noise")
        << int(GeneratorKind::RandomWalk)
        << QVariantMap{{"start", 5}, {"step", 0}, {"drift", 1.5}, {"length", 4}}
        << QList<double>{5, 6.5, 8, 9.5};
}

void TestGenerators::handWorkedValues() {
    QFETCH(int, kind);
    QFETCH(QVariantMap, parameters);
    QFETCH(QList<double>, expected);
    std::map<std::string, double> p;
    for (auto it = parameters.begin(); it != parameters.end(); ++it)
        p[it.key().toStdString()] = it.value().toDouble();
    const Series s = generateSeries(make(GeneratorKind(kind), p));
    QCOMPARE(s.rows(), Index(expected.size()));
    QCOMPARE(s.names.front(), generatorInfo(GeneratorKind(kind)).name);
    for (int t = 0; t < expected.size(); ++t)
        QVERIFY2(std::abs(s.columns[0][std::size_t(t)] - expected[t]) < 1e-12,
                 qPrintable(QString("t = %1: %2, expected %3")
                                .arg(t)
                                .arg(s.columns[0][std::size_t(t)])
                                .arg(expected[t])));
}

void TestGenerators::sameSeedSameData() {
    for (const GeneratorInfo& info : generatorCatalog()) {
        if (info.sequenceTask) {
            const SplitSpec split;
            const SequenceDataset a = generateSequences(make(info.kind, {}, 7), split);
            const SequenceDataset b = generateSequences(make(info.kind, {}, 7), split);
            const SequenceDataset c = generateSequences(make(info.kind, {}, 8), split);
            QVERIFY2(a.inputs() == b.inputs() && a.targets() == b.targets(), info.name.c_str());
            QVERIFY2(a.inputs() != c.inputs(), info.name.c_str());
            continue;
        }
        std::map<std::string, double> noisy = {{"length", 300}};
        if (info.kind != GeneratorKind::RandomWalk) noisy["noise"] = 0.1;
        const Series a = generateSeries(make(info.kind, noisy, 7));
        const Series b = generateSeries(make(info.kind, noisy, 7));
        const Series c = generateSeries(make(info.kind, noisy, 8));
        QVERIFY2(a.columns == b.columns, info.name.c_str());
        QVERIFY2(a.columns != c.columns, info.name.c_str());
        QCOMPARE(a.source, b.source);
    }
    // Without noise a sine does not depend on the seed.
    QVERIFY(generateSeries(make(GeneratorKind::Sine, {}, 1)).columns ==
            generateSeries(make(GeneratorKind::Sine, {}, 2)).columns);
}

void TestGenerators::noiseHasItsStandardDeviation() {
    const Series clean = generateSeries(make(GeneratorKind::Sine, {{"length", 20000}}));
    const Series noisy =
        generateSeries(make(GeneratorKind::NoisySine, {{"length", 20000}, {"noise", 0.3}}));
    std::vector<double> residual;
    for (std::size_t t = 0; t < 20000; ++t)
        residual.push_back(noisy.columns[0][t] - clean.columns[0][t]);
    const ColumnStats stats = columnStats(residual);
    QVERIFY2(std::abs(stats.std - 0.3) < 0.01, qPrintable(QString::number(stats.std)));
    QVERIFY2(std::abs(stats.mean) < 0.01, qPrintable(QString::number(stats.mean)));
    QCOMPARE(generatorInfo(GeneratorKind::NoisySine).parameters.back().defaultValue, 0.1);
}

void TestGenerators::randomWalkDrift() {
    const Series s = generateSeries(
        make(GeneratorKind::RandomWalk, {{"length", 10001}, {"drift", 0.5}, {"step", 1}}));
    std::vector<double> steps;
    for (std::size_t t = 1; t < 10001; ++t) steps.push_back(s.columns[0][t] - s.columns[0][t - 1]);
    const ColumnStats stats = columnStats(steps);
    QVERIFY(std::abs(stats.mean - 0.5) < 0.05);
    QVERIFY(std::abs(stats.std - 1.0) < 0.05);
    QCOMPARE(s.columns[0][0], 0.0);
}

void TestGenerators::mackeyGlass() {
    // tau = 17: chaotic, bounded, positive (the classic range is about 0.4 to 1.3).
    const Series chaotic = generateSeries(make(GeneratorKind::MackeyGlass, {{"length", 2000}}));
    const ColumnStats stats = columnStats(chaotic.columns[0]);
    QVERIFY2(stats.min > 0.3 && stats.max < 1.45,
             qPrintable(QString("%1 .. %2").arg(stats.min).arg(stats.max)));
    QVERIFY(stats.std > 0.15);
    // A short delay is not chaotic: x settles at the fixed point beta / (1 + x^n) = gamma,
    // i.e. x^10 = 1, x = 1.
    const Series settled = generateSeries(
        make(GeneratorKind::MackeyGlass, {{"tau", 2}, {"length", 10}, {"transient", 2000}}));
    QVERIFY(std::abs(settled.columns[0].back() - 1.0) < 1e-6);
}

void TestGenerators::addingProblem() {
    const SequenceDataset d = generateSequences(
        make(GeneratorKind::AddingProblem, {{"sequences", 200}, {"length", 30}}, 3),
        SplitSpec{0.5, 0.25});
    QCOMPARE(d.steps(), Index(30));
    QCOMPARE(d.inputSize(), Index(2));
    QCOMPARE(d.outputSize(), Index(1));
    QCOMPARE(d.count(Split::Train), Index(100));
    QCOMPARE(d.count(Split::Validation), Index(50));
    QCOMPARE(d.count(Split::Test), Index(50));
    for (Index n = 0; n < 200; ++n) {
        double sum = 0.0;
        int firstHalf = 0, secondHalf = 0;
        for (Index t = 0; t < 30; ++t) {
            const double value = d.inputs()(n * 30 + t, 0);
            const double marker = d.inputs()(n * 30 + t, 1);
            QVERIFY(value >= 0.0 && value < 1.0);
            QVERIFY(marker == 0.0 || marker == 1.0);
            if (marker == 1.0) {
                sum += value;
                (t < 15 ? firstHalf : secondHalf) += 1;
            }
        }
        QCOMPARE(firstHalf, 1);
        QCOMPARE(secondHalf, 1);
        QCOMPARE(d.targets()(n, 0), sum);
    }
    // Batched like windows: sequence 101 (the second validation one) at step t is row t*B + 1.
    Matrix<double> x, y;
    d.batch(Split::Validation, 0, 2, x, y);
    QCOMPARE(x.rows(), Index(60));
    QCOMPARE(x(7 * 2 + 1, 0), d.inputs()(101 * 30 + 7, 0));
    QCOMPARE(y(1, 0), d.targets()(101, 0));
}

void TestGenerators::rememberFirstValue() {
    const SequenceDataset d = generateSequences(
        make(GeneratorKind::RememberFirst, {{"sequences", 50}, {"delay", 10}, {"noise", 0.2}}),
        SplitSpec{});
    QCOMPARE(d.steps(), Index(11));
    QVERIFY(!d.classification());
    for (Index n = 0; n < 50; ++n) {
        QCOMPARE(d.targets()(n, 0), d.inputs()(n * 11, 0));
        QVERIFY(std::abs(d.targets()(n, 0)) <= 1.0);
        for (Index t = 1; t < 11; ++t) QVERIFY(std::abs(d.inputs()(n * 11 + t, 0)) <= 0.2);
    }
}

void TestGenerators::rememberFirstClass() {
    const SequenceDataset d = generateSequences(
        make(GeneratorKind::RememberFirst, {{"sequences", 40}, {"delay", 5}, {"classes", 4}}),
        SplitSpec{});
    QVERIFY(d.classification());
    QCOMPARE(d.inputSize(), Index(4));
    QCOMPARE(d.outputSize(), Index(4));
    std::set<double> seen;
    for (Index n = 0; n < 40; ++n) {
        const Index cls = Index(d.targets()(n, 0));
        seen.insert(double(cls));
        for (Index i = 0; i < 4; ++i) QCOMPARE(d.inputs()(n * 6, i), i == cls ? 1.0 : 0.0);
    }
    QCOMPARE(seen.size(), std::size_t(4));
}

void TestGenerators::parameterErrors_data() {
    QTest::addColumn<QString>("name");
    QTest::addColumn<double>("value");
    QTest::addColumn<QString>("message");
    QTest::newRow("unknown")
        << "frequency" << 1.0
        << "generator sine: no parameter 'frequency'; its parameters are: length, amplitude, "
           "period, phase, noise";
    QTest::newRow("out of range") << "length" << 1.0
                                  << "generator sine: length must be between 2 and 1e+07, got 1";
    QTest::newRow("not whole") << "length" << 10.5
                               << "generator sine: length must be a whole number, got 10.5";
    QTest::newRow("not finite") << "noise" << double(NAN)
                                << "generator sine: noise must be between 0 and 1e+06, got nan";
}

void TestGenerators::parameterErrors() {
    QFETCH(QString, name);
    QFETCH(double, value);
    QFETCH(QString, message);
    try {
        generateSeries(make(GeneratorKind::Sine, {{name.toStdString(), value}}));
        QFAIL("the parameter must be refused");
    } catch (const ConfigError& e) {
        QCOMPARE(QString(e.what()), message);
    }
}

void TestGenerators::wrongKindOfGenerator() {
    QVERIFY_THROWS_EXCEPTION(ConfigError, generateSeries(make(GeneratorKind::AddingProblem, {})));
    QVERIFY_THROWS_EXCEPTION(ConfigError, generateSequences(make(GeneratorKind::Sine, {}), {}));
    QVERIFY_THROWS_EXCEPTION(
        ConfigError, generateSequences(make(GeneratorKind::RememberFirst, {{"classes", 1}}), {}));
}

void TestGenerators::catalogIsComplete() {
    std::set<std::string> names;
    for (const GeneratorInfo& info : generatorCatalog()) {
        QVERIFY2(names.insert(info.name).second, info.name.c_str());
        QCOMPARE(&generatorInfo(info.name), &info);
        QVERIFY(!info.title.empty() && !info.description.empty());
        for (const GeneratorParameter& p : info.parameters) {
            QVERIFY2(p.minimum <= p.defaultValue && p.defaultValue <= p.maximum, p.name.c_str());
            QVERIFY(!p.integer || p.defaultValue == std::floor(p.defaultValue));
        }
    }
    QCOMPARE(names.size(), std::size_t(15));
    QVERIFY(names.count("mackey_glass") && names.count("adding") && names.count("remember_first"));
    QCOMPARE(generatorInfo(GeneratorKind::MackeyGlass).parameters[1].name, std::string("tau"));
    QCOMPARE(generatorInfo(GeneratorKind::MackeyGlass).parameters[1].defaultValue, 17.0);
    QVERIFY_THROWS_EXCEPTION(ConfigError, generatorInfo("lorenz"));
}

RNNLAB_TEST_APPLESS_MAIN(TestGenerators)
}  // namespace RNNLAB_TEST_FILE

#include "tst_generators.moc"
