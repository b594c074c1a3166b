#include "ui/explorer/unrolled_diagram_painter.h"

#include <qcustomplot.h>

#include <QCoreApplication>
#include <cmath>

#include "ui/cell_name.h"
#include "ui/explorer/output_softmax.h"
#include "ui/explorer/step_equations.h"
#include "ui/explorer/trace_scales.h"
#include "ui/notation.h"
#include "ui/theme/theme.h"

namespace rnnlab::ui {

namespace {

QString tr(const char* text) {
    return QCoreApplication::translate("rnnlab::ui::DiagramPainter", text);
}

void drawArrow(QPainter& p, const QPointF& from, const QPointF& to, const QPen& pen, double head) {
    const QPointF d = to - from;
    const double len = std::hypot(d.x(), d.y());
    if (len < 1) return;
    const QPointF u = d / len, n(-u.y(), u.x());
    const double h = std::min(head, len * 0.6);
    p.setPen(pen);
    p.drawLine(from, to - u * h * 0.7);
    QPolygonF tip;
    tip << to << to - h * u + 0.5 * h * n << to - h * u - 0.5 * h * n;
    p.setPen(Qt::NoPen);
    p.setBrush(pen.color());
    p.drawPolygon(tip);
    p.setBrush(Qt::NoBrush);
}

// The legend's colour bar, right-aligned on the second line of the header:
//     lower [===== ramp =====] upper
void drawColorBar(QPainter& p, const QRectF& header, const ValueScale& scale,
                  const QCPColorGradient& gradient, const QFont& font, const ThemeStyle& style) {
    const QFontMetricsF fm(font);
    const double line = fm.height();
    const QString lower = formatValue(scale.range.lower), upper = formatValue(scale.range.upper);
    const double upperWidth = fm.horizontalAdvance(upper) + line / 2;
    const double barWidth = std::min(header.width() * 0.25, line * 12);
    const QRectF bar(header.right() - upperWidth - barWidth, header.top() + line * 1.35, barWidth,
                     line * 0.8);
    QLinearGradient ramp(bar.topLeft(), bar.topRight());
    QCPColorGradient colors = gradient;
    for (int i = 0; i <= 10; ++i) ramp.setColorAt(i / 10.0, colors.color(i / 10.0, QCPRange(0, 1)));
    p.fillRect(bar, ramp);
    p.setPen(QPen(style.axis, style.axisWidth));
    p.drawRect(bar);
    p.setFont(font);
    p.setPen(style.text);
    p.drawText(QRectF(bar.right(), bar.top(), upperWidth, bar.height()),
               Qt::AlignRight | Qt::AlignVCenter, upper);
    p.drawText(QRectF(bar.left() - line * 8, bar.top(), line * 7.75, bar.height()),
               Qt::AlignRight | Qt::AlignVCenter, lower);
}

// What a cell or arrow shows: the pass it belongs to has reached it, with its scale position.
struct Shade {
    bool active = false;
    double position = 0;  // 0..1 on the current scale
};

// One drawing: the trace's magnitudes and scales, the colours and pens, and the parts.
class DiagramPainter {
public:
    DiagramPainter(QPainter& p, const DiagramGeometry& g, const DiagramView& v);

    void header();
    void cursorBand();
    void gap(int c);
    void step(int c);
    void rowLabels(double height);

private:
    QColor color(double position) const { return m_gradient.color(position, QCPRange(0, 1)); }
    // The forward pass has reached step t (cursor at or after it); the backward pass has
    // brought dL/dh_t back (cursor at or before it).
    Shade forwardShade(const std::vector<double>& mag, int t) const {
        return Shade{m_backward || t <= m_step, scalePosition(m_magScale, mag[size_t(t)])};
    }
    Shade backwardShade(const std::vector<double>& norm, int t) const {
        return Shade{m_gradients && t >= m_step && size_t(t) < norm.size(),
                     size_t(t) < norm.size() ? scalePosition(m_gradScale, norm[size_t(t)]) : 0.0};
    }
    // Arrow pens: forward width grows with the state; backward colour and width with ‖dL/dh‖.
    QPen arrowPen(const Shade& s, bool gradient) const;
    // A symbol in a cell, as large as fits (at least the diagram's font, shrunk when wider).
    void symbolIn(const QRectF& box, const QString& text);
    void input(int c, int t);
    void layerCell(int c, int t, int k, bool nextIsStep);
    void output(int c, int t);
    void stepNumber(int c, int t);

    QPainter& m_p;
    const DiagramGeometry& m_g;
    const SequenceTrace& m_seq;
    const SymbolLabels& m_labels;
    const bool m_symbols, m_symbolOutput;
    const ThemeStyle& m_style;
    mutable QCPColorGradient m_gradient;
    const int m_step, m_layer, m_steps, m_layers;
    const bool m_backward, m_gradients, m_lstm, m_everyOutput;
    std::vector<std::vector<double>> m_hMag, m_cMag, m_dhNorm, m_dcNorm;
    ValueScale m_magScale, m_gradScale;
    QColor m_pending;
    double m_thin, m_head;
};

DiagramPainter::DiagramPainter(QPainter& p, const DiagramGeometry& g, const DiagramView& v)
    : m_p(p),
      m_g(g),
      m_seq(v.trace),
      m_labels(v.labels),
      m_symbols(hasSymbolInput(v.trace)),
      m_symbolOutput(hasSymbolOutput(v.trace)),
      m_style(Theme::instance().style()),
      m_gradient(v.gradient),
      m_step(v.step),
      m_layer(v.layer),
      m_steps(int(v.trace.steps)),
      m_layers(int(v.trace.layers.size())),
      m_backward(v.backward),
      m_gradients(hasGradients(v.trace)),
      m_lstm(v.trace.config.cell == CellType::Lstm),
      m_everyOutput(v.trace.config.output == OutputMode::Sequence) {
    // Scales: the state magnitude forward, ‖dL/dh_t‖ (log) backward.
    std::vector<double> hAll;
    for (const LayerTrace& l : m_seq.layers) {
        m_hMag.push_back(rowRms(l.h));
        m_cMag.push_back(rowRms(l.c));
        m_dhNorm.push_back(rowNorms(l.dh));
        m_dcNorm.push_back(rowNorms(l.dc));
        hAll.insert(hAll.end(), m_hMag.back().begin(), m_hMag.back().end());
    }
    m_magScale = magnitudeScale(hAll);  // c_t arrows beyond it are widest
    m_gradScale = gradientNormScale(m_seq);
    m_pending = m_style.mutedText;
    m_thin = m_style.axisWidth;
    m_head = std::max(6.0, g.line * 0.4);
}

QPen DiagramPainter::arrowPen(const Shade& s, bool gradient) const {
    if (!s.active) return QPen(blend(m_pending, m_style.plotBackground, 0.5), m_thin, Qt::DotLine);
    const double width = m_thin * (1 + 4 * s.position);
    return QPen(gradient ? color(s.position) : m_style.text, width, Qt::SolidLine, Qt::RoundCap);
}

// What is shown, and the legend of the colour scale.
void DiagramPainter::header() {
    const QString pass = m_backward
                             ? tr("backward pass (BPTT): dL/dh\u209c flows back from the loss")
                             : tr("forward pass: states fill in from t = 1");
    m_p.setPen(m_style.text);
    const QString stack = m_layers == 1 ? tr("1 layer") : tr("%1 layers").arg(m_layers);
    const QString title = tr("%1 \u00b7 %2 \u00d7 %3 units \u00b7 %4 \u00b7 t = %5 / %6")
                              .arg(cellName(m_seq.config.cell), stack)
                              .arg(m_seq.config.hiddenSize)
                              .arg(pass)
                              .arg(m_step + 1)
                              .arg(m_steps);
    m_p.setFont(m_g.font);
    const QFontMetricsF fm(m_g.font);
    const QString legendLabel =
        m_backward ? (m_gradients ? tr("%1, log scale").arg(notation::gradientNorm())
                                  : tr("no gradients: this sequence has no target"))
                   : tr("state size \u2016h\u209c\u2016/\u221aH");
    const double labelWidth = fm.horizontalAdvance(legendLabel) + m_g.pad;
    const QRectF titleRect(m_g.header.left(), m_g.header.top(),
                           m_g.header.width() - labelWidth - m_g.pad, m_g.line * 1.2);
    m_p.setFont(m_g.boldFont);
    m_p.drawText(titleRect, Qt::AlignLeft | Qt::AlignVCenter,
                 QFontMetricsF(m_g.boldFont).elidedText(title, Qt::ElideRight, titleRect.width()));
    m_p.setFont(m_g.font);
    m_p.setPen(m_style.mutedText);
    m_p.drawText(QRectF(titleRect.right(), m_g.header.top(), labelWidth + m_g.pad, m_g.line * 1.2),
                 Qt::AlignRight | Qt::AlignVCenter, legendLabel);
    if (!m_backward || m_gradients)
        drawColorBar(m_p, m_g.header, m_backward ? m_gradScale : m_magScale, m_gradient, m_g.font,
                     m_style);
}

void DiagramPainter::cursorBand() {
    const int c = m_g.columnOf(m_step);
    if (c < 0) return;
    QColor band = m_style.accent;
    band.setAlphaF(0.16f);
    m_p.fillRect(QRectF(m_g.x[c], m_g.outputTop, m_g.w[c], m_g.labelsTop - m_g.outputTop), band);
}

// A dashed box standing for the elided steps, with the state lines running through it.
void DiagramPainter::gap(int c) {
    const DiagramGeometry& g = m_g;
    const QRectF box(g.x[c] + g.stepWidth * 0.15, g.layersTop + g.layerHeight * 0.1,
                     g.w[c] - g.stepWidth * 0.3, m_layers * g.layerHeight - g.layerHeight * 0.2);
    m_p.setPen(QPen(m_style.mutedText, m_thin, Qt::DashLine));
    m_p.setBrush(Qt::NoBrush);
    m_p.drawRoundedRect(box, g.pad, g.pad);
    for (int k = 0; k < m_layers; ++k) {
        const double y = g.layerTop(k) + g.layerHeight / 2;
        m_p.drawLine(QPointF(g.x[c], y), QPointF(box.left(), y));
        m_p.drawLine(QPointF(box.right(), y), QPointF(g.x[c] + g.w[c], y));
    }
    m_p.setPen(m_style.mutedText);
    m_p.setFont(g.font);
    m_p.drawText(box, Qt::AlignCenter | Qt::TextWordWrap,
                 tr("\u2026\n%1 steps\n\u2026").arg(g.columns[c].count));
}

void DiagramPainter::step(int c) {
    const int t = m_g.columns[c].first;
    const bool nextIsStep = c + 1 < m_g.columns.size() && !m_g.columns[c + 1].gap;
    input(c, t);
    for (int k = 0; k < m_layers; ++k) layerCell(c, t, k, nextIsStep);
    if (m_layers > 0 && (m_everyOutput || t == m_steps - 1)) output(c, t);
    stepNumber(c, t);
}

// Input x_t and its arrow up into layer 1.
void DiagramPainter::input(int c, int t) {
    const QRectF in = m_g.io(c, m_g.inputTop);
    m_p.setPen(QPen(m_style.seriesColor(2), m_thin));
    m_p.setBrush(blend(m_style.seriesColor(2), m_style.plotBackground, 0.55));
    m_p.drawRoundedRect(in, in.width() * 0.2, in.width() * 0.2);
    if (m_symbols) symbolIn(in, m_labels.symbol(symbolOf(m_seq, t)));
    const QRectF first = m_g.cell(c, 0);
    drawArrow(m_p, QPointF(in.center().x(), in.top()), QPointF(first.center().x(), first.bottom()),
              arrowPen(Shade{m_backward || t <= m_step, 0}, false), m_head);
}

// The cell of layer k at step t, its arrow up (to the next layer or the output) and its arrows
// to the next step: h_t, and c_t above it for LSTM.
void DiagramPainter::layerCell(int c, int t, int k, bool nextIsStep) {
    const size_t kk = size_t(k);
    const QRectF box = m_g.cell(c, k);
    // Fill: the state forward, the gradient backward.
    const Shade fill = m_backward ? backwardShade(m_dhNorm[kk], t) : forwardShade(m_hMag[kk], t);
    const QColor brush = fill.active
                             ? color(fill.position)
                             : (m_backward ? blend(m_style.text, m_style.plotBackground, 0.85)
                                           : m_style.plotBackground);
    const bool current = t == m_step;
    m_p.setPen(QPen(current ? m_style.accent : (fill.active ? m_style.text : m_pending),
                    current ? m_thin * (k == m_layer ? 4 : 2) : m_thin,
                    fill.active || m_backward || current ? Qt::SolidLine : Qt::DashLine));
    m_p.setBrush(brush);
    m_p.drawRoundedRect(box, m_g.pad * 0.6, m_g.pad * 0.6);
    m_p.setBrush(Qt::NoBrush);
    const bool outputHere = k == m_layers - 1 && (m_everyOutput || t == m_steps - 1);
    if (k < m_layers - 1 || outputHere) {
        const QRectF above = k < m_layers - 1 ? m_g.cell(c, k + 1) : m_g.io(c, m_g.outputTop);
        const QPointF low(box.center().x(), box.top()), high(above.center().x(), above.bottom());
        if (m_backward)
            drawArrow(m_p, high, low, arrowPen(backwardShade(m_dhNorm[kk], t), true), m_head);
        else
            drawArrow(m_p, low, high, arrowPen(forwardShade(m_hMag[kk], t), false), m_head);
    }
    if (!nextIsStep || t + 1 >= m_steps) return;
    const QRectF next = m_g.cell(c + 1, k);
    auto horizontal = [&](double y, const std::vector<double>& mag,
                          const std::vector<double>& norm) {
        if (m_backward)
            drawArrow(m_p, QPointF(next.left(), y), QPointF(box.right(), y),
                      arrowPen(backwardShade(norm, t), true), m_head);
        else
            drawArrow(
                m_p, QPointF(box.right(), y), QPointF(next.left(), y),
                arrowPen(Shade{t + 1 <= m_step, scalePosition(m_magScale, mag[size_t(t)])}, false),
                m_head);
    };
    horizontal(m_lstm ? box.top() + box.height() * 0.7 : box.center().y(), m_hMag[kk],
               m_dhNorm[kk]);
    if (m_lstm) horizontal(box.top() + box.height() * 0.3, m_cMag[kk], m_dcNorm[kk]);
}

void DiagramPainter::output(int c, int t) {
    const QRectF out = m_g.io(c, m_g.outputTop);
    m_p.setPen(QPen(m_style.seriesColor(1), m_thin));
    m_p.setBrush(blend(m_style.seriesColor(1), m_style.plotBackground, 0.55));
    m_p.drawEllipse(out);
    m_p.setBrush(Qt::NoBrush);
    if (m_symbolOutput) {
        const std::vector<OutputProbability> best = topProbabilities(m_seq, outputRow(m_seq, t), 1);
        const QString label = m_labels.className(best.front().index);
        if (m_everyOutput) {
            symbolIn(out, label);
            return;
        }
        // One answer after the last step: the class name beside its ŷ, where the row is
        // empty, and ŷ in the circle.
        m_p.setFont(m_g.boldFont);
        m_p.setPen(m_style.text);
        const QRectF beside(out.left() - m_g.line * 12, out.top(), m_g.line * 12 - m_g.pad,
                            out.height());
        m_p.drawText(beside, Qt::AlignRight | Qt::AlignVCenter,
                     QFontMetricsF(m_g.boldFont).elidedText(label, Qt::ElideRight, beside.width()));
    }
    m_p.setPen(m_style.text);
    m_p.setFont(m_g.font);
    m_p.drawText(out, Qt::AlignCenter, QStringLiteral("\u0177"));
}

void DiagramPainter::symbolIn(const QRectF& box, const QString& text) {
    QFont font = m_g.boldFont;
    const double room = box.width() * 0.9;
    const double wide = QFontMetricsF(font).horizontalAdvance(text);
    // Larger than the labels where the cell allows (a character reads at a glance), smaller
    // for a long class name.
    const double scale = std::clamp(room / std::max(1.0, wide), 0.5, 1.4);
    const double factor = std::min(scale, box.height() / m_g.line);
    if (font.pointSizeF() > 0)
        font.setPointSizeF(font.pointSizeF() * factor);
    else
        font.setPixelSize(std::max(1, int(font.pixelSize() * factor)));
    m_p.setFont(font);
    m_p.setPen(m_style.text);
    const QString shown = QFontMetricsF(font).elidedText(text, Qt::ElideRight, box.width() * 1.1);
    m_p.drawText(box.adjusted(-box.width(), 0, box.width(), 0), Qt::AlignCenter, shown);
}

// Step number, 1-based as the time bar; thinned out when columns are narrow.
void DiagramPainter::stepNumber(int c, int t) {
    const double numberWidth = QFontMetricsF(m_g.font).horizontalAdvance(QStringLiteral("0000"));
    const int every = std::max(1, int(std::ceil(numberWidth / m_g.stepWidth)));
    if (!(t == m_step || (t % every == 0 && std::abs(t - m_step) >= every) || t == m_steps - 1))
        return;
    m_p.setFont(t == m_step ? m_g.boldFont : m_g.font);
    m_p.setPen(t == m_step ? m_style.text : m_style.mutedText);
    m_p.drawText(
        QRectF(m_g.x[c] - m_g.stepWidth, m_g.labelsTop, m_g.w[c] + 2 * m_g.stepWidth, m_g.line),
        Qt::AlignHCenter | Qt::AlignTop, QString::number(t + 1));
}

// Row labels over a plain background.
void DiagramPainter::rowLabels(double height) {
    const DiagramGeometry& g = m_g;
    m_p.fillRect(QRectF(0, g.header.bottom(), g.left - g.pad * 0.5, height),
                 m_style.plotBackground);
    auto rowLabel = [&](double top, double rowHeight, const QString& text, bool bold) {
        m_p.setFont(bold ? g.boldFont : g.font);
        m_p.setPen(bold ? m_style.text : m_style.mutedText);
        m_p.drawText(QRectF(g.pad, top, g.left - 2 * g.pad, rowHeight),
                     Qt::AlignLeft | Qt::AlignVCenter, text);
    };
    rowLabel(g.outputTop, g.ioHeight, QStringLiteral("\u0177"), false);
    for (int k = 0; k < m_layers; ++k)
        rowLabel(g.layerTop(k), g.layerHeight, tr("layer %1").arg(k + 1), k == m_layer);
    rowLabel(g.inputTop, g.ioHeight, QStringLiteral("x\u209c"), false);
    rowLabel(g.labelsTop, g.line, QStringLiteral("t"), false);
}

}  // namespace

void paintUnrolledDiagram(QPainter& p, const QSize& size, const DiagramGeometry& g,
                          const DiagramView& view) {
    DiagramPainter painter(p, g, view);
    painter.header();
    // Columns, clipped to their area so panned content does not run over the row labels.
    p.save();
    p.setClipRect(QRectF(g.left, g.header.bottom(), g.right - g.left, size.height()));
    painter.cursorBand();
    for (int c = 0; c < g.columns.size(); ++c) {
        if (g.columns[c].gap)
            painter.gap(c);
        else
            painter.step(c);
    }
    p.restore();
    painter.rowLabels(size.height());
}

}  // namespace rnnlab::ui
