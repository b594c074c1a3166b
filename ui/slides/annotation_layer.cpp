#include "ui/slides/annotation_layer.h"

#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>
#include <QTimer>
#include <cmath>
#include <utility>

#include "ui/theme/theme.h"

namespace rnnlab::ui {

namespace {

constexpr double kHighlightAlpha = 0.22;  // the box's fill: the data stays readable under it

double strokeWidth(const ThemeStyle& style) {
    return 1.5 * style.lineWidth;
}

// A line from tail to head ending in a filled triangle as long as 4 stroke widths.
void paintArrow(QPainter& p, QPointF tail, QPointF head, const QColor& color, double width) {
    const QPointF d = head - tail;
    const double length = std::hypot(d.x(), d.y());
    if (length < 1) return;
    const QPointF u = d / length, n(-u.y(), u.x());
    const double h = std::min(4 * width, 0.6 * length);
    p.setPen(QPen(color, width, Qt::SolidLine, Qt::RoundCap));
    p.drawLine(tail, head - u * h * 0.8);
    QPainterPath tip;
    tip.moveTo(head);
    tip.lineTo(head - u * h + n * h * 0.5);
    tip.lineTo(head - u * h - n * h * 0.5);
    tip.closeSubpath();
    p.fillPath(tip, color);
}

}  // namespace

void paintAnnotation(QPainter& p, const Annotation& a, const ThemeStyle& style) {
    const double width = strokeWidth(style);
    const QColor color = style.annotation;
    p.save();
    p.setRenderHint(QPainter::Antialiasing);
    switch (a.tool) {
        case AnnotationTool::Pen:
            p.setPen(QPen(color, width, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
            p.drawPolyline(a.points);
            break;
        case AnnotationTool::Arrow:
            if (a.points.size() == 2) paintArrow(p, a.points[0], a.points[1], color, width);
            break;
        case AnnotationTool::Box:
            if (a.points.size() == 2) {
                QColor fill = color;
                fill.setAlphaF(float(kHighlightAlpha));
                p.setPen(QPen(color, width, Qt::SolidLine, Qt::SquareCap, Qt::MiterJoin));
                p.setBrush(fill);
                p.drawRect(QRectF(a.points[0], a.points[1]).normalized());
            }
            break;
        case AnnotationTool::Text:
            p.setPen(color);
            p.setFont(style.font(FontRole::Title));
            p.drawText(a.points.value(0), a.text);
            break;
    }
    p.restore();
}

AnnotationLayer::AnnotationLayer(QWidget* view) : QWidget(view) {
    setObjectName(QStringLiteral("annotations"));
    setAttribute(Qt::WA_TransparentForMouseEvents);
    setAttribute(Qt::WA_NoSystemBackground);
    setGeometry(view->rect());
    view->installEventFilter(this);
    raise();
    connect(&Theme::instance(), &Theme::changed, this, qOverload<>(&QWidget::update));
}

void AnnotationLayer::setDrawing(bool on) {
    if (!on) finishTyping();
    m_drawing = on;
    setAttribute(Qt::WA_TransparentForMouseEvents, !on);
    setFocusPolicy(on ? Qt::StrongFocus : Qt::NoFocus);
    if (on)
        setCursor(Qt::CrossCursor);
    else
        unsetCursor();
    if (on) {
        raise();
        setFocus();
    }
}

void AnnotationLayer::setTool(AnnotationTool tool) {
    finishTyping();
    m_tool = tool;
}

void AnnotationLayer::clear() {
    m_typing = -1;
    m_dragging = false;
    if (m_annotations.isEmpty()) return;
    m_annotations.clear();
    update();
    emit annotationsChanged();
}

bool AnnotationLayer::event(QEvent* event) {
    // While text is typed, every plain key is text, not a shortcut (S steps the training).
    if (event->type() == QEvent::ShortcutOverride && isTyping()) {
        const auto* key = static_cast<QKeyEvent*>(event);
        if (!(key->modifiers() & (Qt::ControlModifier | Qt::AltModifier | Qt::MetaModifier))) {
            event->accept();
            return true;
        }
    }
    return QWidget::event(event);
}

bool AnnotationLayer::eventFilter(QObject* watched, QEvent* event) {
    if (watched == parent()) {
        // Covers the view: as the view is resized, and as it is shown (a view resized while
        // its page was hidden gets its size then).
        if (event->type() == QEvent::Resize || event->type() == QEvent::Show)
            setGeometry(parentWidget()->rect());
        // A child the view adds later (a new panel) would cover the drawing.
        if (event->type() == QEvent::ChildAdded) QTimer::singleShot(0, this, &QWidget::raise);
    }
    return QWidget::eventFilter(watched, event);
}

void AnnotationLayer::paintEvent(QPaintEvent*) {
    if (m_annotations.isEmpty()) return;
    QPainter p(this);
    const ThemeStyle& style = Theme::instance().style();
    for (const Annotation& a : m_annotations) paintAnnotation(p, a, style);
    if (isTyping()) {  // a caret after the text being typed
        const Annotation& a = m_annotations[m_typing];
        const QFontMetricsF metrics(style.font(FontRole::Title));
        const double x = a.points[0].x() + metrics.horizontalAdvance(a.text) + 1;
        p.setPen(QPen(style.annotation, 1.5));
        p.drawLine(QPointF(x, a.points[0].y() - metrics.ascent()),
                   QPointF(x, a.points[0].y() + metrics.descent()));
    }
}

void AnnotationLayer::mousePressEvent(QMouseEvent* event) {
    if (event->button() != Qt::LeftButton) return QWidget::mousePressEvent(event);
    finishTyping();
    const QPointF at = event->position();
    Annotation a{m_tool, QPolygonF{at}, QString()};
    if (m_tool == AnnotationTool::Arrow || m_tool == AnnotationTool::Box) a.points << at;
    m_annotations << a;
    if (m_tool == AnnotationTool::Text) {
        m_typing = int(m_annotations.size()) - 1;
        setFocus();
    } else {
        m_dragging = true;
    }
    update();
}

void AnnotationLayer::mouseMoveEvent(QMouseEvent* event) {
    if (!m_dragging) return;
    QPolygonF& points = m_annotations.last().points;
    if (m_tool == AnnotationTool::Pen)
        points << event->position();
    else
        points.last() = event->position();
    update();
}

void AnnotationLayer::mouseReleaseEvent(QMouseEvent* event) {
    if (!m_dragging || event->button() != Qt::LeftButton) return;
    mouseMoveEvent(event);
    m_dragging = false;
    emit annotationsChanged();
}

void AnnotationLayer::keyPressEvent(QKeyEvent* event) {
    if (!isTyping()) return QWidget::keyPressEvent(event);
    QString& text = m_annotations[m_typing].text;
    if (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter ||
        event->key() == Qt::Key_Escape) {
        finishTyping();
    } else if (event->key() == Qt::Key_Backspace) {
        text.chop(1);
    } else if (!event->text().isEmpty() && event->text().at(0).isPrint()) {
        text += event->text();
    }
    update();
}

void AnnotationLayer::finishTyping() {
    if (!isTyping()) return;
    const int index = std::exchange(m_typing, -1);
    if (m_annotations[index].text.isEmpty()) m_annotations.removeAt(index);
    update();
    emit annotationsChanged();
}

}  // namespace rnnlab::ui
