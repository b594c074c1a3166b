#pragma once
// One configuration of a comparison: a name for the legend and everything a trainer needs.

#include <QString>
#include <vector>

#include "core/lessons/lesson.h"
#include "core/nn/network_config.h"
#include "core/train/data_source.h"
#include "core/train/training_settings.h"

namespace rnnlab::ui {

struct RunSpec {
    QString label;  // "LSTM": names the run in every legend
    NetworkConfig network;
    TrainingSettings settings;
    DataSource data;
};

// A lesson's runs, in its order (empty when it has none).
std::vector<RunSpec> runSpecs(const Lesson& lesson);

// RNN, LSTM and GRU with everything else as given (data, sizes, settings, seed): the
// comparison a class asks for first.
std::vector<RunSpec> cellComparison(const NetworkConfig& network, const TrainingSettings& settings,
                                    const DataSource& data);

}  // namespace rnnlab::ui
