#pragma once
// The *.rnnlab.json file (docs/formats.md §2): a network, optionally its weights, and the training
// and data settings of an experiment.
//   {"format": "rnnlab", "version": 1,
//    "network":  {"cell": "lstm", "nonlinearity": "tanh", "input_size": 1, "hidden_size": 16,
//                 "num_layers": 1, "output_size": 1, "output": "last", "loss": "mse"},
//    (symbol input instead of input_size: "input": "symbols", "vocab_size": 65,
//     "embedding_size": 0, 0 meaning one-hot; then "embedding.weight" [V, E] leads the weights)
//    "weights":  {"rnn.weight_ih_l0": {"shape": [64, 1], "data": [... row-major ...]}, ...,
//                 "fc.weight": ..., "fc.bias": ...},
//    "training": {...}, "data": {...}}
// Weight names and shapes are the state_dict() keys of the reference PyTorch model
// (parameters.h), so scripts/torch_convert.py converts a PyTorch model both ways.
// Reading checks every field and names the wrong one; writing is atomic (atomic_file.h).
// Numbers are written in their shortest exact decimal form: every finite double reads back
// bit-identical, except -0.0, which Qt's JSON reader returns as +0.0.

#include <QByteArray>
#include <QJsonObject>
#include <optional>
#include <string>

#include "core/nn/network_config.h"
#include "core/nn/parameters.h"

namespace rnnlab {

constexpr int kModelFileVersion = 1;
// A 512 MiB model file would hold ~25 million weights as text: larger files are wrong files.
constexpr qint64 kMaxModelFileBytes = qint64(512) << 20;

struct ModelFile {
    NetworkConfig network;
    // Absent: the caller initialises the weights from training.seed. Stored in double, the
    // file's precision; Parameters::cast<float>() gives the float engine's copy, and a float
    // engine's weights cast to double save exactly.
    std::optional<Parameters<double>> weights;
    // Kept as read, so reading and writing a file preserves them; empty means absent.
    QJsonObject training;
    QJsonObject data;
};

// Throws FileError "PATH: ..." naming the problem (see json_document.h and json_fields.h):
//   "m.rnnlab.json: network.cell: unknown cell 'lstmx' (expected rnn, lstm or gru)"
//   "m.rnnlab.json: weights.rnn.weight_hh_l0.shape is [64, 15], expected [64, 16] for lstm
//    with hidden_size 16"
ModelFile readModelFile(const std::string& path);
// The same checks on a file's bytes; `name` prefixes the messages.
ModelFile parseModelJson(const QByteArray& bytes, const std::string& name);
// The same checks on an already parsed document.
ModelFile parseModelObject(const QJsonObject& root, const std::string& name);

// The file's text: the sections in the order above, one matrix row per line. Throws FileError
// naming the weight when one is not finite (JSON cannot represent it).
QByteArray modelJson(const ModelFile& model, const std::string& name);
// modelJson() written atomically: on failure the previous file at `path` is unchanged.
void writeModelFile(const std::string& path, const ModelFile& model);

}  // namespace rnnlab
