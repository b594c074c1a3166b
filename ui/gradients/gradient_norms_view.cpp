#include "ui/gradients/gradient_norms_view.h"

#include <QHBoxLayout>

#include "core/nn/parameters.h"
#include "ui/gradients/log_axis.h"
#include "ui/help/whats_this.h"
#include "ui/plot/figure.h"
#include "ui/plot/integer_ticks.h"
#include "ui/theme/theme.h"

namespace rnnlab::ui {

GradientNormsView::GradientNormsView(QWidget* parent) : QWidget(parent) {
    setWhatsThisTopic(this, WhatsThisTopic::GradientNorms);
    m_parameters = new Figure(tr("Gradient norm per parameter"), tr("training step"),
                              tr("\u2016\u2202L/\u2202\u03b8\u2016"), this);
    setLogScale(m_parameters->yAxis);
    useIntegerTicks(m_parameters->xAxis);
    m_parameters->setToolTip(
        tr("<p>The size of the gradient of each weight and bias tensor at every recorded "
           "training step (before clipping). When gradients vanish, the recurrent weights "
           "(weight_hh) stop receiving a useful signal; when they explode, they spike first.</p>"));

    m_clipping = new Figure(tr("Total gradient norm and clipping"), tr("training step"),
                            tr("\u2016g\u2016"), this);
    setLogScale(m_clipping->yAxis);
    useIntegerTicks(m_clipping->xAxis);
    m_clipping->setToolTip(
        tr("<p>Gradient clipping (as torch's clip_grad_norm_): when the norm of all gradients "
           "together exceeds the threshold, every gradient is multiplied by threshold / norm. "
           "The step keeps its direction but cannot be huge, so one exploding step no longer "
           "throws the weights away (Pascanu et al. 2013). Markers show the steps where "
           "clipping fired.</p>"));
    m_before = m_clipping->addSeries(tr("before clip"), 0);
    m_after = m_clipping->addSeries(tr("after clip"), 2);
    m_threshold = m_clipping->addGraph();
    m_threshold->setName(tr("threshold"));
    m_markers = m_clipping->addSeries(tr("clipped"), 1);
    m_markers->setLineStyle(QCPGraph::lsNone);

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_parameters, 1);
    layout->addWidget(m_clipping, 1);
    applyTheme(Theme::instance().style());
    connect(&Theme::instance(), &Theme::changed, this, &GradientNormsView::applyTheme);
}

void GradientNormsView::showEvent(QShowEvent* event) {
    QWidget::showEvent(event);
    m_parameters->requestReplot();
    m_clipping->requestReplot();
}

void GradientNormsView::setSnapshot(std::shared_ptr<const TrainingSnapshot> snapshot) {
    if (!snapshot) return;
    updateParameters(*snapshot);
    updateClipping(*snapshot);
}

void GradientNormsView::updateParameters(const TrainingSnapshot& s) {
    const std::vector<ParameterNormRecord>& records = s.history.parameterNorms.items();
    const HistoryMark shown = HistoryMark::of(s.history.parameterNorms);
    if (shown == m_shownParameters && s.network == m_shownNetwork) return;
    m_shownParameters = shown;
    const ParameterLayout layout(s.network);
    const std::vector<ParameterInfo>& entries = layout.entries();
    if (s.network != m_shownNetwork || m_parameters->graphCount() == 0) {
        // One series per tensor, made again only when the network changes: a new legend costs
        // more than the data.
        m_shownNetwork = s.network;
        m_parameters->clearGraphs();
        for (std::size_t e = 0; e < entries.size(); ++e)
            m_parameters->addSeries(QString::fromStdString(entries[e].name), int(e));
    }
    QVector<double> steps;
    for (const ParameterNormRecord& r : records) steps << double(r.step);
    LogRange range;
    for (std::size_t e = 0; e < entries.size(); ++e) {
        QVector<double> y;
        for (const ParameterNormRecord& r : records)
            y << (e < r.norms.size() ? logPlottable(r.norms[e]) : qQNaN());
        m_parameters->graph(int(e))->setData(steps, y, true);
        range.add(y);
    }
    if (!steps.isEmpty())
        m_parameters->xAxis->setRange(steps.front(), std::max(steps.back(), steps.front() + 1));
    range.applyTo(m_parameters->yAxis);
    replotIfVisible(m_parameters);
}

void GradientNormsView::updateClipping(const TrainingSnapshot& s) {
    const std::vector<StepRecord>& records = s.history.steps.items();
    const HistoryMark shown = HistoryMark::of(s.history.steps);
    if (shown == m_shownSteps && s.settings.clip == m_shownClip &&
        s.settings.clipMaxNorm == m_shownClipMaxNorm)
        return;
    m_shownSteps = shown;
    m_shownClip = s.settings.clip;
    m_shownClipMaxNorm = s.settings.clipMaxNorm;
    QVector<double> steps, before, after, clippedSteps, clippedNorms;
    LogRange range;
    for (const StepRecord& r : records) {
        steps << double(r.step);
        before << logPlottable(r.gradNormBefore);
        after << logPlottable(r.gradNormAfter);
        if (r.clipped) {
            clippedSteps << double(r.step);
            clippedNorms << logPlottable(r.gradNormBefore);
        }
    }
    range.add(before);
    range.add(after);
    m_before->setData(steps, before, true);
    m_after->setData(steps, after, true);
    m_markers->setData(clippedSteps, clippedNorms, true);
    const double x0 = steps.isEmpty() ? 0.0 : steps.front();
    const double x1 = steps.isEmpty() ? 1.0 : std::max(steps.back(), x0 + 1);
    if (s.settings.clip) {
        m_threshold->setData({x0, x1}, {s.settings.clipMaxNorm, s.settings.clipMaxNorm}, true);
        range.add(s.settings.clipMaxNorm);
        m_threshold->addToLegend();
    } else {
        m_threshold->data()->clear();
        m_threshold->removeFromLegend();
    }
    m_clipping->xAxis->setRange(x0, x1);
    range.applyTo(m_clipping->yAxis);
    replotIfVisible(m_clipping);
}

void GradientNormsView::applyTheme(const ThemeStyle& style) {
    m_threshold->setPen(QPen(style.accent, style.lineWidth, Qt::DashLine));
    m_markers->setScatterStyle(
        QCPScatterStyle(QCPScatterStyle::ssCircle, style.presentation ? 14 : 9));
    // State_dict names are long: fewer legend columns than the Figure's default.
    m_parameters->legend->setWrap(style.presentation ? 2 : 3);
    replotIfVisible(m_parameters);
    replotIfVisible(m_clipping);
}

}  // namespace rnnlab::ui
