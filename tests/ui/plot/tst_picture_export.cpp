// A painted picture written to a file (the unrolled network's way out, and every figure's PNG,
// PDF and SVG): the PNG's pixels and DPI, an SVG that parses with the drawing and its title in
// it, a whole PDF, CSV refused, errors that name the path and leave no file, and "Export all
// figures" writing each picture once per format but CSV.
#include <qcustomplot.h>

#include <QDir>
#include <QFile>
#include <QSvgRenderer>
#include <QTemporaryDir>
#include <cmath>

#include "test_main.h"
#include "core/base/errors.h"
#include "core/error_of.h"
#include "ui/plot/figure.h"
#include "ui/plot/figure_collection.h"
#include "ui/plot/picture_export.h"

namespace RNNLAB_TEST_FILE {

using namespace rnnlab;
using namespace rnnlab::ui;

namespace {

// A blue square in the middle and a caption, on white, at any size.
class Square : public QWidget, public PaintedPicture {
public:
    QString pictureTitle() const override { return QStringLiteral("Blue square"); }
    void paintPicture(QCPPainter& painter, const QSize& size) const override {
        painter.fillRect(QRect(QPoint(0, 0), size), Qt::white);
        painter.fillRect(
            QRect(size.width() / 4, size.height() / 4, size.width() / 2, size.height() / 2),
            Qt::blue);
        painter.drawText(QPointF(4, 16), QStringLiteral("a square"));
    }
};

QByteArray readAll(const QString& path) {
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

}  // namespace

class TestPictureExport : public QObject {
    Q_OBJECT
private slots:
    void pngHasTheSizeAtTheDpi();
    void svgParsesWithTheDrawing();
    void pdfIsWrittenWhole();
    void csvIsRefused();
    void unwritablePathThrowsNamingIt();
    void exportAllWritesEachPictureButNoCsv();

private:
    QTemporaryDir m_dir;
    Square m_square;
};

void TestPictureExport::pngHasTheSizeAtTheDpi() {
    const QString path = m_dir.filePath(QStringLiteral("square.png"));
    exportPicture(m_square, path, FigureFormat::Png, ExportOptions{QSize(300, 200), 192});
    const QImage image(path);
    QCOMPARE(image.size(), QSize(600, 400));
    QCOMPARE(image.size(), rasterSize(ExportOptions{QSize(300, 200), 192}));
    QCOMPARE(image.dotsPerMeterX(), int(std::lround(192 / 0.0254)));
    QCOMPARE(image.pixelColor(300, 200), QColor(Qt::blue));
    QCOMPARE(image.pixelColor(590, 390), QColor(Qt::white));
    QCOMPARE(renderPicture([this](QCPPainter& p, const QSize& s) { m_square.paintPicture(p, s); },
                           ExportOptions{QSize(300, 200), 192}),
             image.convertToFormat(QImage::Format_ARGB32_Premultiplied));
}

void TestPictureExport::svgParsesWithTheDrawing() {
    const QString path = m_dir.filePath(QStringLiteral("square.svg"));
    exportPicture(m_square, path, FigureFormat::Svg, ExportOptions{QSize(300, 200), 96});
    const QSvgRenderer svg(path);
    QVERIFY(svg.isValid());
    QCOMPARE(svg.viewBox(), QRect(0, 0, 300, 200));
    QVERIFY(readAll(path).contains("<title>Blue square</title>"));
    QVERIFY(readAll(path).contains("a square"));
    QVERIFY(readAll(path).contains("#0000ff"));
}

void TestPictureExport::pdfIsWrittenWhole() {
    const QString path = m_dir.filePath(QStringLiteral("square.pdf"));
    exportPicture(m_square, path, FigureFormat::Pdf, ExportOptions{QSize(300, 200), 96});
    const QByteArray pdf = readAll(path);
    QVERIFY(pdf.startsWith("%PDF"));
    QVERIFY(pdf.trimmed().endsWith("%%EOF"));
}

void TestPictureExport::csvIsRefused() {
    const QString path = m_dir.filePath(QStringLiteral("square.csv"));
    const QString error = errorOf<FileError>(
        [&] { exportPicture(m_square, path, FigureFormat::Csv, ExportOptions{}); });
    QCOMPARE(error, path + QStringLiteral(": cannot write the figure: \u201cBlue square\u201d is "
                                          "a picture: it has no data to write as CSV"));
    QVERIFY(!QFile::exists(path));
    QCOMPARE(pictureFormats(),
             (QList<FigureFormat>{FigureFormat::Png, FigureFormat::Pdf, FigureFormat::Svg}));
}

void TestPictureExport::unwritablePathThrowsNamingIt() {
    for (FigureFormat format : pictureFormats()) {
        const QString path =
            m_dir.filePath(QStringLiteral("no/such/folder/square.") + QString::number(int(format)));
        const QString error =
            errorOf<FileError>([&] { exportPicture(m_square, path, format, ExportOptions{}); });
        QVERIFY2(error.startsWith(path + QStringLiteral(": cannot write the figure: ")),
                 qPrintable(error));
        QVERIFY(!QFile::exists(path));
    }
    const QString empty = m_dir.filePath(QStringLiteral("empty.png"));
    QVERIFY(errorOf<FileError>([&] {
                exportPicture(m_square, empty, FigureFormat::Png, ExportOptions{QSize(0, 5), 96});
            }).startsWith(empty));
    QVERIFY(!QFile::exists(empty));
}

void TestPictureExport::exportAllWritesEachPictureButNoCsv() {
    QWidget window;
    auto* figure =
        new Figure(QStringLiteral("Blue square"), QStringLiteral("x"), QStringLiteral("y"));
    figure->setParent(&window);
    auto* square = new Square;
    square->setParent(&window);
    QCOMPARE(picturesIn(window), QList<const PaintedPicture*>{square});
    const QString dir = m_dir.filePath(QStringLiteral("all"));
    const QStringList written =
        exportFigures(figuresIn(window), dir, {FigureFormat::Png, FigureFormat::Csv},
                      ExportOptions{QSize(300, 200), 96}, picturesIn(window));
    // The figure first, then the picture (its stem taken: "-2"), without a CSV.
    QCOMPARE(written, (QStringList{QDir(dir).filePath(QStringLiteral("blue-square.png")),
                                   QDir(dir).filePath(QStringLiteral("blue-square.csv")),
                                   QDir(dir).filePath(QStringLiteral("blue-square-2.png"))}));
    QCOMPARE(QImage(written.last()).size(), QSize(300, 200));
    // A picture hidden on purpose is left out, as a hidden figure is.
    square->hide();
    QVERIFY(picturesIn(window).isEmpty());
}

RNNLAB_TEST_MAIN(TestPictureExport)
}  // namespace RNNLAB_TEST_FILE

#include "tst_picture_export.moc"
