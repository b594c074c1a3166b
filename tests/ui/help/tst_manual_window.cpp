// Help → Manual: the README and docs/ pages are compiled in and read offline, with every
// screenshot the README shows, a contents list of the page's headings, links between pages and
// to headings (GitHub anchors), and Find; F1 and Help → Glossary open it from the window.
#include <QAbstractTextDocumentLayout>
#include <QFile>
#include <QImage>
#include <QScrollBar>
#include <QTextBlock>
#include <QTextBrowser>

#include "test_main.h"
#include "settings_sandbox.h"
#include "ui/help/manual_window.h"
#include "ui/window/main_window.h"

namespace RNNLAB_TEST_FILE {

using namespace rnnlab::ui;

namespace {

// Every image of the page that the document can load: (name, loaded).
QList<QPair<QString, bool>> imagesOf(QTextBrowser* browser) {
    QList<QPair<QString, bool>> out;
    QTextDocument* doc = browser->document();
    for (QTextBlock b = doc->begin(); b.isValid(); b = b.next()) {
        for (auto it = b.begin(); !it.atEnd(); ++it) {
            const QTextCharFormat f = it.fragment().charFormat();
            if (!f.isImageFormat()) continue;
            const QString name = f.toImageFormat().name();
            const QVariant data = doc->resource(QTextDocument::ImageResource, QUrl(name));
            const bool decoded = data.canConvert<QImage>() && !data.value<QImage>().isNull();
            out.push_back({name, decoded || !QImage::fromData(data.toByteArray()).isNull()});
        }
    }
    return out;
}

}  // namespace

class TestManualWindow : public QObject {
    Q_OBJECT
    SettingsSandbox m_settings;
private slots:

    void readmeWithItsScreenshotsAndHeadings() {
        ManualWindow manual;
        manual.resize(1000, 700);
        manual.showPage(QStringLiteral("README.md"));
        QCOMPARE(manual.currentPage(), QStringLiteral("README.md"));
        const QStringList headings = manual.headings();
        QVERIFY(headings.contains(QStringLiteral("Quick start")));
        QVERIFY(headings.contains(QStringLiteral("Command line: `rnnlab-cli`")) ||
                headings.contains(QStringLiteral("Command line: rnnlab-cli")));
        const auto images = imagesOf(manual.browser());
        QVERIFY(images.size() >= 5);
        for (const auto& [name, loaded] : images) QVERIFY2(loaded, qPrintable(name));
        QVERIFY(manual.pages().contains(QStringLiteral("docs/glossary.md")));
        QVERIFY(manual.pages().contains(QStringLiteral("docs/formats.md")));
    }

    // Every link of the README to a page or heading of the manual leads somewhere.
    void linksBetweenPagesAndToHeadings() {
        ManualWindow manual;
        manual.showPage(QStringLiteral("README.md"));
        manual.followLink(QUrl(QStringLiteral("docs/glossary.md")));
        QCOMPARE(manual.currentPage(), QStringLiteral("docs/glossary.md"));
        QVERIFY(manual.headings().contains(QStringLiteral("The network")));
        manual.browser()->backward();
        QCOMPARE(manual.currentPage(), QStringLiteral("README.md"));

        manual.resize(900, 600);
        manual.show();
        QVERIFY(QTest::qWaitForWindowExposed(&manual));
        manual.followLink(QUrl(QStringLiteral("#licence")));
        QCOMPARE(manual.statusText(), QString());
        QVERIFY(manual.browser()->verticalScrollBar()->value() > 0);
        QCOMPARE(manual.browser()->textCursor().block().text(), QStringLiteral("Licence"));

        manual.followLink(QUrl(QStringLiteral("#no-such-heading")));
        QCOMPARE(manual.statusText(), QStringLiteral("README.md has no heading #no-such-heading."));
        manual.followLink(QUrl(QStringLiteral("LICENSE")));
        QCOMPARE(manual.statusText(),
                 QStringLiteral("LICENSE is in the repository, not in the manual."));
    }

    void headingAnchorsAreGitHubs() {
        QCOMPARE(ManualWindow::headingAnchor(QStringLiteral("Quick start")),
                 QStringLiteral("quick-start"));
        QCOMPARE(ManualWindow::headingAnchor(QStringLiteral("`train` — train without the GUI")),
                 QStringLiteral("train--train-without-the-gui"));
        QCOMPARE(
            ManualWindow::headingAnchor(QStringLiteral("Experiments and models: `*.rnnlab.json`")),
            QStringLiteral("experiments-and-models-rnnlabjson"));
    }

    void findWrapsAroundAndSaysWhenAbsent() {
        ManualWindow manual;
        manual.showPage(QStringLiteral("docs/glossary.md"));
        QVERIFY(manual.findNext(QStringLiteral("forget gate")));
        const int first = manual.browser()->textCursor().position();
        while (manual.browser()->textCursor().position() >= first &&
               manual.findNext(QStringLiteral("forget gate"))) {
            if (manual.browser()->textCursor().position() == first) break;
        }
        QCOMPARE(manual.browser()->textCursor().position(), first);  // wrapped to the first
        QVERIFY(!manual.findNext(QStringLiteral("zebra crossing")));
        QCOMPARE(manual.statusText(),
                 QStringLiteral("\u201czebra crossing\u201d is not on this page."));
    }

    void wideScreenshotsFitThePage() {
        ManualWindow manual;
        manual.resize(800, 600);
        manual.show();
        QVERIFY(QTest::qWaitForWindowExposed(&manual));
        manual.showPage(QStringLiteral("README.md"));
        QTextDocument* doc = manual.browser()->document();
        const double page = manual.browser()->viewport()->width();
        for (QTextBlock b = doc->begin(); b.isValid(); b = b.next())
            for (auto it = b.begin(); !it.atEnd(); ++it)
                if (it.fragment().charFormat().isImageFormat()) {
                    const double w = it.fragment().charFormat().toImageFormat().width();
                    QVERIFY2(w > 0 && w <= page, qPrintable(QString::number(w)));
                }
        QVERIFY2(doc->idealWidth() <= page + 2, qPrintable(QString::number(doc->idealWidth())));
    }

    void helpMenuOpensManualAndGlossary() {
        MainWindow window;
        QCOMPARE(window.actions().manual->shortcut(), QKeySequence(QKeySequence::HelpContents));
        window.actions().glossary->trigger();
        ManualWindow* manual = window.findChild<ManualWindow*>();
        QVERIFY(manual);
        QCOMPARE(manual->currentPage(), QStringLiteral("docs/glossary.md"));
        QVERIFY(manual->isVisible());
        window.actions().manual->trigger();
        QCOMPARE(window.findChildren<ManualWindow*>().size(), 1);  // the same window
        QCOMPARE(manual->currentPage(), QStringLiteral("README.md"));
    }
};

RNNLAB_TEST_MAIN(TestManualWindow)
}  // namespace RNNLAB_TEST_FILE

#include "tst_manual_window.moc"
