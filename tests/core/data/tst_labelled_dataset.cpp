// Sequence classification data (core/data/labelled_dataset.h): the classes are the sorted
// different labels, the targets their indices, the split by order; counts per class and part.

#include "test_main.h"
#include "core/data/data_error.h"
#include "core/data/labelled_dataset.h"
#include "error_of.h"

namespace RNNLAB_TEST_FILE {

using namespace rnnlab;

class TestLabelledDataset : public QObject {
    Q_OBJECT
private slots:
    void classesAreTheSortedLabels() {
        const std::vector<LabelAt> labels{{"pos", 1, 1}, {"neg", 2, 1}, {"pos", 3, 1},
                                          {"mixed", 4, 1}};
        QCOMPARE(classesOf(labels, "f"), std::vector<std::string>({"mixed", "neg", "pos"}));
        QCOMPARE(errorOf<DataError>([] { classesOf({}, "f"); }),
                 QString("f: there are no labelled lines: nothing to learn from"));
    }

    // Four sequences of one step, split 2 / 1 / 1 in order.
    void targetsAndCounts() {
        Matrix<double> inputs(4, 1);
        inputs << 1, 0, 2, 0;
        const LabelledDataset d("f", 1, inputs,
                                {{"pos", 1, 1}, {"neg", 2, 1}, {"pos", 3, 1}, {"pos", 4, 1}},
                                Vocabulary::ofText(U"ab"), SplitSpec{0.5, 0.25});
        QCOMPARE(d.classes(), std::vector<std::string>({"neg", "pos"}));
        QCOMPARE(d.outputSize(), Index(2));
        QCOMPARE(d.vocabularySize(), 3);
        const TrainingData& data = d;
        QCOMPARE(data.classNames(), std::vector<std::string>({"neg", "pos"}));
        QCOMPARE(data.symbolNames(), std::vector<std::string>({"", "a", "b"}));
        QCOMPARE(d.classCounts(Split::Train), std::vector<Index>({1, 1}));
        QCOMPARE(d.classCounts(Split::Validation), std::vector<Index>({0, 1}));
        QCOMPARE(d.unknownSymbols(Split::Test), Index(1));
        Matrix<double> x, y;
        d.batch(Split::Train, 0, 2, x, y);
        QCOMPARE(y(0, 0), 1.0);
        QCOMPARE(y(1, 0), 0.0);
    }
};

RNNLAB_TEST_APPLESS_MAIN(TestLabelledDataset)
}  // namespace RNNLAB_TEST_FILE

#include "tst_labelled_dataset.moc"
