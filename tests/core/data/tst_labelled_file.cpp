// A labelled file's form follows its name (core/data/labelled_file.h): label<TAB>text lines,
// a CSV of sentences when it has the text column, else a CSV of numeric sequences.

#include "test_main.h"
#include "core/data/labelled_file.h"

namespace RNNLAB_TEST_FILE {

using namespace rnnlab;

class TestLabelledFile : public QObject {
    Q_OBJECT
private slots:
    void formFollowsTheName() {
        QVERIFY(isLabelledCsv("a/b.CSV"));
        QVERIFY(!isLabelledCsv("b.tsv"));
        QVERIFY(!isLabelledCsv("csv"));
        LabelledShape shape;
        shape.split = SplitSpec{0.5, 0.5};
        const auto lines = readLabelled("pos\tab\nneg\tb\n", "f.tsv", shape);
        QCOMPARE(lines->vocabularySize(), 4);
        const auto sentences = readLabelled("label,text\npos,ab\nneg,b\n", "f.csv", shape);
        QCOMPARE(sentences->vocabularySize(), 4);
        const auto values =
            readLabelled("id,label,x\na,pos,1\na,pos,2\nb,neg,3\nb,neg,4\n", "f.csv", shape);
        QCOMPARE(values->vocabularySize(), 0);
        QCOMPARE(values->steps(), Index(2));
    }
};

RNNLAB_TEST_APPLESS_MAIN(TestLabelledFile)
}  // namespace RNNLAB_TEST_FILE

#include "tst_labelled_file.moc"
