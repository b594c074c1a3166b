#pragma once
// The network unrolled through time: one cell per time step and layer (layer 1 at the bottom),
// the inputs x_t below, the outputs ŷ above, and the arrows that carry h_t (and c_t for LSTM)
// from step to step and from layer to layer.
//
//      ŷ                                   ŷ
//   [L2]→[L2]→[L2]→ … 37 steps … →[L2]→[L2]
//   [L1]→[L1]→[L1]→              →[L1]→[L1]
//    x₁   x₂   x₃                  x₄₉  x₅₀
//
// With symbol input each x_t cell shows its symbol ('T' 'h' 'e' ␣) and, for a softmax output,
// each ŷ the most likely symbol or class.
// Forward pass: cells up to the cursor are filled with the magnitude of their state
// ‖h_t‖/√H, later ones wait empty, and the arrows are as wide as the state they carry. Backward
// pass: cells from the last step back to the cursor are filled with ‖dL/dh_t‖ on a log scale
// and the arrows point back in time, coloured and sized by it - BPTT made visible. A legend
// gives the scale. Long sequences elide their middle ("… 37 steps …", click to expand); Ctrl +
// wheel zooms, dragging pans, a click moves the cursor to a cell, and the right-click menu
// exports the picture as figures are exported (ui/plot: PNG, PDF, SVG; a picture has no CSV),
// as does "Export all figures". Left/Right/Home/End and Up/Down ask for another step or layer.

#include <QList>
#include <QWidget>
#include <memory>

#include "core/nn/sequence_trace.h"
#include "ui/explorer/symbol_labels.h"
#include "ui/plot/picture_export.h"
#include "ui/window/time_bar.h"

class QCPColorGradient;

namespace rnnlab::ui {

struct DiagramGeometry;

// A column of the drawing: one time step, or a gap standing for `count` elided steps.
struct DiagramColumn {
    int first = 0;
    int count = 1;
    bool gap = false;
    bool operator==(const DiagramColumn& o) const {
        return first == o.first && count == o.count && gap == o.gap;
    }
};

// Up to kElideAbove steps (or expanded): every step. Beyond: the first and last kEdgeSteps,
// the cursor with kCursorNeighbours steps on each side, and gaps between them.
constexpr int kElideAbove = 40;
constexpr int kEdgeSteps = 8;
constexpr int kCursorNeighbours = 2;
QList<DiagramColumn> diagramColumns(int steps, int cursor, bool expanded);

class UnrolledDiagram : public QWidget, public PaintedPicture {
    Q_OBJECT
public:
    explicit UnrolledDiagram(QWidget* parent = nullptr);
    ~UnrolledDiagram() override;

    const std::shared_ptr<const SequenceTrace>& trace() const { return m_trace; }
    int currentStep() const { return m_step; }
    TimeBar::Direction direction() const { return m_direction; }
    int layer() const { return m_layer; }
    bool expanded() const { return m_expanded; }
    double zoom() const { return m_zoom; }
    double pan() const { return m_pan; }
    QList<DiagramColumn> columns() const;

    // Where the cell of (step, layer) is drawn in widget coordinates; empty when elided.
    QRectF cellRect(int step, int layer) const;
    // Where the gap column standing for `step` is drawn; empty when the step is shown.
    QRectF gapRect(int step) const;

    // The drawing at `size`, with the current cursor, zoom and pan, for export.
    void render(QPainter& painter, const QSize& size) const;
    // As a picture for ui/plot's export (exportPicture, "Export all figures").
    QString pictureTitle() const override;
    void paintPicture(QCPPainter& painter, const QSize& size) const override;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

public slots:
    void setTrace(std::shared_ptr<const rnnlab::SequenceTrace> trace);
    void setCurrentStep(int step);
    void setDirection(rnnlab::ui::TimeBar::Direction direction);
    void setLayer(int layer);
    void setExpanded(bool expanded);
    void setZoom(double zoom);
    void setPan(double pixels);
    void resetView();
    // What symbol indices mean: x_t cells show their symbol, ŷ its most likely output.
    void setLabels(const rnnlab::ui::SymbolLabels& labels);
    // The sequential colour scale (the heat maps' gradient, so colours agree).
    void setColorGradient(const QCPColorGradient& gradient);

signals:
    void stepRequested(int step);
    void layerRequested(int layer);

protected:
    bool event(QEvent* event) override;
    void paintEvent(QPaintEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    void wheelEvent(QWheelEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    void contextMenuEvent(QContextMenuEvent* event) override;

private:
    DiagramGeometry geometry(const QSize& size) const;
    void keepCursorVisible();
    void clampPan();
    QString toolTipAt(const QPointF& pos) const;

    std::shared_ptr<const SequenceTrace> m_trace;
    std::unique_ptr<QCPColorGradient> m_gradient;
    SymbolLabels m_labels;
    int m_step = 0;
    TimeBar::Direction m_direction = TimeBar::Direction::Forward;
    int m_layer = 0;
    bool m_expanded = false;
    double m_zoom = 1.0;
    double m_pan = 0;  // pixels of the drawing scrolled out to the left
    QPointF m_pressPos;
    double m_pressPan = 0;
    bool m_dragging = false;
};

}  // namespace rnnlab::ui
