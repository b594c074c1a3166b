// ThinnedGraph: a long history is drawn from the lowest and highest point of each narrow screen
// column, looks as if every point were drawn, and keeps every point for the CSV export.
#include <cmath>

#include "test_main.h"
#include "core/base/random.h"
#include "ui/plot/figure.h"
#include "ui/plot/figure_csv.h"
#include "ui/plot/figure_export.h"
#include "ui/plot/thinned_graph.h"

namespace RNNLAB_TEST_FILE {

using namespace rnnlab;
using namespace rnnlab::ui;

namespace {

// A noisy falling curve like a loss history: n points at keys 1..n.
QVector<QCPGraphData> noisyPoints(int n) {
    Random random(7);
    QVector<QCPGraphData> points;
    for (int i = 1; i <= n; ++i)
        points.append({double(i), (1.0 + 0.5 * random.normal()) / std::sqrt(double(i))});
    return points;
}

QCPGraphDataContainer noisyHistory(int n) {
    QCPGraphDataContainer data;
    data.set(noisyPoints(n), true);
    return data;
}

// A plot whose x axis maps keys [0, keys] onto exactly `pixels` pixels.
struct KeyAxis {
    explicit KeyAxis(double keys, int pixels) {
        plot.xAxis->setRange(0, keys);
        plot.axisRect()->setMargins(QMargins(0, 0, 0, 0));
        plot.axisRect()->setAutoMargins(QCP::msNone);
        plot.axisRect()->setOuterRect(QRect(0, 0, pixels, 300));
    }
    QCustomPlot plot;
};

// Fraction of pixels whose colour differs by more than `tolerance` in some channel.
double differingPixels(const QImage& a, const QImage& b, int tolerance) {
    long long differing = 0;
    for (int y = 0; y < a.height(); ++y) {
        for (int x = 0; x < a.width(); ++x) {
            const QColor p = a.pixelColor(x, y), q = b.pixelColor(x, y);
            if (qAbs(p.red() - q.red()) > tolerance || qAbs(p.green() - q.green()) > tolerance ||
                qAbs(p.blue() - q.blue()) > tolerance)
                ++differing;
        }
    }
    return double(differing) / double(a.width() * a.height());
}

}  // namespace

class TestThinnedGraph : public QObject {
    Q_OBJECT
private slots:
    void fewerPointsThanColumnsStayAsTheyAre();
    void keepsTheLowestAndHighestOfEachColumnInKeyOrder();
    void aGapStaysAGap();
    void keepsTheLowestAndHighestWorkedByHand();
    void dashPiecesFollowThePatternAroundCorners();
    void dashedDrawingLooksLikeQtsDashes();
    void figureSeriesDrawThinnedButKeepEveryPoint();
    void thinnedDrawingLooksLikeTheFullOne();
};

void TestThinnedGraph::fewerPointsThanColumnsStayAsTheyAre() {
    const QCPGraphDataContainer data = noisyHistory(50);
    KeyAxis axis(50, 600);  // 12 px per point, 4 columns of 3 px
    const QVector<QCPGraphData> kept =
        minMaxPerColumn(data.constBegin(), data.constEnd(), *axis.plot.xAxis, 3.0);
    QCOMPARE(kept.size(), 50);
    for (int i = 0; i < kept.size(); ++i) {
        QCOMPARE(kept[i].key, (data.constBegin() + i)->key);
        QCOMPARE(kept[i].value, (data.constBegin() + i)->value);
    }
}

void TestThinnedGraph::keepsTheLowestAndHighestOfEachColumnInKeyOrder() {
    const QCPGraphDataContainer data = noisyHistory(20000);
    KeyAxis axis(20000, 900);  // 300 columns of 3 px, about 67 points each
    const QVector<QCPGraphData> kept =
        minMaxPerColumn(data.constBegin(), data.constEnd(), *axis.plot.xAxis, 3.0);
    QVERIFY2(kept.size() <= 2 * 301, qPrintable(QString::number(kept.size())));
    QVERIFY(kept.size() >= 2 * 299);
    for (int i = 1; i < kept.size(); ++i) QVERIFY(kept[i - 1].key < kept[i].key);

    // Column by column: exactly the input's lowest and highest value of that column.
    const auto column = [&](double key) {
        return int(std::floor(axis.plot.xAxis->coordToPixel(key) / 3.0));
    };
    QMap<int, QPair<double, double>> input, shown;  // column -> (lowest, highest)
    const auto add = [](QMap<int, QPair<double, double>>& range, int c, double value) {
        auto it = range.find(c);
        if (it == range.end())
            range.insert(c, {value, value});
        else
            *it = {std::min(it->first, value), std::max(it->second, value)};
    };
    for (auto it = data.constBegin(); it != data.constEnd(); ++it)
        add(input, column(it->key), it->value);
    for (const QCPGraphData& p : kept) add(shown, column(p.key), p.value);
    QCOMPARE(shown, input);
}

void TestThinnedGraph::aGapStaysAGap() {
    QCPGraphDataContainer data;
    QVector<QCPGraphData> points;
    for (int i = 0; i < 1000; ++i) points.append({double(i), i == 500 ? qQNaN() : double(i % 7)});
    data.set(points, true);
    KeyAxis axis(1000, 100);  // 10 points per 1 px column
    const QVector<QCPGraphData> kept =
        minMaxPerColumn(data.constBegin(), data.constEnd(), *axis.plot.xAxis, 1.0);
    int nans = 0;
    for (int i = 0; i < kept.size(); ++i) {
        if (!std::isnan(kept[i].value)) continue;
        ++nans;
        QCOMPARE(kept[i].key, 500.0);
        // The points either side come from either side of the gap.
        QVERIFY(kept[i - 1].key < 500 && kept[i + 1].key > 500);
    }
    QCOMPARE(nans, 1);
}

void TestThinnedGraph::keepsTheLowestAndHighestWorkedByHand() {
    // Keys 0..5 one pixel apart, columns of 3 px: {0, 1, 2} and {3, 4, 5}.
    QCPGraphDataContainer data;
    data.set({{0, 1}, {1, 5}, {2, 3}, {3, 2}, {4, 0}, {5, 4}}, true);
    KeyAxis axis(6, 6);
    const QVector<QCPGraphData> kept =
        minMaxPerColumn(data.constBegin(), data.constEnd(), *axis.plot.xAxis, 3.0);
    // Column 0: lowest 1 at key 0, highest 5 at key 1; column 1: lowest 0 at 4, highest 4 at 5.
    const QVector<QPair<double, double>> expected = {{0, 1}, {1, 5}, {4, 0}, {5, 4}};
    QCOMPARE(kept.size(), expected.size());
    for (int i = 0; i < kept.size(); ++i) {
        QCOMPARE(kept[i].key, expected[i].first);
        QCOMPARE(kept[i].value, expected[i].second);
    }
}

void TestThinnedGraph::dashPiecesFollowThePatternAroundCorners() {
    // 4 px dash, 2 px gap along (0,0) -> (10,0) -> (10,6).
    const QVector<QLineF> pieces = dashPieces({{0, 0}, {10, 0}, {10, 6}}, QVector<qreal>{4, 2});
    // Dashes at 0-4, 6-10 (ending at the corner), then the gap 10-12 (y 0-2), the dash 12-16
    // (y 2-6).
    const QVector<QLineF> expected = {QLineF(0, 0, 4, 0), QLineF(6, 0, 10, 0),
                                      QLineF(10, 2, 10, 6)};
    QCOMPARE(pieces, expected);
    // A dash that turns the corner is two pieces: 3 px dash, 1 px gap along (0,0)->(2,0)->(2,4).
    const QVector<QLineF> turning = dashPieces({{0, 0}, {2, 0}, {2, 4}}, QVector<qreal>{3, 1});
    QCOMPARE(turning,
             (QVector<QLineF>{QLineF(0, 0, 2, 0), QLineF(2, 0, 2, 1), QLineF(2, 2, 2, 4)}));
    // A gap (NaN) starts the pattern again.
    const QVector<QLineF> gap =
        dashPieces({{0, 0}, {5, 0}, {qQNaN(), qQNaN()}, {7, 0}, {12, 0}}, QVector<qreal>{4, 2});
    QCOMPARE(gap, (QVector<QLineF>{QLineF(0, 0, 4, 0), QLineF(7, 0, 11, 0)}));
}

void TestThinnedGraph::dashedDrawingLooksLikeQtsDashes() {
    // A sine of 300 points: few enough that the thinning keeps them all.
    QVector<QCPGraphData> data;
    for (int i = 0; i < 300; ++i) data.append({double(i), std::sin(0.05 * i)});
    Figure pieces(QStringLiteral("Baseline"), QStringLiteral("row"), QStringLiteral("value"));
    pieces.addDashedSeries(QStringLiteral("persistence"), 0)->data()->set(data, true);
    pieces.fitToData();

    Figure qt(QStringLiteral("Baseline"), QStringLiteral("row"), QStringLiteral("value"));
    QCPGraph* reference = qt.addGraph();
    reference->setName(QStringLiteral("persistence"));
    reference->setPen(pieces.graph(0)->pen());
    reference->setAdaptiveSampling(false);
    reference->data()->set(data, true);
    qt.fitToData();

    const ExportOptions size{QSize(800, 500), 96};
    const QImage qtDashes = renderFigure(qt, size);
    // The dashes' own pixels: where Qt's drawing differs from the figure without the line.
    reference->setVisible(false);
    const double ink = differingPixels(qtDashes, renderFigure(qt, size), 96);
    const double differing = differingPixels(renderFigure(pieces, size), qtDashes, 96);
    QVERIFY(ink > 0.002);
    QVERIFY2(
        differing < 0.1 * ink,
        qPrintable(QStringLiteral("%1 % of the line's pixels differ").arg(100 * differing / ink)));
}

void TestThinnedGraph::figureSeriesDrawThinnedButKeepEveryPoint() {
    Figure figure(QStringLiteral("Loss"), QStringLiteral("training step"), QStringLiteral("loss"));
    QCPGraph* series = figure.addSeries(QStringLiteral("each step"));
    QVERIFY(qobject_cast<ThinnedGraph*>(series));
    series->data()->set(noisyPoints(20000), true);
    figure.fitToData();
    renderFigure(figure, ExportOptions{QSize(800, 500), 96});
    QCOMPARE(series->dataCount(), 20000);
    // The CSV has a header and one row per point.
    QCOMPARE(figureCsv(figure).count(QLatin1Char('\n')), 20001);
}

void TestThinnedGraph::thinnedDrawingLooksLikeTheFullOne() {
    const QVector<QCPGraphData> data = noisyPoints(20000);
    Figure thinned(QStringLiteral("Loss"), QStringLiteral("step"), QStringLiteral("loss"));
    thinned.addSeries(QStringLiteral("each step"), 0)->data()->set(data, true);
    thinned.fitToData();

    // The same figure drawing every point: a plain graph with QCustomPlot's own sampling off.
    Figure full(QStringLiteral("Loss"), QStringLiteral("step"), QStringLiteral("loss"));
    QCPGraph* reference = full.addGraph();
    reference->setName(QStringLiteral("each step"));
    reference->setPen(thinned.graph(0)->pen());
    reference->setAdaptiveSampling(false);
    reference->data()->set(data, true);
    full.fitToData();

    const ExportOptions size{QSize(800, 500), 96};
    const double differing =
        differingPixels(renderFigure(thinned, size), renderFigure(full, size), 96);
    QVERIFY2(differing < 0.01,
             qPrintable(QStringLiteral("%1 % of the pixels differ").arg(100 * differing)));
}

RNNLAB_TEST_MAIN(TestThinnedGraph)
}  // namespace RNNLAB_TEST_FILE

#include "tst_thinned_graph.moc"
