// Snapshots for slides and the drawing layer: an arrow, a box and text drawn with the mouse
// over a view; the snapshot holds them (PNG at twice the view's pixels, SVG that parses with
// the arrow and the text in it, PDF), the caption line when asked, and the figure's own data
// exports never hold them. Delete clears the drawing.
#include <QAction>
#include <QFile>
#include <QTemporaryDir>
#include <QVBoxLayout>
#include <QXmlStreamReader>

#include "test_main.h"
#include "core/base/errors.h"
#include "gui_test_support.h"
#include "ui/application_setup.h"
#include "ui/window/main_window.h"
#include "ui/plot/figure.h"
#include "ui/plot/figure_export.h"
#include "ui/slides/annotation_layer.h"
#include "ui/slides/view_snapshot.h"
#include "ui/theme/theme.h"
#include "ui/window/lab_window.h"

namespace RNNLAB_TEST_FILE {

using namespace rnnlab;
using namespace rnnlab::ui;

namespace {

QByteArray readAll(const QString& path) {
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// The names of the SVG's elements and its text, or the XML error.
struct SvgContent {
    QStringList elements;
    QString text;
    QString error;
};

SvgContent readSvg(const QByteArray& svg) {
    SvgContent content;
    QXmlStreamReader xml(svg);
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) content.elements << xml.name().toString();
        if (xml.isCharacters() && !xml.isWhitespace()) content.text += xml.text().toString();
    }
    if (xml.hasError()) content.error = xml.errorString();
    return content;
}

// A window with one view holding one figure, shown and active.
struct PlotWindow {
    MainWindow window;
    Figure* figure = nullptr;

    PlotWindow() {
        auto* view = new QWidget;
        auto* layout = new QVBoxLayout(view);
        figure = new Figure(QStringLiteral("Loss curve"), QStringLiteral("training step"),
                            QStringLiteral("loss"));
        figure->addSeries(QStringLiteral("train"))->setData({0, 1, 2, 3}, {1, 0.5, 0.3, 0.2});
        figure->fitToData();
        layout->addWidget(figure);
        window.addView(QStringLiteral("Plot"), view);
        window.resize(900, 700);
    }
    AnnotationLayer& layer() { return *window.currentAnnotations(); }
};

void drag(QWidget* widget, QPoint from, QPoint to) {
    QTest::mousePress(widget, Qt::LeftButton, {}, from);
    QTest::mouseMove(widget, (from + to) / 2);
    QTest::mouseMove(widget, to);
    QTest::mouseRelease(widget, Qt::LeftButton, {}, to);
}

}  // namespace

class TestViewSnapshot : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { setupApplication(); }
    void init() { Theme::instance().setScheme(ColorScheme::Light); }

    void drawingWithTheMouseMakesAnnotations() {
        PlotWindow w;
        QVERIFY(gui_test::showAndActivate(w.window));
        AnnotationLayer& layer = w.layer();
        QCOMPARE(layer.geometry(), layer.parentWidget()->rect());        // covers the whole view
        QVERIFY(layer.testAttribute(Qt::WA_TransparentForMouseEvents));  // not drawing yet

        w.window.actions().annotationArrow->trigger();  // a tool: drawing starts
        QVERIFY(w.window.actions().annotate->isChecked());
        QVERIFY(layer.isDrawing());
        QVERIFY(!layer.testAttribute(Qt::WA_TransparentForMouseEvents));
        drag(&layer, QPoint(100, 100), QPoint(300, 250));
        w.window.actions().annotationBox->trigger();
        drag(&layer, QPoint(400, 300), QPoint(500, 380));
        w.window.actions().annotationPen->trigger();
        drag(&layer, QPoint(50, 400), QPoint(150, 450));
        w.window.actions().annotationText->trigger();
        QTest::mouseClick(&layer, Qt::LeftButton, {}, QPoint(320, 260));
        // S is "one training step" elsewhere; while typing it is a letter.
        QTest::keyClicks(&layer, QStringLiteral("Vanishing S"));
        QTest::keyClick(&layer, Qt::Key_Backspace);
        QTest::keyClick(&layer, Qt::Key_Return);

        const QList<Annotation>& a = layer.annotations();
        QCOMPARE(a.size(), 4);
        QCOMPARE(a[0].tool, AnnotationTool::Arrow);
        QCOMPARE(a[0].points, (QPolygonF{QPointF(100, 100), QPointF(300, 250)}));
        QCOMPARE(a[1].tool, AnnotationTool::Box);
        QCOMPARE(a[1].points, (QPolygonF{QPointF(400, 300), QPointF(500, 380)}));
        QCOMPARE(a[2].tool, AnnotationTool::Pen);
        QVERIFY(a[2].points.size() >= 3);
        QCOMPARE(a[2].points.last(), QPointF(150, 450));
        QCOMPARE(a[3].tool, AnnotationTool::Text);
        QCOMPARE(a[3].text, QStringLiteral("Vanishing "));

        // Drawing off: clicks reach the view again; the drawing stays on screen.
        w.window.actions().annotate->trigger();
        QVERIFY(!layer.isDrawing());
        QVERIFY(layer.testAttribute(Qt::WA_TransparentForMouseEvents));
        QCOMPARE(layer.annotations().size(), 4);
        // One key clears it.
        QTest::keyClick(&w.window, Qt::Key_Delete);
        QVERIFY(layer.annotations().isEmpty());
    }

    void snapshotHoldsTheDrawingAndExportsDoNot() {
        PlotWindow w;
        QVERIFY(gui_test::showAndActivate(w.window));
        w.window.actions().annotationArrow->trigger();
        const QPoint tail(120, 120), head(320, 260);
        drag(&w.layer(), tail, head);
        w.window.actions().annotationText->trigger();
        QTest::mouseClick(&w.layer(), Qt::LeftButton, {}, QPoint(330, 270));
        QTest::keyClicks(&w.layer(), QStringLiteral("look here"));
        QTest::keyClick(&w.layer(), Qt::Key_Escape);
        w.window.actions().annotate->setChecked(false);
        const QString pink = Theme::instance().style().annotation.name();
        QTemporaryDir dir;

        // PNG: twice the view's pixels, the arrow in the annotation colour.
        QWidget* viewport = w.window.currentViewport();
        const QString png = dir.filePath(QStringLiteral("view.png"));
        w.window.saveViewSnapshot(png);
        const QImage image(png);
        QCOMPARE(image.size(), viewport->size() * 2);
        const QPoint middle = (tail + head) / 2 * 2;  // on the arrow's line, in image pixels
        QCOMPARE(image.pixelColor(middle).name(), pink);

        // SVG: well-formed, the arrow and the text as drawing and text, the figure as vectors.
        // (Kept with RNNLAB_TEST_SCREENSHOTS, with the PDF, to open in a browser and a viewer.)
        const QString svgPath = gui_test::screenshotPath(QStringLiteral("snapshot-arrow.svg"));
        w.window.saveViewSnapshot(svgPath);
        const QByteArray svg = readAll(svgPath);
        const SvgContent content = readSvg(svg);
        QCOMPARE(content.error, QString());
        QVERIFY(content.text.contains(QStringLiteral("look here")));
        QVERIFY(content.text.contains(QStringLiteral("Loss curve")));  // the figure's title
        QVERIFY(svg.contains(pink.toUtf8()));
        QVERIFY(!content.elements.contains(QStringLiteral("image")));  // no screen pixels

        // PDF: one document.
        const QString pdf = gui_test::screenshotPath(QStringLiteral("snapshot-arrow.pdf"));
        w.window.saveViewSnapshot(pdf);
        const QByteArray bytes = readAll(pdf);
        QVERIFY(bytes.startsWith("%PDF-"));
        QVERIFY(bytes.trimmed().endsWith("%%EOF"));

        // The figure's own exports (PNG, SVG, clipboard) know nothing of the drawing.
        const QString figureSvg = dir.filePath(QStringLiteral("figure.svg"));
        exportFigure(*w.figure, figureSvg, FigureFormat::Svg, ExportOptions{});
        QVERIFY(!readAll(figureSvg).contains(pink.toUtf8()));
        QVERIFY(!readAll(figureSvg).contains("look here"));
        const QImage figureImage = renderFigure(*w.figure, ExportOptions{w.figure->size(), 96});
        for (int y = 0; y < figureImage.height(); ++y) {
            for (int x = 0; x < figureImage.width(); ++x)
                QVERIFY(figureImage.pixelColor(x, y).name() != pink);
        }
    }

    void captionAddsALineUnderTheView() {
        PlotWindow w;
        QVERIFY(gui_test::showAndActivate(w.window));
        QWidget* viewport = w.window.currentViewport();
        w.window.actions().snapshotCaption->setChecked(true);
        const QString caption = w.window.snapshotCaption();
        QCOMPARE(caption, QStringLiteral("RNN Lab \u00b7 Plot"));
        const QSize size = snapshotSize(*viewport, caption);
        QCOMPARE(size.width(), viewport->width());
        QVERIFY(size.height() > viewport->height() + 10);
        QTemporaryDir dir;
        const QString png = dir.filePath(QStringLiteral("captioned.png"));
        w.window.saveViewSnapshot(png);
        QCOMPARE(QImage(png).size(), size * 2);
        const QString svg = dir.filePath(QStringLiteral("captioned.svg"));
        w.window.saveViewSnapshot(svg);
        QVERIFY(readSvg(readAll(svg)).text.contains(caption));
    }

    void labWindowCaptionNamesTheRun() {
        LabWindow window;
        QVERIFY(gui_test::waitUntilIdle(window.controller()));
        const QString caption = window.snapshotCaption();
        // "Untitled · Training · step 0 · seed 1 · LSTM 1×16 · adam lr 0.001 · batch 32"
        for (const QString& part :
             {QStringLiteral("Untitled"), window.currentViewName(), QStringLiteral("step 0"),
              QStringLiteral("seed 1"), QStringLiteral("LSTM 1\u00d716"), QStringLiteral("lr "),
              QStringLiteral("batch ")}) {
            QVERIFY2(caption.contains(part), qPrintable(caption + QStringLiteral(" / ") + part));
        }
    }

    void badSuffixOrPlaceIsRefusedNamingIt() {
        PlotWindow w;
        QTemporaryDir dir;
        const QString csv = dir.filePath(QStringLiteral("view.csv"));
        try {
            w.window.saveViewSnapshot(csv);
            QFAIL("a .csv snapshot was written");
        } catch (const FileError& e) {
            QCOMPARE(QString::fromUtf8(e.what()),
                     csv + QStringLiteral(": cannot write the snapshot: name a .png, .svg or "
                                          ".pdf file (the suffix chooses the format)"));
        }
        QVERIFY(!QFile::exists(csv));
        const QString nowhere = dir.filePath(QStringLiteral("missing/view.png"));
        QVERIFY_THROWS_EXCEPTION(FileError, w.window.saveViewSnapshot(nowhere));
        QVERIFY(!QFile::exists(nowhere));
    }
};

RNNLAB_TEST_MAIN(TestViewSnapshot)
}  // namespace RNNLAB_TEST_FILE

#include "tst_view_snapshot.moc"
