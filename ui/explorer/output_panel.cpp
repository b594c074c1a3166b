#include "ui/explorer/output_panel.h"

#include <qcustomplot.h>

#include <QLabel>
#include <QScrollArea>
#include <QVBoxLayout>

#include "ui/plot/figure.h"
#include "ui/theme/theme.h"

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
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_figure, 3);
    layout->addWidget(m_scroll, 2);
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
    m_figure->yAxis->setRange(0, std::max(0.05, m_barValues.value(0) * 1.1));
    const bool perStep = seq.outputs.rows() > 1;
    const QString at = perStep ? tr("at t = %1").arg(row + 1) : tr("after the last step");
    m_figure->setTitle(perStep ? tr("\u0177 %1: next symbol").arg(at)
                               : tr("\u0177 %1: class").arg(at));
    m_figure->requestReplot();

    const std::vector<OutputProbability> written(
        top.begin(), top.begin() + std::ptrdiff_t(std::min<size_t>(top.size(), kWrittenOut)));
    m_lines = softmaxEquations(seq, row, written, [this](Index i) { return label(i); });
    const ThemeStyle& style = Theme::instance().style();
    QString html = QStringLiteral("<p>%1</p><table cellspacing=\"0\" cellpadding=\"2\">")
                       .arg(tr("p<sub>i</sub> = softmax(z)<sub>i</sub> of the logits z %1:")
                                .arg(at.toHtmlEscaped()));
    for (const EquationLine& line : m_lines) {
        html +=
            QStringLiteral(
                "<tr><td>%1</td></tr><tr><td style=\"color:%2\">&nbsp;&nbsp;= "
                "%3</td></tr>")
                .arg(equationHtml(line.symbolic), style.text.name(), line.numeric.toHtmlEscaped());
    }
    m_equations->setText(html + QStringLiteral("</table>"));
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
