// A character language model's data (core/data/text_dataset.h), worked by hand on a text of 20
// characters: the split by position, the vocabulary of the training part, the windows and
// their next-character targets, the unknown symbol in the held-out parts, the unigram entropy;
// Chinese exactly like English; and every refusal naming file:line:column.
#include <cmath>
#include <string>

#include "test_main.h"
#include "core/data/data_error.h"
#include "core/data/text_dataset.h"
#include "core/data/utf8_text.h"
#include "error_of.h"

namespace RNNLAB_TEST_FILE {

using namespace rnnlab;

namespace {

SplitSpec halfQuarterQuarter() {
    SplitSpec s;
    s.train = 0.5;
    s.validation = 0.25;
    return s;
}

}  // namespace

class TestTextDataset : public QObject {
    Q_OBJECT
private slots:
    // "ababababab|cdcdc|dcdcd", T = 3: training windows start at 0, 3, 6 (targets 1..9); the
    // validation window starts at 9 (its targets 10..12 lie in the part), the test one at 14.
    void worksByHand() {
        const auto d =
            TextDataset::fromBytes("abababababcdcdcdcdcd", "t.txt", 3, halfQuarterQuarter());
        QCOMPARE(d->vocabulary().strings(), std::vector<std::string>({"", "a", "b"}));
        QCOMPARE(d->vocabularySize(), 3);
        // Through the TrainingData a view has: symbol i in, the next character i out.
        const TrainingData& data = *d;
        QCOMPARE(data.symbolNames(), std::vector<std::string>({"", "a", "b"}));
        QCOMPARE(data.classNames(), std::vector<std::string>({"", "a", "b"}));
        QCOMPARE(d->outputSize(), Index(3));
        QCOMPARE(d->inputSize(), Index(1));
        QVERIFY(d->perStepTargets() && d->classification());
        QCOMPARE(d->samples(Split::Train), std::vector<Index>({0, 3, 6}));
        QCOMPARE(d->samples(Split::Validation), std::vector<Index>({9}));
        QCOMPARE(d->samples(Split::Test), std::vector<Index>({14}));
        QCOMPARE(d->partBegin(Split::Validation), Index(10));
        QCOMPARE(d->partLength(Split::Test), Index(5));
        QCOMPARE(d->unknownCharacters(Split::Train), Index(0));
        QCOMPARE(d->unknownCharacters(Split::Validation), Index(5));
        QCOMPARE(d->unigramEntropyBits(), 1.0);  // a and b, half each

        Matrix<double> x, y;
        d->batch(Split::Train, 0, 2, x, y);  // time-major: row t*B + b
        Matrix<double> xExpected(6, 1), yExpected(6, 1);
        xExpected << 1, 2, 2, 1, 1, 2;  // a|b, b|a, a|b   (windows "aba", "bab")
        yExpected << 2, 1, 1, 2, 2, 1;  // the next characters: "bab", "aba"
        QCOMPARE(x, xExpected);
        QCOMPARE(y, yExpected);
        d->batch(Split::Validation, 0, 1, x, y);
        xExpected.resize(3, 1);
        yExpected.resize(3, 1);
        xExpected << 2, 0, 0;  // b c d: c and d are unknown to the training part
        yExpected << 0, 0, 0;
        QCOMPARE(x, xExpected);
        QCOMPARE(y, yExpected);
    }
    void unigramEntropyOfUnevenCounts() {
        SplitSpec all;
        all.train = 1.0;
        all.validation = 0.0;
        const auto d = TextDataset::fromBytes("aaab", "t.txt", 1, all);  // p = 3/4, 1/4
        QCOMPARE(d->unigramEntropyBits(), -(0.75 * std::log2(0.75) + 0.25 * std::log2(0.25)));
    }
    // The same text in Chinese: one symbol per character, never per byte.
    void chineseLikeEnglish() {
        const auto d = TextDataset::fromBytes("道可道可道可道可道可非常非常非常非常非常", "t.txt",
                                              3, halfQuarterQuarter());
        QCOMPARE(d->characters(), Index(20));
        QCOMPARE(d->vocabulary().strings(), std::vector<std::string>({"", "可", "道"}));
        QCOMPARE(d->samples(Split::Train), std::vector<Index>({0, 3, 6}));
        Matrix<double> x, y;
        d->batch(Split::Train, 0, 1, x, y);
        Matrix<double> xExpected(3, 1), yExpected(3, 1);
        xExpected << 2, 1, 2;  // 道 可 道
        yExpected << 1, 2, 1;
        QCOMPARE(x, xExpected);
        QCOMPARE(y, yExpected);
        QCOMPARE(d->unknownCharacters(Split::Test), Index(5));
    }
    void refusalsNameFileLineAndColumn() {
        const SplitSpec split = halfQuarterQuarter();
        QCOMPARE(errorOf<DataError>([&] { TextDataset::fromBytes("", "e.txt", 3, split); }),
                 QString("e.txt:1:1: line 1, column 1: the text is empty: there are no "
                         "characters to learn from"));
        QCOMPARE(errorOf<DataError>([&] { TextDataset::fromBytes("ab\ncd", "s.txt", 8, split); }),
                 QString("s.txt:2:2: line 2, column 2: the text ends here, after 5 characters: "
                         "one window needs 9 characters (the window and the character after "
                         "it); shorten the window or use a longer text"));
        QCOMPARE(
            errorOf<DataError>([&] { TextDataset::fromBytes("abcdefgh\nij", "p.txt", 8, split); }),
            QString("p.txt:1:6: line 1, column 6: the training part ends here, after 6 "
                    "characters: one window needs 9 characters (the window and the "
                    "character after it); shorten the window or train on more of the text"));
        QCOMPARE(errorOf<DataError>([&] {
                     TextDataset::fromBytes(std::string("PK\x03\x04\x00\x01", 6), "b.txt", 3,
                                            split);
                 }),
                 QString("b.txt:1:5: line 1, byte 5: NUL byte: this is a binary file, not text"));
    }
    // 5,002 different characters in the training part, most on line 2: the 5,000th is refused
    // where it stands.
    void vocabularyLimit() {
        std::u32string text = U"x\n";
        for (char32_t c = 0x4E00; c < 0x4E00 + kMaxTextVocabulary; ++c) text += c;
        SplitSpec all;
        all.train = 1.0;
        all.validation = 0.0;
        const char32_t beyond = 0x4E00 + kMaxTextVocabulary - 3;  // after x, \n and 4,997
        QCOMPARE(
            errorOf<DataError>([&] { TextDataset::fromBytes(encodeUtf8(text), "v.txt", 4, all); }),
            QString::fromStdString(
                "v.txt:2:4998: line 2, column 4998: " + describeCharacter(beyond) +
                " is the 5000th different character: a vocabulary "
                "holds at most 5000 symbols, the unknown one included; "
                "use a text with fewer different characters"));
    }
};

RNNLAB_TEST_APPLESS_MAIN(TestTextDataset)
}  // namespace RNNLAB_TEST_FILE

#include "tst_text_dataset.moc"
