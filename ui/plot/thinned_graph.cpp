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

ThinnedGraph::ThinnedGraph(QCPAxis* keyAxis, QCPAxis* valueAxis) : QCPGraph(keyAxis, valueAxis) {}

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
