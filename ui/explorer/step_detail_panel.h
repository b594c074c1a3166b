#pragma once
// The selected step, layer and unit in detail: the cell's equations with the traced numbers
// substituted (step_equations.h, in a large font for the projector), and bar charts across the
// layer's units of every gate, of the states before and after the step (h_{t-1} → h_t,
// c_{t-1} → c_t) and, in the backward pass, of dL/dh_t and dL/dc_t. Layer and unit pickers;
// clicking a bar picks its unit.

#include <QWidget>
#include <memory>
#include <vector>

#include "core/nn/sequence_trace.h"
#include "ui/explorer/step_equations.h"
#include "ui/explorer/symbol_labels.h"
#include "ui/window/time_bar.h"

class QCPBarsGroup;
class QCPItemStraightLine;
class QLabel;
class QScrollArea;
class QSpinBox;

namespace rnnlab::ui {

class Figure;
struct ThemeStyle;

// One group of bars: a name for the legend and one value per unit.
struct BarSeries {
    QString name;
    QVector<double> values;
};

class StepDetailPanel : public QWidget {
    Q_OBJECT
public:
    explicit StepDetailPanel(QWidget* parent = nullptr);

    // The equations shown now: (backward pass) the gradients, then the forward equations.
    const std::vector<EquationLine>& lines() const { return m_lines; }
    QString headerText() const;  // plain text of the heading
    QString detailText() const;  // plain text of the line under it: the input x_t, the trace file
    QString equationsHtml() const;
    Figure* gatesFigure() const { return m_gates.figure; }
    Figure* statesFigure() const { return m_states.figure; }
    Figure* gradientsFigure() const { return m_gradients.figure; }
    QSpinBox* layerPicker() const { return m_layerPicker; }
    QSpinBox* unitPicker() const { return m_unitPicker; }

    // The bars of each chart at the current selection (what the figures hold).
    std::vector<BarSeries> gateBars() const;
    std::vector<BarSeries> stateBars() const;
    std::vector<BarSeries> gradientBars() const;

public slots:
    void setTrace(std::shared_ptr<const rnnlab::SequenceTrace> trace);
    // What the symbol indices mean (symbol input): "x_t = 'e' (symbol 65 of 72, one-hot)".
    void setLabels(const rnnlab::ui::SymbolLabels& labels);
    void setCurrentStep(int step);
    void setDirection(rnnlab::ui::TimeBar::Direction direction);
    void setLayer(int layer);
    void setUnit(int unit);

protected:
    bool event(QEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;

signals:
    void layerPicked(int layer);  // 0-based
    void unitPicked(int unit);    // 0-based

private:
    struct BarChart {
        Figure* figure = nullptr;
        QCPBarsGroup* group = nullptr;
        QCPItemStraightLine* unitMarker = nullptr;
    };
    BarChart makeChart(const QString& yLabel);
    void claimHeightForWidth();
    void setBars(BarChart& chart, const QString& title, const std::vector<BarSeries>& series,
                 bool fixedUnitRange);
    void styleBars(BarChart& chart, const ThemeStyle& style);
    void refresh();
    void syncPickers();
    void showNothingTraced();
    void showEquations();
    void showCharts();
    double equationWidth() const;
    void applyTheme(const ThemeStyle& style);

    QString inputText() const;

    std::shared_ptr<const SequenceTrace> m_trace;
    SymbolLabels m_labels;
    int m_step = 0;
    int m_layer = 0;
    int m_unit = 0;
    TimeBar::Direction m_direction = TimeBar::Direction::Forward;
    std::vector<EquationLine> m_lines;
    double m_wideWidth = 0;  // the side-by-side equations' natural width
    bool m_stacked = false;  // numbers under their equations

    QLabel* m_header = nullptr;
    QLabel* m_detail = nullptr;
    QLabel* m_equations = nullptr;
    QScrollArea* m_equationScroll = nullptr;
    QSpinBox* m_layerPicker = nullptr;
    QSpinBox* m_unitPicker = nullptr;
    BarChart m_gates;
    BarChart m_states;
    BarChart m_gradients;
    QLabel* m_noGradients = nullptr;
};

}  // namespace rnnlab::ui
