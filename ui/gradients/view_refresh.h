#pragma once
// Keeping the gradient views cheap while training publishes ~30 snapshots a second:
// - a view redraws only when what it shows changed (a HistoryMark of each series it reads);
// - data always goes into the figures (so exports are current), but a figure is rendered only
//   while it is visible; the views replot their figures when they are shown.

#include "core/train/decimated_series.h"
#include "ui/plot/figure.h"

namespace rnnlab::ui {

// How far a recorded series has got: its record count and newest step.
struct HistoryMark {
    std::size_t count = 0;
    long long last = -1;

    template <typename Record>
    static HistoryMark of(const DecimatedSeries<Record>& series) {
        return {series.items().size(), series.items().empty() ? -1 : series.items().back().step};
    }
    bool operator==(const HistoryMark& o) const { return count == o.count && last == o.last; }
    bool operator!=(const HistoryMark& o) const { return !(*this == o); }
};

inline void replotIfVisible(Figure* figure) {
    if (figure->isVisible()) figure->requestReplot();
}

}  // namespace rnnlab::ui
