#pragma once
// Building a run off the GUI thread (runInBackground, background_job.h): the data when it is
// new and a deferred-analysis Trainer for an ExperimentSpec, or an experiment file opened as a
// run. Only copies and immutable shared data go in; what comes out is a filled RunSlot or the
// error, saying whether the data or the rest failed.
//
// Rules that hold for every run the window builds:
//   - the network's input and output sizes, output mode and loss follow the data
//     (trainerForData, core/train/network_for_data.h);
//   - a dataset too short for the window in each of its parts gets the longest window that
//     fits, when the window itself was not what just changed (fitWindow).

#include <QString>
#include <memory>
#include <optional>

#include "core/io/experiment_file.h"
#include "core/train/network_for_data.h"
#include "ui/experiment/experiment_state.h"

namespace rnnlab::ui {

struct BuiltRun {
    std::shared_ptr<RunSlot> run;       // filled on success
    std::optional<Index> fittedWindow;  // the window had to shrink to this
    QString error;
    bool dataError = false;  // the data failed (rather than the network or the settings)
};

// data: the data to reuse, or null to build it from spec.source.
BuiltRun buildRun(const ExperimentSpec& spec, std::shared_ptr<const TrainingData> data,
                  bool fitWindow);

struct OpenedRun {
    ExperimentSpec spec;  // of the file (the data already loaded for a bare model)
    std::shared_ptr<RunSlot> run;
    QString error;
    bool dataError = false;
};

// Reads an experiment file and resumes its run; a bare model trains on currentData. CSV paths
// come back absolute.
OpenedRun openRun(const QString& path, const DataSource& currentData);

}  // namespace rnnlab::ui
