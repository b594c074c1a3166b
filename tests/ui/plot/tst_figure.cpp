// The Figure widget: title, labels and legend always there; theme colours, fonts and widths
// applied to everything a view adds, and re-applied live when the theme changes; replots
// coalesced.
#include <QMenu>
#include <QScrollArea>
#include <QScrollBar>
#include <QSignalSpy>
#include <QVBoxLayout>
#include <QWheelEvent>

#include "test_main.h"
#include "gui_test_support.h"
#include "ui/plot/figure.h"
#include "ui/plot/figure_export.h"
#include "ui/theme/theme.h"

namespace RNNLAB_TEST_FILE {

using namespace rnnlab::ui;

namespace {

QColor cornerColor(Figure& figure) {
    return renderFigure(figure, ExportOptions{QSize(200, 150), 96}).pixelColor(1, 1);
}

// QCPColorGradient interpolates through a 350-entry table: equal within one step.
bool nearlyEqual(QRgb a, const QColor& b) {
    const QColor c = QColor::fromRgb(a);
    return qAbs(c.red() - b.red()) <= 2 && qAbs(c.green() - b.green()) <= 2 &&
           qAbs(c.blue() - b.blue()) <= 2;
}

QCPTextElement* titleElement(Figure& figure) {
    return qobject_cast<QCPTextElement*>(figure.plotLayout()->element(0, 0));
}

}  // namespace

class TestFigure : public QObject {
    Q_OBJECT
private slots:
    void init();
    void cleanupTestCase();
    void hasTitleLabelsAndLegendBelowTheAxes();
    void seriesTakeSuccessiveThemeColours();
    void themeSwitchRestylesExistingFigures();
    void presentationEnlargesFontsAndLines();
    void colorMapGetsAScaleAndAThemedGradient();
    void markerUsesTheAccentColour();
    void fitToDataLeavesRoomAroundTheValues();
    void replotRequestsAreCoalesced();
    void hiddenFiguresReplotWhenShown();
    void rightClickOffersExportAndCopy();
    void wheelScrollsThePageUnlessFocusedOrCtrl();
};

void TestFigure::init() {
    Theme::instance().setScheme(ColorScheme::Light);
    Theme::instance().setPresentation(false);
}

void TestFigure::cleanupTestCase() {
    init();
}

void TestFigure::hasTitleLabelsAndLegendBelowTheAxes() {
    Figure figure(QStringLiteral("Loss"), QStringLiteral("epoch"), QStringLiteral("loss"));
    QCOMPARE(figure.title(), QStringLiteral("Loss"));
    QCOMPARE(titleElement(figure)->text(), QStringLiteral("Loss"));
    QCOMPARE(figure.xAxis->label(), QStringLiteral("epoch"));
    QCOMPARE(figure.yAxis->label(), QStringLiteral("loss"));
    QVERIFY(figure.legend->visible());
    // Row 0 title, row 1 axes, row 2 the legend row.
    QCOMPARE(figure.plotLayout()->element(1, 0), figure.axisRect());
    auto* legendRow = qobject_cast<QCPLayoutGrid*>(figure.plotLayout()->element(2, 0));
    QVERIFY(legendRow);
    QCOMPARE(legendRow->element(0, 1), figure.legend);

    figure.setTitle(QStringLiteral("Loss, run 2"));
    figure.setAxisLabels(QStringLiteral("step"), QStringLiteral("MSE"));
    QCOMPARE(titleElement(figure)->text(), QStringLiteral("Loss, run 2"));
    QCOMPARE(figure.xLabel(), QStringLiteral("step"));
    QCOMPARE(figure.yLabel(), QStringLiteral("MSE"));
}

void TestFigure::seriesTakeSuccessiveThemeColours() {
    Figure figure(QStringLiteral("T"), QStringLiteral("x"), QStringLiteral("y"));
    const ThemeStyle& style = Theme::instance().style();
    QCPGraph* a = figure.addSeries(QStringLiteral("a"));
    QCPCurve* b = figure.addCurve(QStringLiteral("b"));
    QCPGraph* c = figure.addSeries(QStringLiteral("c"), 5);
    QCOMPARE(a->pen().color(), style.seriesColor(0));
    QCOMPARE(b->pen().color(), style.seriesColor(1));
    QCOMPARE(c->pen().color(), style.seriesColor(5));
    QCOMPARE(a->pen().widthF(), style.lineWidth);
    QCOMPARE(figure.legend->itemCount(), 3);
    QCOMPARE(style.seriesColor(style.series.size() + 1), style.seriesColor(1));  // cycles
}

void TestFigure::themeSwitchRestylesExistingFigures() {
    Figure figure(QStringLiteral("T"), QStringLiteral("x"), QStringLiteral("y"));
    QCPGraph* graph = figure.addSeries(QStringLiteral("a"));
    const ThemeStyle light = Theme::instance().style();
    QCOMPARE(cornerColor(figure), light.plotBackground);

    Theme::instance().setScheme(ColorScheme::Dark);
    const ThemeStyle dark = Theme::instance().style();
    QVERIFY(dark.plotBackground != light.plotBackground);
    QVERIFY(dark.seriesColor(0) != light.seriesColor(0));
    QCOMPARE(cornerColor(figure), dark.plotBackground);
    QCOMPARE(graph->pen().color(), dark.seriesColor(0));
    QCOMPARE(figure.xAxis->labelColor(), dark.text);
    QCOMPARE(figure.xAxis->basePen().color(), dark.axis);
    QCOMPARE(figure.yAxis->grid()->pen().color(), dark.grid);
    QCOMPARE(figure.legend->textColor(), dark.text);
    QCOMPARE(titleElement(figure)->textColor(), dark.text);
    QCOMPARE(QApplication::palette().color(QPalette::Window), dark.window);

    Theme::instance().setScheme(ColorScheme::Light);
    QCOMPARE(graph->pen().color(), light.seriesColor(0));
    QCOMPARE(cornerColor(figure), light.plotBackground);
}

void TestFigure::presentationEnlargesFontsAndLines() {
    Figure figure(QStringLiteral("T"), QStringLiteral("x"), QStringLiteral("y"));
    QCPGraph* graph = figure.addSeries(QStringLiteral("a"));
    const int normalLabel = figure.xAxis->labelFont().pointSize();
    const int normalTitle = titleElement(figure)->font().pointSize();
    const double normalWidth = graph->pen().widthF();

    QSignalSpy changed(&Theme::instance(), &Theme::changed);
    Theme::instance().setPresentation(true);
    QCOMPARE(changed.count(), 1);
    Theme::instance().setPresentation(true);  // no change, no signal
    QCOMPARE(changed.count(), 1);

    const ThemeStyle& big = Theme::instance().style();
    QCOMPARE(figure.xAxis->labelFont().pointSize(), big.pointSize(FontRole::AxisLabel));
    QCOMPARE(figure.xAxis->tickLabelFont().pointSize(), big.pointSize(FontRole::Tick));
    QCOMPARE(figure.legend->font().pointSize(), big.pointSize(FontRole::Legend));
    QCOMPARE(titleElement(figure)->font().pointSize(), big.pointSize(FontRole::Title));
    QVERIFY(titleElement(figure)->font().bold());
    QVERIFY(figure.xAxis->labelFont().pointSize() >= normalLabel + 6);
    QVERIFY(titleElement(figure)->font().pointSize() >= normalTitle + 8);
    QCOMPARE(graph->pen().widthF(), 2 * normalWidth);
    QCOMPARE(QApplication::font().pointSize(), big.pointSize(FontRole::Widget));
}

void TestFigure::colorMapGetsAScaleAndAThemedGradient() {
    Figure figure(QStringLiteral("T"), QStringLiteral("t"), QStringLiteral("unit"));
    QCPColorMap* map =
        figure.addColorMap(QStringLiteral("h"), QStringLiteral("h_t"), ColorMapKind::Diverging);
    QVERIFY(map->colorScale());
    QCOMPARE(map->colorScale()->label(), QStringLiteral("h_t"));
    QCOMPARE(figure.plotLayout()->element(1, 1), map->colorScale());
    // Zero is drawn in the background colour, so an inactive unit disappears.
    QVERIFY(nearlyEqual(map->gradient().color(0.5, QCPRange(0, 1)),
                        Theme::instance().style().plotBackground));
    Theme::instance().setScheme(ColorScheme::Dark);
    QVERIFY(nearlyEqual(map->gradient().color(0.5, QCPRange(0, 1)),
                        Theme::instance().style().plotBackground));
    QCOMPARE(map->colorScale()->axis()->labelColor(), Theme::instance().style().text);
}

void TestFigure::markerUsesTheAccentColour() {
    Figure figure(QStringLiteral("T"), QStringLiteral("t"), QStringLiteral("y"));
    QCPItemStraightLine* marker = figure.addMarker();
    Figure::setMarkerX(marker, 37);
    QCOMPARE(marker->point1->coords().x(), 37.0);
    QCOMPARE(marker->point2->coords().x(), 37.0);
    QCOMPARE(marker->pen().color(), Theme::instance().style().accent);
    Theme::instance().setPresentation(true);
    QCOMPARE(marker->pen().widthF(), Theme::instance().style().lineWidth);
}

void TestFigure::fitToDataLeavesRoomAroundTheValues() {
    Figure figure(QStringLiteral("T"), QStringLiteral("t"), QStringLiteral("y"));
    figure.addSeries(QStringLiteral("a"))->setData({0, 10}, {-1, 1});
    figure.fitToData();
    QCOMPARE(figure.xAxis->range().lower, 0.0);
    QCOMPARE(figure.xAxis->range().upper, 10.0);
    QCOMPARE(figure.yAxis->range().lower, -1.1);
    QCOMPARE(figure.yAxis->range().upper, 1.1);
}

void TestFigure::replotRequestsAreCoalesced() {
    Figure figure(QStringLiteral("T"), QStringLiteral("t"), QStringLiteral("y"));
    figure.show();
    QVERIFY(QTest::qWaitForWindowExposed(&figure));
    QTRY_VERIFY_WITH_TIMEOUT(!figure.replotScheduled(), gui_test::kWorkerTimeoutMs);
    QCoreApplication::processEvents();  // the theme's initial queued replot
    QSignalSpy replots(&figure, &QCustomPlot::afterReplot);
    for (int i = 0; i < 20; ++i) figure.requestReplot();
    QVERIFY(figure.replotScheduled());
    QTRY_COMPARE_WITH_TIMEOUT(replots.count(), 1, gui_test::kWorkerTimeoutMs);
    // Twenty requests, one replot, and none waiting.
    QVERIFY(!figure.replotScheduled());
    QCoreApplication::processEvents();
    QCOMPARE(replots.count(), 1);
    figure.requestReplot();
    QTRY_COMPARE_WITH_TIMEOUT(replots.count(), 2, gui_test::kWorkerTimeoutMs);
}

void TestFigure::hiddenFiguresReplotWhenShown() {
    Figure figure(QStringLiteral("T"), QStringLiteral("t"), QStringLiteral("y"));
    figure.show();
    QVERIFY(QTest::qWaitForWindowExposed(&figure));
    QTRY_VERIFY_WITH_TIMEOUT(!figure.replotScheduled(), gui_test::kWorkerTimeoutMs);
    QCoreApplication::processEvents();
    figure.hide();
    QSignalSpy replots(&figure, &QCustomPlot::afterReplot);
    for (int i = 0; i < 20; ++i) figure.requestReplot();
    // The throttle runs out while the figure is hidden: no replot.
    QTRY_VERIFY_WITH_TIMEOUT(!figure.replotScheduled(), gui_test::kWorkerTimeoutMs);
    QCoreApplication::processEvents();
    QCOMPARE(replots.count(), 0);
    figure.show();
    QTRY_COMPARE_WITH_TIMEOUT(replots.count(), 1, gui_test::kWorkerTimeoutMs);
    QVERIFY(!figure.replotScheduled());
    QCoreApplication::processEvents();
    QCOMPARE(replots.count(), 1);
}

void TestFigure::rightClickOffersExportAndCopy() {
    Figure figure(QStringLiteral("T"), QStringLiteral("t"), QStringLiteral("y"));
    figure.resize(400, 300);
    figure.show();
    QVERIFY(QTest::qWaitForWindowExposed(&figure));
    QStringList entries;
    QTimer poll;
    connect(&poll, &QTimer::timeout, [&] {
        if (auto* menu = qobject_cast<QMenu*>(QApplication::activePopupWidget())) {
            for (QAction* a : menu->actions())
                entries << (a->isSeparator() ? QStringLiteral("--") : a->text());
            menu->close();
        }
    });
    poll.start(20);
    QContextMenuEvent click(QContextMenuEvent::Mouse, QPoint(200, 150),
                            figure.mapToGlobal(QPoint(200, 150)));
    QApplication::sendEvent(&figure, &click);
    QCOMPARE(entries,
             (QStringList{
                 QStringLiteral("Export as PNG\u2026"), QStringLiteral("Export as PDF\u2026"),
                 QStringLiteral("Export as SVG\u2026"), QStringLiteral("Export data as CSV\u2026"),
                 QStringLiteral("--"), QStringLiteral("Copy image"), QStringLiteral("--"),
                 QStringLiteral("Reset view")}));
    QVERIFY(click.isAccepted());
}

void TestFigure::wheelScrollsThePageUnlessFocusedOrCtrl() {
    // A figure on a page taller than its scroll area, as in the Explorer.
    QScrollArea area;
    auto* page = new QWidget;
    auto* layout = new QVBoxLayout(page);
    auto* figure = new Figure(QStringLiteral("T"), QStringLiteral("t"), QStringLiteral("y"));
    figure->setFixedHeight(300);
    layout->addWidget(figure);
    layout->addSpacing(2000);
    area.setWidget(page);
    area.setWidgetResizable(true);
    area.resize(500, 400);
    QVERIFY(gui_test::showAndActivate(area));
    figure->xAxis->setRange(0, 10);
    // Returns whether the figure took the wheel. Qt hands a wheel event the widget ignores to
    // its parents, up to the scroll area, only when it comes from the window system; a test's
    // event is not, so the page's share is checked by passing it on as Qt would.
    QScrollBar* scroll = area.verticalScrollBar();
    const auto wheel = [&](Qt::KeyboardModifiers modifiers) {
        const QPointF at(figure->width() / 2.0, figure->height() / 2.0);
        QWheelEvent event(at, figure->mapToGlobal(at), QPoint(), QPoint(0, -120), Qt::NoButton,
                          modifiers, Qt::NoScrollPhase, false);
        QApplication::sendEvent(figure, &event);
        if (event.isAccepted()) return true;
        const QPointF there = area.viewport()->mapFromGlobal(event.globalPosition());
        QWheelEvent passedOn(there, event.globalPosition(), QPoint(), QPoint(0, -120), Qt::NoButton,
                             modifiers, Qt::NoScrollPhase, false);
        QApplication::sendEvent(area.viewport(), &passedOn);
        return false;
    };

    QVERIFY(!wheel(Qt::NoModifier));  // not focused: the page scrolls, the plot keeps its range
    QVERIFY(scroll->value() > 0);
    QCOMPARE(figure->xAxis->range(), QCPRange(0, 10));

    const int scrolled = scroll->value();
    QVERIFY(wheel(Qt::ControlModifier));  // Ctrl: the plot zooms, the page stays
    QCOMPARE(scroll->value(), scrolled);
    QVERIFY(figure->xAxis->range().size() > 10);

    figure->xAxis->setRange(0, 10);
    figure->setFocus();  // a click gives it the focus
    QVERIFY(figure->hasFocus());
    QVERIFY(wheel(Qt::NoModifier));
    QCOMPARE(scroll->value(), scrolled);
    QVERIFY(figure->xAxis->range().size() > 10);
}

RNNLAB_TEST_MAIN(TestFigure)
}  // namespace RNNLAB_TEST_FILE

#include "tst_figure.moc"
