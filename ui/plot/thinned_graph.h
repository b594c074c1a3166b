#pragma once
// ThinnedGraph: a line graph that draws a long history as fast as a short one. Training
// histories hold up to 20,000 points per line; Qt strokes every segment of a wide antialiased
// line separately, so drawing them all costs a tenth of a second or more per figure, and the
// window stalls while training runs. A screen column a few pixels wide cannot show more than
// its lowest and highest point, so only those are drawn (min/max decimation, as in M4,
// Jugel et al. 2014): spikes and the noise band look exactly as with every point.
//
// Only the drawing is thinned. The graph keeps every point, so the CSV export, the tooltips
// and a zoom into the plot (thinned again for the new range) see the whole data, and an image
// export thins for its own resolution.

#include <qcustomplot.h>

namespace rnnlab::ui {

// Of each run of consecutive points whose keys fall into one `columnPixels`-wide column of
// `keyAxis`, the lowest and the highest, in key order (one point when they are the same). A
// NaN value (a gap in the line) is kept where it is and ends the run.
QVector<QCPGraphData> minMaxPerColumn(QCPGraphDataContainer::const_iterator begin,
                                      QCPGraphDataContainer::const_iterator end,
                                      const QCPAxis& keyAxis, double columnPixels);

// The dashes of a line through `points` with `pattern` (dash, gap, dash, gap, ... in pixels),
// as separate straight pieces: a dash that turns a corner is two pieces. A NaN point is a gap
// in the line; the pattern starts again after it, as QCustomPlot strokes each part alone.
QVector<QLineF> dashPieces(const QVector<QPointF>& points, const QVector<qreal>& pattern);

class ThinnedGraph : public QCPGraph {
    Q_OBJECT
public:
    // Width of the column that keeps two points of a line: 3 px draw a noisy line of 20,000
    // points as the same band as every point, in a tenth of the time.
    static constexpr double kLineColumnPixels = 3.0;

    ThinnedGraph(QCPAxis* keyAxis, QCPAxis* valueAxis);

protected:
    // A dashed line as solid pieces (dashPieces): Qt strokes a dashed polyline of a thousand
    // points as one outline, which takes a tenth of a second; the pieces take milliseconds and
    // look the same. Vector exports (PDF, SVG) keep Qt's dashed polyline.
    void drawLinePlot(QCPPainter* painter, const QVector<QPointF>& lines) const override;
    void getOptimizedLineData(QVector<QCPGraphData>* lineData,
                              const QCPGraphDataContainer::const_iterator& begin,
                              const QCPGraphDataContainer::const_iterator& end) const override;
    // Markers: two per column half a marker wide (more would only overlap).
    void getOptimizedScatterData(QVector<QCPGraphData>* scatterData,
                                 QCPGraphDataContainer::const_iterator begin,
                                 QCPGraphDataContainer::const_iterator end) const override;
};

}  // namespace rnnlab::ui
