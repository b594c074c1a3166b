#pragma once
// The sequence `rnnlab-cli trace --text TEXT` traces: the text's characters as the symbol
// indices of the vocabulary saved with the experiment (data.text.vocabulary or
// data.labelled.vocabulary), read as `sample --prime` reads its prime (symbolsOfText). For
// labelled sentences they are then padded to the experiment's window (data.window.length) as
// training pads every sentence (paddedToWindow): the trace is the one the network computes for
// that sentence when it classifies it.
//   text model, vocabulary ["", "a", "b"]:              "ab"  →  x = 1 2
//   labelled, vocabulary ["", "\n", "a", "b"], T = 4:   "ab"  →  x = 1 1 2 3

#include <string>

#include "core/base/tensor_types.h"
#include "core/io/experiment_file.h"

namespace rnnlab::cli {

// (T, 1) symbol indices. UsageError naming --text for a model without symbol input or without
// a saved vocabulary (a bare model, numeric sequences, a symbolic task), for text that is not
// UTF-8 and for a character the vocabulary lacks ("--text, column 3: '€' (U+20AC) is not in the
// vocabulary (...)"); FileError naming the file for a vocabulary the network does not fit.
Matrix<double> symbolsOfTraceText(const Experiment& experiment, const std::string& text);

}  // namespace rnnlab::cli
