#pragma once
// Whether a saved run fits the trainer it resumes in. A TrainerState comes from an experiment
// file's "training.state" and "training.history" (core/io/training_json.h), which a student may
// have edited by hand or which may belong to other data: every index, count, position, size and
// shape in it is checked against the network, the settings and the data before any of it is
// used, so that a state that does not fit is refused instead of indexing out of range.
//
// Each check throws ConfigError whose message starts with the field's place in the experiment
// file, so a reader only prefixes the file name:
//   "training.state.order[3]: sample 91234 is not one of the 2800 training samples"
//   "training.state.optimizer.buffers.exp_avg has 40 values, expected 64 (one per parameter)"
//   "training.history.gradient_profiles.rows[2].dh_norm has 1 layer, the network has 2"

#include "core/data/training_data.h"
#include "core/nn/network_config.h"
#include "core/train/trainer_state.h"
#include "core/train/training_settings.h"

namespace rnnlab {

// The trainer computes in float32: a number a saved run or a weight file gives beyond its range
// (|x| > 3.4e38) would turn into infinity. Throws ConfigError "PLACE[i] is X, beyond ..." for
// the first such value of values[0, count), PLACE naming where they come from
// ("weights.fc.bias.data").
void checkFloatRange(const double* values, Index count, const std::string& place);

// What the network and the settings fix: the optimizer's buffers and step, the best weights
// (both within float32's range), the generator, the counters, and the shape of every history record
// (layers, parameters, gate blocks, steps in order and not after the run's step).
void checkStateFitsNetwork(const TrainerState& state, const NetworkConfig& network,
                           const TrainingSettings& settings);

// What the data fixes: the epoch's shuffled order (a permutation of the training samples), the
// position in it, and the time steps of the traced sequence's profiles.
void checkStateFitsData(const TrainerState& state, const TrainingData& data);

}  // namespace rnnlab
