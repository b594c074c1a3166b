// The vocabulary of a character model (core/data/vocabulary.h): the unknown symbol at 0, then
// the characters sorted by code point; its stated limit; the strings a file stores and back.
#include <string>

#include "test_main.h"
#include "core/base/errors.h"
#include "core/data/utf8_text.h"
#include "core/data/vocabulary.h"
#include "error_of.h"

namespace RNNLAB_TEST_FILE {

using namespace rnnlab;

class TestVocabulary : public QObject {
    Q_OBJECT
private slots:
    void sortedByCodePointAfterTheUnknownSymbol() {
        const Vocabulary v = Vocabulary::ofText(U"banana");
        QCOMPARE(v.size(), 4);
        QCOMPARE(v.indexOf(U'a'), 1);
        QCOMPARE(v.indexOf(U'b'), 2);
        QCOMPARE(v.indexOf(U'n'), 3);
        QCOMPARE(v.indexOf(U'z'), Vocabulary::kUnknown);
        QCOMPARE(v.strings(), std::vector<std::string>({"", "a", "b", "n"}));
    }
    void chineseLikeEnglish() {
        const Vocabulary v = Vocabulary::ofText(decodeUtf8("道可道，非常道"));
        // 可 U+53EF, 常 U+5E38, 道 U+9053, 非 U+975E, ， U+FF0C
        QCOMPARE(v.strings(), std::vector<std::string>({"", "可", "常", "道", "非", "，"}));
        QCOMPARE(v.indexOf(U'道'), 3);
    }
    void limitNamesTheFirstCharacterBeyondIt() {
        try {
            Vocabulary::ofText(U"abcabd", 4);  // room for 3 characters and the unknown one
            QFAIL("no error");
        } catch (const VocabularyLimitError& e) {
            QCOMPARE(e.index(), std::size_t(5));
            QCOMPARE(QString(e.what()),
                     "'d' (U+0064) is the 4th different character: a vocabulary holds at most 4 "
                     "symbols, the unknown one included; use a text with fewer different "
                     "characters");
        }
    }
    void stringsRoundTrip() {
        const Vocabulary v = Vocabulary::ofText(decodeUtf8("hé 你\n"));
        QVERIFY(Vocabulary::fromStrings(v.strings()) == v);
    }
    void badStringsAreRefused() {
        QCOMPARE(errorOf<ConfigError>([] { Vocabulary::fromStrings({"a"}); }),
                 QString("[0] must be \"\", the unknown symbol"));
        QCOMPARE(errorOf<ConfigError>([] {
                     Vocabulary::fromStrings({"", "ab"});
                 }),
                 QString("[1] must be one character, not \"ab\""));
        QCOMPARE(errorOf<ConfigError>([] {
                     Vocabulary::fromStrings({"", "b", "a"});
                 }),
                 QString("[2] 'a' (U+0061) is out of order: the symbols increase by code point"));
    }
    // A text from the command line (sample --prime, trace --text): one symbol per character,
    // a character the vocabulary lacks refused by its line and column.
    void symbolsOfAText() {
        const Vocabulary v = Vocabulary::ofText(decodeUtf8("ab 你\n"));  // "" \n ␠ a b 你
        QCOMPARE(symbolsOfText("ba 你", v, "--text"), std::vector<int>({4, 3, 2, 5}));
        QCOMPARE(errorOf<ConfigError>([&] { symbolsOfText("a€b", v, "--text"); }),
                 QString("--text, column 2: '€' (U+20AC) is not in the vocabulary (the text the "
                         "network learned from has no such character)"));
        QCOMPARE(errorOf<ConfigError>([&] { symbolsOfText("a\nxb", v, "prime"); }),
                 QString("prime, line 2, column 1: 'x' (U+0078) is not in the vocabulary (the "
                         "text the network learned from has no such character)"));
        QCOMPARE(errorOf<ConfigError>([&] { symbolsOfText("a\xff", v, "prime"); }),
                 QString("prime: not UTF-8 text"));
    }
};

RNNLAB_TEST_APPLESS_MAIN(TestVocabulary)
}  // namespace RNNLAB_TEST_FILE

#include "tst_vocabulary.moc"
