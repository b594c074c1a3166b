#include "ui/explorer/output_softmax.h"

#include <QCoreApplication>
#include <algorithm>
#include <cmath>
#include <numeric>

namespace rnnlab::ui {

namespace {

// Beyond this largest logit exp(z) is written as exp(z − m): exp(80) ≈ 5.5×10³⁴ still reads.
constexpr double kLargestPlainLogit = 80;

// The shift m of every exponent: 0, or the largest logit when exp would overflow.
double shiftOf(const Matrix<double>& z, Index row) {
    const double m = z.row(row).maxCoeff();
    return m > kLargestPlainLogit ? m : 0.0;
}

}  // namespace

Index outputRow(const SequenceTrace& trace, Index t) {
    if (trace.outputs.rows() <= 1) return 0;
    return std::clamp<Index>(t, 0, trace.outputs.rows() - 1);
}

std::vector<OutputProbability> topProbabilities(const SequenceTrace& trace, Index row, int k) {
    const Matrix<double>& z = trace.outputs;
    if (row < 0 || row >= z.rows() || z.cols() == 0 || k <= 0) return {};
    // p_i = exp(z_i - m) / Σ_j exp(z_j - m), m = max z: the same numbers, no overflow.
    const double m = z.row(row).maxCoeff();
    const Eigen::ArrayXd e = (z.row(row).array() - m).exp().transpose();
    const double sum = e.sum();
    std::vector<Index> order(size_t(z.cols()));
    std::iota(order.begin(), order.end(), Index(0));
    const size_t n = std::min(order.size(), size_t(k));
    std::partial_sort(order.begin(), order.begin() + std::ptrdiff_t(n), order.end(),
                      [&](Index a, Index b) { return e(a) > e(b) || (e(a) == e(b) && a < b); });
    std::vector<OutputProbability> top;
    for (size_t i = 0; i < n; ++i) top.push_back({order[i], z(row, order[i]), e(order[i]) / sum});
    return top;
}

std::vector<EquationLine> softmaxEquations(const SequenceTrace& trace, Index row,
                                           const std::vector<OutputProbability>& top,
                                           const std::function<QString(Index)>& label) {
    const Matrix<double>& z = trace.outputs;
    if (top.empty() || row < 0 || row >= z.rows()) return {};
    const double m = shiftOf(z, row);
    const double sum = (z.row(row).array() - m).exp().sum();
    const QString shift = m > 0 ? QStringLiteral(" - m") : QString();
    const QString shiftNumber = m > 0 ? QStringLiteral(" \u2212 ") + formatValue(m) : QString();
    std::vector<EquationLine> lines;
    lines.push_back(
        {0,
         QCoreApplication::translate("rnnlab::ui::OutputSoftmax",
                                     "\u03a3_j exp(z_j%1) over the %2 outputs")
                 .arg(shift)
                 .arg(z.cols()) +
             (m > 0 ? QCoreApplication::translate("rnnlab::ui::OutputSoftmax", ", m = max_j z_j")
                    : QString()),
         formatValue(sum),
         {sum}});
    for (const OutputProbability& p : top) {
        const double e = std::exp(p.logit - m);
        lines.push_back({0,
                         QStringLiteral("p('%1') = exp(z_{%2}%3) / \u03a3_j exp(z_j%3)")
                             .arg(literalNotation(label(p.index)), QString::number(p.index), shift),
                         QStringLiteral("exp(%1%2) / %3 = %4 / %3 = %5")
                             .arg(formatValue(p.logit), shiftNumber, formatValue(sum),
                                  formatValue(e), formatValue(p.p)),
                         {p.logit, sum, e, p.p}});
    }
    return lines;
}

}  // namespace rnnlab::ui
