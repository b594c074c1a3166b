#include "ui/network_diagram.h"

#include <QLocale>
#include <QPainter>
#include <QPainterPath>

#include "ui/cell_name.h"
#include "ui/theme/theme.h"

namespace rnnlab::ui {

namespace {

// "1 unit", "16 units".
QString quantity(int n, const QString& one, const QString& many) {
    return n == 1 ? QStringLiteral("1 ") + one : QStringLiteral("%1 %2").arg(n).arg(many);
}

QString cellDetail(const NetworkConfig& c) {
    const QString units = quantity(c.hiddenSize, QObject::tr("unit"), QObject::tr("units"));
    switch (c.cell) {
        case CellType::Rnn:
            return units + QStringLiteral(" \u00b7 ") +
                   (c.nonlinearity == Nonlinearity::Tanh ? QStringLiteral("tanh")
                                                         : QStringLiteral("ReLU"));
        case CellType::Lstm:
            return units + QObject::tr(" \u00b7 gates i f g o");
        case CellType::Gru:
            return units + QObject::tr(" \u00b7 gates r z n");
    }
    return units;
}

DiagramBlock layerBlock(const NetworkConfig& c, int k) {
    return {DiagramBlock::Kind::Layer, QObject::tr("%1 layer %2").arg(cellName(c.cell)).arg(k + 1),
            cellDetail(c)};
}

// Geometry of one drawing, in widget pixels, from the theme's diagram font.
struct Metrics {
    QFont titleFont;
    QFont detailFont;
    int line = 0;  // height of one text line
    int pad = 0;   // inside a box
    int gap = 0;   // between boxes (the arrow)
    int loop = 0;  // room right of the boxes for the recurrent loop
    int boxHeight = 0;
};

Metrics metricsFor(const ThemeStyle& style) {
    Metrics m;
    m.titleFont = style.font(FontRole::Diagram);
    m.titleFont.setBold(true);
    m.detailFont = style.font(FontRole::Diagram);
    m.line = QFontMetrics(m.titleFont).height();
    m.pad = m.line / 2;
    m.gap = m.line + m.line / 3;
    m.loop = 2 * m.line;
    m.boxHeight = 2 * m.line + 2 * m.pad;
    return m;
}

QColor kindColor(DiagramBlock::Kind kind, const ThemeStyle& style) {
    switch (kind) {
        case DiagramBlock::Kind::Input:
            return style.seriesColor(2);
        case DiagramBlock::Kind::Layer:
            return style.seriesColor(0);
        case DiagramBlock::Kind::Head:
            return style.seriesColor(3);
        case DiagramBlock::Kind::Output:
            return style.seriesColor(1);
        case DiagramBlock::Kind::Ellipsis:
            return style.mutedText;
    }
    return style.text;
}

// A box's fill: its colour faded most of the way into the window.
QColor tint(const QColor& color, const ThemeStyle& style) {
    return blend(color, style.window, style.scheme == ColorScheme::Dark ? 0.78 : 0.88);
}

void drawArrowHead(QPainter& p, const QPointF& tip, const QPointF& from, double size) {
    const QPointF d = tip - from;
    const double len = std::hypot(d.x(), d.y());
    const QPointF u = d / len, n(-u.y(), u.x());
    QPolygonF head;
    head << tip << tip - size * u + 0.5 * size * n << tip - size * u - 0.5 * size * n;
    p.setBrush(p.pen().color());
    p.drawPolygon(head);
    p.setBrush(Qt::NoBrush);
}

void drawArrow(QPainter& p, const QPointF& from, const QPointF& to, double head) {
    p.drawLine(from, to - (to - from) / std::hypot((to - from).x(), (to - from).y()) * head * 0.8);
    drawArrowHead(p, to, from, head);
}

// h_{t-1} feeds back: out of the box's right side low, round, back in high.
void drawLoop(QPainter& p, const QRectF& box, const Metrics& m, double head) {
    const double x0 = box.right(), x1 = box.right() + m.loop * 0.6;
    const double yOut = box.center().y() + box.height() * 0.25;
    const double yIn = box.center().y() - box.height() * 0.25;
    QPainterPath path(QPointF(x0, yOut));
    path.lineTo(x1 - m.pad * 0.5, yOut);
    path.quadTo(x1, yOut, x1, yOut - m.pad * 0.5);
    path.lineTo(x1, yIn + m.pad * 0.5);
    path.quadTo(x1, yIn, x1 - m.pad * 0.5, yIn);
    path.lineTo(x0 + head * 0.8, yIn);
    p.drawPath(path);
    drawArrowHead(p, QPointF(x0, yIn), QPointF(x0 + head, yIn), head);
}

}  // namespace

QList<DiagramBlock> diagramBlocks(const NetworkConfig& c, int maxLayers) {
    QList<DiagramBlock> blocks;
    if (c.input == InputKind::Symbols) {
        const QString symbols = quantity(c.vocabSize, QObject::tr("symbol"), QObject::tr("symbols"));
        blocks.append({DiagramBlock::Kind::Input, QObject::tr("Input s\u209c"),
                       hasEmbedding(c) ? QObject::tr("%1 \u2192 embedding of %2")
                                             .arg(symbols)
                                             .arg(c.embeddingSize)
                                       : QObject::tr("%1, one-hot").arg(symbols)});
    } else {
        blocks.append({DiagramBlock::Kind::Input, QObject::tr("Input x\u209c"),
                       quantity(c.inputSize, QObject::tr("feature"), QObject::tr("features"))});
    }
    if (c.numLayers <= maxLayers) {
        for (int k = 0; k < c.numLayers; ++k) blocks.append(layerBlock(c, k));
    } else {
        blocks.append(layerBlock(c, 0));
        blocks.append(layerBlock(c, 1));
        blocks.append(
            {DiagramBlock::Kind::Ellipsis, QStringLiteral("\u22ee"),
             quantity(c.numLayers - 4, QObject::tr("more layer"), QObject::tr("more layers"))});
        blocks.append(layerBlock(c, c.numLayers - 2));
        blocks.append(layerBlock(c, c.numLayers - 1));
    }
    const QString where =
        c.output == OutputMode::Last ? QObject::tr("last step") : QObject::tr("every step");
    blocks.append(
        {DiagramBlock::Kind::Head, QObject::tr("Linear head"),
         QStringLiteral("%1 \u2192 %2 \u00b7 %3").arg(c.hiddenSize).arg(c.outputSize).arg(where)});
    const QString loss = c.loss == LossKind::Mse ? QObject::tr("MSE loss")
                                                 : QObject::tr("cross-entropy, ") +
                                                       quantity(c.outputSize, QObject::tr("class"),
                                                                QObject::tr("classes"));
    blocks.append({DiagramBlock::Kind::Output, QObject::tr("Output \u0177"), loss});
    return blocks;
}

QString parameterCountText(const NetworkConfig& config) {
    const QLocale english(QLocale::English);
    return QObject::tr("%1 trainable parameters").arg(english.toString(parameterCount(config)));
}

NetworkDiagram::NetworkDiagram(QWidget* parent) : QWidget(parent) {
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Preferred);
    connect(&Theme::instance(), &Theme::changed, this, [this] {
        updateGeometry();
        update();
    });
}

void NetworkDiagram::setConfig(const NetworkConfig& config) {
    if (config == m_config) return;
    m_config = config;
    setToolTip(parameterCountText(config));
    updateGeometry();
    update();
}

QSize NetworkDiagram::minimumSizeHint() const {
    const Metrics m = metricsFor(Theme::instance().style());
    int textWidth = QFontMetrics(m.titleFont).horizontalAdvance(parameterCountText(m_config));
    for (const DiagramBlock& b : diagramBlocks(m_config)) {
        textWidth = qMax(textWidth, QFontMetrics(m.titleFont).horizontalAdvance(b.title));
        textWidth = qMax(textWidth, QFontMetrics(m.detailFont).horizontalAdvance(b.detail));
    }
    const int blocks = int(diagramBlocks(m_config).size());
    return QSize(textWidth + 4 * m.pad + m.loop,
                 blocks * m.boxHeight + (blocks - 1) * m.gap / 2 + 2 * m.line + 2 * m.pad);
}

QSize NetworkDiagram::sizeHint() const {
    const Metrics m = metricsFor(Theme::instance().style());
    const int blocks = int(diagramBlocks(m_config).size());
    return QSize(minimumSizeHint().width(),
                 blocks * m.boxHeight + (blocks - 1) * m.gap + 2 * m.line + 2 * m.pad);
}

void NetworkDiagram::paintEvent(QPaintEvent*) {
    const ThemeStyle& style = Theme::instance().style();
    const Metrics m = metricsFor(style);
    const QList<DiagramBlock> blocks = diagramBlocks(m_config);
    const int n = int(blocks.size());

    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    p.fillRect(rect(), style.window);

    // Shrink the arrows (not the boxes) when the panel is short.
    const int footer = 2 * m.line;
    const int available = height() - 2 * m.pad - footer - n * m.boxHeight;
    const double gap =
        qBound(double(m.line) / 2, double(available) / qMax(1, n - 1), double(m.gap));
    double y = m.pad;
    const double x = m.pad;
    const double w = qMax(double(m.line), width() - 2.0 * m.pad - m.loop);
    const double head = qMax(6.0, m.line * 0.45);
    const QPen linePen(style.text, style.axisWidth * 1.5);

    for (int i = 0; i < n; ++i) {
        const DiagramBlock& b = blocks[i];
        const QRectF box(x, y, w, m.boxHeight);
        const QColor color = kindColor(b.kind, style);
        if (b.kind != DiagramBlock::Kind::Ellipsis) {
            p.setPen(QPen(color, style.axisWidth * 2));
            p.setBrush(tint(color, style));
            p.drawRoundedRect(box, m.pad, m.pad);
            p.setBrush(Qt::NoBrush);
        }
        if (b.kind == DiagramBlock::Kind::Layer) {
            p.setPen(QPen(color, style.axisWidth * 1.5));
            drawLoop(p, box, m, head);
        }
        const QRectF titleRect(box.left() + m.pad, box.top() + m.pad, box.width() - 2 * m.pad,
                               m.line);
        const QRectF detailRect = titleRect.translated(0, m.line);
        p.setPen(style.text);
        p.setFont(m.titleFont);
        p.drawText(titleRect, Qt::AlignCenter, b.title);
        p.setPen(b.kind == DiagramBlock::Kind::Ellipsis ? style.mutedText : style.text);
        p.setFont(m.detailFont);
        p.drawText(detailRect, Qt::AlignCenter, b.detail);
        if (i + 1 < n) {
            p.setPen(linePen);
            drawArrow(p, QPointF(box.center().x(), box.bottom()),
                      QPointF(box.center().x(), box.bottom() + gap), head);
        }
        y += m.boxHeight + gap;
    }
    p.setPen(style.text);
    p.setFont(m.titleFont);
    p.drawText(QRectF(0, y - gap + m.line / 2, width(), m.line * 1.5), Qt::AlignCenter,
               parameterCountText(m_config));
}

}  // namespace rnnlab::ui
