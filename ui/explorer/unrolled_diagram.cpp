#include "ui/explorer/unrolled_diagram.h"

#include <qcustomplot.h>

#include <QContextMenuEvent>
#include <QHelpEvent>
#include <QMenu>
#include <QPainter>
#include <QToolTip>
#include <cmath>

#include "ui/explorer/diagram_geometry.h"
#include "ui/explorer/figure_clicks.h"
#include "ui/explorer/step_equations.h"
#include "ui/explorer/trace_scales.h"
#include "ui/explorer/unrolled_diagram_painter.h"
#include "ui/help/whats_this.h"
#include "ui/notation.h"
#include "ui/plot/figure_commands.h"
#include "ui/theme/theme.h"

namespace rnnlab::ui {

namespace {

constexpr double kMinZoom = 0.25;
constexpr double kMaxZoom = 20;
constexpr double kZoomPerWheelStep = 1.15;

bool isTimeKey(int key) {
    return key == Qt::Key_Left || key == Qt::Key_Right || key == Qt::Key_Home ||
           key == Qt::Key_End || key == Qt::Key_Up || key == Qt::Key_Down;
}

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

UnrolledDiagram::UnrolledDiagram(QWidget* parent)
    : QWidget(parent), m_gradient(std::make_unique<QCPColorGradient>(QCPColorGradient::gpThermal)) {
    setWhatsThisTopic(this, WhatsThisTopic::UnrolledDiagram);
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

DiagramGeometry UnrolledDiagram::geometry(const QSize& size) const {
    const ThemeStyle& style = Theme::instance().style();
    DiagramGeometry g;
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
    const DiagramGeometry g = geometry(size());
    const int c = g.columnOf(step);
    if (c < 0 || g.columns[c].gap || layer < 0 || layer >= g.layers) return {};
    return g.cell(c, layer);
}

QRectF UnrolledDiagram::gapRect(int step) const {
    const DiagramGeometry g = geometry(size());
    const int c = g.columnOf(step);
    if (c < 0 || !g.columns[c].gap) return {};
    return QRectF(g.x[c], g.layersTop, g.w[c], g.layers * g.layerHeight);
}

void UnrolledDiagram::render(QPainter& p, const QSize& size) const {
    const ThemeStyle& style = Theme::instance().style();
    const DiagramGeometry g = geometry(size);
    p.setRenderHint(QPainter::Antialiasing);
    p.fillRect(QRect(QPoint(0, 0), size), style.plotBackground);
    p.setFont(g.boldFont);
    p.setPen(style.text);
    if (!m_trace || m_trace->steps == 0) {
        p.drawText(QRect(QPoint(0, 0), size), Qt::AlignCenter,
                   tr("No sequence traced yet: train, or pick a sequence above."));
        return;
    }
    paintUnrolledDiagram(
        p, size, g,
        {*m_trace, m_step, m_layer, m_direction == TimeBar::Direction::Backward, *m_gradient});
}

void UnrolledDiagram::paintEvent(QPaintEvent*) {
    QPainter p(this);
    render(p, size());
}

QString UnrolledDiagram::pictureTitle() const {
    return tr("Unrolled network");
}

void UnrolledDiagram::paintPicture(QCPPainter& painter, const QSize& size) const {
    render(painter, size);
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
    const DiagramGeometry g = geometry(size());
    m_pan = std::clamp(m_pan, 0.0, std::max(0.0, g.contentWidth - (g.right - g.left)));
}

void UnrolledDiagram::keepCursorVisible() {
    const DiagramGeometry g = geometry(size());
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
    const DiagramGeometry g = geometry(size());
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
        const DiagramGeometry g = geometry(size());
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
    const DiagramGeometry g = geometry(size());
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
    addPictureExportActions(menu, *this, this);
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

}  // namespace rnnlab::ui
