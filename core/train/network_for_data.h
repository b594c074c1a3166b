#pragma once
// The rule every front end follows when it builds a network for a dataset: the network's input
// and output sizes, output mode and loss follow the data it trains on.
//   input_size  = the data's input features I
//   output_size = the data's outputs O (the number of classes for classification)
//   output      = "sequence" when the data has a target at every step, else "last"
//   loss        = cross_entropy for classification, else mse
// The cell, the hidden size, the layers and the nonlinearity are the network's own.

#include "core/data/training_data.h"
#include "core/nn/network_config.h"

namespace rnnlab {

NetworkConfig fittedToData(NetworkConfig network, const TrainingData& data);

}  // namespace rnnlab
