// Labelled sentences (core/data/labelled_text.h), worked by hand on files of a few lines: the
// labels and texts read from label<TAB>text lines and from a CSV, the vocabulary of the
// training lines with the padding symbol, the window chosen from the longest training text,
// padding at the start and the last T characters of a longer text; Chinese exactly like
// English; and every refusal naming file:line(:column).
#include <string>

#include "test_main.h"
#include "core/base/errors.h"
#include "core/data/data_error.h"
#include "core/data/labelled_text.h"
#include "core/data/utf8_text.h"
#include "error_of.h"

namespace RNNLAB_TEST_FILE {

using namespace rnnlab;

namespace {

const SplitSpec kHalfQuarterQuarter{0.5, 0.25};

std::shared_ptr<LabelledDataset> fromLines(std::string_view bytes, Index window = 0) {
    return labelledTextData(readLabelledLines(bytes, "f.tsv"), "f.tsv", window,
                            kHalfQuarterQuarter);
}

QString refusal(std::string_view bytes) {
    return errorOf<DataError>([&] { fromLines(bytes); });
}

Matrix<double> column(std::initializer_list<double> values) {
    Matrix<double> m(Index(values.size()), 1);
    Index i = 0;
    for (double v : values) m(i++, 0) = v;
    return m;
}

}  // namespace

class TestLabelledText : public QObject {
    Q_OBJECT
private slots:
    // Lines 1, 2 train ("ab", "b"), line 4 validates ("abc"; line 3 is blank), line 5 tests.
    // Vocabulary of "ab\nb\n": "" \n a b; T = 2, the longest training text.
    void worksByHand() {
        const auto lines = readLabelledLines("pos\tab\nneg\tb\n\n pos \tabc\r\nneg\tba", "f.tsv");
        QCOMPARE(lines.size(), std::size_t(4));
        QCOMPARE(lines[2].label.label, std::string("pos"));  // blanks around the label trimmed
        QCOMPARE(lines[2].label.line, 4L);
        QVERIFY(lines[2].text == U"abc");
        QCOMPARE(lines[2].textColumn, 7);
        const auto d = fromLines("pos\tab\nneg\tb\n\n pos \tabc\r\nneg\tba");
        QCOMPARE(d->classes(), std::vector<std::string>({"neg", "pos"}));
        QCOMPARE(d->vocabulary()->strings(), std::vector<std::string>({"", "\n", "a", "b"}));
        QCOMPARE(d->vocabularySize(), 4);
        QCOMPARE(d->steps(), Index(2));
        QCOMPARE(d->inputSize(), Index(1));
        QCOMPARE(d->outputSize(), Index(2));
        QVERIFY(d->classification() && !d->perStepTargets());
        QCOMPARE(d->count(Split::Train), Index(2));
        QCOMPARE(d->classCounts(Split::Train), std::vector<Index>({1, 1}));
        QCOMPARE(d->classCounts(Split::Test), std::vector<Index>({1, 0}));
        QCOMPARE(d->unknownSymbols(Split::Validation), Index(1));  // the c of "abc"
        QCOMPARE(d->unknownSymbols(Split::Train), Index(0));

        Matrix<double> x, y;
        d->batch(Split::Train, 0, 2, x, y);  // time-major: row t*B + b
        QCOMPARE(x, column({2, 1, 3, 3}));   // "ab" and "\nb": padded at the start
        QCOMPARE(y, column({1, 0}));         // pos, neg
        d->batch(Split::Validation, 0, 1, x, y);
        QCOMPARE(x, column({3, 0}));  // "abc" keeps its last two characters: b, c unknown
        d->batch(Split::Test, 0, 1, x, y);
        QCOMPARE(x, column({3, 2}));
        QCOMPARE(y, column({0}));
    }

    void givenWindowPadsAtTheStart() {
        const auto d = fromLines("pos\tab\nneg\tb\npos\ta\nneg\tb\n", 4);
        QCOMPARE(d->steps(), Index(4));
        Matrix<double> x, y;
        d->batch(Split::Train, 0, 1, x, y);
        QCOMPARE(x, column({1, 1, 2, 3}));  // \n \n a b: the last step is the last character
    }

    // The rule on its own (trace --text pads a sentence with it): "" \n a b.
    void paddedToWindowByHand() {
        const Vocabulary v = Vocabulary::fromStrings({"", "\n", "a", "b"});
        QCOMPARE(paddedToWindow({2, 3}, v, 4), std::vector<int>({1, 1, 2, 3}));
        QCOMPARE(paddedToWindow({2, 3, 3}, v, 3), std::vector<int>({2, 3, 3}));
        QCOMPARE(paddedToWindow({2, 3, 3, 2}, v, 2), std::vector<int>({3, 2}));
        QCOMPARE(errorOf<ConfigError>([] {
                     paddedToWindow({1}, Vocabulary::fromStrings({"", "a"}), 3);
                 }),
                 QString("the vocabulary lacks \"\\n\", the padding symbol of labelled "
                         "sentences"));
    }

    void longTextsCapTheWindow() {
        const std::string longText(300, 'a');
        const auto d = fromLines("pos\t" + longText + "\nneg\tb\npos\ta\nneg\tb\n");
        QCOMPARE(d->steps(), kMaxLabelledWindow);
    }

    // Characters, not bytes: 好看 is two symbols; labels sort by their UTF-8 bytes.
    void chineseLikeEnglish() {
        const auto d = fromLines("负\t难看\n正\t好看\n负\t难\n正\t好\n");
        QCOMPARE(d->classes(), std::vector<std::string>({"正", "负"}));
        QCOMPARE(d->vocabulary()->strings(),
                 std::vector<std::string>({"", "\n", "好", "看", "难"}));
        QCOMPARE(d->steps(), Index(2));
        Matrix<double> x, y;
        d->batch(Split::Train, 0, 2, x, y);
        QCOMPARE(x, column({4, 2, 3, 3}));  // 难看, 好看
        QCOMPARE(y, column({1, 0}));
    }

    void fromACsv() {
        const LabelledTable t =
            readLabelledTable("label,text\npos,\"ab, c\"\nneg,b\npos,a\nneg,c\n", "f.csv");
        const auto lines = labelledLinesOf(t, LabelledColumns{});
        QCOMPARE(lines.size(), std::size_t(4));
        QVERIFY(lines[0].text == U"ab, c");
        QCOMPARE(lines[0].label.line, 2L);
        LabelledColumns other;
        other.text = "review";
        QCOMPARE(errorOf<DataError>([&] { labelledLinesOf(t, other); }),
                 QString("f.csv:1: line 1: no column 'review' for the texts (the header names "
                         "label, text)"));
        QCOMPARE(errorOf<DataError>([] {
                     labelledLinesOf(readLabelledTable("label,text\npos,\"a\nb\"\n", "f.csv"),
                                     LabelledColumns{});
                 }),
                 QString("f.csv:2:2: line 2, column 2 (text): the text holds a line break: a "
                         "text is one line"));
        QCOMPARE(errorOf<DataError>([] {
                     labelledLinesOf(readLabelledTable("label,text\n,a\n", "f.csv"),
                                     LabelledColumns{});
                 }),
                 QString("f.csv:2:1: line 2, column 1 (label): the label is empty"));
    }

    void refusals() {
        QCOMPARE(refusal("pos\tab\nneg ab\n"),
                 QString("f.tsv:2: line 2: no TAB: a labelled line is the label, a TAB, then "
                         "the text"));
        QCOMPARE(refusal("pos\tab\n \tab\n"),
                 QString("f.tsv:2:1: line 2, column 1: the label before the TAB is empty"));
        QCOMPARE(refusal("pos\tab\nneg\t  \n"),
                 QString("f.tsv:2:5: line 2, column 5: the text after the TAB is empty"));
        QCOMPARE(refusal("pos\tab\nneg\tcaf\xE9\n"),
                 QString("f.tsv:2:8: line 2, byte 8: invalid UTF-8 (byte 0xE9); the file may be "
                         "Latin-1 or Windows-1252: save it as UTF-8"));
        QCOMPARE(refusal("\n\n"), QString("f.tsv: the file is empty: there are no labelled lines"));
        QCOMPARE(refusal("pos\ta\npos\tb\n"),
                 QString("f.tsv:1:1: line 1, column 1: every label is 'pos': classification "
                         "needs at least two classes"));
        QCOMPARE(errorOf<DataError>([] {
                     labelledTextData(readLabelledLines("pos\ta\nneg\tb\n", "f.tsv"), "f.tsv", 0,
                                      SplitSpec{0.2, 0.8});
                 }),
                 QString("f.tsv: the split leaves no line for training (2 lines)"));
    }
};

RNNLAB_TEST_APPLESS_MAIN(TestLabelledText)
}  // namespace RNNLAB_TEST_FILE

#include "tst_labelled_text.moc"
