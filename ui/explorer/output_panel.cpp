#include "ui/explorer/output_panel.h"

#include <qcustomplot.h>

#include <QLabel>
#include <QScrollArea>
#include <QScrollBar>

#include "ui/plot/figure.h"
#include "ui/theme/theme.h"
#include "ui/window/stacking_layout.h"

namespace rnnlab::ui {

OutputPanel::OutputPanel(QWidget* parent) : QWidget(parent) {
    m_figure = new Figure(QString(), QString(), tr("probability"), this);
    auto* bars = new QCPBars(m_figure->xAxis, m_figure->yAxis);
    bars->setName(tr("p = softmax(z)"));
    bars->setWidth(0.7);
    m_figure->legend->setVisible(false);
    m_equations = new QLabel(this);
    m_equations->setTextFormat(Qt::RichText);
    m_equations->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_equations->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_scroll = new QScrollArea(this);
    m_scroll->setWidget(m_equations);
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    // The bars beside the softmax when both fit (the projector's wide pane), else above it.
    auto* layout = new StackingLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_figure, 1);
    layout->addWidget(m_scroll, 1);
    applyTheme(Theme::instance().style());
    connect(&Theme::instance(), &Theme::changed, this, &OutputPanel::applyTheme);
}

bool OutputPanel::applies() const {
    return m_trace && hasSymbolOutput(*m_trace);
}

QString OutputPanel::equationsText() const {
    QStringList out;
    for (const EquationLine& line : m_lines) out << line.text();
    return out.join(QLatin1Char('\n'));
}

void OutputPanel::setTrace(std::shared_ptr<const SequenceTrace> trace) {
    m_trace = std::move(trace);
    refresh();
}

void OutputPanel::setLabels(const SymbolLabels& labels) {
    if (labels == m_labels) return;
    m_labels = labels;
    refresh();
}

void OutputPanel::setCurrentStep(int step) {
    if (step == m_step) return;
    m_step = step;
    // A many-to-one output does not change with the cursor.
    if (m_trace && m_trace->outputs.rows() > 1) refresh();
}

QString OutputPanel::label(Index index) const {
    return m_labels.className(index);
}

void OutputPanel::refresh() {
    m_barLabels.clear();
    m_barValues.clear();
    m_lines.clear();
    auto* bars = qobject_cast<QCPBars*>(m_figure->plottable(0));
    // Hidden itself, not only with the panel: an export of the shown figures leaves it out.
    m_figure->setVisible(applies());
    if (!applies()) {
        bars->data()->clear();
        m_equations->clear();
        m_figure->requestReplot();
        return;
    }
    const SequenceTrace& seq = *m_trace;
    const Index row = outputRow(seq, m_step);
    const std::vector<OutputProbability> top = topProbabilities(seq, row, kTopBars);
    QSharedPointer<QCPAxisTickerText> ticker(new QCPAxisTickerText);
    QVector<double> keys;
    for (size_t i = 0; i < top.size(); ++i) {
        m_barLabels << label(top[i].index);
        m_barValues << top[i].p;
        keys << double(i + 1);
        ticker->addTick(double(i + 1), m_barLabels.back());
    }
    bars->setData(keys, m_barValues, true);
    m_figure->xAxis->setTicker(ticker);
    m_figure->xAxis->setRange(0.4, double(top.size()) + 0.6);
    // From 0 to just above the largest: a vocabulary of thousands has small probabilities.
    m_figure->yAxis->setRange(0, m_barValues.value(0) * 1.12);
    const bool perStep = seq.outputs.rows() > 1;
    const QString at = perStep ? tr("at t = %1").arg(row + 1) : tr("after the last step");
    m_figure->setTitle(perStep ? tr("\u0177 %1: next symbol").arg(at)
                               : tr("\u0177 %1: class").arg(at));
    m_figure->requestReplot();

    const std::vector<OutputProbability> written(
        top.begin(), top.begin() + std::ptrdiff_t(std::min<size_t>(top.size(), kWrittenOut)));
    m_lines = softmaxEquations(seq, row, written, [this](Index i) { return label(i); });
    QString html = QStringLiteral("<p>%1</p><table cellspacing=\"0\" cellpadding=\"2\">")
                       .arg(tr("p<sub>i</sub> = softmax(z)<sub>i</sub> of the logits z %1:")
                                .arg(at.toHtmlEscaped()));
    // The sum on one line; each probability's equation above its numbers, on two lines
    // (= exp(z_i) / Σ, = e^z_i / Σ = p_i) so that the text fits beside the bars more often.
    const QString numbers = QStringLiteral("<tr><td>&nbsp;&nbsp;= %1</td></tr>");
    for (size_t i = 0; i < m_lines.size(); ++i) {
        const EquationLine& line = m_lines[i];
        const QString symbolic = equationHtml(line.symbolic);
        if (i == 0) {
            html += QStringLiteral("<tr><td>%1 = %2</td></tr>")
                        .arg(symbolic, line.numeric.toHtmlEscaped());
            continue;
        }
        const int split = line.numeric.indexOf(QStringLiteral(" = "));
        html += QStringLiteral("<tr><td>%1</td></tr>").arg(symbolic) +
                numbers.arg(line.numeric.left(split).toHtmlEscaped()) +
                numbers.arg(line.numeric.mid(split + 3).toHtmlEscaped());
    }
    m_equations->setText(html + QStringLiteral("</table>"));
    // Beside the bars only when its lines fit there unwrapped, else under them.
    m_scroll->setMinimumWidth(m_equations->sizeHint().width() +
                              m_scroll->verticalScrollBar()->sizeHint().width());
}

void OutputPanel::applyTheme(const ThemeStyle& style) {
    QFont font = style.font(FontRole::AxisLabel);
    m_equations->setFont(font);
    auto* bars = qobject_cast<QCPBars*>(m_figure->plottable(0));
    const QColor color = style.seriesColor(1);
    bars->setPen(QPen(color, style.axisWidth));
    bars->setBrush(blend(color, style.plotBackground, 0.2));
    QFont ticks = style.font(FontRole::Tick);
    ticks.setPointSizeF(ticks.pointSizeF() * 1.4);
    m_figure->xAxis->setTickLabelFont(ticks);
    refresh();
}

}  // namespace rnnlab::ui
