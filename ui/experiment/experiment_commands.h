#pragma once
// Edit → Undo / Redo: every change a user makes within one experiment (network, data, training
// settings, a remedy, Stop) is an ExperimentCommand from the state before to the state after
// (experiment_state.h). Redo enters `after`, undo enters `before`, runs included: undoing the
// change that replaced a trained run brings that run back as it was when it was replaced
// (while kept_runs.h keeps it). New, Open, a recovery and a lesson start a new experiment:
// they ask to save first and begin a new undo history.
//
// Consecutive edits of one setting (a spin box's arrows) merge into one step while the run in
// between has not trained and the edits follow each other within kMergeWindowMs.

#include <QElapsedTimer>
#include <QUndoCommand>

#include "ui/experiment/experiment_state.h"

namespace rnnlab::ui {

class ExperimentController;

// What entering a state for the first time needs to know.
struct EnterOptions {
    std::shared_ptr<const TrainingData> reuseData;  // the data, when it did not change
    bool fitWindow = false;      // a window too long for new data may shrink to fit
    bool resumePlaying = false;  // play once the new run is ready (a remedy applied while playing)
};

class ExperimentCommand : public QUndoCommand {
public:
    static constexpr int kMergeWindowMs = 2000;

    ExperimentCommand(ExperimentController& controller, ExperimentState before,
                      ExperimentState after, EnterOptions options, const QString& text,
                      const QString& mergeKey = {});

    void redo() override;
    void undo() override;
    int id() const override;
    bool mergeWith(const QUndoCommand* other) override;

    const ExperimentState& before() const { return m_before; }
    const ExperimentState& after() const { return m_after; }

private:
    ExperimentController& m_controller;
    ExperimentState m_before;
    ExperimentState m_after;
    EnterOptions m_options;
    QString m_mergeKey;
    QElapsedTimer m_sinceEdit;
};

}  // namespace rnnlab::ui
