#pragma once
// The "training" section of an experiment file: the settings, and for a run in progress its
// state and history, so that training resumes exactly where it stopped.
//   "training": {
//     "optimizer": {"kind": "adam", "lr": 0.001, "betas": [0.9, 0.999], "eps": 1e-08, ...},
//     "schedule": {"kind": "cosine", "t_max": 50, "eta_min": 0},
//     "init": {"scheme": "pytorch", "forget_bias": 1, ...},
//     "clip": true, "clip_max_norm": 1, "batch_size": 32, "epochs": 50, "seed": 1,
//     "truncation": 0, "early_stopping_patience": 0, "divergence_factor": 10000,
//     "trace_every": 10, "trace_sample": 0,
//     "state": {"step": 840, "epoch": 3, "samples_done": 64, "order": [...], "rng": {...},
//               "optimizer": {"step": 840, "buffers": {"exp_avg": [...], ...}}, ...},
//     "history": {"epochs": [...], "steps": {"stride": 1, "columns": [...], "rows": [...]},
//                 "parameter_norms": {...}, "gradient_profiles": {...},
//                 "jacobian_profiles": {"stride": 2, "rows": [{"step": 20, "norm": [[...]]}]},
//                 "recurrent_norms": {"stride": 2, "rows": [{"step": 20, "spectral_radius":
//                                     [[...]], "largest_singular_value": [[...]]}]}}}
//   (the last two: [layer][t] and [layer][gate block]; null for a non-finite value)
// Every field of the settings is optional (torch's and RNN Lab's defaults); unknown fields are
// refused, naming them.

#include <QJsonObject>
#include <optional>

#include "core/io/json_fields.h"
#include "core/train/trainer_state.h"
#include "core/train/training_settings.h"

namespace rnnlab {

QJsonObject trainingSettingsJson(const TrainingSettings& settings);
QJsonObject trainerStateJson(const TrainerState& state);  // "state" and "history" fields

// `where` is the path of the training section ("training").
TrainingSettings parseTrainingSettings(const QJsonObject& training, const JsonPath& where);
// Absent when the section has no "state".
std::optional<TrainerState> parseTrainerState(const QJsonObject& training, const JsonPath& where);

}  // namespace rnnlab
