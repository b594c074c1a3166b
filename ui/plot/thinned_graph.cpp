#include "ui/plot/thinned_graph.h"

#include <algorithm>
#include <cmath>

namespace rnnlab::ui {

QVector<QCPGraphData> minMaxPerColumn(QCPGraphDataContainer::const_iterator begin,
                                      QCPGraphDataContainer::const_iterator end,
                                      const QCPAxis& keyAxis, double columnPixels) {
    QVector<QCPGraphData> kept;
    kept.reserve(int(std::min<std::ptrdiff_t>(end - begin, 4096)));
    auto column = [&](const QCPGraphData& p) {
        return std::floor(keyAxis.coordToPixel(p.key) / columnPixels);
    };
    auto it = begin;
    while (it != end) {
        if (std::isnan(it->value)) {
            kept.append(*it++);
            continue;
        }
        const double c = column(*it);
        auto lowest = it;
        auto highest = it;
        for (++it; it != end && !std::isnan(it->value) && column(*it) == c; ++it) {
            if (it->value < lowest->value) lowest = it;
            if (it->value > highest->value) highest = it;
        }
        const auto first = std::min(lowest, highest);
        const auto second = std::max(lowest, highest);
        kept.append(*first);
        if (second != first) kept.append(*second);
    }
    return kept;
}

QVector<QLineF> dashPieces(const QVector<QPointF>& points, const QVector<qreal>& pattern) {
    QVector<QLineF> pieces;
    qreal total = 0;
    for (qreal length : pattern) total += length;
    if (pattern.size() < 2 || !(total > 0)) return pieces;
    int part = 0;             // the pattern's entry being drawn: even a dash, odd a gap
    qreal left = pattern[0];  // of that entry, in pixels
    for (int i = 1; i < points.size(); ++i) {
        QPointF from = points[i - 1];
        const QPointF to = points[i];
        if (std::isnan(from.x()) || std::isnan(from.y()) || std::isnan(to.x()) ||
            std::isnan(to.y())) {
            part = 0;
            left = pattern[0];
            continue;
        }
        qreal length = QLineF(from, to).length();
        while (length > 0) {
            const qreal step = std::min(left, length);
            const QPointF end = from + (to - from) * (step / length);
            if (part % 2 == 0 && step > 0) pieces.append(QLineF(from, end));
            from = end;
            length -= step;
            left -= step;
            if (left <= 0) {
                part = (part + 1) % int(pattern.size());
                left = pattern[part];
            }
        }
    }
    return pieces;
}

ThinnedGraph::ThinnedGraph(QCPAxis* keyAxis, QCPAxis* valueAxis) : QCPGraph(keyAxis, valueAxis) {}

void ThinnedGraph::drawLinePlot(QCPPainter* painter, const QVector<QPointF>& lines) const {
    const QPen pen = painter->pen();
    if (pen.style() == Qt::SolidLine || pen.style() == Qt::NoPen ||
        painter->modes().testFlag(QCPPainter::pmVectorized)) {
        QCPGraph::drawLinePlot(painter, lines);
        return;
    }
    // Qt's dash pattern is in pen widths.
    QVector<qreal> pattern = pen.dashPattern();
    const qreal width = std::max<qreal>(1.0, pen.widthF());
    for (qreal& length : pattern) length *= width;
    QPen solid = pen;
    solid.setStyle(Qt::SolidLine);
    applyDefaultAntialiasingHint(painter);
    painter->setPen(solid);
    painter->drawLines(dashPieces(lines, pattern));
    painter->setPen(pen);
}

void ThinnedGraph::getOptimizedLineData(QVector<QCPGraphData>* lineData,
                                        const QCPGraphDataContainer::const_iterator& begin,
                                        const QCPGraphDataContainer::const_iterator& end) const {
    if (mLineStyle != lsLine || !keyAxis()) {
        QCPGraph::getOptimizedLineData(lineData, begin, end);
        return;
    }
    *lineData = minMaxPerColumn(begin, end, *keyAxis(), kLineColumnPixels);
}

void ThinnedGraph::getOptimizedScatterData(QVector<QCPGraphData>* scatterData,
                                           QCPGraphDataContainer::const_iterator begin,
                                           QCPGraphDataContainer::const_iterator end) const {
    if (mScatterSkip > 0 || !keyAxis()) {
        QCPGraph::getOptimizedScatterData(scatterData, begin, end);
        return;
    }
    *scatterData = minMaxPerColumn(begin, end, *keyAxis(), std::max(1.0, mScatterStyle.size() / 2));
}

}  // namespace rnnlab::ui
