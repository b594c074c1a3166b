#pragma once
// The unrolled time-step explorer: one sequence through the network, step by step, with the
// actual numbers. It shows what the engine traced (a SequenceTrace) and never computes states
// or gradients itself.
//
//   sequence [the run's traced sequence v] [x] follow training   [>] [forward, then backward v]
//   [ your own input: steps, typed numbers, drawing area ]            (for "your own input")
//   [ or, for symbol input: a text field, encoded with the run's vocabulary ]
//   +-------------------------------------------------------------------------------------+
//   |  unrolled network: cells per step and layer, h/c arrows, cursor, legend             |
//   +------------------------------------------+------------------------------------------+
//   | step detail: equations with numbers,     | ŷ at the cursor (symbol input, softmax): |
//   | layer/unit pickers, gate/state/gradient  | top-k bars, the softmax with numbers     |
//   | bars across units                        | heat maps units x time: h, c, gates,     |
//   |                                          | |dL/dh| (log), all with the time cursor  |
//   +------------------------------------------+------------------------------------------+
//
// The time cursor (step and forward/backward direction) is shared with the window's TimeBar
// (attachTimeBar); the explorer adds sweeps (SweepControl) that play the forward pass from
// t = 1 and the backward pass from t = T. Sequences other than the run's traced one are asked
// for with traceSampleRequested / traceInputRequested; the answer comes back through setTrace.
// With "follow training" on, the view re-traces as snapshots with new weights arrive, at most
// kMaxUpdatesPerSecond times a second. A snapshot of another run (a new network, other data,
// Undo) always re-traces at once, pinned or not: the view never shows a network that is gone.
// For the own input it shows the network's answer ŷ in the data's units. With symbol input
// (a text, labelled sentences, a symbolic task) x_t is its symbol everywhere and ŷ the named
// outputs' probabilities (symbol_labels.h, output_panel.h).

#include <QTimer>
#include <QWidget>
#include <memory>

#include "core/data/training_data.h"
#include "core/nn/sequence_trace.h"
#include "core/train/training_snapshot.h"
#include "ui/explorer/sequence_picker.h"
#include "ui/explorer/symbol_labels.h"
#include "ui/window/time_bar.h"

class QGridLayout;
class QLabel;
class QSplitter;
class QScrollArea;

namespace rnnlab::ui {

class InputSketch;
class OutputPanel;
class SymbolInputField;
class StepDetailPanel;
class SweepControl;
class TraceHeatmaps;
class UnrolledDiagram;

class ExplorerView : public QWidget {
    Q_OBJECT
public:
    static constexpr int kMaxUpdatesPerSecond = 10;

    explicit ExplorerView(QWidget* parent = nullptr);

    const std::shared_ptr<const SequenceTrace>& trace() const { return m_trace; }
    int length() const { return m_trace ? int(m_trace->steps) : 0; }
    int currentStep() const { return m_step; }
    TimeBar::Direction direction() const { return m_direction; }
    int layer() const { return m_layer; }
    int unit() const { return m_unit; }
    bool followsTraining() const;

    UnrolledDiagram* diagram() const { return m_diagram; }
    StepDetailPanel* detailPanel() const { return m_detail; }
    TraceHeatmaps* heatmaps() const { return m_heatmaps; }
    SequencePicker* picker() const { return m_picker; }
    InputSketch* inputSketch() const { return m_sketch; }
    SymbolInputField* symbolInput() const { return m_symbolInput; }
    OutputPanel* outputPanel() const { return m_output; }
    // The network takes one symbol index per step (the run's, else the shown trace's).
    bool symbolData() const;
    SweepControl* sweepControl() const { return m_sweep; }
    QString statusText() const;

    // Binds the cursor to the window's time bar, both ways. While the explorer is shown it
    // sets the bar's length to its sequence's.
    void attachTimeBar(TimeBar* bar);

public slots:
    // Shows a trace: the answer to traceSampleRequested / traceInputRequested, or any other.
    void setTrace(std::shared_ptr<const rnnlab::SequenceTrace> trace);
    // The newest snapshot of training: its trace is the run's traced sequence; with "follow
    // training" on, the view updates from it (throttled).
    void setSnapshot(std::shared_ptr<const rnnlab::TrainingSnapshot> snapshot);
    // Windows in the data, for the sequence picker.
    void setSampleCounts(rnnlab::Index train, rnnlab::Index validation);
    // The data of the run: the sequence picker's counts, and the units the own input is typed
    // in and ŷ is shown in.
    void setData(std::shared_ptr<const rnnlab::TrainingData> data);
    void setFollowTraining(bool follow);
    // Shows the newest snapshot now rather than at the next throttled update (before a
    // screenshot or an export).
    void applyPendingUpdate();
    // A snapshot is waiting for the throttled update.
    bool updateScheduled() const { return m_updateTimer.isActive(); }

    void setCurrentStep(int step);
    void setDirection(rnnlab::ui::TimeBar::Direction direction);
    void setLayer(int layer);
    void setUnit(int unit);

    // Sweeps: playSweep positions the cursor for the chosen sweep and starts it; every tick
    // calls advanceSweep, which moves one step and returns false (and stops) at the end.
    void playSweep();
    void pauseSweep();
    bool advanceSweep();

signals:
    void traceSampleRequested(rnnlab::Split split, rnnlab::Index index);
    void traceInputRequested(const rnnlab::Matrix<double>& input);
    void currentStepChanged(int step);
    void unitChanged(int unit);  // 0-based, as unit()
    void directionChanged(rnnlab::ui::TimeBar::Direction direction);
    void lengthChanged(int steps);

protected:
    void showEvent(QShowEvent* event) override;
    bool event(QEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;

private:
    // The picker, sweep, own input, diagram, detail and heat maps to the view's slots.
    void connectParts();
    void showTrace(std::shared_ptr<const SequenceTrace> trace);
    void sequenceChanged();
    void requestSequence();
    void scheduleUpdate();
    void updateStatus();
    // The network's answer on the shown sequence, in the data's units.
    QString answerText() const;
    void syncTimeBar();
    void splitSpace();
    // The heat maps' pane at least one map wide; the step detail beside it when both fit.
    void arrangePanes();
    // The status text beside the controls, or below them when it does not fit on one line.
    void placeStatus();
    // The own input's editor for the data: the sketch, or the text field for symbols.
    void showOwnInputEditor();
    QWidget* ownInputEditor() const;
    Matrix<double> ownInput() const;

    std::shared_ptr<const SequenceTrace> m_trace;
    std::shared_ptr<const TrainingSnapshot> m_snapshot;
    long long m_tracedAtStep = -1;    // training step of the snapshot the shown trace follows
    std::uint64_t m_tracedRunId = 0;  // and its run
    std::shared_ptr<const TrainingData> m_data;
    int m_step = 0;
    int m_layer = 0;
    int m_unit = 0;
    TimeBar::Direction m_direction = TimeBar::Direction::Forward;
    TimeBar* m_timeBar = nullptr;
    QTimer m_updateTimer;

    SequencePicker* m_picker = nullptr;
    SweepControl* m_sweep = nullptr;
    QLabel* m_status = nullptr;
    QGridLayout* m_top = nullptr;  // picker, status, sweep
    QSplitter* m_main = nullptr;   // diagram above, the rest below
    QScrollArea* m_heatmapScroll = nullptr;
    QSplitter* m_lower = nullptr;  // step detail | heat maps
    bool m_splitDone = false;
    InputSketch* m_sketch = nullptr;
    SymbolInputField* m_symbolInput = nullptr;
    SymbolLabels m_labels;
    OutputPanel* m_output = nullptr;
    QSplitter* m_right = nullptr;  // ŷ above the heat maps
    UnrolledDiagram* m_diagram = nullptr;
    StepDetailPanel* m_detail = nullptr;
    TraceHeatmaps* m_heatmaps = nullptr;
};

}  // namespace rnnlab::ui
