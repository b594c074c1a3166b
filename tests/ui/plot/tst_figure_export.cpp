// Figure export to PNG, PDF, SVG and the clipboard: sizes, DPI, the text a reader needs
// (title, axis labels, legend) inside vector files, and errors that name the path.
#include <QClipboard>
#include <QFile>
#include <QGuiApplication>
#include <QImage>
#include <QTemporaryDir>
#include <QXmlStreamReader>

#include "test_main.h"
#include "core/base/errors.h"
#include "gui_test_support.h"
#include "ui/plot/figure.h"
#include "ui/plot/figure_export.h"
#include "ui/theme/theme.h"

namespace RNNLAB_TEST_FILE {

using namespace rnnlab::ui;

namespace {

// A loss figure with two series, as the training view will show.
std::unique_ptr<Figure> lossFigure() {
    auto figure = std::make_unique<Figure>(QStringLiteral("Loss over training"),
                                           QStringLiteral("epoch"), QStringLiteral("MSE loss"));
    figure->addSeries(QStringLiteral("train"))->setData({0, 1, 2, 3}, {1.0, 0.5, 0.25, 0.125});
    figure->addSeries(QStringLiteral("validation"))->setData({0, 1, 2, 3}, {1.2, 0.7, 0.4, 0.3});
    figure->fitToData();
    return figure;
}

QByteArray readAll(const QString& path) {
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) return {};
    return f.readAll();
}

// Every character data node of an SVG, in document order, joined by '|'.
QString svgText(const QByteArray& svg, QString* error) {
    QXmlStreamReader xml(svg);
    QStringList texts;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isCharacters() && !xml.isWhitespace()) texts << xml.text().toString().trimmed();
    }
    if (xml.hasError()) *error = xml.errorString();
    return texts.join(QLatin1Char('|'));
}

}  // namespace

class TestFigureExport : public QObject {
    Q_OBJECT
private slots:
    void pngHasRequestedPixelsAndDpi_data();
    void pngHasRequestedPixelsAndDpi();
    void pngShowsThePlot();
    void pdfIsOnePageOfTheRequestedSize();
    void svgIsXmlWithTitleLabelsAndLegend();
    void clipboardHoldsTheImage();
    void unwritablePathThrowsNamingIt();
    void timeCursorIsLeftOutUnlessAsked();
    void emptySizeThrows();
    void formatNamesRoundTrip();

private:
    QTemporaryDir m_dir;
};

void TestFigureExport::pngHasRequestedPixelsAndDpi_data() {
    QTest::addColumn<QSize>("size");
    QTest::addColumn<int>("dpi");
    QTest::addColumn<QSize>("pixels");
    QTest::newRow("screen") << QSize(400, 300) << 96 << QSize(400, 300);
    QTest::newRow("retina") << QSize(400, 300) << 192 << QSize(800, 600);
    QTest::newRow("print") << QSize(640, 480) << 300 << QSize(2000, 1500);
    QTest::newRow("1.5x") << QSize(301, 201) << 144 << QSize(452, 302);  // 451.5, 301.5 round up
}

void TestFigureExport::pngHasRequestedPixelsAndDpi() {
    QFETCH(QSize, size);
    QFETCH(int, dpi);
    QFETCH(QSize, pixels);
    auto figure = lossFigure();
    const QString path = m_dir.filePath(QStringLiteral("loss.png"));
    exportFigure(*figure, path, FigureFormat::Png, ExportOptions{size, dpi});
    QImage image;
    QVERIFY(image.load(path));
    QCOMPARE(image.size(), pixels);
    QCOMPARE(rasterSize(ExportOptions{size, dpi}), pixels);
    QVERIFY(qAbs(image.dotsPerMeterX() * 0.0254 - dpi) < 0.5);
}

void TestFigureExport::pngShowsThePlot() {
    // The background is the theme's plot colour and the first series' colour is drawn.
    auto figure = lossFigure();
    const QImage image = renderFigure(*figure, ExportOptions{QSize(400, 300), 96});
    const QColor background = Theme::instance().style().plotBackground;
    QCOMPARE(image.pixelColor(2, 2), background);
    const QColor train = figure->graph(0)->pen().color();
    bool found = false;
    for (int y = 0; y < image.height() && !found; ++y) {
        for (int x = 0; x < image.width() && !found; ++x) found = image.pixelColor(x, y) == train;
    }
    QVERIFY(found);
}

void TestFigureExport::pdfIsOnePageOfTheRequestedSize() {
    auto figure = lossFigure();
    const QString path = m_dir.filePath(QStringLiteral("loss.pdf"));
    exportFigure(*figure, path, FigureFormat::Pdf, ExportOptions{QSize(600, 400), 96});
    const QByteArray pdf = readAll(path);
    QVERIFY(pdf.startsWith("%PDF-"));
    QVERIFY2(pdf.size() > 4000, QByteArray::number(pdf.size()));
    QCOMPARE(pdf.count("/Type /Page\n") + pdf.count("/Type /Page "), 1);
    // One page of 600 x 400 points (Qt writes "600.000000").
    const QRegularExpression mediaBox(QStringLiteral(R"(/MediaBox \[0 0 600(\.0+)? 400(\.0+)?\])"));
    QVERIFY(mediaBox.match(QString::fromLatin1(pdf)).hasMatch());
    QVERIFY(pdf.contains("/FontFile2"));  // text embedded as text, with its font
}

void TestFigureExport::svgIsXmlWithTitleLabelsAndLegend() {
    auto figure = lossFigure();
    const QString path = m_dir.filePath(QStringLiteral("loss.svg"));
    exportFigure(*figure, path, FigureFormat::Svg, ExportOptions{QSize(600, 400), 96});
    const QByteArray svg = readAll(path);
    QString error;
    const QString text = svgText(svg, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    for (const char* expected :
         {"Loss over training", "epoch", "MSE loss", "train", "validation"}) {
        QVERIFY2(text.split(QLatin1Char('|')).contains(QLatin1String(expected)),
                 qPrintable(QStringLiteral("'%1' missing from %2").arg(expected, text)));
    }
    QVERIFY(svg.contains("viewBox=\"0 0 600 400\""));
}

void TestFigureExport::clipboardHoldsTheImage() {
    auto figure = lossFigure();
    copyFigureToClipboard(*figure, ExportOptions{QSize(320, 240), 192});
    const QImage image = QGuiApplication::clipboard()->image();
    QCOMPARE(image.size(), QSize(640, 480));
    // The figure itself: drawn in many colours on its plot background.
    QVERIFY(gui_test::colourCount(image) >= 32);
    QCOMPARE(image.pixelColor(2, 2), Theme::instance().style().plotBackground);
}

void TestFigureExport::unwritablePathThrowsNamingIt() {
    auto figure = lossFigure();
    const QString path = m_dir.filePath(QStringLiteral("no/such/folder/loss.png"));
    try {
        exportFigure(*figure, path, FigureFormat::Png, ExportOptions{});
        QFAIL("no exception");
    } catch (const rnnlab::FileError& e) {
        QVERIFY2(QString::fromUtf8(e.what()).startsWith(path + QStringLiteral(": cannot write")),
                 e.what());
    }
    QVERIFY(!QFile::exists(path));
}

void TestFigureExport::timeCursorIsLeftOutUnlessAsked() {
    auto figure = lossFigure();
    QCPItemStraightLine* cursor = figure->addMarker();
    Figure::setMarkerX(cursor, 1.5);
    const QString accent = Theme::instance().style().accent.name();
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("loss.svg"));
    ExportOptions options{QSize(600, 400), 96};
    exportFigure(*figure, path, FigureFormat::Svg, options);
    QVERIFY(!readAll(path).contains(accent.toUtf8()));
    QVERIFY(cursor->visible());  // still shown on screen
    options.includeCursor = true;
    exportFigure(*figure, path, FigureFormat::Svg, options);
    QVERIFY(readAll(path).contains(accent.toUtf8()));
    // The image for the clipboard and PNG files leave it out the same way.
    const QImage without = renderFigure(*figure, ExportOptions{QSize(600, 400), 96});
    const QImage with = renderFigure(*figure, options);
    QVERIFY(without != with);
}

void TestFigureExport::emptySizeThrows() {
    auto figure = lossFigure();
    const QString path = m_dir.filePath(QStringLiteral("empty.svg"));
    QVERIFY_THROWS_EXCEPTION(rnnlab::FileError, exportFigure(*figure, path, FigureFormat::Svg,
                                                             ExportOptions{QSize(0, 300), 96}));
    QVERIFY(!QFile::exists(path));
}

void TestFigureExport::formatNamesRoundTrip() {
    for (FigureFormat f : allFigureFormats()) {
        QCOMPARE(parseFigureFormat(formatSuffix(f)), std::optional<FigureFormat>(f));
        QCOMPARE(parseFigureFormat(formatSuffix(f).toUpper()), std::optional<FigureFormat>(f));
    }
    QCOMPARE(parseFigureFormat(QStringLiteral("jpeg")), std::nullopt);
}

RNNLAB_TEST_MAIN(TestFigureExport)
}  // namespace RNNLAB_TEST_FILE

#include "tst_figure_export.moc"
