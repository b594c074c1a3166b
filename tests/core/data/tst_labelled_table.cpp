// A labelled CSV read as a table of text cells (core/data/labelled_table.h): the header, quoted
// cells, columns found by name or number, and the refusals with file:line.

#include "test_main.h"
#include "core/data/data_error.h"
#include "core/data/labelled_table.h"
#include "error_of.h"

namespace RNNLAB_TEST_FILE {

using namespace rnnlab;

class TestLabelledTable : public QObject {
    Q_OBJECT
private slots:
    void readsCells() {
        const LabelledTable t =
            readLabelledTable("\xEF\xBB\xBFlabel;text\r\n\r\npos;\"a \"\"fine\"\"; film\"\r\n",
                              "t.csv");
        QCOMPARE(t.header, std::vector<std::string>({"label", "text"}));
        QCOMPARE(t.rows.size(), std::size_t(1));
        QCOMPARE(t.rows[0][1], std::string("a \"fine\"; film"));
        QCOMPARE(t.lines, std::vector<long>({3}));
        QCOMPARE(t.find("text"), 1);
        QCOMPARE(t.find("1"), 0);
        QCOMPARE(t.find("3"), -1);
        QCOMPARE(t.find("review"), -1);
        QCOMPARE(t.require("2", "the texts"), 1);
    }

    void refusals() {
        QCOMPARE(errorOf<DataError>([] { readLabelledTable("", "t.csv"); }),
                 QString("t.csv: the file is empty: there are no labelled rows"));
        QCOMPARE(errorOf<DataError>([] { readLabelledTable("label,text\n", "t.csv"); }),
                 QString("t.csv:1: line 1: the header is the only row: there are no labelled "
                         "rows"));
        QCOMPARE(errorOf<DataError>([] {
                     readLabelledTable("label,text\npos,a\nneg,b,c\npos,d\nneg,e\n", "t.csv");
                 }),
                 QString("t.csv:3: line 3: 3 cells, the header has 2"));
    }
};

RNNLAB_TEST_APPLESS_MAIN(TestLabelledTable)
}  // namespace RNNLAB_TEST_FILE

#include "tst_labelled_table.moc"
