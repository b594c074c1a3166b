#include "core/analysis/connectivity.h"

#include "core/base/errors.h"
#include "core/nn/recurrent_layer.h"
#include "core/nn/recurrent_network.h"
#include "core/nn/symbol_input.h"

namespace rnnlab {

template <typename S>
std::vector<double> inputConnectivity(const NetworkConfig& config, const Parameters<S>& weights,
                                      const std::vector<int>& symbols, int target) {
    RNNLAB_ASSERT(config.input == InputKind::Symbols && config.output == OutputMode::Sequence &&
                      config.loss == LossKind::CrossEntropy &&
                      config.outputSize == config.vocabSize,
                  "connectivity needs a character model");
    RNNLAB_ASSERT(!symbols.empty(), "connectivity of an empty sequence");
    RNNLAB_ASSERT(weights.flat().size() == ParameterLayout(config).totalSize(), "weights' layout");
    const std::string problem = symbolIndexProblem(target, config.vocabSize);
    if (!problem.empty()) throw ConfigError("target: " + problem);
    // The head on the last step only: its loss is -log p(y) at t̃, (2).
    NetworkConfig lastStep = config;
    lastStep.output = OutputMode::Last;
    RecurrentNetwork<double> network(lastStep);
    network.parameters().flat() = weights.flat().template cast<double>();
    const Index T = Index(symbols.size());  // t̃ + 1
    Matrix<double> x(T, 1);                 // (T, 1) symbol indices
    for (Index t = 0; t < T; ++t) x(t, 0) = symbols[std::size_t(t)];
    Workspace<double> ws;
    network.forward(x, T, 1, ws);
    Parameters<double> grads(lastStep);
    network.backward(ws, Matrix<double>::Constant(1, 1, target), grads);
    // (3): dX = dA W_ih of the first layer; backward left it in dEmbedded with an embedding.
    Matrix<double> oneHotGradient;
    if (!hasEmbedding(config)) inputGradient(network.parameters(), 0, ws.layers[0], oneHotGradient);
    const Matrix<double>& dX = hasEmbedding(config) ? ws.dEmbedded : oneHotGradient;  // (T, V|E)
    std::vector<double> norms(static_cast<std::size_t>(T));  // (1)
    for (Index t = 0; t < T; ++t) norms[std::size_t(t)] = dX.row(t).norm();
    return norms;
}

template std::vector<double> inputConnectivity(const NetworkConfig&, const Parameters<float>&,
                                               const std::vector<int>&, int);
template std::vector<double> inputConnectivity(const NetworkConfig&, const Parameters<double>&,
                                               const std::vector<int>&, int);

}  // namespace rnnlab
