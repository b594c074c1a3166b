#pragma once
// One version of the experiment a window edits: what its settings say (the spec) and the run
// built for it. The ExperimentController holds the current one; every change a user makes is a
// command (experiment_commands.h) from one ExperimentState to the next, so undo and redo are
// going back to an earlier state, run included.

#include <QString>
#include <cstdint>
#include <memory>
#include <string>

#include "core/data/training_data.h"
#include "core/nn/network_config.h"
#include "core/train/data_source.h"
#include "core/train/trainer.h"
#include "core/train/training_settings.h"

namespace rnnlab::ui {

// What the network builder and the data panel show.
struct ExperimentSpec {
    DataSource source;
    NetworkConfig network;  // input and output sizes, output mode and loss follow the data
    TrainingSettings settings;
    std::string lesson;  // the bundled lesson this is the experiment of; "" for none
};

// A run: a trainer and the data it trains on. The slot is shared by the states that have this
// run (a live settings change keeps it) and filled when its build finishes; a run given up to
// stay within the memory budget (kept_runs.h) leaves the slot empty, released set.
struct RunSlot {
    std::shared_ptr<Trainer> trainer;
    std::shared_ptr<const TrainingData> data;  // kept when the trainer is released
    DataSource source;           // the source as built: a short dataset's window may have shrunk
    NetworkConfig network;       // as built (sizes from the data)
    TrainingSettings settings;   // the settings the trainer was last given
    long long lastStep = 0;      // its step in the newest snapshot the window saw
    bool released = false;       // it was trained, then dropped from memory
    std::uint64_t lastUsed = 0;  // when it was last the window's run (kept_runs.h)
};

struct ExperimentState {
    std::uint64_t id = 0;  // new for every state: a saved or opened state is recognised by it
    ExperimentSpec spec;
    std::shared_ptr<RunSlot> run;  // never null; its trainer is null until built
    QString path;                  // the experiment file; empty until saved or opened
};

}  // namespace rnnlab::ui
