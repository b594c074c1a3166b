#include "ui/plot/row_label_ticker.h"

#include <cmath>

namespace rnnlab::ui {

QString RowLabelTicker::labelOf(double key) const {
    const long row = std::lround(key);
    if (row < 0 || row >= m_labels.size() || std::abs(key - double(row)) > 1e-6) return {};
    return m_labels[int(row)];
}

double RowLabelTicker::getTickStep(const QCPRange& range) {
    return std::max(1.0, std::round(QCPAxisTicker::getTickStep(range)));
}

QString RowLabelTicker::getTickLabel(double tick, const QLocale&, QChar, int) {
    return labelOf(tick);
}

}  // namespace rnnlab::ui
