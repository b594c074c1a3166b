#pragma once
// Figure: the one plot widget of RNN Lab. A QCustomPlot that always carries a title, axis
// labels and a legend (below the axes, so it never hides data), draws with the current Theme
// and restyles itself when the theme changes, replots at most kMaxReplotsPerSecond times (and
// only while shown: requests made while hidden replot when it is shown), and
// offers export (PNG, PDF, SVG, CSV, clipboard) on right-click. Views add data through
// addSeries / addCurve / addColorMap so every line gets a themed colour and width.

#include <qcustomplot.h>

#include <QString>
#include <QTimer>

#include "ui/theme/theme_style.h"

namespace rnnlab::ui {

// How a colour map's values are read: signed around zero (states, gates-minus-half,
// gradients) or a magnitude (norms, probabilities).
enum class ColorMapKind { Diverging, Sequential };

class Figure : public QCustomPlot {
    Q_OBJECT
public:
    static constexpr int kMaxReplotsPerSecond = 30;

    Figure(const QString& title, const QString& xLabel, const QString& yLabel,
           QWidget* parent = nullptr);

    QString title() const;
    void setTitle(const QString& title);
    QString xLabel() const;
    QString yLabel() const;
    void setAxisLabels(const QString& xLabel, const QString& yLabel);

    // A line graph named in the legend, coloured with the theme's series colour `colorIndex`
    // (default: the next unused one).
    QCPGraph* addSeries(const QString& name, int colorIndex = -1);
    // The same, drawn dashed (a reference line: a baseline, a threshold).
    QCPGraph* addDashedSeries(const QString& name, int colorIndex = -1);
    // A parametric curve (points in order, not sorted by x), coloured like addSeries.
    QCPCurve* addCurve(const QString& name, int colorIndex = -1);
    // A heat map with its colour scale (labelled zLabel) right of the axes.
    QCPColorMap* addColorMap(const QString& name, const QString& zLabel, ColorMapKind kind);
    // A vertical line in the theme's accent colour (the time cursor); move it with
    // marker->point1/point2 or setMarkerX.
    QCPItemStraightLine* addMarker();
    static void setMarkerX(QCPItemStraightLine* marker, double x);
    // The markers addMarker made (exports leave them out unless asked).
    QList<QCPItemStraightLine*> markers() const;

    // Coalesces requests: the plot redraws once per 1/kMaxReplotsPerSecond s at most, and a
    // hidden plot when it is shown.
    void requestReplot();
    // A requested replot is waiting for the throttle (a hidden figure's waits to be shown).
    bool replotScheduled() const { return m_replotTimer.isActive(); }
    // Rescale every axis to the data, with 5 % room above and below the values.
    void fitToData();
    // fitToData() and replot at once (the context menu's "Reset view").
    void resetView();

    // The smallest axis rect a figure gets, so that a plot stays readable on a projector:
    // 200x180 px normally, 260x260 px in presentation mode. A layout with less room stacks or
    // scrolls rather than shrink a plot below it.
    static QSize minimumPlotSize(const ThemeStyle& style);
    // The plot area's minimum with the title, tick labels, axis labels and legend around it.
    // The legend wraps into as many rows as the width needs, so its entries do not set the
    // figure's minimum width.
    QSize minimumSizeHint() const override;

public slots:
    void applyTheme(const rnnlab::ui::ThemeStyle& style);

protected:
    void showEvent(QShowEvent* event) override;
    void contextMenuEvent(QContextMenuEvent* event) override;
    // The wheel zooms only a figure that has the focus (a click gives it) or with Ctrl held;
    // otherwise it scrolls the page the figure sits in.
    void wheelEvent(QWheelEvent* event) override;

private:
    void fitLegendColumns();
    // Long titles and axis labels end in "…" where they do not fit; the figure's tooltip then
    // gives them in full. title() and xLabel() / yLabel() stay the full texts.
    void elideTexts();
    // Fewer ticks on an axis too short for the default count: its tick labels keep at least
    // half a label of space between them (tick spacing respects label width).
    void fitTickCounts();
    static void fitTickCount(QCPAxis* axis);
    // The minimum size depends on the tick labels of the last layout: a change reaches the
    // widget layout holding the figure.
    void announceMinimumSize();
    QString fullLabel(QCPAxis* axis) const;

    void styleAxis(QCPAxis* axis, const ThemeStyle& style) const;
    void stylePlottable(QCPAbstractPlottable* plottable, const ThemeStyle& style) const;
    int nextColorIndex();

    QCPTextElement* m_title = nullptr;
    QString m_fullTitle;
    QSize m_announcedMinimum;
    // Per axis, the full label and the elided one set for it (a new label set by a view
    // replaces both).
    QHash<QCPAxis*, QPair<QString, QString>> m_labels;
    QTimer m_replotTimer;
    bool m_replotWhenShown = false;  // a replot was requested while hidden
};

}  // namespace rnnlab::ui
