// Labelled numeric sequences (core/data/labelled_sequences.h), worked by hand: the rows of an
// id form one sequence, values normalised with the training rows' statistics, the value
// columns chosen or defaulted; and every refusal naming file:line:column.
#include <cmath>

#include "test_main.h"
#include "core/data/data_error.h"
#include "core/data/labelled_sequences.h"
#include "error_of.h"

namespace RNNLAB_TEST_FILE {

using namespace rnnlab;

namespace {

const SplitSpec kHalfQuarterQuarter{0.5, 0.25};

// Four sequences of two steps: a and c rise, b and d fall.
const char* kFile =
    "id,label,x,y\n"
    "a,up,1,10\n"
    "a,up,2,10\n"
    "b,down,3,10\n"
    "b,down,4,10\n"
    "c,up,5,10\n"
    "c,up,6,10\n"
    "d,down,8,10\n"
    "d,down,7,10\n";

std::shared_ptr<LabelledDataset> read(const std::string& bytes, LabelledColumns columns = {},
                                      NormalisationKind n = NormalisationKind::None) {
    return labelledSequenceData(readLabelledTable(bytes, "s.csv"), columns, n,
                                kHalfQuarterQuarter);
}

QString refusal(const std::string& bytes) {
    return errorOf<DataError>([&] { read(bytes); });
}

}  // namespace

class TestLabelledSequences : public QObject {
    Q_OBJECT
private slots:
    void worksByHand() {
        const auto d = read(kFile);
        QCOMPARE(d->classes(), std::vector<std::string>({"down", "up"}));
        QCOMPARE(d->vocabularySize(), 0);
        QCOMPARE(d->steps(), Index(2));
        QCOMPARE(d->inputSize(), Index(2));  // x and y: every column but the id and the label
        QCOMPARE(d->sequences(), Index(4));
        QCOMPARE(d->samples(Split::Validation), std::vector<Index>({2}));
        Matrix<double> x, y;
        d->batch(Split::Test, 0, 1, x, y);  // d
        Matrix<double> expected(2, 2);
        expected << 8, 10, 7, 10;
        QCOMPARE(x, expected);
        QCOMPARE(y(0, 0), 0.0);  // down
    }

    void chosenColumnsAndNormalisation() {
        LabelledColumns c;
        c.values = {"x"};
        const auto d = read(kFile, c, NormalisationKind::ZScore);
        QCOMPARE(d->inputSize(), Index(1));
        // The training rows 1 2 3 4: mean 2.5, population std √1.25.
        Matrix<double> x, y;
        d->batch(Split::Train, 0, 1, x, y);
        QCOMPARE(x(0, 0), (1 - 2.5) / std::sqrt(1.25));
        d->batch(Split::Test, 0, 1, x, y);
        QCOMPARE(x(1, 0), (7 - 2.5) / std::sqrt(1.25));
    }

    void refusals() {
        QCOMPARE(refusal("id,label,x\na,up,1\nb,down,2\na,up,3\nb,down,4\n"),
                 QString("s.csv:4:1: line 4, column 1 (id): sequence 'a' continues here after "
                         "other rows (it began on line 2): the rows of a sequence must be "
                         "together"));
        QCOMPARE(refusal("id,label,x\na,up,1\na,up,2\nb,down,3\nb,down,4\nb,down,5\n"),
                 QString("s.csv:4:1: line 4, column 1 (id): sequence 'b' has 3 rows, the first "
                         "('a', line 2) has 2: every sequence needs the same number of steps"));
        QCOMPARE(refusal("id,label,x\na,up,1\na,down,2\nb,down,3\nb,down,4\n"),
                 QString("s.csv:3:2: line 3, column 2 (label): the label 'down' changes within "
                         "sequence 'a' (labelled 'up' on line 2)"));
        QCOMPARE(refusal("id,label,x\na,up,1\na,up,n/a\nb,down,3\nb,down,4\n"),
                 QString("s.csv:3:3: line 3, column 3 (x): 'n/a' is not a number"));
        QCOMPARE(refusal("id,label,x\na,up,1\nb,up,2\n"),
                 QString("s.csv:2:2: line 2, column 2: every label is 'up': classification needs "
                         "at least two classes"));
        QCOMPARE(refusal("seq,label,x\na,up,1\nb,down,2\n"),
                 QString("s.csv:1: line 1: no column 'id' for the sequence ids (the header names "
                         "seq, label, x)"));
        QCOMPARE(refusal("id,label\na,up\nb,down\n"),
                 QString("s.csv:1: line 1: no value column: a sequence needs at least one column "
                         "of values beside the id and the label"));
    }
};

RNNLAB_TEST_APPLESS_MAIN(TestLabelledSequences)
}  // namespace RNNLAB_TEST_FILE

#include "tst_labelled_sequences.moc"
