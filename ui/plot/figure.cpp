#include "ui/plot/figure.h"

#include <QContextMenuEvent>
#include <QWheelEvent>
#include <algorithm>
#include <utility>

#include "ui/plot/figure_commands.h"
#include "ui/plot/thinned_graph.h"
#include "ui/theme/theme.h"

namespace rnnlab::ui {

namespace {

// Dynamic properties that tell applyTheme how to restyle what a view added.
constexpr char kSeriesProperty[] = "rnnlabSeriesIndex";
constexpr char kColorMapProperty[] = "rnnlabColorMapKind";
constexpr char kDashedProperty[] = "rnnlabDashed";
constexpr char kMarkerProperty[] = "rnnlabMarker";
constexpr int kLegendColumns = 4;

QCPColorGradient colorGradient(ColorMapKind kind, const ThemeStyle& style) {
    QCPColorGradient g;
    g.setColorInterpolation(QCPColorGradient::ciRGB);
    if (kind == ColorMapKind::Diverging) {
        // Negative blue, zero the plot background (vanishes), positive red.
        g.setColorStopAt(0.0, QColor(0x21, 0x66, 0xac));
        g.setColorStopAt(0.5, style.plotBackground);
        g.setColorStopAt(1.0, QColor(0xb2, 0x18, 0x2b));
    } else {
        // Viridis, sampled at five points: perceptually uniform and colour-blind safe.
        g.setColorStopAt(0.00, QColor(0x44, 0x01, 0x54));
        g.setColorStopAt(0.25, QColor(0x3b, 0x52, 0x8b));
        g.setColorStopAt(0.50, QColor(0x21, 0x90, 0x8d));
        g.setColorStopAt(0.75, QColor(0x5d, 0xc8, 0x63));
        g.setColorStopAt(1.00, QColor(0xfd, 0xe7, 0x25));
    }
    return g;
}

}  // namespace

Figure::Figure(const QString& title, const QString& xLabel, const QString& yLabel, QWidget* parent)
    : QCustomPlot(parent) {
    m_replotTimer.setSingleShot(true);
    m_replotTimer.setInterval(1000 / kMaxReplotsPerSecond);
    // A hidden figure (another tab, a page not shown) replots once it is shown, not while
    // training sends data: a replot of a long history costs tens of milliseconds.
    connect(&m_replotTimer, &QTimer::timeout, this, [this] {
        if (isVisible())
            replot(rpQueuedReplot);
        else
            m_replotWhenShown = true;
    });
    // Any replot (a theme change, Reset view, one drawn as it is shown: Qt resizes a window to its
    // size hint then) draws what a waiting request asked for and brings the figure up to date.
    connect(this, &QCustomPlot::afterReplot, this, [this] {
        m_replotTimer.stop();
        m_replotWhenShown = false;
    });
    // Lines as separate segments: Qt strokes a wide antialiased polyline of thousands of points
    // (a loss curve, the gradient norms) as one outline, which takes seconds; segments take
    // milliseconds and look the same at these widths.
    setPlottingHint(QCP::phFastPolylines, true);

    // Layout rows: 0 title, 1 axes (and colour scales in later columns), 2 legend.
    m_fullTitle = title;
    m_title = new QCPTextElement(this, title);
    plotLayout()->insertRow(0);
    plotLayout()->addElement(0, 0, m_title);
    // The legend sits centred between two empty stretching cells, as wide as its entries.
    auto* legendRow = new QCPLayoutGrid;
    plotLayout()->addElement(2, 0, legendRow);
    plotLayout()->setRowStretchFactor(2, 0.001);
    legendRow->addElement(0, 0, new QCPLayoutElement(this));
    legendRow->addElement(0, 1, legend);
    legendRow->addElement(0, 2, new QCPLayoutElement(this));
    legendRow->setColumnStretchFactors({1.0, 0.001, 1.0});
    legend->setFillOrder(QCPLayoutGrid::foColumnsFirst);
    legend->setWrap(kLegendColumns);
    legend->setVisible(true);
    connect(this, &QCustomPlot::beforeReplot, this, &Figure::fitLegendColumns);
    connect(this, &QCustomPlot::beforeReplot, this, &Figure::elideTexts);
    connect(this, &QCustomPlot::beforeReplot, this, &Figure::fitTickCounts);
    connect(this, &QCustomPlot::afterLayout, this, &Figure::announceMinimumSize);
    setAxisLabels(xLabel, yLabel);

    setInteractions(QCP::iRangeDrag | QCP::iRangeZoom);
    setNoAntialiasingOnDrag(true);
    setFocusPolicy(Qt::ClickFocus);

    applyTheme(Theme::instance().style());
    connect(&Theme::instance(), &Theme::changed, this, &Figure::applyTheme);
}

QString Figure::title() const {
    return m_fullTitle;
}

void Figure::setTitle(const QString& title) {
    m_fullTitle = title;
    m_title->setText(title);
    requestReplot();
}

QString Figure::xLabel() const {
    return fullLabel(xAxis);
}

QString Figure::yLabel() const {
    return fullLabel(yAxis);
}

QString Figure::fullLabel(QCPAxis* axis) const {
    const auto it = m_labels.constFind(axis);
    return it != m_labels.constEnd() && it->second == axis->label() ? it->first : axis->label();
}

void Figure::elideTexts() {
    // Lay out with the full texts first: the rects below are those of this replot. The
    // title shares its column with the axes; colour scales take the columns right of it.
    m_title->setText(m_fullTitle);
    for (QCPAxis* axis : {xAxis, yAxis}) axis->setLabel(fullLabel(axis));
    updateLayout();
    int titleRoom = viewport().width();
    for (int column = 1; column < plotLayout()->columnCount(); ++column) {
        if (QCPLayoutElement* e = plotLayout()->element(1, column))
            titleRoom -= e->outerRect().width();
    }
    QStringList elided;
    const auto elide = [&elided](const QFont& font, const QString& full, int room) {
        const QString shown = QFontMetrics(font).elidedText(full, Qt::ElideRight, room);
        if (shown != full) elided << full;
        return shown;
    };
    m_title->setText(elide(m_title->font(), m_fullTitle, titleRoom - 8));
    for (QCPAxis* axis : {xAxis, yAxis}) {
        const QString full = fullLabel(axis);
        const QRect side = axis->axisRect()->outerRect();
        const int room = axis->orientation() == Qt::Horizontal ? side.width() : side.height();
        const QString shown = elide(axis->labelFont(), full, room);
        axis->setLabel(shown);
        m_labels[axis] = {full, shown};
    }
    setToolTip(elided.join(QLatin1Char('\n')));
}

void Figure::setAxisLabels(const QString& xLabel, const QString& yLabel) {
    xAxis->setLabel(xLabel);
    yAxis->setLabel(yLabel);
    requestReplot();
}

int Figure::nextColorIndex() {
    int n = 0;
    for (int i = 0; i < plottableCount(); ++i) {
        if (plottable(i)->property(kSeriesProperty).isValid()) ++n;
    }
    return n;
}

QCPGraph* Figure::addSeries(const QString& name, int colorIndex) {
    const int index = colorIndex >= 0 ? colorIndex : nextColorIndex();
    // Registers itself with this plot, as addGraph() would.
    auto* graph = new ThinnedGraph(xAxis, yAxis);
    graph->setName(name);
    graph->setProperty(kSeriesProperty, index);
    stylePlottable(graph, Theme::instance().style());
    return graph;
}

QCPGraph* Figure::addDashedSeries(const QString& name, int colorIndex) {
    QCPGraph* graph = addSeries(name, colorIndex);
    graph->setProperty(kDashedProperty, true);
    stylePlottable(graph, Theme::instance().style());
    return graph;
}

QCPCurve* Figure::addCurve(const QString& name, int colorIndex) {
    const int index = colorIndex >= 0 ? colorIndex : nextColorIndex();
    auto* curve = new QCPCurve(xAxis, yAxis);
    curve->setName(name);
    curve->setProperty(kSeriesProperty, index);
    stylePlottable(curve, Theme::instance().style());
    return curve;
}

QCPColorMap* Figure::addColorMap(const QString& name, const QString& zLabel, ColorMapKind kind) {
    auto* map = new QCPColorMap(xAxis, yAxis);
    map->setName(name);
    map->setProperty(kColorMapProperty, int(kind));
    map->setInterpolate(false);

    auto* scale = new QCPColorScale(this);
    plotLayout()->addElement(1, plotLayout()->columnCount(), scale);
    plotLayout()->setColumnStretchFactor(plotLayout()->columnCount() - 1, 0.01);
    scale->setLabel(zLabel);
    auto* group = new QCPMarginGroup(this);
    axisRect()->setMarginGroup(QCP::msTop | QCP::msBottom, group);
    scale->setMarginGroup(QCP::msTop | QCP::msBottom, group);
    map->setColorScale(scale);

    const ThemeStyle& style = Theme::instance().style();
    styleAxis(scale->axis(), style);
    stylePlottable(map, style);
    return map;
}

QCPItemStraightLine* Figure::addMarker() {
    auto* marker = new QCPItemStraightLine(this);
    marker->setProperty(kMarkerProperty, true);
    const ThemeStyle& style = Theme::instance().style();
    marker->setPen(QPen(style.accent, style.lineWidth, Qt::DashLine));
    setMarkerX(marker, 0.0);
    return marker;
}

void Figure::setMarkerX(QCPItemStraightLine* marker, double x) {
    marker->point1->setCoords(x, 0.0);
    marker->point2->setCoords(x, 1.0);
}

QSize Figure::minimumPlotSize(const ThemeStyle& style) {
    return style.presentation ? QSize(260, 260) : QSize(200, 180);
}

QList<QCPItemStraightLine*> Figure::markers() const {
    QList<QCPItemStraightLine*> found;
    for (int i = 0; i < itemCount(); ++i) {
        auto* marker = qobject_cast<QCPItemStraightLine*>(item(i));
        if (marker && marker->property(kMarkerProperty).isValid()) found << marker;
    }
    return found;
}

QSize Figure::minimumSizeHint() const {
    return plotLayout()->minimumOuterSizeHint();
}

void Figure::fitLegendColumns() {
    // As many columns as fit the figure's width, so that no entry is cut off on a narrow plot.
    int widest = 1;
    for (int i = 0; i < legend->itemCount(); ++i) {
        if (const QCPAbstractLegendItem* item = legend->item(i))  // null: an empty cell
            widest = std::max(widest, item->minimumOuterSizeHint().width());
    }
    const int spacing = legend->columnSpacing();
    const int fit = (viewport().width() - 20 + spacing) / (widest + spacing);
    const int columns = std::clamp(fit, 1, kLegendColumns);
    if (columns != legend->wrap()) {
        legend->setWrap(columns);
        legend->setFillOrder(QCPLayoutGrid::foColumnsFirst, true);  // re-flows the entries
    }
}

void Figure::announceMinimumSize() {
    const QSize minimum = minimumSizeHint();
    if (minimum != std::exchange(m_announcedMinimum, minimum)) updateGeometry();
}

void Figure::fitTickCounts() {
    for (QCPAxisRect* rect : axisRects()) {
        for (QCPAxis* axis : rect->axes()) fitTickCount(axis);
    }
    for (int i = 0; i < plotLayout()->elementCount(); ++i) {
        if (auto* scale = qobject_cast<QCPColorScale*>(plotLayout()->elementAt(i)))
            fitTickCount(scale->axis());
    }
}

void Figure::fitTickCount(QCPAxis* axis) {
    constexpr int kDefaultTicks = 5;  // QCustomPlot's
    if (!axis->visible() || !axis->tickLabels()) return;
    const QFontMetrics metrics(axis->tickLabelFont());
    // Along a horizontal axis the labels' widths count (from the last layout), along a
    // vertical one their height.
    int label = metrics.height();
    if (axis->orientation() == Qt::Horizontal) {
        label = metrics.horizontalAdvance(QStringLiteral("0000"));
        for (const QString& text : axis->tickVectorLabels())
            label = std::max(label, metrics.horizontalAdvance(text));
    }
    const double length = axis->orientation() == Qt::Horizontal ? axis->axisRect()->width()
                                                                : axis->axisRect()->height();
    int fit = int(length / (1.5 * label));
    // A log axis spanning less than a decade or two gets linear steps, which bunch up toward
    // its top: half as many.
    if (axis->scaleType() == QCPAxis::stLogarithmic) fit /= 2;
    axis->ticker()->setTickCount(std::clamp(fit, 1, kDefaultTicks));
}

void Figure::requestReplot() {
    if (!m_replotTimer.isActive()) m_replotTimer.start();
}

void Figure::showEvent(QShowEvent* event) {
    QCustomPlot::showEvent(event);
    if (std::exchange(m_replotWhenShown, false)) replot(rpQueuedReplot);
}

void Figure::fitToData() {
    rescaleAxes();
    // A margin above and below so no line runs along the frame.
    for (QCPAxis* axis : axisRect()->axes(QCPAxis::atLeft | QCPAxis::atRight)) {
        const QCPRange r = axis->range();
        const double pad = r.size() > 0 ? 0.05 * r.size() : 0.5;
        axis->setRange(r.lower - pad, r.upper + pad);
    }
}

void Figure::resetView() {
    fitToData();
    replot();
}

void Figure::styleAxis(QCPAxis* axis, const ThemeStyle& style) const {
    const QPen pen(style.axis, style.axisWidth);
    axis->setBasePen(pen);
    axis->setTickPen(pen);
    axis->setSubTickPen(pen);
    axis->setLabelColor(style.text);
    axis->setTickLabelColor(style.text);
    axis->setLabelFont(style.font(FontRole::AxisLabel));
    axis->setTickLabelFont(style.font(FontRole::Tick));
    axis->setTickLengthIn(0);
    axis->setTickLengthOut(style.presentation ? 8 : 5);
    axis->setSubTickLengthIn(0);
    axis->setSubTickLengthOut(style.presentation ? 4 : 2);
    axis->grid()->setPen(QPen(style.grid, style.axisWidth));
    axis->grid()->setZeroLinePen(Qt::NoPen);
    axis->grid()->setSubGridVisible(false);
}

void Figure::stylePlottable(QCPAbstractPlottable* plottable, const ThemeStyle& style) const {
    const QVariant series = plottable->property(kSeriesProperty);
    if (series.isValid()) {
        QPen pen(style.seriesColor(series.toInt()), style.lineWidth);
        // Square caps close the joints between the separately drawn segments as round ones
        // do, at half the cost: Qt builds every round cap from Bézier arcs.
        pen.setCapStyle(Qt::SquareCap);
        pen.setJoinStyle(Qt::RoundJoin);
        if (plottable->property(kDashedProperty).toBool()) pen.setStyle(Qt::DashLine);
        plottable->setPen(pen);
    }
    const QVariant kind = plottable->property(kColorMapProperty);
    if (kind.isValid()) {
        auto* map = qobject_cast<QCPColorMap*>(plottable);
        map->setGradient(colorGradient(ColorMapKind(kind.toInt()), style));
    }
}

void Figure::applyTheme(const ThemeStyle& style) {
    setBackground(QBrush(style.plotBackground));
    for (QCPAxisRect* rect : axisRects()) {
        for (QCPAxis* axis : rect->axes()) styleAxis(axis, style);
    }
    m_title->setFont(style.font(FontRole::Title));
    m_title->setTextColor(style.text);
    legend->setFont(style.font(FontRole::Legend));
    legend->setTextColor(style.text);
    legend->setBrush(Qt::NoBrush);
    legend->setBorderPen(Qt::NoPen);
    legend->setIconSize(style.presentation ? QSize(40, 20) : QSize(28, 14));
    // QCPGraph draws its legend line 5 px past the icon; keep clear of the text.
    legend->setIconTextPadding(style.presentation ? 16 : 12);
    for (QCPAxisRect* rect : axisRects()) rect->setMinimumSize(minimumPlotSize(style));
    updateGeometry();
    for (int i = 0; i < plottableCount(); ++i) {
        QCPAbstractPlottable* p = plottable(i);
        stylePlottable(p, style);
        if (auto* map = qobject_cast<QCPColorMap*>(p); map && map->colorScale()) {
            styleAxis(map->colorScale()->axis(), style);
        }
    }
    for (QCPItemStraightLine* marker : markers())
        marker->setPen(QPen(style.accent, style.lineWidth, Qt::DashLine));
    replot(rpQueuedReplot);
}

void Figure::wheelEvent(QWheelEvent* event) {
    if (hasFocus() || event->modifiers().testFlag(Qt::ControlModifier)) {
        QCustomPlot::wheelEvent(event);
    } else {
        event->ignore();  // to the parent: the scroll area scrolls
    }
}

void Figure::contextMenuEvent(QContextMenuEvent* event) {
    showFigureMenu(*this, event->globalPos());
    event->accept();
}

}  // namespace rnnlab::ui
