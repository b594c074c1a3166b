#pragma once
// The rule every front end follows when it builds a network for a dataset: the network's input
// and output sizes, output mode and loss follow the data it trains on.
//   input_size  = the data's input features I
//   input       = symbols with vocab_size V when the data's steps are symbols of a vocabulary
//                 of V (a text, labelled sentences; the embedding size stays the network's),
//                 else real
//   output_size = the data's outputs O (the number of classes for classification)
//   output      = "sequence" when the data has a target at every step, else "last"
//   loss        = cross_entropy for classification, else mse
// The cell, the hidden size, the layers and the nonlinearity are the network's own.
// The window (ExperimentController) and `rnnlab-cli train` both build their runs through
// trainerForData; a student who asks for another output mode or loss gets data shaped for it
// (shapedForNetwork).

#include <memory>

#include "core/data/training_data.h"
#include "core/nn/network_config.h"
#include "core/train/data_source.h"
#include "core/train/trainer.h"

namespace rnnlab {

NetworkConfig fittedToData(NetworkConfig network, const TrainingData& data);

// A fresh trainer for the network fitted to the data.
std::unique_ptr<Trainer> trainerForData(const NetworkConfig& network,
                                        const TrainingSettings& settings,
                                        std::shared_ptr<const TrainingData> data,
                                        AnalysisMode analysisMode = AnalysisMode::Inline);

// The other way round: the data a requested output mode and loss need. An output at every
// step needs a target at every step (many-to-many windows); cross-entropy needs classes.
// The sequence tasks, texts and labelled data fix both (fixesNetworkShape): they are left as
// they are.
DataSource shapedForNetwork(DataSource source, const NetworkConfig& requested);
// Whether the data fixes the output mode and loss: a sequence task, a text or labelled data.
bool fixesNetworkShape(const DataSource& source);

}  // namespace rnnlab
