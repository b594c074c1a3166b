// The head of a file for the CSV preview and what the preview marks, with hand-worked values.
#include <QTemporaryDir>

#include "test_main.h"
#include "gui_test_support.h"
#include "ui/panels/csv_preview.h"

namespace RNNLAB_TEST_FILE {

using namespace rnnlab;
using namespace rnnlab::ui;

class TestCsvPreview : public QObject {
    Q_OBJECT
private slots:
    void fileHeadStopsAfterTheRequestedLines();
    void previewMarksMissingCells();

private:
    QTemporaryDir m_dir;
};

void TestCsvPreview::fileHeadStopsAfterTheRequestedLines() {
    const QString path = m_dir.filePath(QStringLiteral("mixed.csv"));
    QVERIFY(gui_test::writeFile(path, "h\r\n1\r\n2\r3\n4\n5\n"));
    QCOMPARE(fileHead(path, 3), QByteArray("h\r\n1\r\n2\r3\n"));
    QCOMPARE(fileHead(path, 10), QByteArray("h\r\n1\r\n2\r3\n4\n5\n"));
    QString error;
    try {
        fileHead(m_dir.filePath(QStringLiteral("none.csv")), 3);
    } catch (const std::exception& e) {
        error = QString::fromUtf8(e.what());
    }
    QVERIFY(error.startsWith(m_dir.filePath(QStringLiteral("none.csv")) +
                             QStringLiteral(": cannot read the file")));
}

void TestCsvPreview::previewMarksMissingCells() {
    // "year" holds years: it labels the rows; "note" is text and left out.
    const CsvPreview p = previewCsv("year,a,b,note\n1990,1,,x\n1991,NA,2,y\n1992,3,4,z\n",
                                    QStringLiteral("t.csv"), CsvOptions());
    QCOMPARE(p.error, QString());
    QCOMPARE(p.allColumns, (QStringList{"year", "a", "b", "note"}));
    QCOMPARE(p.missing, (QSet<QPair<long, int>>{{2, 1}, {3, 0}}));
    // Every numeric column is shown; the options' choice (the target alone) is described.
    QCOMPARE(p.loaded.series.names, (std::vector<std::string>{"a", "b"}));
    QCOMPARE(p.choice, QStringLiteral("\u201cyear\u201d holds years and labels the x axis; target "
                                      "\u201cb\u201d: the last numeric column; input: the "
                                      "target alone."));
    QCOMPARE(p.loaded.series.rows(), 3);
    // Format and label choices are the user's: no label makes "year" a number column (a time
    // axis, offered as an input but not read by default).
    CsvOptions noLabel;
    noLabel.labelColumn = std::string();
    const CsvPreview years =
        previewCsv("year,a\n1990,1\n1991,2\n", QStringLiteral("t.csv"), noLabel);
    QCOMPARE(years.loaded.series.numericColumns, (std::vector<std::string>{"year", "a"}));
    QCOMPARE(years.allColumns, (QStringList{"year", "a"}));
    const QString quote =
        previewCsv("a,b\n1,2\n3,\"4\n", QStringLiteral("t.csv"), CsvOptions()).error;
    QVERIFY2(quote.startsWith(QStringLiteral("t.csv:3:2: ")), qPrintable(quote));
}

RNNLAB_TEST_MAIN(TestCsvPreview)
}  // namespace RNNLAB_TEST_FILE

#include "tst_csv_preview.moc"
