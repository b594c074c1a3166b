#pragma once
// Heat maps of one layer of a trace, units × time: h_t, c_t (LSTM), every gate, and |dL/dh_t|
// on a log colour scale when the trace has gradients. Each is a Figure with its colour-scale
// legend, the shared time cursor as a vertical line and the selected unit as a horizontal one;
// a click on a cell selects its step and unit.

#include <QList>
#include <QWidget>
#include <memory>
#include <vector>

#include "core/nn/sequence_trace.h"
#include "ui/explorer/trace_scales.h"
#include "ui/plot/figure.h"

class QGridLayout;

namespace rnnlab::ui {

// What one heat map shows: a (T, H) matrix of the trace, how it is coloured and named.
struct HeatmapSpec {
    QString title;   // "Forget gate fₜ", with " (layer 2)" in a deep network
    QString zLabel;  // colour-scale label: "fₜ"
    ColorMapKind kind = ColorMapKind::Diverging;
    ValueScale scale;
    const Matrix<double>* values = nullptr;  // points into the trace
};

// The heat maps of `layer`, in order: h, c (LSTM), the gates in PyTorch order, |dL/dh| (with
// gradients only).
std::vector<HeatmapSpec> heatmapSpecs(const SequenceTrace& trace, int layer);

// "Forget gate fₜ", "Candidate gₜ", ... for the gate names of gateNames().
QString gateTitle(const std::string& gate);

class TraceHeatmaps : public QWidget {
    Q_OBJECT
public:
    explicit TraceHeatmaps(QWidget* parent = nullptr);

    const QList<Figure*>& figures() const { return m_figures; }
    QCPColorMap* colorMap(int index) const { return m_maps.value(index); }

public slots:
    // Shows `layer` of the trace (null: nothing). Reuses the figures while the set of maps
    // stays the same, so live updates do not rebuild them.
    void setTrace(std::shared_ptr<const rnnlab::SequenceTrace> trace, int layer);
    void setCurrentStep(int step);
    void setUnit(int unit);

signals:
    void cellClicked(int step, int unit);

private:
    void resizeEvent(QResizeEvent* event) override;

    void rebuild(const std::vector<HeatmapSpec>& specs);
    int columns() const;
    // Lays the figures out in columns() columns when that changed.
    void placeFigures();
    void styleUnitLines();

    std::shared_ptr<const SequenceTrace> m_trace;
    QGridLayout* m_grid = nullptr;
    QList<Figure*> m_figures;
    QList<QCPColorMap*> m_maps;
    QList<QCPItemStraightLine*> m_cursors;
    QList<QCPItemStraightLine*> m_unitLines;
    QStringList m_titles;
    int m_placedColumns = 0;  // 0: the figures are not in the grid yet
    int m_step = 0;
    int m_unit = 0;
    Index m_steps = -1, m_units = -1;
};

}  // namespace rnnlab::ui
