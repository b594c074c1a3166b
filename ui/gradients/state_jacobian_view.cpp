#include "ui/gradients/state_jacobian_view.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

#include "core/analysis/gradient_diagnosis.h"
#include "core/analysis/gradient_profile.h"
#include "core/analysis/recurrent_weight_norms.h"
#include "ui/gradients/log_axis.h"
#include "ui/help/whats_this.h"
#include "ui/number_format.h"
#include "ui/plot/figure.h"
#include "ui/plot/integer_ticks.h"
#include "ui/theme/theme.h"

namespace rnnlab::ui {

namespace {

QString factor(const std::optional<double>& f) {
    return f ? QStringLiteral("\u00d7%1").arg(formatNumber(*f, kFactorDigits))
             : QStringLiteral("\u2013");
}

// "W_hh", "W_hg", "W_hn" ...: the block's name as in the cell's equations.
QString blockName(CellType cell, int block) {
    if (cell == CellType::Rnn) return QStringLiteral("W_hh");
    return QStringLiteral("W_h%1").arg(QString::fromStdString(gateNames(cell)[std::size_t(block)]));
}

}  // namespace

QString StateJacobianView::linkExplanation() {
    return tr(
        "<p><b>Why the gradient curve has its slope.</b> The gradient at step t is the one at "
        "the last step T sent back through the Jacobian product: dL/dh_t = "
        "(\u2202h_T/\u2202h_t)<sup>T</sup> dL/dh_T, so ‖dL/dh_t\u2016 \u2264 "
        "\u2016\u2202h_T/\u2202h_t\u2016<sub>2</sub> ‖dL/dh_T\u2016. On a log axis the "
        "slope of both curves is the log of the average factor per step back.</p>"
        "<p>For a plain RNN each factor is \u2202h_t/\u2202h_{t-1} = diag(\u03c6'(a_t)) W_hh "
        "with \u03c6' \u2264 1 (tanh, relu), so its norm is at most \u03c3<sub>1</sub>(W_hh), "
        "the largest singular value: if \u03c3<sub>1</sub> &lt; 1 the gradient must vanish, at "
        "least as fast as \u03c3<sub>1</sub><sup>T-t</sup>. Growth needs the spectral radius "
        "\u03c1(W_hh) &gt; 1 (the long-run growth of W_hh<sup>k</sup>), and saturated tanh "
        "units (\u03c6' \u2248 0) can still stop it.</p>"
        "<p>LSTM and GRU also carry the state along an additive path (c_t = f_t c_{t-1} + "
        "\u2026, h_t = z_t h_{t-1} + \u2026) that bypasses W_hh, so their gradient can survive "
        "although \u03c3<sub>1</sub> &lt; 1.</p>"
        "<p>All norms are spectral norms \u2016\u00b7\u2016<sub>2</sub> (largest singular "
        "value). Each layer's product holds its input from below fixed; for the LSTM it runs "
        "over the whole state (h, c), and the curve is its h \u2192 h block.</p>");
}

StateJacobianView::StateJacobianView(QWidget* parent) : QWidget(parent) {
    setWhatsThisTopic(this, WhatsThisTopic::StateJacobians);
    m_products =
        new Figure(tr("Jacobian products \u2016\u2202h_T/\u2202h\u209c\u2016"), tr("time step t"),
                   tr("\u2016\u2202h_T/\u2202h\u209c\u2016\u2082"), this);
    setLogScale(m_products->yAxis);
    useIntegerTicks(m_products->xAxis);
    m_products->setToolTip(linkExplanation());
    m_cursor = m_products->addMarker();

    m_weights = new Figure(tr("Recurrent weights: \u03c1 and \u03c3\u2081"), tr("training step"),
                           tr("\u03c1, \u03c3\u2081"), this);
    useIntegerTicks(m_weights->xAxis);
    m_weights->setToolTip(
        tr("<p>\u03c1 (spectral radius): the size of W_hh's largest eigenvalue, how fast "
           "W_hh<sup>k</sup> grows or shrinks in the long run. \u03c3<sub>1</sub> (largest "
           "singular value): the most one multiplication by W_hh can stretch a vector; "
           "\u03c1 \u2264 \u03c3<sub>1</sub>. Below the line at 1 repeated products shrink, "
           "above it they can grow.</p>"
           "<p>For LSTM and GRU the chosen gate block is shown: the candidate block (g, n) "
           "plays the plain RNN's W_hh.</p>"));

    m_block = new QComboBox(this);
    m_block->setToolTip(tr("Which gate block of W_hh the right plot shows"));
    connect(m_block, qOverload<int>(&QComboBox::currentIndexChanged), this, [this] {
        updateWeights();
        updateLink();
    });
    m_link = new QLabel(this);
    m_link->setWordWrap(true);
    m_link->setToolTip(linkExplanation());

    auto* blockRow = new QHBoxLayout;
    blockRow->addStretch();
    blockRow->addWidget(m_block);
    auto* right = new QVBoxLayout;
    right->setContentsMargins(0, 0, 0, 0);
    right->addLayout(blockRow);
    right->addWidget(m_weights, 1);
    auto* figures = new QHBoxLayout;
    figures->setContentsMargins(0, 0, 0, 0);
    figures->addWidget(m_products, 1);
    figures->addLayout(right, 1);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(figures, 1);
    layout->addWidget(m_link);
    m_block->hide();
    applyTheme(Theme::instance().style());
    connect(&Theme::instance(), &Theme::changed, this, &StateJacobianView::applyTheme);
}

int StateJacobianView::gateBlock() const {
    return m_block->count() ? m_block->currentData().toInt() : 0;
}

void StateJacobianView::setGateBlock(int block) {
    const int index = m_block->findData(block);
    if (index >= 0) m_block->setCurrentIndex(index);
}

QString StateJacobianView::linkText() const {
    return m_link->text();
}

void StateJacobianView::rebuildBlockChoice(CellType cell) {
    if (m_blockCell == int(cell)) return;
    m_blockCell = int(cell);
    const QSignalBlocker block(m_block);
    m_block->clear();
    const int candidate = candidateBlock(cell);
    const std::vector<std::string> names = gateNames(cell);
    for (int g = 0; g < int(std::max<std::size_t>(names.size(), 1)); ++g) {
        const QString name = blockName(cell, g);
        if (g == candidate)
            m_block->insertItem(0, tr("%1 (candidate)").arg(name), g);
        else
            m_block->addItem(name, g);
    }
    m_block->setCurrentIndex(0);
    m_block->setVisible(cell != CellType::Rnn);
}

void StateJacobianView::setSnapshot(std::shared_ptr<const TrainingSnapshot> snapshot) {
    m_snapshot = std::move(snapshot);
    if (m_snapshot) rebuildBlockChoice(m_snapshot->network.cell);
    const std::shared_ptr<const SequenceTrace> trace = m_snapshot ? m_snapshot->trace : nullptr;
    const HistoryMark jacobians =
        m_snapshot ? HistoryMark::of(m_snapshot->history.jacobianProfiles) : HistoryMark{};
    const HistoryMark weights =
        m_snapshot ? HistoryMark::of(m_snapshot->history.recurrentNorms) : HistoryMark{};
    if (m_snapshot && trace == m_shownTrace && jacobians == m_shownJacobians &&
        weights == m_shownWeights)
        return;
    m_shownTrace = trace;
    m_shownJacobians = jacobians;
    m_shownWeights = weights;
    updateProducts();
    updateWeights();
    updateLink();
}

void StateJacobianView::showEvent(QShowEvent* event) {
    QWidget::showEvent(event);
    m_products->requestReplot();
    m_weights->requestReplot();
}

void StateJacobianView::setCursorStep(int step) {
    Figure::setMarkerX(m_cursor, step + 1);
    replotIfVisible(m_products);
}

void StateJacobianView::updateProducts() {
    m_products->clearGraphs();
    if (m_snapshot && !m_snapshot->history.jacobianProfiles.items().empty()) {
        const JacobianProfileRecord& r = m_snapshot->history.jacobianProfiles.items().back();
        LogRange range;
        std::size_t T = 0;
        const std::size_t first = std::size_t(earliestComparedStep(
            Index(r.norm.empty() ? 0 : r.norm[0].size()), m_snapshot->settings.truncation));
        for (std::size_t k = 0; k < r.norm.size(); ++k) {
            QVector<double> t(qsizetype(r.norm[k].size())), y(t.size());
            for (qsizetype i = 0; i < t.size(); ++i) {
                t[i] = double(i + 1);
                y[i] = logPlottable(r.norm[k][std::size_t(i)]);
            }
            QString name = r.norm.size() > 1 ? tr("layer %1 at step %2").arg(k + 1).arg(r.step)
                                             : tr("at step %1").arg(r.step);
            const std::optional<double> f = backwardStepFactor(r.norm[k], first);
            if (f) name += tr(" (%1 per step back)").arg(factor(f));
            m_products->addSeries(name, int(k))->setData(t, y, true);
            range.add(y);
            T = std::max(T, r.norm[k].size());
        }
        m_products->xAxis->setRange(0.5, double(T) + 0.5);
        range.applyTo(m_products->yAxis);
    }
    replotIfVisible(m_products);
}

void StateJacobianView::updateWeights() {
    m_weights->clearGraphs();
    if (m_snapshot && !m_snapshot->history.recurrentNorms.items().empty()) {
        const std::vector<RecurrentNormRecord>& records =
            m_snapshot->history.recurrentNorms.items();
        const CellType cell = m_snapshot->network.cell;
        const std::size_t block = std::size_t(gateBlock());
        const std::size_t layers = records.back().spectralRadius.size();
        QVector<double> steps;
        for (const RecurrentNormRecord& r : records) steps << double(r.step);
        double hi = 1.0;
        for (std::size_t k = 0; k < layers; ++k) {
            QVector<double> sigma, rho;
            for (const RecurrentNormRecord& r : records) {
                const bool has = k < r.spectralRadius.size() && block < r.spectralRadius[k].size();
                sigma << (has ? r.largestSingularValue[k][block] : qQNaN());
                rho << (has ? r.spectralRadius[k][block] : qQNaN());
            }
            const QString suffix = layers > 1 ? tr(", layer %1").arg(k + 1) : QString();
            const QString name = blockName(cell, int(block));
            m_weights->addSeries(tr("\u03c3\u2081(%1)%2").arg(name, suffix), int(k))
                ->setData(steps, sigma, true);
            QCPGraph* radius = m_weights->addSeries(tr("\u03c1(%1)%2").arg(name, suffix), int(k));
            radius->setData(steps, rho, true);
            radius->setProperty("rnnlabDashed", true);
            for (double v : sigma)
                if (std::isfinite(v)) hi = std::max(hi, v);
        }
        // The line at 1: below it repeated products shrink, above it they can grow.
        QCPGraph* one = m_weights->addGraph();
        one->setName(tr("1: neither growth nor decay"));
        one->setProperty("rnnlabReference", true);
        one->setData({steps.front(), std::max(steps.back(), steps.front() + 1)}, {1.0, 1.0});
        m_weights->xAxis->setRange(steps.front(), std::max(steps.back(), steps.front() + 1));
        m_weights->yAxis->setRange(0.0, hi * 1.1);
    }
    styleWeightGraphs(Theme::instance().style());
    replotIfVisible(m_weights);
}

void StateJacobianView::updateLink() {
    if (!m_snapshot) {
        m_link->clear();
        return;
    }
    const TrainingSnapshot& s = *m_snapshot;
    const std::vector<std::vector<double>> dh =
        s.trace ? hiddenGradientNorms(*s.trace) : std::vector<std::vector<double>>{};
    const auto& jacobians = s.history.jacobianProfiles.items();
    const auto& weights = s.history.recurrentNorms.items();
    const std::size_t block = std::size_t(gateBlock());
    QStringList lines;
    for (int k = 0; k < s.network.numLayers; ++k) {
        const std::size_t K = std::size_t(k);
        const std::size_t T = K < dh.size() ? dh[K].size() : 0;
        const std::size_t first =
            std::size_t(earliestComparedStep(Index(T), s.settings.truncation));
        QString line = s.network.numLayers > 1 ? tr("Layer %1: ").arg(k + 1) : QString();
        line += tr("gradient curve %1 per step back")
                    .arg(factor(K < dh.size() ? backwardStepFactor(dh[K], first) : std::nullopt));
        if (!jacobians.empty() && K < jacobians.back().norm.size())
            line += tr("  \u00b7  Jacobian product %1")
                        .arg(factor(backwardStepFactor(jacobians.back().norm[K], first)));
        if (!weights.empty() && K < weights.back().spectralRadius.size() &&
            block < weights.back().spectralRadius[K].size()) {
            const QString name = blockName(s.network.cell, int(block));
            line +=
                tr("  \u00b7  \u03c3\u2081(%1) = %2, \u03c1(%1) = %3")
                    .arg(name,
                         formatNumber(weights.back().largestSingularValue[K][block], kFactorDigits),
                         formatNumber(weights.back().spectralRadius[K][block], kFactorDigits));
        }
        lines << line;
    }
    m_link->setText(tr("How they link (hover for why): %1").arg(lines.join(QLatin1Char('\n'))));
}

void StateJacobianView::styleWeightGraphs(const ThemeStyle& style) {
    for (int i = 0; i < m_weights->graphCount(); ++i) {
        QCPGraph* g = m_weights->graph(i);
        if (g->property("rnnlabDashed").isValid()) {
            QPen pen = g->pen();
            pen.setStyle(Qt::DashLine);
            g->setPen(pen);
        } else if (g->property("rnnlabReference").isValid()) {
            g->setPen(QPen(style.mutedText, style.lineWidth * 0.75, Qt::DotLine));
        }
    }
}

void StateJacobianView::applyTheme(const ThemeStyle& style) {
    styleWeightGraphs(style);
    m_block->setFont(style.font(FontRole::Widget));
    m_link->setFont(style.font(FontRole::AxisLabel));
    replotIfVisible(m_weights);
}

}  // namespace rnnlab::ui
