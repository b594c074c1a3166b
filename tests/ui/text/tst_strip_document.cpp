// The coloured text written out (ui/text/strip_document.h and strip_picture.h), on a reading
// written by hand: the HTML keeps every character as text on the background the strip gives it,
// a line end drawn as ↵ and kept, markup in the text escaped; the CSV has one row per
// character with its window, step, next character and value, an empty cell where there is none,
// and the strip's values; the picture's title names what colours the text.
#include <QTextDocument>

#include "test_main.h"
#include "ui/plot/figure_csv.h"
#include "ui/text/strip_document.h"
#include "ui/text/strip_picture.h"
#include "ui/text/text_strip.h"
#include "ui/theme/theme.h"
#include "ui/theme/theme_style.h"

namespace RNNLAB_TEST_FILE {

using namespace rnnlab;
using namespace rnnlab::ui;

namespace {

// "<a\n," read as two windows of 2: V = 5 symbols; the last character has no next one.
std::shared_ptr<const TextReading> documentReading() {
    auto r = std::make_shared<TextReading>();
    r->symbolNames = {"", "<", "a", "\n", ","};
    r->windowLength = 2;
    r->characters = U"<a\n,";
    r->symbols = {1, 2, 3, 4};
    r->targets = {2, 3, 4, -1};
    r->surpriseBits = {0.25f, 1.5f, 2.0f, std::nanf("")};
    LayerReading layer;
    layer.h = Matrix<float>::Zero(4, 1);
    r->layers.push_back(layer);
    return r;
}

}  // namespace

class TestStripDocument : public QObject {
    Q_OBJECT
private slots:
    void htmlKeepsTheTextAndItsColours() {
        TextStrip strip;
        strip.setReading(documentReading());
        const ThemeStyle& style = Theme::instance().style();
        const QString html = stripHtml(strip, QStringLiteral("Text: <surprise>"),
                                       QStringLiteral("4 characters"), style);
        // The title and the text escaped; the line end as ↵ and a real one after it.
        QVERIFY(html.contains(QStringLiteral("<title>Text: &lt;surprise&gt;</title>")));
        QVERIFY(html.contains(QStringLiteral(">&lt;</span>")));
        QVERIFY(html.contains(QStringLiteral("\u21b5\n</span>")));
        // Each character with a value on the strip's own colour; the last has none.
        for (Index n = 0; n < 3; ++n)
            QVERIFY2(html.contains(
                         QStringLiteral("background-color:%1;").arg(strip.cellColour(n).name())),
                     qPrintable(QString::number(n)));
        QCOMPARE(strip.cellColour(3).alpha(), 0);
        QVERIFY(html.endsWith(QStringLiteral(",</p>\n</body></html>\n")));
        // What a reader shows: the text with the line end drawn, then broken.
        QTextDocument page;
        page.setHtml(html);
        QVERIFY(page.toPlainText().contains(QStringLiteral("<a\u21b5\n,")));
        QVERIFY(page.toPlainText().contains(QStringLiteral("4 characters")));
    }

    void csvHasAValuePerCharacter() {
        TextStrip strip;
        strip.setReading(documentReading());
        // Worked out by hand: window n div 2, step n mod 2; the line end and the comma quoted
        // (RFC 4180); the last character has neither a next one nor a value.
        const QString expected = QStringLiteral("n,character,window,step,next,") +
                                 csvField(strip.scale().name) +
                                 QStringLiteral(
                                     "\n"
                                     "0,<,0,0,a,0.25\n"
                                     "1,a,0,1,\"\n\",1.5\n"
                                     "2,\"\n\",1,0,\",\",2\n"
                                     "3,\",\",1,1,,\n");
        QCOMPARE(stripCsv(strip), expected);
    }

    void emptyWithoutAReading() {
        TextStrip strip;
        QVERIFY(stripHtml(strip, {}, {}, Theme::instance().style()).isEmpty());
        QVERIFY(stripCsv(strip).isEmpty());
        StripPicture picture;
        picture.setStrip(&strip);
        QCOMPARE(picture.pictureTitle(), QStringLiteral("Text"));
        QVERIFY(picture.pictureHtml().isEmpty());
        strip.setReading(documentReading());
        QCOMPARE(picture.pictureTitle(), QStringLiteral("Text: ") + strip.scale().name);
        QVERIFY(!picture.pictureCsv().isEmpty());
    }
};

RNNLAB_TEST_MAIN(TestStripDocument)
}  // namespace RNNLAB_TEST_FILE

#include "tst_strip_document.moc"
