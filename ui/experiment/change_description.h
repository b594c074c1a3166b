#pragma once
// What a change to the experiment did, in the words of the controls, for Edit → Undo / Redo
// and the status bar: "Hidden units 16 → 512", "Learning rate 0.01 → 0.001",
// "Data: sine (seed 1) → nile". A change of a single setting also has a key (the setting),
// so that consecutive edits of one spin box merge into one undo step.

#include <QString>

#include "ui/experiment/experiment_state.h"

namespace rnnlab::ui {

struct ChangeDescription {
    QString text;  // empty: nothing the controls show changed
    QString key;   // the one setting that changed; empty when several did
};

ChangeDescription describeChange(const ExperimentSpec& before, const ExperimentSpec& after);

}  // namespace rnnlab::ui
