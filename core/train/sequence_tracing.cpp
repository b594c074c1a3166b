#include "core/train/sequence_tracing.h"

#include <string>

#include "core/base/errors.h"
#include "core/nn/recurrent_network.h"

namespace rnnlab {

namespace {

RecurrentNetwork<double> widened(const NetworkConfig& network, const Parameters<float>& weights) {
    RecurrentNetwork<double> net(network);
    net.parameters().flat() = weights.flat().cast<double>();
    return net;
}

}  // namespace

SequenceTrace traceSample(const NetworkConfig& network, const Parameters<float>& weights,
                          const TrainingData& data, Split split, Index index, int truncation) {
    const RecurrentNetwork<double> net = widened(network, weights);
    Matrix<double> x, y;
    data.batchOf(data.samples(split), index, 1, x, y);
    Workspace<double> ws;
    Parameters<double> grads;
    net.forward(x, data.steps(), 1, ws);
    const double loss = net.backward(ws, y, grads, truncation);
    return extractTrace(net, ws, 0, loss);
}

SequenceTrace traceInput(const NetworkConfig& network, const Parameters<float>& weights,
                         const Matrix<double>& input) {
    if (input.rows() < 1 || input.cols() != network.inputSize)
        throw ConfigError(uiText(QT_TRANSLATE_NOOP("rnnlab::UiText",
                                                   "the input must have %1 value(s) per step and "
                                                   "at least one step"),
                                 {std::to_string(network.inputSize)}));
    const RecurrentNetwork<double> net = widened(network, weights);
    Workspace<double> ws;
    net.forward(input, input.rows(), 1, ws);
    return extractTrace(net, ws, 0, std::nullopt);
}

}  // namespace rnnlab
