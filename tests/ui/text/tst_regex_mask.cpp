// The characters a regular expression selects for neuron search (ui/text/regex_mask.h): whole
// matches, the first group when there is one, characters beyond the Basic Multilingual Plane
// (two UTF-16 units, one character of the reading), and a pattern that is not one.
#include "test_main.h"
#include "ui/text/regex_mask.h"

namespace RNNLAB_TEST_FILE {

using namespace rnnlab;
using namespace rnnlab::ui;

class TestRegexMask : public QObject {
    Q_OBJECT
private slots:
    void wholeMatchesAndGroups() {
        QString error = QStringLiteral("stale");
        // a b ␣ ( o k ) ␣ a b
        const std::u32string text = U"ab (ok) ab";
        QCOMPARE(*regexMask(text, QStringLiteral("ab"), &error),
                 SelectionMask({1, 1, 0, 0, 0, 0, 0, 0, 1, 1}));
        QVERIFY(error.isEmpty());
        QCOMPARE(*regexMask(text, QStringLiteral("\\(([^)]*)\\)"), &error),
                 SelectionMask({0, 0, 0, 0, 1, 1, 0, 0, 0, 0}));
        // An empty match selects nothing.
        QCOMPARE(*regexMask(text, QStringLiteral("z*"), &error), SelectionMask(10, 0));
    }

    // 𝄞 (U+1D11E) is two UTF-16 units: "x" after it is character 2, not 3.
    void charactersBeyondTheBmp() {
        QString error;
        QCOMPARE(*regexMask(U"a\U0001D11Ex", QStringLiteral("x"), &error),
                 SelectionMask({0, 0, 1}));
        QCOMPARE(*regexMask(U"a\U0001D11Ex", QStringLiteral("\U0001D11E"), &error),
                 SelectionMask({0, 1, 0}));
    }

    // "a(b": the group is not closed at column 4 (after the last character).
    void badPattern() {
        QString error;
        QVERIFY(!regexMask(U"abc", QStringLiteral("a(b"), &error));
        QVERIFY2(error.startsWith(QStringLiteral("regular expression, column 4: ")),
                 qPrintable(error));
        QVERIFY(error.size() > 32);
    }
};

RNNLAB_TEST_APPLESS_MAIN(TestRegexMask)
}  // namespace RNNLAB_TEST_FILE

#include "tst_regex_mask.moc"
