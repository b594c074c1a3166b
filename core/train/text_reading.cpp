#include "core/train/text_reading.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <numeric>
#include <string>

#include "core/base/errors.h"
#include "core/nn/recurrent_network.h"
#include "core/nn/sequence_trace.h"

namespace rnnlab {

namespace {

// A character model of a V-symbol vocabulary: symbols in, V classes out at every step.
void checkCharacterModel(const NetworkConfig& network, int vocabularySize) {
    if (network.input != InputKind::Symbols || network.output != OutputMode::Sequence ||
        network.loss != LossKind::CrossEntropy || network.outputSize != vocabularySize ||
        network.vocabSize != vocabularySize)
        throw ConfigError(uiText(QT_TRANSLATE_NOOP("rnnlab::UiText",
                                                   "the network is not a character model of "
                                                   "this text (it must read its %1 symbols and "
                                                   "guess the next one at every step)"),
                                 {std::to_string(vocabularySize)}));
}

// Keeps characters [first, first + T) of `reading` from one sample's trace: logits (T, V) give
// the guesses and surprises against targets[first ..].
void keepSample(const SequenceTrace& trace, Index first, TextReading& reading) {
    const Index T = trace.steps;
    const Index V = trace.outputs.cols();
    std::vector<int> order(std::size_t(V), 0);
    for (Index t = 0; t < T; ++t) {
        const Index n = first + t;
        // p = softmax(z), log p_y = z_y - max z - log Σ_j exp(z_j - max z)
        const auto z = trace.outputs.row(t);
        const double zMax = z.maxCoeff();
        const double logSum = std::log((z.array() - zMax).exp().sum());
        const int y = reading.targets[std::size_t(n)];
        reading.surpriseBits[std::size_t(n)] = y < 0
                                                   ? std::numeric_limits<float>::quiet_NaN()
                                                   : float(-(z(y) - zMax - logSum) / std::log(2.0));
        std::iota(order.begin(), order.end(), 0);
        const auto k = std::min<std::size_t>(kReadingGuesses, order.size());
        std::partial_sort(order.begin(), order.begin() + std::ptrdiff_t(k), order.end(),
                          [&z](int a, int b) { return z(a) > z(b) || (z(a) == z(b) && a < b); });
        auto& guesses = reading.guesses[std::size_t(n)];
        auto& probabilities = reading.probabilities[std::size_t(n)];
        guesses.fill(-1);
        probabilities.fill(0.0f);
        for (std::size_t i = 0; i < k; ++i) {
            guesses[i] = order[i];
            probabilities[i] = float(std::exp(z(order[i]) - zMax - logSum));
        }
        for (std::size_t l = 0; l < trace.layers.size(); ++l) {
            const LayerTrace& from = trace.layers[l];
            LayerReading& to = reading.layers[l];
            to.h.row(n) = from.h.row(t).cast<float>();
            if (to.c.size() > 0) to.c.row(n) = from.c.row(t).cast<float>();
            for (std::size_t g = 0; g < to.gates.size(); ++g)
                to.gates[g].row(n) = from.gates[g].value.row(t).cast<float>();
        }
    }
}

// Reads B samples of T steps, time-major symbols x (T*B, 1) as RecurrentNetwork::forward takes
// them, each from a zero state; sample b is characters [b T, (b+1) T) of the reading, whose
// characters, symbols and targets are already filled.
void readSamples(const Parameters<float>& weights, const Matrix<double>& x, Index T, Index B,
                 TextReading& reading) {
    const NetworkConfig& c = reading.network;
    const Index N = reading.size();
    reading.surpriseBits.assign(std::size_t(N), 0.0f);
    reading.guesses.assign(std::size_t(N), {});
    reading.probabilities.assign(std::size_t(N), {});
    reading.layers.assign(std::size_t(c.numLayers), {});
    const std::vector<std::string> names = gateNames(c.cell);
    for (LayerReading& layer : reading.layers) {
        layer.h = Matrix<float>::Zero(N, c.hiddenSize);
        if (c.cell == CellType::Lstm) layer.c = Matrix<float>::Zero(N, c.hiddenSize);
        layer.gateNames = names;
        layer.gates.assign(names.size(), Matrix<float>::Zero(N, c.hiddenSize));
    }
    if (N == 0) return;
    RecurrentNetwork<double> net(c);
    net.parameters().flat() = weights.flat().cast<double>();
    Workspace<double> ws;
    net.forward(x, T, B, ws);
    for (Index b = 0; b < B; ++b)
        keepSample(extractTrace(net, ws, b, std::nullopt), b * T, reading);
}

}  // namespace

Index readingCharacterLimit(const NetworkConfig& network) {
    const Index floats =
        Index(network.numLayers) * (2 + gateCount(network.cell)) * network.hiddenSize;
    return kMaxReadingBytes / (Index(sizeof(float)) * std::max<Index>(floats, 1));
}

double TextReading::meanSurpriseBits() const {
    double sum = 0.0;
    Index count = 0;
    for (std::size_t n = 0; n < surpriseBits.size(); ++n) {
        if (targets[n] < 0) continue;
        sum += surpriseBits[n];
        ++count;
    }
    return count > 0 ? sum / double(count) : std::numeric_limits<double>::quiet_NaN();
}

TextReading readValidationText(const NetworkConfig& network, const Parameters<float>& weights,
                               const TextDataset& data, Index maxCharacters) {
    const Index characters = std::min(maxCharacters, readingCharacterLimit(network));
    return readValidationWindows(network, weights, data, 0,
                                 std::max<Index>(1, characters / data.steps()));
}

TextReading readValidationWindows(const NetworkConfig& network, const Parameters<float>& weights,
                                  const TextDataset& data, Index first, Index count) {
    checkCharacterModel(network, data.vocabularySize());
    TextReading reading;
    reading.source = TextReading::Source::Validation;
    reading.network = network;
    reading.symbolNames = data.symbolNames();
    const Index T = data.steps();
    reading.windowLength = T;
    const Index available = data.count(Split::Validation);
    first = std::clamp<Index>(first, 0, std::max<Index>(available - 1, 0));
    const Index B = std::clamp<Index>(count, 0, available - first);
    const std::u32string& text = data.text();
    const Vocabulary& vocabulary = data.vocabulary();
    Matrix<double> x(T * B, 1);
    for (Index b = 0; b < B; ++b) {
        const Index start = data.sampleId(Split::Validation, first + b);
        for (Index t = 0; t < T; ++t) {
            const char32_t read = text[std::size_t(start + t)];
            const int symbol = vocabulary.indexOf(read);
            reading.characters.push_back(read);
            reading.symbols.push_back(symbol);
            reading.targets.push_back(vocabulary.indexOf(text[std::size_t(start + t + 1)]));
            x(t * B + b, 0) = symbol;
        }
    }
    readSamples(weights, x, T, B, reading);
    return reading;
}

TextReading readTypedText(const NetworkConfig& network, const Parameters<float>& weights,
                          const Vocabulary& vocabulary, const std::u32string& text) {
    checkCharacterModel(network, vocabulary.size());
    if (text.empty() || Index(text.size()) > kMaxTypedCharacters)
        throw ConfigError(
            uiText(QT_TRANSLATE_NOOP("rnnlab::UiText",
                                     "the text to read must have 1 to %1 "
                                     "characters (it has %2)"),
                   {std::to_string(kMaxTypedCharacters), std::to_string(text.size())}));
    TextReading reading;
    reading.source = TextReading::Source::Typed;
    reading.network = network;
    reading.symbolNames = vocabulary.strings();
    const Index N = Index(text.size());
    reading.windowLength = N;
    reading.characters = text;
    Matrix<double> x(N, 1);
    for (Index n = 0; n < N; ++n) {
        const int symbol = vocabulary.indexOf(text[std::size_t(n)]);
        reading.symbols.push_back(symbol);
        reading.targets.push_back(n + 1 < N ? vocabulary.indexOf(text[std::size_t(n + 1)]) : -1);
        x(n, 0) = symbol;
    }
    readSamples(weights, x, N, 1, reading);
    return reading;
}

}  // namespace rnnlab
