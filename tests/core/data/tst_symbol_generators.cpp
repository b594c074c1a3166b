// The symbolic tasks: hand-worked sequences where the parameters leave one or two strings
// possible, every sequence checked against its rule (brackets by a stack, parity by counting),
// vocabularies, shapes, and the parameters refused by name. (Determinism by seed, for every
// catalog entry: tst_generators.cpp.)
#include <set>

#include "test_main.h"
#include "core/base/errors.h"
#include "core/data/catalog.h"
#include "core/data/symbol_generators.h"

namespace RNNLAB_TEST_FILE {

using namespace rnnlab;

namespace {

SequenceDataset make(GeneratorKind kind, std::map<std::string, double> parameters,
                     std::uint64_t seed = 1) {
    GeneratorSpec s;
    s.kind = kind;
    s.parameters = std::move(parameters);
    s.seed = seed;
    return generateSequences(s, SplitSpec{});
}

// Steps of sequence n (rows of inputs or per-step targets) as the vocabulary's strings: "(()".
QString stepsOf(const SequenceDataset& d, const Matrix<double>& rows, Index n) {
    QString text;
    for (Index t = 0; t < d.steps(); ++t)
        text += QString::fromStdString(d.vocabulary()[std::size_t(rows(n * d.steps() + t, 0))]);
    return text;
}
QString symbolsOf(const SequenceDataset& d, Index n) { return stepsOf(d, d.inputs(), n); }
QString targetsOf(const SequenceDataset& d, Index n) { return stepsOf(d, d.targets(), n); }

// The rule itself: every closing bracket closes the innermost open one, of its kind.
bool balanced(const QString& s, int* deepest) {
    QString open;
    *deepest = 0;
    for (QChar c : s) {
        if (c == '(' || c == '[') {
            open += c;
            *deepest = std::max(*deepest, int(open.size()));
        } else {
            if (open.isEmpty() || open.back() != (c == ')' ? '(' : '[')) return false;
            open.chop(1);
        }
    }
    return open.isEmpty();
}

QStringList asList(const std::vector<std::string>& strings) {
    QStringList list;
    for (const std::string& s : strings) list << QString::fromStdString(s);
    return list;
}

}  // namespace

class TestSymbolGenerators : public QObject {
    Q_OBJECT
private slots:
    void vocabularies_data() {
        QTest::addColumn<int>("kind");
        QTest::addColumn<QVariantMap>("parameters");
        QTest::addColumn<QStringList>("vocabulary");
        QTest::addColumn<int>("steps");
        QTest::addColumn<int>("classes");
        QTest::addColumn<bool>("perStep");
        QTest::addColumn<QStringList>("classNames");
        QTest::newRow("anbn") << int(GeneratorKind::CountingAnBn) << QVariantMap{{"length", 7}}
                              << QStringList{"a", "b"} << 7 << 2 << true
                              << QStringList{"a", "b"};
        QTest::newRow("brackets, one kind")
            << int(GeneratorKind::Brackets) << QVariantMap{{"length", 6}}
            << QStringList{"(", ")"} << 6 << 2 << false
            << QStringList{"unbalanced", "balanced"};
        QTest::newRow("brackets, two kinds")
            << int(GeneratorKind::Brackets) << QVariantMap{{"length", 6}, {"kinds", 2}}
            << QStringList{"(", ")", "[", "]"} << 6 << 2 << false
            << QStringList{"unbalanced", "balanced"};
        QTest::newRow("copy") << int(GeneratorKind::Copy)
                              << QVariantMap{{"length", 3}, {"symbols", 3}}
                              << QStringList{"a", "b", "c", "#", "_"} << 7 << 5 << true
                              << QStringList{"a", "b", "c", "#", "_"};
        QTest::newRow("parity") << int(GeneratorKind::Parity) << QVariantMap{{"length", 5}}
                                << QStringList{"0", "1"} << 5 << 2 << false
                                << QStringList{"even", "odd"};
        QTest::newRow("remember_symbol")
            << int(GeneratorKind::RememberSymbol) << QVariantMap{{"delay", 4}, {"symbols", 3}}
            << QStringList{"a", "b", "c"} << 5 << 3 << false << QStringList{"a", "b", "c"};
    }
    void vocabularies() {
        QFETCH(int, kind);
        QFETCH(QVariantMap, parameters);
        QFETCH(QStringList, vocabulary);
        QFETCH(int, steps);
        QFETCH(int, classes);
        QFETCH(bool, perStep);
        QFETCH(QStringList, classNames);
        std::map<std::string, double> p{{"sequences", 20}};
        for (auto it = parameters.begin(); it != parameters.end(); ++it)
            p[it.key().toStdString()] = it.value().toDouble();
        const SequenceDataset d = make(GeneratorKind(kind), p);
        QCOMPARE(asList(d.vocabulary()), vocabulary);
        QCOMPARE(asList(d.symbolNames()), vocabulary);
        QCOMPARE(asList(d.classNames()), classNames);
        QCOMPARE(d.vocabularySize(), int(vocabulary.size()));
        QCOMPARE(d.inputSize(), Index(1));
        QCOMPARE(d.steps(), Index(steps));
        QCOMPARE(d.outputSize(), Index(classes));
        QVERIFY(d.classification());
        QCOMPARE(d.perStepTargets(), perStep);
        QCOMPARE(d.sequences(), Index(20));
        QVERIFY(d.inputs().minCoeff() >= 0 && d.inputs().maxCoeff() < vocabulary.size());
        QVERIFY(d.targets().minCoeff() >= 0 && d.targets().maxCoeff() < classes);
    }

    // max_n 1: every block is "ab", so the string and its next symbols are fixed.
    void anbnWithBlocksOfOne() {
        const SequenceDataset d =
            make(GeneratorKind::CountingAnBn, {{"sequences", 10}, {"length", 5}, {"max_n", 1}});
        for (Index n = 0; n < d.sequences(); ++n) {
            QCOMPARE(symbolsOf(d, n), QStringLiteral("ababa"));
            QCOMPARE(targetsOf(d, n), QStringLiteral("babab"));
        }
    }

    // Blocks a^n b^n with n <= max_n from the first step; every target is the next input.
    void anbnIsBlocksOfCountedSymbols() {
        const SequenceDataset d =
            make(GeneratorKind::CountingAnBn, {{"sequences", 50}, {"length", 30}, {"max_n", 4}});
        std::set<int> seen;
        for (Index n = 0; n < d.sequences(); ++n) {
            const QString s = symbolsOf(d, n) + targetsOf(d, n).back();
            QCOMPARE(targetsOf(d, n), s.mid(1));
            int i = 0;
            while (i < s.size()) {
                int a = 0, b = 0;
                while (i < s.size() && s[i] == 'a') ++a, ++i;
                while (i < s.size() && s[i] == 'b') ++b, ++i;
                QVERIFY2(a >= 1 && a <= 4, qPrintable(s));
                if (i < s.size()) QCOMPARE(b, a);  // a block cut by the end may be short
                seen.insert(a);
            }
        }
        QCOMPARE(seen, (std::set<int>{1, 2, 3, 4}));
    }

    // Length 2: "()" balanced, ")(" not; with two kinds "()" "[]" balanced, "(]" "[)" not.
    void bracketsOfLengthTwo_data() {
        QTest::addColumn<int>("kinds");
        QTest::addColumn<QStringList>("balancedStrings");
        QTest::addColumn<QStringList>("brokenStrings");
        QTest::newRow("one kind") << 1 << QStringList{"()"} << QStringList{")("};
        QTest::newRow("two kinds") << 2 << QStringList{"()", "[]"} << QStringList{"(]", "[)"};
    }
    void bracketsOfLengthTwo() {
        QFETCH(int, kinds);
        QFETCH(QStringList, balancedStrings);
        QFETCH(QStringList, brokenStrings);
        const SequenceDataset d =
            make(GeneratorKind::Brackets, {{"sequences", 40}, {"length", 2}, {"kinds", kinds}});
        QSet<QString> seen;
        for (Index n = 0; n < d.sequences(); ++n) {
            const QString s = symbolsOf(d, n);
            seen.insert(s);
            QVERIFY2((d.targets()(n, 0) == 1 ? balancedStrings : brokenStrings).contains(s),
                     qPrintable(s));
        }
        QCOMPARE(seen.size(), balancedStrings.size() + brokenStrings.size());
    }

    void bracketsFollowTheRule_data() {
        QTest::addColumn<int>("kinds");
        QTest::newRow("one kind") << 1;
        QTest::newRow("two kinds") << 2;
    }
    void bracketsFollowTheRule() {
        QFETCH(int, kinds);
        const int depth = 3;
        const SequenceDataset d = make(
            GeneratorKind::Brackets,
            {{"sequences", 1000}, {"length", 16}, {"depth", depth}, {"kinds", kinds}}, 5);
        int balancedCount = 0, deepest = 0;
        for (Index n = 0; n < d.sequences(); ++n) {
            const QString s = symbolsOf(d, n);
            int sDeepest = 0;
            const bool isBalanced = balanced(s, &sDeepest);
            QCOMPARE(d.targets()(n, 0), isBalanced ? 1.0 : 0.0);
            // Every string opens as many brackets as it closes.
            QCOMPARE(s.count('(') + s.count('['), 8);
            if (!isBalanced) continue;
            ++balancedCount;
            QVERIFY2(sDeepest <= depth, qPrintable(s));
            deepest = std::max(deepest, sDeepest);
        }
        QCOMPARE(deepest, depth);
        QVERIFY2(balancedCount > 430 && balancedCount < 570, qPrintable(QString::number(balancedCount)));
    }

    // "ab" "#" "__" -> "___" then "ab".
    void copyReproducesAfterTheDelimiter() {
        const SequenceDataset d =
            make(GeneratorKind::Copy, {{"sequences", 30}, {"length", 4}, {"symbols", 3}});
        for (Index n = 0; n < d.sequences(); ++n) {
            const QString s = symbolsOf(d, n), y = targetsOf(d, n);
            const QString letters = s.left(4);
            QVERIFY(!letters.contains('#') && !letters.contains('_'));
            QCOMPARE(s.mid(4), QStringLiteral("#____"));
            QCOMPARE(y, QStringLiteral("_____") + letters);
        }
    }

    // Length 1: the target is the bit; longer: the number of ones mod 2.
    void parityCountsTheOnes() {
        const SequenceDataset one = make(GeneratorKind::Parity, {{"sequences", 20}, {"length", 1}});
        for (Index n = 0; n < one.sequences(); ++n)
            QCOMPARE(one.targets()(n, 0), one.inputs()(n, 0));
        const SequenceDataset d = make(GeneratorKind::Parity, {{"sequences", 200}, {"length", 7}});
        int odd = 0;
        for (Index n = 0; n < d.sequences(); ++n) {
            const int ones = int(symbolsOf(d, n).count('1'));
            QCOMPARE(d.targets()(n, 0), double(ones % 2));
            odd += ones % 2;
        }
        QVERIFY(odd > 70 && odd < 130);
    }

    void rememberSymbolIsTheFirst() {
        const SequenceDataset d = make(GeneratorKind::RememberSymbol,
                                       {{"sequences", 200}, {"delay", 6}, {"symbols", 5}});
        std::set<double> firsts;
        for (Index n = 0; n < d.sequences(); ++n) {
            QCOMPARE(d.targets()(n, 0), d.inputs()(n * 7, 0));
            firsts.insert(d.targets()(n, 0));
        }
        QCOMPARE(firsts, (std::set<double>{0, 1, 2, 3, 4}));
    }

    void parameterErrors_data() {
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("name");
        QTest::addColumn<double>("value");
        QTest::addColumn<QString>("message");
        QTest::newRow("odd brackets") << int(GeneratorKind::Brackets) << "length" << 7.0
                                      << "generator brackets: length must be even (every "
                                         "bracket opened is closed), got 7";
        QTest::newRow("three kinds") << int(GeneratorKind::Brackets) << "kinds" << 3.0
                                     << "generator brackets: kinds must be between 1 and 2, got 3";
        QTest::newRow("depth 0") << int(GeneratorKind::Brackets) << "depth" << 0.0
                                 << "generator brackets: depth must be between 1 and 10000, got 0";
        QTest::newRow("max_n 0") << int(GeneratorKind::CountingAnBn) << "max_n" << 0.0
                                 << "generator anbn: max_n must be between 1 and 10000, got 0";
        QTest::newRow("27 letters")
            << int(GeneratorKind::Copy) << "symbols" << 27.0
            << "generator copy: symbols must be between 2 and 26, got 27";
        QTest::newRow("half a bit") << int(GeneratorKind::Parity) << "length" << 2.5
                                    << "generator parity: length must be a whole number, got 2.5";
        QTest::newRow("no delay") << int(GeneratorKind::RememberSymbol) << "delay" << 0.0
                                  << "generator remember_symbol: delay must be between 1 and "
                                     "10000, got 0";
    }
    void parameterErrors() {
        QFETCH(int, kind);
        QFETCH(QString, name);
        QFETCH(double, value);
        QFETCH(QString, message);
        try {
            make(GeneratorKind(kind), {{"sequences", 10}, {name.toStdString(), value}});
            QFAIL("not refused");
        } catch (const ConfigError& e) {
            QCOMPARE(QString::fromStdString(e.what()), message);
        }
    }

    void catalogMarksTheSymbolicTasks() {
        std::set<std::string> symbolic;
        for (const GeneratorInfo& g : generatorCatalog())
            if (g.symbols) {
                QVERIFY(g.sequenceTask);
                symbolic.insert(g.name);
            }
        QCOMPARE(symbolic, (std::set<std::string>{"anbn", "brackets", "copy", "parity",
                                                  "remember_symbol"}));
    }
};

RNNLAB_TEST_APPLESS_MAIN(TestSymbolGenerators)
}  // namespace RNNLAB_TEST_FILE

#include "tst_symbol_generators.moc"
