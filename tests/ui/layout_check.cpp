#include "layout_check.h"

#include <qcustomplot.h>

#include <QAbstractButton>
#include <QAbstractScrollArea>
#include <QFontMetrics>
#include <QLabel>
#include <QScrollArea>
#include <QScrollBar>
#include <QWidget>
#include <algorithm>
#include <utility>
#include <vector>

namespace gui_test {

namespace {

QString sizeText(const QSize& s) {
    return QStringLiteral("%1x%2").arg(s.width()).arg(s.height());
}

// "QLabel 'Step:'", "QPushButton 'Next ▶'", "ExplorerView" (object name when it has one).
QString describe(const QWidget& w) {
    QString text;
    if (const auto* label = qobject_cast<const QLabel*>(&w)) text = label->text();
    if (const auto* button = qobject_cast<const QAbstractButton*>(&w)) text = button->text();
    QString name = QString::fromLatin1(w.metaObject()->className());
    if (!w.objectName().isEmpty()) name += QStringLiteral(" #") + w.objectName();
    if (!text.isEmpty()) name += QStringLiteral(" '%1'").arg(text.left(40));
    if (const QWidget* p = w.parentWidget())
        name += QStringLiteral(" in %1").arg(QString::fromLatin1(p->metaObject()->className()));
    return name;
}

QString plotName(QCustomPlot& plot) {
    for (QCPLayoutElement* e : plot.plotLayout()->elements(true)) {
        if (auto* title = qobject_cast<QCPTextElement*>(e))
            return QStringLiteral("plot '%1'").arg(title->text());
    }
    return QStringLiteral("plot");
}

int textWidth(const QFont& font, const QString& text) {
    return QFontMetrics(font).boundingRect(QRect(), Qt::AlignCenter, text).width();
}

bool isHorizontal(const QCPAxis& axis) {
    return axis.orientation() == Qt::Horizontal;
}

// Overlapping neighbours among the tick labels the axis shows.
void checkTickLabels(QCPAxis& axis, const QString& where, QStringList& problems) {
    if (!axis.visible() || !axis.tickLabels()) return;
    const QVector<double> ticks = axis.tickVector();
    const QVector<QString> labels = axis.tickVectorLabels();
    const QFontMetrics metrics(axis.tickLabelFont());
    std::vector<std::pair<double, double>> spans;  // along the axis, pixels
    for (int i = 0; i < ticks.size() && i < labels.size(); ++i) {
        if (!axis.range().contains(ticks[i]) || labels[i].isEmpty()) continue;
        const QRect box = metrics.boundingRect(QRect(), Qt::AlignCenter, labels[i]);
        const double half = (isHorizontal(axis) ? box.width() : box.height()) / 2.0;
        const double at = axis.coordToPixel(ticks[i]);
        spans.emplace_back(at - half, at + half);
    }
    std::sort(spans.begin(), spans.end());
    for (size_t i = 1; i < spans.size(); ++i) {
        if (spans[i].first < spans[i - 1].second) {
            problems << QStringLiteral("%1: tick labels of the %2 axis overlap")
                            .arg(where, axis.label().isEmpty() ? QStringLiteral("unlabelled")
                                                               : axis.label());
            return;
        }
    }
}

// The label is drawn along the axis, centred: it must fit the element's side.
void checkAxisLabel(QCPAxis& axis, const QRect& along, const QString& where,
                    QStringList& problems) {
    if (!axis.visible() || axis.label().isEmpty()) return;
    const int room = isHorizontal(axis) ? along.width() : along.height();
    const int need = textWidth(axis.labelFont(), axis.label());
    if (need > room)
        problems << QStringLiteral("%1: axis label '%2' needs %3 px, has %4")
                        .arg(where, axis.label())
                        .arg(need)
                        .arg(room);
}

void checkPlot(QCustomPlot& plot, const LayoutRules& rules, QStringList& problems) {
    plot.replot(QCustomPlot::rpImmediateRefresh);
    const QString where = plotName(plot);
    for (QCPLayoutElement* e : plot.plotLayout()->elements(true)) {
        if (auto* title = qobject_cast<QCPTextElement*>(e); title && title->visible()) {
            const int need = textWidth(title->font(), title->text());
            if (need > title->outerRect().width())
                problems << QStringLiteral("%1: the title needs %2 px, has %3")
                                .arg(where)
                                .arg(need)
                                .arg(title->outerRect().width());
        }
        if (auto* scale = qobject_cast<QCPColorScale*>(e); scale && scale->visible()) {
            checkAxisLabel(*scale->axis(), scale->outerRect(), where, problems);
            checkTickLabels(*scale->axis(), where, problems);
        }
    }
    for (QCPAxisRect* rect : plot.axisRects()) {
        if (!rect->visible()) continue;
        if (rect->width() < rules.minimumPlot.width() ||
            rect->height() < rules.minimumPlot.height())
            problems << QStringLiteral("%1: the plot area is %2, below %3")
                            .arg(where, sizeText(rect->rect().size()), sizeText(rules.minimumPlot));
        for (QCPAxis* axis : rect->axes()) {
            checkAxisLabel(*axis, rect->outerRect(), where, problems);
            checkTickLabels(*axis, where, problems);
        }
    }
}

bool isScrolledContent(const QWidget& w) {
    const QWidget* parent = w.parentWidget();
    const auto* area =
        parent ? qobject_cast<const QAbstractScrollArea*>(parent->parentWidget()) : nullptr;
    return area && area->viewport() == parent;
}

// The smallest size the widget's layout may give it, as QLayout computes it: an explicit
// minimum size wins over the hint, an ignored direction has none.
QSize smallestSize(const QWidget& w) {
    const QSize hint = w.minimumSizeHint();
    const QSize set = w.minimumSize();
    const QSizePolicy policy = w.sizePolicy();
    int width = set.width() > 0 ? set.width() : std::max(hint.width(), 0);
    int height = set.height() > 0 ? set.height() : std::max(hint.height(), 0);
    if (policy.horizontalPolicy() == QSizePolicy::Ignored) width = set.width();
    if (policy.verticalPolicy() == QSizePolicy::Ignored) height = set.height();
    return {width, height};
}

// Qt's own parts of a compound widget (a spin box's line edit, a dock's title buttons) are
// sized by their owner on purpose, and Qt parks the hidden tabs of tabbed docks outside the
// window: neither is a layout of ours.
bool isQtInternal(const QWidget& w) {
    const QWidget* parent = w.parentWidget();
    return w.objectName().startsWith(QLatin1String("qt_")) ||
           (parent && parent->inherits("QTabBar")) ||
           (parent && !parent->rect().intersects(w.geometry()));
}

void checkWidget(const QWidget& w, QStringList& problems) {
    if (isQtInternal(w)) return;
    const QWidget* parent = w.parentWidget();
    if (parent && !w.isWindow() && !isScrolledContent(w) && !parent->rect().contains(w.geometry()))
        problems << QStringLiteral("%1: %2 at (%3, %4) sticks out of its parent's %5")
                        .arg(describe(w), sizeText(w.size()))
                        .arg(w.x())
                        .arg(w.y())
                        .arg(sizeText(parent->size()));
    const QSize smallest = smallestSize(w);
    if (w.width() < smallest.width() || w.height() < smallest.height())
        problems << QStringLiteral("%1: squeezed to %2, needs %3")
                        .arg(describe(w), sizeText(w.size()), sizeText(smallest));
}

// A page that does not scroll sideways must fit the viewport's width.
void checkScrolling(QAbstractScrollArea& area, const LayoutRules& rules, QStringList& problems) {
    const bool scrolls = area.horizontalScrollBar()->isVisible();
    if (rules.noHorizontalScroll && scrolls)
        problems << describe(area) + QStringLiteral(": scrolls horizontally");
    const auto* scroll = qobject_cast<QScrollArea*>(&area);
    const QWidget* page = scroll ? scroll->widget() : nullptr;
    if (!scrolls && page && page->isVisible() && page->width() > area.viewport()->width())
        problems << QStringLiteral(
                        "%1: %2 px wide in a %3 px viewport that does not scroll "
                        "sideways")
                        .arg(describe(*page))
                        .arg(page->width())
                        .arg(area.viewport()->width());
}

}  // namespace

QStringList layoutProblems(QWidget& root, const LayoutRules& rules) {
    QStringList problems;
    QList<QWidget*> widgets = root.findChildren<QWidget*>();
    for (QWidget* w : widgets) {
        if (!w->isVisible() || w->isWindow()) continue;
        checkWidget(*w, problems);
        if (auto* plot = qobject_cast<QCustomPlot*>(w)) checkPlot(*plot, rules, problems);
        if (auto* area = qobject_cast<QAbstractScrollArea*>(w))
            checkScrolling(*area, rules, problems);
    }
    return problems;
}

}  // namespace gui_test
