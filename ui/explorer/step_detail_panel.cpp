#include "ui/explorer/step_detail_panel.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QRegularExpression>
#include <QScrollArea>
#include <QSpinBox>
#include <QTextDocument>
#include <QVBoxLayout>

#include "ui/cell_name.h"
#include "ui/explorer/figure_clicks.h"
#include "ui/explorer/trace_scales.h"
#include "ui/help/whats_this.h"
#include "ui/notation.h"
#include "ui/plot/figure.h"
#include "ui/plot/integer_ticks.h"
#include "ui/theme/theme.h"
#include "ui/window/stacking_layout.h"

namespace rnnlab::ui {

namespace {

using notation::kSubT;
const QString kSubPrev = QStringLiteral("\u209c\u208b\u2081");  // ₜ₋₁
constexpr double kGroupWidth = 0.8;                             // of one unit, for all its bars

QVector<double> row(const Matrix<double>& m, Index t) {
    QVector<double> out(int(m.cols()));
    for (Index u = 0; u < m.cols(); ++u) out[int(u)] = m(t, u);
    return out;
}

// Row t - 1, or the zero initial state at t = 0.
QVector<double> previousRow(const Matrix<double>& m, Index t) {
    return t > 0 ? row(m, t - 1) : QVector<double>(int(m.cols()), 0.0);
}

// The equations as HTML tables: number | equation | = numbers, or (stacked) the numbers on a
// row under their equation. The first `headed` lines are the backward pass and the rest the
// forward pass, each under a heading; with headed = 0 there are no headings. The result of
// each line is bold; the numbers never wrap.
QString equationTable(const std::vector<EquationLine>& lines, size_t headed, bool stacked,
                      const ThemeStyle& style) {
    const QString muted = QStringLiteral("style=\"color:%1\"").arg(style.mutedText.name());
    const QString table = QStringLiteral("<table cellspacing=\"0\" cellpadding=\"2\">");
    const QString heading = QStringLiteral("<p><b>%1</b></p>");
    QString html;
    for (size_t i = 0; i < lines.size(); ++i) {
        if (i > 0 && i == headed) html += QStringLiteral("</table>");
        if (i == 0 && headed > 0) html += heading.arg(QObject::tr("Backward pass (BPTT)"));
        if (i == headed && headed > 0) html += heading.arg(QObject::tr("Forward pass"));
        if (i == 0 || i == headed) html += table;
        const EquationLine& line = lines[i];
        const QString number =
            line.number > 0 ? QStringLiteral("(%1)&nbsp;").arg(line.number) : QString();
        const int lastEquals = line.numeric.lastIndexOf(QStringLiteral(" = "));
        QString numeric =
            lastEquals < 0 ? QStringLiteral("<b>%1</b>").arg(line.numeric)
                           : line.numeric.left(lastEquals + 3) +
                                 QStringLiteral("<b>%1</b>").arg(line.numeric.mid(lastEquals + 3));
        // The numbers break only before an " = " (a long line of symbol input, the
        // projector's font), never inside a sum or a call.
        const QChar stage(0x1);
        numeric.replace(QStringLiteral(" = "), stage);
        numeric.replace(QLatin1Char(' '), QStringLiteral("&nbsp;"));
        numeric.replace(stage, QStringLiteral(" =&nbsp;"));
        numeric.prepend(QStringLiteral("&nbsp;=&nbsp;"));
        const QString symbolic = equationHtml(line.symbolic);
        const QString row = stacked
                                ? QStringLiteral(
                                      "<tr><td %1>%2</td><td>%3</td></tr>"
                                      "<tr><td></td><td>%4</td></tr>")
                                : QStringLiteral("<tr><td %1>%2</td><td>%3</td><td>%4</td></tr>");
        html += row.arg(muted, number, symbolic, numeric);
    }
    return html + QStringLiteral("</table>");
}

}  // namespace

StepDetailPanel::StepDetailPanel(QWidget* parent) : QWidget(parent) {
    setWhatsThisTopic(this, WhatsThisTopic::StepDetail);
    m_header = new QLabel(this);
    m_header->setTextFormat(Qt::RichText);
    m_detail = new QLabel(this);
    m_detail->setTextFormat(Qt::RichText);
    m_detail->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_detail->setWordWrap(true);
    m_equations = new QLabel(this);
    m_equations->setTextFormat(Qt::RichText);
    m_equations->setWordWrap(true);
    m_equations->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_equations->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    // The panel's width decides the layout of the equations (resizeEvent), not the reverse.
    m_equations->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Minimum);
    m_layerPicker = new QSpinBox(this);
    m_layerPicker->setToolTip(tr("Layer (1 = next to the input)"));
    m_unitPicker = new QSpinBox(this);
    m_unitPicker->setToolTip(tr("Unit of the layer whose equations are shown"));
    for (QSpinBox* box : {m_layerPicker, m_unitPicker}) {
        box->setRange(1, 1);
        box->setKeyboardTracking(false);
    }
    m_gates = makeChart(tr("value"));
    m_states = makeChart(tr("value"));
    m_gradients = makeChart(tr("gradient"));
    m_noGradients = new QLabel(
        tr("This sequence was traced without a target (your own input): it has no loss, so "
           "there are no gradients to follow back in time."),
        this);
    m_noGradients->setWordWrap(true);

    m_header->setWordWrap(true);
    auto* pickers = new QHBoxLayout;
    pickers->addWidget(m_detail, 1);
    pickers->addWidget(new QLabel(tr("layer"), this));
    pickers->addWidget(m_layerPicker);
    pickers->addSpacing(8);
    pickers->addWidget(new QLabel(tr("unit"), this));
    pickers->addWidget(m_unitPicker);
    // Side by side when both shown charts fit their minimum width (figure.h), else stacked.
    auto* charts = new StackingLayout;
    charts->addWidget(m_gates.figure, 1);
    charts->addWidget(m_states.figure, 1);
    charts->addWidget(m_gradients.figure, 1);
    // Long equations (the projector's large font, the backward pass) scroll on their own; the
    // charts keep their room.
    m_equationScroll = new QScrollArea(this);
    m_equationScroll->setWidget(m_equations);
    m_equationScroll->setWidgetResizable(true);
    m_equationScroll->setFrameShape(QFrame::NoFrame);
    m_equationScroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_header);
    layout->addLayout(pickers);
    layout->addWidget(m_noGradients);
    layout->addWidget(m_equationScroll, 1);
    layout->addLayout(charts, 1);

    connect(m_layerPicker, &QSpinBox::valueChanged, this, [this](int v) {
        if (v - 1 != m_layer) emit layerPicked(v - 1);
    });
    connect(m_unitPicker, &QSpinBox::valueChanged, this, [this](int v) {
        if (v - 1 != m_unit) emit unitPicked(v - 1);
    });
    for (BarChart* chart : {&m_gates, &m_states, &m_gradients}) {
        onFigureClick(chart->figure, [this](double x, double) {
            if (!m_trace) return;
            const int unit = std::clamp(int(std::lround(x)) - 1, 0, m_trace->config.hiddenSize - 1);
            if (unit != m_unit) emit unitPicked(unit);
        });
    }
    applyTheme(Theme::instance().style());
    connect(&Theme::instance(), &Theme::changed, this, &StepDetailPanel::applyTheme);
}

StepDetailPanel::BarChart StepDetailPanel::makeChart(const QString& yLabel) {
    BarChart chart;
    chart.figure = new Figure(QString(), tr("unit"), yLabel, this);
    chart.group = new QCPBarsGroup(chart.figure);
    chart.group->setSpacingType(QCPBarsGroup::stAbsolute);
    chart.group->setSpacing(0);
    chart.unitMarker = chart.figure->addMarker();
    chart.figure->xAxis->setTicker(integerTicker());
    return chart;
}

void StepDetailPanel::setBars(BarChart& chart, const QString& title,
                              const std::vector<BarSeries>& series, bool fixedUnitRange) {
    Figure* f = chart.figure;
    f->setTitle(title);
    QStringList names, current;
    for (const BarSeries& s : series) names << s.name;
    for (int i = 0; i < f->plottableCount(); ++i) current << f->plottable(i)->name();
    if (names != current) {
        f->clearPlottables();
        for (const BarSeries& s : series) {
            auto* bars = new QCPBars(f->xAxis, f->yAxis);
            bars->setName(s.name);
            bars->setWidth(kGroupWidth / double(series.size()));
            bars->setBarsGroup(chart.group);
        }
        styleBars(chart, Theme::instance().style());
    }
    int units = 0;
    for (size_t i = 0; i < series.size(); ++i) {
        const QVector<double>& v = series[i].values;
        QVector<double> keys(v.size());
        for (int u = 0; u < v.size(); ++u) keys[u] = u + 1;
        qobject_cast<QCPBars*>(f->plottable(int(i)))->setData(keys, v, true);
        units = std::max(units, int(v.size()));
    }
    f->fitToData();
    f->xAxis->setRange(0.4, units + 0.6);
    if (fixedUnitRange) f->yAxis->setRange(-1.05, 1.05);
    Figure::setMarkerX(chart.unitMarker, m_unit + 1);
    f->requestReplot();
}

std::vector<BarSeries> StepDetailPanel::gateBars() const {
    if (!m_trace) return {};
    const LayerTrace& l = m_trace->layers[size_t(m_layer)];
    if (m_trace->config.cell == CellType::Rnn) {
        return {{QStringLiteral("a") + kSubT, row(l.preActivation, m_step)},
                {QStringLiteral("h") + kSubT, row(l.h, m_step)}};
    }
    std::vector<BarSeries> out;
    for (const GateTrace& g : l.gates)
        out.push_back({QString::fromStdString(g.name) + kSubT, row(g.value, m_step)});
    return out;
}

std::vector<BarSeries> StepDetailPanel::stateBars() const {
    if (!m_trace) return {};
    const LayerTrace& l = m_trace->layers[size_t(m_layer)];
    std::vector<BarSeries> out{{QStringLiteral("h") + kSubPrev, previousRow(l.h, m_step)},
                               {QStringLiteral("h") + kSubT, row(l.h, m_step)}};
    if (m_trace->config.cell == CellType::Lstm) {
        out.push_back({QStringLiteral("c") + kSubPrev, previousRow(l.c, m_step)});
        out.push_back({QStringLiteral("c") + kSubT, row(l.c, m_step)});
    }
    return out;
}

std::vector<BarSeries> StepDetailPanel::gradientBars() const {
    if (!m_trace || !hasGradients(*m_trace)) return {};
    const LayerTrace& l = m_trace->layers[size_t(m_layer)];
    std::vector<BarSeries> out{{QStringLiteral("dL/dh") + kSubT, row(l.dh, m_step)}};
    if (l.dc.rows() == m_trace->steps)
        out.push_back({QStringLiteral("dL/dc") + kSubT, row(l.dc, m_step)});
    return out;
}

void StepDetailPanel::setTrace(std::shared_ptr<const SequenceTrace> trace) {
    m_trace = std::move(trace);
    if (m_trace && m_trace->steps > 0 && !m_trace->layers.empty()) {
        m_step = std::clamp(m_step, 0, int(m_trace->steps) - 1);
        m_layer = std::clamp(m_layer, 0, int(m_trace->layers.size()) - 1);
        m_unit = std::clamp(m_unit, 0, m_trace->config.hiddenSize - 1);
    } else {
        m_trace.reset();
    }
    refresh();
}

void StepDetailPanel::setLabels(const SymbolLabels& labels) {
    if (labels == m_labels) return;
    m_labels = labels;
    refresh();
}

void StepDetailPanel::setCurrentStep(int step) {
    if (step == m_step) return;
    m_step = step;
    refresh();
}

void StepDetailPanel::setDirection(TimeBar::Direction direction) {
    if (direction == m_direction) return;
    m_direction = direction;
    refresh();
}

void StepDetailPanel::setLayer(int layer) {
    if (layer == m_layer) return;
    m_layer = layer;
    refresh();
}

void StepDetailPanel::setUnit(int unit) {
    if (unit == m_unit) return;
    m_unit = unit;
    refresh();
}

QString StepDetailPanel::headerText() const {
    return m_header->text().remove(QRegularExpression(QStringLiteral("<[^>]*>")));
}

QString StepDetailPanel::detailText() const {
    QTextDocument document;
    document.setHtml(m_detail->text());
    return document.toPlainText();
}

QString StepDetailPanel::equationsHtml() const {
    return m_equations->text();
}

void StepDetailPanel::refresh() {
    syncPickers();
    if (!m_trace) {
        showNothingTraced();
        return;
    }
    showEquations();
    showCharts();
}

void StepDetailPanel::syncPickers() {
    {
        const QSignalBlocker a(m_layerPicker), b(m_unitPicker);
        m_layerPicker->setRange(1, m_trace ? int(m_trace->layers.size()) : 1);
        m_unitPicker->setRange(1, m_trace ? m_trace->config.hiddenSize : 1);
        m_layerPicker->setValue(m_layer + 1);
        m_unitPicker->setValue(m_unit + 1);
    }
    m_layerPicker->setEnabled(m_trace != nullptr);
    m_unitPicker->setEnabled(m_trace != nullptr);
}

void StepDetailPanel::showNothingTraced() {
    m_lines.clear();
    m_header->setText(tr("<b>Step detail</b>"));
    m_detail->clear();
    m_equations->setText(tr("No sequence traced yet."));
    m_noGradients->hide();
    for (BarChart* c : {&m_gates, &m_states, &m_gradients}) setBars(*c, QString(), {}, false);
    m_gradients.figure->hide();
}

// The heading, the step's input and where to find it in a trace file, and the equations.
void StepDetailPanel::showEquations() {
    const SequenceTrace& seq = *m_trace;
    const bool backward = m_direction == TimeBar::Direction::Backward;
    // The backward pass puts its gradients first: they are what it is about.
    m_lines =
        backward ? backwardEquations(seq, m_layer, m_step, m_unit) : std::vector<EquationLine>{};
    const size_t headed = m_lines.size();
    const std::vector<EquationLine> forward = forwardEquations(seq, m_layer, m_step, m_unit);
    m_lines.insert(m_lines.end(), forward.begin(), forward.end());

    m_header->setText(tr("<b>%1</b> \u00b7 layer %2 \u00b7 unit %3 \u00b7 <b>t = %4</b> / %5 "
                         "\u00b7 %6")
                          .arg(cellName(seq.config.cell))
                          .arg(m_layer + 1)
                          .arg(m_unit + 1)
                          .arg(m_step + 1)
                          .arg(seq.steps)
                          .arg(backward ? tr("backward pass") : tr("forward pass")));
    const ThemeStyle& style = Theme::instance().style();
    QString input = inputText();
    if (m_step == 0) input += tr(" \u00b7 h<sub>t−1</sub> = 0 (initial state)");
    m_detail->setText(
        QStringLiteral("<span style=\"color:%1\">%2 \u00b7 rnnlab-cli trace: layers[%3], row "
                       "%4, column %5</span>")
            .arg(style.mutedText.name(), input)
            .arg(m_layer)
            .arg(m_step)
            .arg(m_unit));

    // Side by side when the panel is wide enough (on the projector, never: the font is large),
    // else the numbers go under their equation.
    const QString wide = equationTable(m_lines, headed, false, style);
    QTextDocument measure;
    measure.setDefaultFont(m_equations->font());
    measure.setHtml(wide);
    m_wideWidth = measure.idealWidth();
    m_stacked = style.presentation || m_wideWidth > equationWidth();
    const QString html = m_stacked ? equationTable(m_lines, headed, true, style) : wide;
    m_equations->setText(html);
    m_noGradients->setVisible(backward && !hasGradients(seq));
}

// The step's input: its numbers, its symbol (symbol input), or the layer below.
QString StepDetailPanel::inputText() const {
    const SequenceTrace& seq = *m_trace;
    if (m_layer > 0) return tr("input x<sub>t</sub> = h<sub>t</sub> of layer %1").arg(m_layer);
    if (!hasSymbolInput(seq)) {
        QStringList xs;
        for (Index i = 0; i < seq.x.cols(); ++i) xs << formatValue(seq.x(m_step, i));
        return tr("input x<sub>t</sub> = %1").arg(xs.join(QStringLiteral(", ")));
    }
    const Index s = symbolOf(seq, m_step);
    const QString symbol = QStringLiteral("<b>'%1'</b>").arg(m_labels.symbol(s).toHtmlEscaped());
    if (hasEmbedding(seq.config)) {
        return tr("input x<sub>t</sub> = %1 (symbol %2 of %3, embedded: e<sub>t</sub> = "
                  "E[%2], %4 numbers)")
            .arg(symbol, QString::number(s), QString::number(seq.config.vocabSize),
                 QString::number(seq.config.embeddingSize));
    }
    return tr("input x<sub>t</sub> = %1 (symbol %2 of %3, one-hot: W<sub>ih</sub> x<sub>t</sub> "
              "= W<sub>ih</sub>[:, %2])")
        .arg(symbol, QString::number(s), QString::number(seq.config.vocabSize));
}

// The gate, state and gradient bars of the step.
void StepDetailPanel::showCharts() {
    const SequenceTrace& seq = *m_trace;
    const bool backward = m_direction == TimeBar::Direction::Backward;
    const bool gradients = hasGradients(seq);
    // Short titles: the charts are narrow. Steps are 1-based, so t = 0 is the initial state.
    const QString at = tr("t = %1").arg(m_step + 1);
    const QString layer = seq.layers.size() > 1 ? tr(", layer %1").arg(m_layer + 1) : QString();
    const bool lstm = seq.config.cell == CellType::Lstm;
    setBars(m_gates,
            (seq.config.cell == CellType::Rnn ? tr("a and h at %1") : tr("Gates at %1")).arg(at) +
                layer,
            gateBars(), seq.config.cell != CellType::Rnn);
    setBars(m_states,
            (lstm ? tr("h, c: t = %1 \u2192 %2") : tr("h: t = %1 \u2192 %2"))
                    .arg(m_step)
                    .arg(m_step + 1) +
                layer,
            stateBars(), false);
    setBars(m_gradients, tr("Gradients at %1").arg(at) + layer, gradientBars(), false);
    m_states.figure->setVisible(!backward || !gradients);
    m_gradients.figure->setVisible(backward && gradients);
}

double StepDetailPanel::equationWidth() const {
    return m_equationScroll->viewport()->width();
}

void StepDetailPanel::claimHeightForWidth() {
    // The splitter around this panel knows no height-for-width: the panel claims the height its
    // wrapped texts take at this width, so the charts below keep their minimum height.
    setMinimumHeight(layout()->minimumHeightForWidth(width()));
}

bool StepDetailPanel::event(QEvent* event) {
    const bool handled = QWidget::event(event);
    // The charts' minimum sizes change with the theme (presentation fonts) and their tick labels.
    if (event->type() == QEvent::LayoutRequest) claimHeightForWidth();
    return handled;
}

void StepDetailPanel::resizeEvent(QResizeEvent* event) {
    QWidget::resizeEvent(event);
    claimHeightForWidth();
    // The claim may have made the panel taller inside this resize, after the layout was placed
    // at the old height (the layout sees a resize before the widget does): place it again.
    if (height() != event->size().height()) layout()->invalidate();
    const bool stacked = Theme::instance().presentation() || m_wideWidth > equationWidth();
    if (m_trace && stacked != m_stacked) refresh();
}

void StepDetailPanel::applyTheme(const ThemeStyle& style) {
    QFont big = style.font(FontRole::Title);
    big.setBold(false);
    m_equations->setFont(big);
    QFont header = style.font(FontRole::AxisLabel);
    m_header->setFont(header);
    m_detail->setFont(style.font(FontRole::Widget));
    m_noGradients->setFont(style.font(FontRole::AxisLabel));
    for (BarChart* chart : {&m_gates, &m_states, &m_gradients}) styleBars(*chart, style);
    refresh();  // the equations' colours
}

void StepDetailPanel::styleBars(BarChart& chart, const ThemeStyle& style) {
    for (int i = 0; i < chart.figure->plottableCount(); ++i) {
        const QColor color = style.seriesColor(i);
        chart.figure->plottable(i)->setPen(QPen(color, style.axisWidth));
        chart.figure->plottable(i)->setBrush(blend(color, style.plotBackground, 0.2));
    }
    chart.figure->requestReplot();
}

}  // namespace rnnlab::ui
