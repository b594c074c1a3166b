#include "ui/explorer/unrolled_diagram.h"

#include <qcustomplot.h>

#include <QContextMenuEvent>
#include <QFileDialog>
#include <QHelpEvent>
#include <QImage>
#include <QMenu>
#include <QMessageBox>
#include <QPainter>
#include <QSaveFile>
#include <QSvgGenerator>
#include <QToolTip>
#include <cmath>

#include "core/base/errors.h"
#include "ui/cell_name.h"
#include "ui/explorer/step_equations.h"
#include "ui/explorer/trace_scales.h"
#include "ui/notation.h"
#include "ui/theme/theme.h"

namespace rnnlab::ui {

namespace {

constexpr double kGapUnits = 2.4;     // a gap column is this many step columns wide
constexpr double kCellMargin = 0.2;   // of a step column, each side of a cell (arrow room)
constexpr double kIoRowUnits = 0.65;  // input and output rows, in layer rows
constexpr double kMinZoom = 0.25;
constexpr double kMaxZoom = 20;
constexpr double kZoomPerWheelStep = 1.15;
constexpr int kClickSlop = 4;  // pixels a press may move and still count as a click

bool isTimeKey(int key) {
    return key == Qt::Key_Left || key == Qt::Key_Right || key == Qt::Key_Home ||
           key == Qt::Key_End || key == Qt::Key_Up || key == Qt::Key_Down;
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
                  QCPColorGradient& gradient, const QFont& font, const ThemeStyle& style) {
    const QFontMetricsF fm(font);
    const double line = fm.height();
    const QString lower = formatValue(scale.range.lower), upper = formatValue(scale.range.upper);
    const double upperWidth = fm.horizontalAdvance(upper) + line / 2;
    const double barWidth = std::min(header.width() * 0.25, line * 12);
    const QRectF bar(header.right() - upperWidth - barWidth, header.top() + line * 1.35, barWidth,
                     line * 0.8);
    QLinearGradient ramp(bar.topLeft(), bar.topRight());
    for (int i = 0; i <= 10; ++i)
        ramp.setColorAt(i / 10.0, gradient.color(i / 10.0, QCPRange(0, 1)));
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

}  // namespace

QList<DiagramColumn> diagramColumns(int steps, int cursor, bool expanded) {
    QList<DiagramColumn> columns;
    if (steps <= 0) return columns;
    QVector<bool> shown(steps, expanded || steps <= kElideAbove);
    for (int t = 0; t < steps; ++t) {
        if (t < kEdgeSteps || t >= steps - kEdgeSteps || std::abs(t - cursor) <= kCursorNeighbours)
            shown[t] = true;
    }
    for (int t = 0; t < steps;) {
        if (shown[t]) {
            columns.append({t, 1, false});
            ++t;
        } else {
            int end = t;
            while (end < steps && !shown[end]) ++end;
            columns.append({t, end - t, true});
            t = end;
        }
    }
    return columns;
}

// Where everything goes for one drawing size. Rows from the top: outputs, layer L .. layer 1,
// inputs, step numbers.
struct UnrolledDiagram::Geometry {
    QFont font, boldFont;
    double line = 0;
    double pad = 0;
    QRectF header;    // title and legend
    double left = 0;  // where the columns start (row labels to the left)
    double right = 0;
    double outputTop = 0, ioHeight = 0;
    double layersTop = 0, layerHeight = 0;
    double inputTop = 0, labelsTop = 0;
    double stepWidth = 0;
    double contentWidth = 0;  // all columns, unpanned
    QList<DiagramColumn> columns;
    QVector<double> x, w;  // each column's left edge (panned) and width
    int layers = 0;

    double layerTop(int layer) const { return layersTop + (layers - 1 - layer) * layerHeight; }
    int columnOf(int step) const {
        for (int c = 0; c < columns.size(); ++c) {
            if (step >= columns[c].first && step < columns[c].first + columns[c].count) return c;
        }
        return -1;
    }
    QRectF cell(int c, int layer) const {
        const double m = w[c] * kCellMargin;
        return QRectF(x[c] + m, layerTop(layer) + layerHeight * 0.18, w[c] - 2 * m,
                      layerHeight * 0.64);
    }
    QRectF io(int c, double top) const {
        const double side = std::min(ioHeight * 0.7, w[c] * (1 - 2 * kCellMargin));
        return QRectF(x[c] + (w[c] - side) / 2, top + (ioHeight - side) / 2, side, side);
    }
};

UnrolledDiagram::UnrolledDiagram(QWidget* parent)
    : QWidget(parent), m_gradient(std::make_unique<QCPColorGradient>(QCPColorGradient::gpThermal)) {
    setFocusPolicy(Qt::StrongFocus);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
    connect(&Theme::instance(), &Theme::changed, this, [this] {
        updateGeometry();
        update();
    });
}

UnrolledDiagram::~UnrolledDiagram() = default;

QSize UnrolledDiagram::minimumSizeHint() const {
    const int line = QFontMetrics(Theme::instance().style().font(FontRole::Diagram)).height();
    return QSize(line * 16, line * 9);
}

QSize UnrolledDiagram::sizeHint() const {
    const int line = QFontMetrics(Theme::instance().style().font(FontRole::Diagram)).height();
    const int layers = m_trace ? int(m_trace->layers.size()) : 1;
    return QSize(line * 50, line * (8 + 3 * layers));
}

QList<DiagramColumn> UnrolledDiagram::columns() const {
    return diagramColumns(m_trace ? int(m_trace->steps) : 0, m_step, m_expanded);
}

UnrolledDiagram::Geometry UnrolledDiagram::geometry(const QSize& size) const {
    const ThemeStyle& style = Theme::instance().style();
    Geometry g;
    g.font = style.font(FontRole::Diagram);
    g.boldFont = g.font;
    g.boldFont.setBold(true);
    const QFontMetricsF fm(g.boldFont);
    g.line = fm.height();
    g.pad = g.line / 2;
    g.layers = m_trace ? int(m_trace->layers.size()) : 1;
    g.header = QRectF(g.pad, g.pad, size.width() - 2 * g.pad, g.line * 2.4);
    g.left = g.pad * 2 + fm.horizontalAdvance(tr("layer %1").arg(g.layers));
    g.right = size.width() - g.pad;
    const double rowsTop = g.header.bottom() + g.pad;
    const double labelsHeight = g.line * 1.3;
    const double available = std::max(g.line * 4, size.height() - rowsTop - labelsHeight - g.pad);
    g.layerHeight = available / (g.layers + 2 * kIoRowUnits);
    g.ioHeight = g.layerHeight * kIoRowUnits;
    g.outputTop = rowsTop;
    g.layersTop = g.outputTop + g.ioHeight;
    g.inputTop = g.layersTop + g.layers * g.layerHeight;
    g.labelsTop = g.inputTop + g.ioHeight;

    g.columns = columns();
    double units = 0;
    for (const DiagramColumn& c : g.columns) units += c.gap ? kGapUnits : 1.0;
    const double view = g.right - g.left;
    const double base = std::max(units > 0 ? view / units : view, g.line * 1.6);
    g.stepWidth = std::max(3.0, base * m_zoom);
    double x = g.left - m_pan;
    for (const DiagramColumn& c : g.columns) {
        const double width = g.stepWidth * (c.gap ? kGapUnits : 1.0);
        g.x.append(x);
        g.w.append(width);
        x += width;
    }
    g.contentWidth = x - (g.left - m_pan);
    return g;
}

QRectF UnrolledDiagram::cellRect(int step, int layer) const {
    const Geometry g = geometry(size());
    const int c = g.columnOf(step);
    if (c < 0 || g.columns[c].gap || layer < 0 || layer >= g.layers) return {};
    return g.cell(c, layer);
}

QRectF UnrolledDiagram::gapRect(int step) const {
    const Geometry g = geometry(size());
    const int c = g.columnOf(step);
    if (c < 0 || !g.columns[c].gap) return {};
    return QRectF(g.x[c], g.layersTop, g.w[c], g.layers * g.layerHeight);
}

void UnrolledDiagram::render(QPainter& p, const QSize& size) const {
    const ThemeStyle& style = Theme::instance().style();
    const Geometry g = geometry(size);
    p.setRenderHint(QPainter::Antialiasing);
    p.fillRect(QRect(QPoint(0, 0), size), style.plotBackground);
    p.setFont(g.boldFont);
    p.setPen(style.text);
    if (!m_trace || m_trace->steps == 0) {
        p.drawText(QRect(QPoint(0, 0), size), Qt::AlignCenter,
                   tr("No sequence traced yet: train, or pick a sequence above."));
        return;
    }
    const SequenceTrace& seq = *m_trace;
    const int T = int(seq.steps), L = int(seq.layers.size());
    const bool lstm = seq.config.cell == CellType::Lstm;
    const bool backward = m_direction == TimeBar::Direction::Backward;
    const bool gradients = hasGradients(seq);

    // Scales: the state magnitude forward, ‖dL/dh_t‖ (log) backward.
    const size_t layers = size_t(L);
    std::vector<std::vector<double>> hMag(layers), cMag(layers), dhNorm(layers), dcNorm(layers);
    std::vector<double> hAll;
    for (int k = 0; k < L; ++k) {
        const LayerTrace& l = seq.layers[size_t(k)];
        hMag[size_t(k)] = rowRms(l.h);
        cMag[size_t(k)] = rowRms(l.c);
        dhNorm[size_t(k)] = rowNorms(l.dh);
        dcNorm[size_t(k)] = rowNorms(l.dc);
        hAll.insert(hAll.end(), hMag[size_t(k)].begin(), hMag[size_t(k)].end());
    }
    const ValueScale magScale = magnitudeScale(hAll);  // c_t arrows beyond it are widest
    const ValueScale gradScale = gradientNormScale(seq);
    const QCPRange unit(0, 1);
    auto color = [&](double position) { return m_gradient->color(position, unit); };
    // The forward pass has reached step t (cursor at or after it); the backward pass has
    // brought dL/dh_t back (cursor at or before it).
    auto forwardShade = [&](const std::vector<double>& mag, int t) {
        return Shade{backward || t <= m_step, scalePosition(magScale, mag[size_t(t)])};
    };
    auto backwardShade = [&](const std::vector<double>& norm, int t) {
        return Shade{gradients && t >= m_step && size_t(t) < norm.size(),
                     size_t(t) < norm.size() ? scalePosition(gradScale, norm[size_t(t)]) : 0.0};
    };
    const QColor pending = style.mutedText;
    const double thin = style.axisWidth;
    const double head = std::max(6.0, g.line * 0.4);
    // Arrow pens: forward width grows with the state; backward colour and width with ‖dL/dh‖.
    auto arrowPen = [&](const Shade& s, bool gradient) {
        if (!s.active) return QPen(blend(pending, style.plotBackground, 0.5), thin, Qt::DotLine);
        const double width = thin * (1 + 4 * s.position);
        return QPen(gradient ? color(s.position) : style.text, width, Qt::SolidLine, Qt::RoundCap);
    };

    // Header: what is shown, and the legend of the colour scale.
    const QString pass = backward ? tr("backward pass (BPTT): dL/dh\u209c flows back from the loss")
                                  : tr("forward pass: states fill in from t = 1");
    p.setPen(style.text);
    const QString stack = L == 1 ? tr("1 layer") : tr("%1 layers").arg(L);
    const QString title = tr("%1 \u00b7 %2 \u00d7 %3 units \u00b7 %4 \u00b7 t = %5 / %6")
                              .arg(cellName(seq.config.cell), stack)
                              .arg(seq.config.hiddenSize)
                              .arg(pass)
                              .arg(m_step + 1)
                              .arg(T);
    p.setFont(g.font);
    const QFontMetricsF fm(g.font);
    const QString legendLabel = backward
                                    ? (gradients ? tr("%1, log scale").arg(notation::gradientNorm())
                                                 : tr("no gradients: this sequence has no target"))
                                    : tr("state size \u2016h\u209c\u2016/\u221aH");
    const double labelWidth = fm.horizontalAdvance(legendLabel) + g.pad;
    const QRectF titleRect(g.header.left(), g.header.top(), g.header.width() - labelWidth - g.pad,
                           g.line * 1.2);
    p.setFont(g.boldFont);
    p.drawText(titleRect, Qt::AlignLeft | Qt::AlignVCenter,
               QFontMetricsF(g.boldFont).elidedText(title, Qt::ElideRight, titleRect.width()));
    p.setFont(g.font);
    p.setPen(style.mutedText);
    p.drawText(QRectF(titleRect.right(), g.header.top(), labelWidth + g.pad, g.line * 1.2),
               Qt::AlignRight | Qt::AlignVCenter, legendLabel);
    if (!backward || gradients)
        drawColorBar(p, g.header, backward ? gradScale : magScale, *m_gradient, g.font, style);

    // Columns, clipped to their area so panned content does not run over the row labels.
    p.save();
    p.setClipRect(QRectF(g.left, g.header.bottom(), g.right - g.left, size.height()));
    const int cursorColumn = g.columnOf(m_step);
    if (cursorColumn >= 0) {
        QColor band = style.accent;
        band.setAlphaF(0.16f);
        p.fillRect(
            QRectF(g.x[cursorColumn], g.outputTop, g.w[cursorColumn], g.labelsTop - g.outputTop),
            band);
    }
    const QColor inputColor = blend(style.seriesColor(2), style.plotBackground, 0.55);
    const QColor outputColor = blend(style.seriesColor(1), style.plotBackground, 0.55);
    const QColor doneFill = blend(style.text, style.plotBackground, 0.85);
    const bool everyOutput = seq.config.output == OutputMode::Sequence;
    for (int c = 0; c < g.columns.size(); ++c) {
        const DiagramColumn& col = g.columns[c];
        const bool nextIsStep = c + 1 < g.columns.size() && !g.columns[c + 1].gap && !col.gap;
        if (col.gap) {
            const QRectF box(g.x[c] + g.stepWidth * 0.15, g.layersTop + g.layerHeight * 0.1,
                             g.w[c] - g.stepWidth * 0.3, L * g.layerHeight - g.layerHeight * 0.2);
            p.setPen(QPen(style.mutedText, thin, Qt::DashLine));
            p.setBrush(Qt::NoBrush);
            p.drawRoundedRect(box, g.pad, g.pad);
            for (int k = 0; k < L; ++k) {
                const double y = g.layerTop(k) + g.layerHeight / 2;
                p.drawLine(QPointF(g.x[c], y), QPointF(box.left(), y));
                p.drawLine(QPointF(box.right(), y), QPointF(g.x[c] + g.w[c], y));
            }
            p.setPen(style.mutedText);
            p.setFont(g.font);
            p.drawText(box, Qt::AlignCenter | Qt::TextWordWrap,
                       tr("\u2026\n%1 steps\n\u2026").arg(col.count));
            continue;
        }
        const int t = col.first;
        // Input x_t and its arrow up into layer 1.
        const QRectF in = g.io(c, g.inputTop);
        p.setPen(QPen(style.seriesColor(2), thin));
        p.setBrush(inputColor);
        p.drawRoundedRect(in, in.width() * 0.2, in.width() * 0.2);
        const QRectF first = g.cell(c, 0);
        drawArrow(p, QPointF(in.center().x(), in.top()),
                  QPointF(first.center().x(), first.bottom()),
                  arrowPen(Shade{backward || t <= m_step, 0}, false), head);
        for (int k = 0; k < L; ++k) {
            const size_t kk = size_t(k);
            const QRectF box = g.cell(c, k);
            // Fill: the state forward, the gradient backward.
            Shade fill = backward ? backwardShade(dhNorm[kk], t) : forwardShade(hMag[kk], t);
            QColor brush =
                fill.active ? color(fill.position) : (backward ? doneFill : style.plotBackground);
            const bool current = t == m_step;
            QPen border(current ? style.accent : (fill.active ? style.text : pending),
                        current ? thin * (k == m_layer ? 4 : 2) : thin,
                        fill.active || backward || current ? Qt::SolidLine : Qt::DashLine);
            p.setPen(border);
            p.setBrush(brush);
            p.drawRoundedRect(box, g.pad * 0.6, g.pad * 0.6);
            p.setBrush(Qt::NoBrush);
            // Up to the next layer, or the output.
            const bool outputHere = k == L - 1 && (everyOutput || t == T - 1);
            if (k < L - 1 || outputHere) {
                const QRectF above = k < L - 1 ? g.cell(c, k + 1) : g.io(c, g.outputTop);
                const QPointF low(box.center().x(), box.top()),
                    high(above.center().x(), above.bottom());
                if (backward)
                    drawArrow(p, high, low, arrowPen(backwardShade(dhNorm[kk], t), true), head);
                else
                    drawArrow(p, low, high, arrowPen(forwardShade(hMag[kk], t), false), head);
            }
            if (!nextIsStep || t + 1 >= T) continue;
            // To the next step: h_t (and c_t above it for LSTM).
            const QRectF next = g.cell(c + 1, k);
            const double hy = lstm ? box.top() + box.height() * 0.7 : box.center().y();
            const double cy = box.top() + box.height() * 0.3;
            auto horizontal = [&](double y, const std::vector<double>& mag,
                                  const std::vector<double>& norm) {
                if (backward)
                    drawArrow(p, QPointF(next.left(), y), QPointF(box.right(), y),
                              arrowPen(backwardShade(norm, t), true), head);
                else
                    drawArrow(
                        p, QPointF(box.right(), y), QPointF(next.left(), y),
                        arrowPen(Shade{t + 1 <= m_step, scalePosition(magScale, mag[size_t(t)])},
                                 false),
                        head);
            };
            horizontal(hy, hMag[kk], dhNorm[kk]);
            if (lstm) horizontal(cy, cMag[kk], dcNorm[kk]);
        }
        if (L > 0 && (everyOutput || t == T - 1)) {
            const QRectF out = g.io(c, g.outputTop);
            p.setPen(QPen(style.seriesColor(1), thin));
            p.setBrush(outputColor);
            p.drawEllipse(out);
            p.setBrush(Qt::NoBrush);
            p.setPen(style.text);
            p.setFont(g.font);
            p.drawText(out, Qt::AlignCenter, QStringLiteral("\u0177"));
        }
        // Step number, 1-based as the time bar; thinned out when columns are narrow.
        const QString label = QString::number(t + 1);
        const double numberWidth = QFontMetricsF(g.font).horizontalAdvance(QStringLiteral("0000"));
        const int every = std::max(1, int(std::ceil(numberWidth / g.stepWidth)));
        if (t == m_step || (t % every == 0 && std::abs(t - m_step) >= every) || t == T - 1) {
            p.setFont(t == m_step ? g.boldFont : g.font);
            p.setPen(t == m_step ? style.text : style.mutedText);
            p.drawText(QRectF(g.x[c] - g.stepWidth, g.labelsTop, g.w[c] + 2 * g.stepWidth, g.line),
                       Qt::AlignHCenter | Qt::AlignTop, label);
        }
    }
    p.restore();

    // Row labels over a plain background.
    p.fillRect(QRectF(0, g.header.bottom(), g.left - g.pad * 0.5, size.height()),
               style.plotBackground);
    auto rowLabel = [&](double top, double height, const QString& text, bool bold) {
        p.setFont(bold ? g.boldFont : g.font);
        p.setPen(bold ? style.text : style.mutedText);
        p.drawText(QRectF(g.pad, top, g.left - 2 * g.pad, height), Qt::AlignLeft | Qt::AlignVCenter,
                   text);
    };
    rowLabel(g.outputTop, g.ioHeight, QStringLiteral("\u0177"), false);
    for (int k = 0; k < L; ++k)
        rowLabel(g.layerTop(k), g.layerHeight, tr("layer %1").arg(k + 1), k == m_layer);
    rowLabel(g.inputTop, g.ioHeight, QStringLiteral("x\u209c"), false);
    rowLabel(g.labelsTop, g.line, QStringLiteral("t"), false);
}

void UnrolledDiagram::paintEvent(QPaintEvent*) {
    QPainter p(this);
    render(p, size());
}

void UnrolledDiagram::exportTo(const QString& path) const {
    auto fail = [&](const QString& why) {
        throw FileError(
            QStringLiteral("%1: cannot write the diagram: %2").arg(path, why).toStdString());
    };
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix != QLatin1String("png") && suffix != QLatin1String("svg"))
        fail(tr("unknown format '%1' (expected .png or .svg)").arg(suffix));
    const QSize logical = size().isEmpty() ? sizeHint() : size();
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) fail(file.errorString());
    if (suffix == QLatin1String("png")) {
        QImage image(logical * 2, QImage::Format_ARGB32_Premultiplied);
        image.setDevicePixelRatio(2);
        QPainter p(&image);
        render(p, logical);
        p.end();
        if (!image.save(&file, "PNG")) fail(tr("PNG encoding failed"));
    } else {
        QSvgGenerator svg;
        svg.setOutputDevice(&file);
        svg.setResolution(96);
        svg.setSize(logical);
        svg.setViewBox(QRect(QPoint(0, 0), logical));
        svg.setTitle(tr("Unrolled network"));
        svg.setDescription(QStringLiteral("Exported from RNN Lab"));
        QPainter p;
        if (!p.begin(&svg)) fail(tr("the painter could not start"));
        render(p, logical);
        p.end();
    }
    if (!file.commit()) fail(file.errorString());
}

void UnrolledDiagram::setTrace(std::shared_ptr<const SequenceTrace> trace) {
    const bool reshaped = !m_trace || !trace || trace->steps != m_trace->steps ||
                          trace->layers.size() != m_trace->layers.size();
    m_trace = std::move(trace);
    const int steps = m_trace ? int(m_trace->steps) : 0;
    m_step = steps > 0 ? std::clamp(m_step, 0, steps - 1) : 0;
    m_layer = m_trace ? std::clamp(m_layer, 0, std::max(0, int(m_trace->layers.size()) - 1)) : 0;
    if (reshaped) {
        updateGeometry();
        clampPan();
    }
    update();
}

void UnrolledDiagram::setCurrentStep(int step) {
    if (step == m_step) return;
    m_step = step;
    keepCursorVisible();
    update();
}

void UnrolledDiagram::setDirection(TimeBar::Direction direction) {
    if (direction == m_direction) return;
    m_direction = direction;
    update();
}

void UnrolledDiagram::setLayer(int layer) {
    if (layer == m_layer) return;
    m_layer = layer;
    update();
}

void UnrolledDiagram::setExpanded(bool expanded) {
    if (expanded == m_expanded) return;
    m_expanded = expanded;
    clampPan();
    keepCursorVisible();
    update();
}

void UnrolledDiagram::setZoom(double zoom) {
    m_zoom = std::clamp(zoom, kMinZoom, kMaxZoom);
    clampPan();
    update();
}

void UnrolledDiagram::setPan(double pixels) {
    m_pan = pixels;
    clampPan();
    update();
}

void UnrolledDiagram::resetView() {
    m_zoom = 1;
    m_pan = 0;
    keepCursorVisible();
    update();
}

void UnrolledDiagram::setColorGradient(const QCPColorGradient& gradient) {
    *m_gradient = gradient;
    update();
}

void UnrolledDiagram::clampPan() {
    const Geometry g = geometry(size());
    m_pan = std::clamp(m_pan, 0.0, std::max(0.0, g.contentWidth - (g.right - g.left)));
}

void UnrolledDiagram::keepCursorVisible() {
    const Geometry g = geometry(size());
    const int c = g.columnOf(m_step);
    if (c < 0) return;
    if (g.x[c] < g.left) m_pan -= g.left - g.x[c];
    if (g.x[c] + g.w[c] > g.right) m_pan += g.x[c] + g.w[c] - g.right;
    clampPan();
}

void UnrolledDiagram::resizeEvent(QResizeEvent*) {
    clampPan();
}

bool UnrolledDiagram::event(QEvent* e) {
    if (e->type() == QEvent::ShortcutOverride && isTimeKey(static_cast<QKeyEvent*>(e)->key()) &&
        !(static_cast<QKeyEvent*>(e)->modifiers() & ~Qt::KeypadModifier)) {
        e->accept();  // the window's arrow-key shortcuts wait while the diagram has focus
        return true;
    }
    if (e->type() == QEvent::ToolTip) {
        auto* help = static_cast<QHelpEvent*>(e);
        const QString text = toolTipAt(help->pos());
        if (text.isEmpty())
            QToolTip::hideText();
        else
            QToolTip::showText(help->globalPos(), text, this);
        return true;
    }
    return QWidget::event(e);
}

QString UnrolledDiagram::toolTipAt(const QPointF& pos) const {
    if (!m_trace) return {};
    const Geometry g = geometry(size());
    for (int c = 0; c < g.columns.size(); ++c) {
        if (pos.x() < g.x[c] || pos.x() >= g.x[c] + g.w[c]) continue;
        if (g.columns[c].gap)
            return tr("Steps %1 to %2: click to show every step")
                .arg(g.columns[c].first + 1)
                .arg(g.columns[c].first + g.columns[c].count);
        const int t = g.columns[c].first;
        for (int k = 0; k < g.layers; ++k) {
            if (!g.cell(c, k).contains(pos)) continue;
            const LayerTrace& l = m_trace->layers[size_t(k)];
            QString text = tr("t = %1, layer %2\n\u2016h\u209c\u2016/\u221aH = %3")
                               .arg(t + 1)
                               .arg(k + 1)
                               .arg(formatValue(rowRms(l.h)[size_t(t)]));
            if (l.dh.rows() > t)
                text += (QStringLiteral("\n") + notation::gradientNorm() + QStringLiteral(" = %1"))
                            .arg(formatValue(l.dh.row(t).norm()));
            return text;
        }
    }
    return {};
}

void UnrolledDiagram::wheelEvent(QWheelEvent* e) {
    const double steps = e->angleDelta().y() / 120.0;
    if (e->modifiers() & Qt::ControlModifier) {
        // Zoom about the mouse: the point under it stays put.
        const Geometry g = geometry(size());
        const double mouse = e->position().x() - g.left;
        const double before = g.stepWidth;
        m_zoom = std::clamp(m_zoom * std::pow(kZoomPerWheelStep, steps), kMinZoom, kMaxZoom);
        const double after = geometry(size()).stepWidth;
        m_pan = (m_pan + mouse) * after / before - mouse;
        clampPan();
    } else {
        const double dx = e->angleDelta().x() != 0 ? e->angleDelta().x() : e->angleDelta().y();
        m_pan -= dx / 120.0 * geometry(size()).stepWidth * 2;
        clampPan();
    }
    update();
    e->accept();
}

void UnrolledDiagram::mousePressEvent(QMouseEvent* e) {
    if (e->button() != Qt::LeftButton) return QWidget::mousePressEvent(e);
    m_pressPos = e->position();
    m_pressPan = m_pan;
    m_dragging = false;
}

void UnrolledDiagram::mouseMoveEvent(QMouseEvent* e) {
    if (!(e->buttons() & Qt::LeftButton)) return;
    const QPointF d = e->position() - m_pressPos;
    if (!m_dragging && d.manhattanLength() < kClickSlop) return;
    m_dragging = true;
    setCursor(Qt::ClosedHandCursor);
    m_pan = m_pressPan - d.x();
    clampPan();
    update();
}

void UnrolledDiagram::mouseReleaseEvent(QMouseEvent* e) {
    if (e->button() != Qt::LeftButton) return QWidget::mouseReleaseEvent(e);
    if (m_dragging) {
        m_dragging = false;
        unsetCursor();
        return;
    }
    if (!m_trace) return;
    const Geometry g = geometry(size());
    const QPointF pos = e->position();
    for (int c = 0; c < g.columns.size(); ++c) {
        if (pos.x() < g.x[c] || pos.x() >= g.x[c] + g.w[c] || pos.x() < g.left) continue;
        if (g.columns[c].gap) {
            setExpanded(true);
            return;
        }
        for (int k = 0; k < g.layers; ++k) {
            const double top = g.layerTop(k);
            if (pos.y() >= top && pos.y() < top + g.layerHeight) emit layerRequested(k);
        }
        emit stepRequested(g.columns[c].first);
        return;
    }
}

void UnrolledDiagram::keyPressEvent(QKeyEvent* e) {
    const int steps = m_trace ? int(m_trace->steps) : 0;
    const int layers = m_trace ? int(m_trace->layers.size()) : 0;
    switch (e->key()) {
        case Qt::Key_Left:
            if (m_step > 0) emit stepRequested(m_step - 1);
            break;
        case Qt::Key_Right:
            if (m_step + 1 < steps) emit stepRequested(m_step + 1);
            break;
        case Qt::Key_Home:
            if (steps > 0) emit stepRequested(0);
            break;
        case Qt::Key_End:
            if (steps > 0) emit stepRequested(steps - 1);
            break;
        case Qt::Key_Up:
            if (m_layer + 1 < layers) emit layerRequested(m_layer + 1);
            break;
        case Qt::Key_Down:
            if (m_layer > 0) emit layerRequested(m_layer - 1);
            break;
        default:
            return QWidget::keyPressEvent(e);
    }
    e->accept();
}

void UnrolledDiagram::contextMenuEvent(QContextMenuEvent* e) {
    QMenu menu(this);
    menu.addAction(tr("Export PNG\u2026"), this,
                   [this] { exportInteractively(QStringLiteral("png")); });
    menu.addAction(tr("Export SVG\u2026"), this,
                   [this] { exportInteractively(QStringLiteral("svg")); });
    menu.addSeparator();
    if (m_trace && m_trace->steps > kElideAbove) {
        QAction* all = menu.addAction(tr("Show every step"));
        all->setCheckable(true);
        all->setChecked(m_expanded);
        connect(all, &QAction::toggled, this, &UnrolledDiagram::setExpanded);
    }
    menu.addAction(tr("Reset zoom"), this, &UnrolledDiagram::resetView);
    menu.exec(e->globalPos());
    e->accept();
}

void UnrolledDiagram::exportInteractively(const QString& suffix) {
    const QString filter =
        suffix == QLatin1String("png") ? tr("PNG image (*.png)") : tr("SVG drawing (*.svg)");
    QString path =
        QFileDialog::getSaveFileName(this, tr("Export the unrolled network"),
                                     QStringLiteral("unrolled-network.") + suffix, filter);
    if (path.isEmpty()) return;
    if (QFileInfo(path).suffix().isEmpty()) path += QLatin1Char('.') + suffix;
    try {
        exportTo(path);
    } catch (const FileError& error) {
        QMessageBox::warning(this, tr("Export failed"), QString::fromStdString(error.what()));
    }
}

}  // namespace rnnlab::ui
