#include "ui/gradients/gradient_profile_view.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>
#include <cmath>

#include "core/analysis/gradient_diagnosis.h"
#include "core/analysis/gradient_profile.h"
#include "ui/gradients/log_axis.h"
#include "ui/help/whats_this.h"
#include "ui/notation.h"
#include "ui/plot/figure.h"
#include "ui/plot/integer_ticks.h"
#include "ui/theme/theme.h"
#include "ui/window/stacking_layout.h"

namespace rnnlab::ui {

namespace {

// "×0.82 per step back", or nothing when the curve has too few positive values.
QString factorText(const std::vector<double>& norms, std::size_t first) {
    const std::optional<double> f = backwardStepFactor(norms, first);
    return f ? QObject::tr("\u00d7%1 per step back").arg(*f, 0, 'g', 2) : QString();
}

QVector<double> steps(std::size_t T) {
    QVector<double> t;
    for (std::size_t i = 0; i < T; ++i) t << double(i + 1);  // t = 1 .. T
    return t;
}

QVector<double> plottable(const std::vector<double>& values) {
    QVector<double> out(qsizetype(values.size()));
    for (std::size_t i = 0; i < values.size(); ++i) out[qsizetype(i)] = logPlottable(values[i]);
    return out;
}

}  // namespace

GradientProfileView::GradientProfileView(QWidget* parent) : QWidget(parent) {
    setWhatsThisTopic(this, WhatsThisTopic::GradientProfile);
    m_profile = new Figure(tr("Gradient through time %1").arg(notation::gradientNorm()),
                           tr("time step t"), notation::gradientNorm(), this);
    setLogScale(m_profile->yAxis);
    useIntegerTicks(m_profile->xAxis);
    m_profile->setToolTip(
        tr("<p>How much the loss changes when the hidden state at step t changes, for one "
           "sequence. The gradient starts at the last step and travels back; each step back "
           "multiplies it by the Jacobian \u2202h_t/\u2202h_{t-1}. On this log axis a steady "
           "factor is a straight line: falling toward t = 1 means vanishing, rising means "
           "exploding. Faded curves are earlier traces.</p>"));
    m_profileCursor = m_profile->addMarker();

    m_heatmap = new Figure(tr("%1 over training").arg(notation::gradientNorm()), tr("time step t"),
                           tr("training step"), this);
    const QString relative = tr("%1 (last step = 1)").arg(notation::gradientNorm());
    m_map = m_heatmap->addColorMap(relative, relative, ColorMapKind::Sequential);
    m_map->colorScale()->setDataScaleType(QCPAxis::stLogarithmic);
    setLogScale(m_map->colorScale()->axis());
    m_heatmap->legend->setVisible(false);
    useIntegerTicks(m_heatmap->xAxis);
    useIntegerTicks(m_heatmap->yAxis);
    m_heatmap->setToolTip(
        tr("<p>Each row is the gradient profile of one trace, oldest at the bottom, relative to "
           "its last step T: how much of the gradient arriving at T is left at step t. Watch the "
           "dark (vanished) region toward t = 1 grow or shrink as training proceeds.</p>"));
    m_heatmapCursor = m_heatmap->addMarker();

    m_layer = new QComboBox(this);
    m_layer->setToolTip(tr("Which layer's profile the heat map shows"));
    connect(m_layer, qOverload<int>(&QComboBox::currentIndexChanged), this,
            [this] { updateHeatmap(); });
    auto* layerRow = new QHBoxLayout;
    layerRow->addStretch();
    layerRow->addWidget(m_layer);
    auto* right = new QVBoxLayout;
    right->setContentsMargins(0, 0, 0, 0);
    right->addLayout(layerRow);
    right->addWidget(m_heatmap, 1);

    auto* layout = new StackingLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_profile, 1);
    layout->addLayout(right, 1);
    m_layer->hide();
    applyTheme(Theme::instance().style());
    connect(&Theme::instance(), &Theme::changed, this, &GradientProfileView::applyTheme);
}

int GradientProfileView::heatmapLayer() const {
    return std::max(0, m_layer->currentIndex());
}

void GradientProfileView::setHeatmapLayer(int layer) {
    m_layer->setCurrentIndex(layer);
}

void GradientProfileView::setSnapshot(std::shared_ptr<const TrainingSnapshot> snapshot) {
    m_snapshot = std::move(snapshot);
    const int layers = m_snapshot ? m_snapshot->network.numLayers : 1;
    if (m_layer->count() != layers) {
        const QSignalBlocker block(m_layer);
        m_layer->clear();
        for (int k = 0; k < layers; ++k) m_layer->addItem(tr("layer %1").arg(k + 1));
        m_layer->setVisible(layers > 1);
    }
    const std::shared_ptr<const SequenceTrace> trace = m_snapshot ? m_snapshot->trace : nullptr;
    const HistoryMark profiles =
        m_snapshot ? HistoryMark::of(m_snapshot->history.gradientProfiles) : HistoryMark{};
    const int truncation = m_snapshot ? m_snapshot->settings.truncation : 0;
    if (trace == m_shownTrace && profiles == m_shownProfiles && truncation == m_shownTruncation &&
        m_snapshot)
        return;
    m_shownTrace = trace;
    m_shownProfiles = profiles;
    m_shownTruncation = truncation;
    updateProfile();
    updateHeatmap();
}

void GradientProfileView::showEvent(QShowEvent* event) {
    QWidget::showEvent(event);
    m_profile->requestReplot();
    m_heatmap->requestReplot();
}

void GradientProfileView::setCursorStep(int step) {
    Figure::setMarkerX(m_profileCursor, step + 1);
    Figure::setMarkerX(m_heatmapCursor, step + 1);
    replotIfVisible(m_profile);
    replotIfVisible(m_heatmap);
}

void GradientProfileView::updateProfile() {
    m_profile->clearGraphs();
    if (!m_snapshot) {
        replotIfVisible(m_profile);
        return;
    }
    const ThemeStyle& style = Theme::instance().style();
    const TrainingSnapshot& s = *m_snapshot;
    const std::vector<GradientProfileRecord>& records = s.history.gradientProfiles.items();
    LogRange range;
    std::size_t T = 0;
    // Earlier traces first, so the latest is drawn on top; older ones fainter.
    const std::size_t n = records.size();
    const std::size_t faded = n == 0 ? 0 : std::min<std::size_t>(kFadedTraces, n - 1);
    for (std::size_t back = faded; back > 0; --back) {
        const GradientProfileRecord& r = records[n - 1 - back];
        const double age = double(back) / double(faded + 1);  // (0, 1): older is fainter
        for (std::size_t k = 0; k < r.dhNorm.size(); ++k) {
            const QVector<double> y = plottable(r.dhNorm[k]);
            QCPGraph* g = m_profile->addGraph();
            g->setName(tr("layer %1 at step %2").arg(k + 1).arg(r.step));
            if (back == 1 && k == 0)  // one legend entry stands for all of them
                g->setName(tr("earlier (fainter: older)"));
            else
                g->removeFromLegend();
            QColor c = style.seriesColor(int(k));
            c.setAlphaF(float(0.55 * (1.0 - age) + 0.2));
            g->setPen(QPen(c, style.lineWidth * 0.6));
            g->setData(steps(r.dhNorm[k].size()), y, true);
            range.add(y);
            T = std::max(T, r.dhNorm[k].size());
        }
    }
    if (s.trace) {
        const std::vector<std::vector<double>> norms = hiddenGradientNorms(*s.trace);
        const std::size_t first =
            std::size_t(earliestComparedStep(s.trace->steps, s.settings.truncation));
        for (std::size_t k = 0; k < norms.size(); ++k) {
            QString name = norms.size() > 1 ? tr("layer %1").arg(k + 1) : tr("latest");
            const QString factor = factorText(norms[k], first);
            if (!factor.isEmpty()) name += QStringLiteral(" (%1)").arg(factor);
            const QVector<double> y = plottable(norms[k]);
            m_profile->addSeries(name, int(k))->setData(steps(norms[k].size()), y, true);
            range.add(y);
            T = std::max(T, norms[k].size());
        }
    }
    if (T > 0) m_profile->xAxis->setRange(0.5, double(T) + 0.5);
    range.applyTo(m_profile->yAxis);
    replotIfVisible(m_profile);
}

void GradientProfileView::updateHeatmap() {
    QCPColorMapData* cells = m_map->data();
    const std::vector<GradientProfileRecord>* records =
        m_snapshot ? &m_snapshot->history.gradientProfiles.items() : nullptr;
    const std::size_t layer = std::size_t(heatmapLayer());
    std::size_t T = 0;
    if (records)
        for (const GradientProfileRecord& r : *records)
            if (layer < r.dhNorm.size()) T = std::max(T, r.dhNorm[layer].size());
    if (!records || records->empty() || T == 0) {
        cells->clear();
        replotIfVisible(m_heatmap);
        return;
    }
    // Rows evenly spaced from the first recorded step to the last; each row shows the record
    // nearest to it (the records are evenly spaced unless traceEvery changed mid-run).
    const int rows = int(records->size());
    const double first = double(records->front().step), last = double(records->back().step);
    const double spacing = rows > 1 ? (last - first) / (rows - 1) : 1.0;
    cells->setSize(int(T), rows);
    cells->setRange(QCPRange(1, double(T)), QCPRange(first, rows > 1 ? last : first + 1));
    LogRange range;
    std::size_t nearest = 0;
    for (int row = 0; row < rows; ++row) {
        const double y = first + row * spacing;
        while (nearest + 1 < records->size() &&
               std::abs(double((*records)[nearest + 1].step) - y) <=
                   std::abs(double((*records)[nearest].step) - y))
            ++nearest;
        // Relative to the last step, so each row shows the profile's shape whatever the
        // gradient's overall size (which the norms page shows).
        const std::vector<double>* n = layer < (*records)[nearest].dhNorm.size()
                                           ? &(*records)[nearest].dhNorm[layer]
                                           : nullptr;
        const double atT = n && !n->empty() ? n->back() : 0.0;
        for (std::size_t t = 0; t < T; ++t) {
            const double v = logPlottable(n && t < n->size() ? (*n)[t] / atT : 0.0);
            cells->setCell(int(t), row, v);
            range.add(v);
        }
    }
    if (!range.empty()) m_map->setDataRange(QCPRange(range.lower(), range.upper()));
    m_heatmap->xAxis->setRange(0.5, double(T) + 0.5);
    m_heatmap->yAxis->setRange(first - spacing / 2, last + spacing / 2);
    replotIfVisible(m_heatmap);
}

void GradientProfileView::applyTheme(const ThemeStyle& style) {
    // Cells a log scale cannot colour (zero: cut by truncation) are left empty.
    QCPColorGradient g = m_map->gradient();
    g.setNanHandling(QCPColorGradient::nhTransparent);
    m_map->setGradient(g);
    m_layer->setFont(style.font(FontRole::Widget));
    updateProfile();
}

}  // namespace rnnlab::ui
