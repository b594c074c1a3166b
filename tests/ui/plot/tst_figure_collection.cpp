// "Export all figures": every figure of a window, once per format, named from its title.
#include <QDir>
#include <QImage>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QVBoxLayout>

#include "test_main.h"
#include "core/base/errors.h"
#include "ui/plot/figure.h"
#include "ui/plot/figure_collection.h"

namespace RNNLAB_TEST_FILE {

using namespace rnnlab::ui;

class TestFigureCollection : public QObject {
    Q_OBJECT
private slots:
    void stemsComeFromTitles_data();
    void stemsComeFromTitles();
    void findsFiguresInHiddenTabsButNotHiddenFigures();
    void writesOneFilePerFigureAndFormat();
    void unwritableFolderThrows();
};

void TestFigureCollection::stemsComeFromTitles_data() {
    QTest::addColumn<QString>("title");
    QTest::addColumn<QString>("stem");
    QTest::newRow("words") << "Loss (train / validation)"
                           << "loss-train-validation";
    QTest::newRow("digits") << "Layer 2: gate f"
                            << "layer-2-gate-f";
    QTest::newRow("accents") << QStringLiteral("R\u00e9seau r\u00e9current") << "reseau-recurrent";
    QTest::newRow("edges") << "  --Hidden state h_t--  "
                           << "hidden-state-h-t";
    QTest::newRow("greek only") << QStringLiteral("\u03c3") << "figure";
    QTest::newRow("empty") << ""
                           << "figure";
}

void TestFigureCollection::stemsComeFromTitles() {
    QFETCH(QString, title);
    QFETCH(QString, stem);
    QCOMPARE(figureFileStem(title), stem);
}

void TestFigureCollection::findsFiguresInHiddenTabsButNotHiddenFigures() {
    QTabWidget tabs;
    auto* a = new Figure(QStringLiteral("A"), QStringLiteral("x"), QStringLiteral("y"));
    auto* page = new QWidget;
    auto* layout = new QVBoxLayout(page);
    auto* b = new Figure(QStringLiteral("B"), QStringLiteral("x"), QStringLiteral("y"));
    auto* c = new Figure(QStringLiteral("C"), QStringLiteral("x"), QStringLiteral("y"));
    layout->addWidget(b);
    layout->addWidget(c);
    tabs.addTab(a, QStringLiteral("one"));
    tabs.addTab(page, QStringLiteral("two"));
    auto* hidden = new Figure(QStringLiteral("D"), QStringLiteral("x"), QStringLiteral("y"));
    layout->addWidget(hidden);
    hidden->hide();  // hidden on purpose: not exported
    tabs.setCurrentIndex(0);
    const QList<Figure*> found = figuresIn(tabs);
    QCOMPARE(QSet<Figure*>(found.begin(), found.end()), (QSet<Figure*>{a, b, c}));
    QCOMPARE(found.size(), 3);
}

void TestFigureCollection::writesOneFilePerFigureAndFormat() {
    QTemporaryDir tmp;
    const QString dir = tmp.filePath(QStringLiteral("slides"));  // created on demand
    QWidget window;
    auto* layout = new QVBoxLayout(&window);
    for (const char* title : {"Training loss", "Gradient norm", "Training loss"}) {
        auto* f =
            new Figure(QString::fromLatin1(title), QStringLiteral("step"), QStringLiteral("y"));
        f->addSeries(QStringLiteral("s"))->setData({0, 1}, {1, 2});
        layout->addWidget(f);
    }
    const QStringList written =
        exportFigures(figuresIn(window), dir, {FigureFormat::Png, FigureFormat::Csv},
                      ExportOptions{QSize(300, 200), 96});
    const QStringList names{"training-loss.png", "training-loss.csv",   "gradient-norm.png",
                            "gradient-norm.csv", "training-loss-2.png", "training-loss-2.csv"};
    QStringList expected;
    for (const QString& n : names) expected << QDir(dir).filePath(n);
    QCOMPARE(written, expected);
    QStringList onDisk = QDir(dir).entryList(QDir::Files, QDir::Name);
    QStringList sortedNames = names;
    sortedNames.sort();
    QCOMPARE(onDisk, sortedNames);
    QCOMPARE(QImage(expected[2]).size(), QSize(300, 200));
}

void TestFigureCollection::unwritableFolderThrows() {
    QTemporaryDir tmp;
    QFile blocker(tmp.filePath(QStringLiteral("file")));
    QVERIFY(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    Figure figure(QStringLiteral("A"), QStringLiteral("x"), QStringLiteral("y"));
    const QString dir = tmp.filePath(QStringLiteral("file/sub"));
    try {
        exportFigures({&figure}, dir, {FigureFormat::Svg}, ExportOptions{});
        QFAIL("no exception");
    } catch (const rnnlab::FileError& e) {
        QCOMPARE(QString::fromUtf8(e.what()),
                 dir + QStringLiteral(": cannot create the export folder"));
    }
}

RNNLAB_TEST_MAIN(TestFigureCollection)
}  // namespace RNNLAB_TEST_FILE

#include "tst_figure_collection.moc"
