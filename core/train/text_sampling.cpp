#include "core/train/text_sampling.h"

#include <algorithm>
#include <cmath>
#include <numeric>
#include <vector>

#include "core/base/errors.h"
#include "core/base/random.h"
#include "core/data/utf8_text.h"
#include "core/nn/recurrent_network.h"

namespace rnnlab {

namespace {

void checkSettings(const NetworkConfig& c, const Vocabulary& v, const SamplingSettings& s) {
    if (c.input != InputKind::Symbols)
        throw ConfigError(uiText(QT_TRANSLATE_NOOP(
            "rnnlab::UiText",
            "network.input: writing text needs a network with input \"symbols\"")));
    if (c.vocabSize != v.size() || c.outputSize != v.size())
        throw ConfigError(uiText(
            QT_TRANSLATE_NOOP("rnnlab::UiText",
                              "the network has vocab_size %1 and output_size "
                              "%2, but the vocabulary has %3 symbols: both "
                              "must be the vocabulary's size"),
            {std::to_string(c.vocabSize), std::to_string(c.outputSize), std::to_string(v.size())}));
    if (s.length < 1 || s.length > kMaxSampleLength)
        throw ConfigError(
            uiText(QT_TRANSLATE_NOOP("rnnlab::UiText", "%1 must be between %2 and %3, got %4"),
                   {"length", "1", std::to_string(kMaxSampleLength), std::to_string(s.length)}));
    if (!(s.temperature >= 0.0 && s.temperature <= kMaxTemperature))
        throw ConfigError(uiText(QT_TRANSLATE_NOOP("rnnlab::UiText",
                                                   "temperature must be between 0 (greedy) and "
                                                   "100")));
    if (s.topK < 0)
        throw ConfigError(uiText(
            QT_TRANSLATE_NOOP("rnnlab::UiText", "top_k must be 0 (every character) or more")));
}

// The next symbol from one step's logits z (V): τ-scaled softmax over the top k, never the
// unknown symbol.
int nextSymbol(const Vector<double>& z, const SamplingSettings& s, Random& rng) {
    std::vector<int> order(std::size_t(z.size() - 1));
    std::iota(order.begin(), order.end(), 1);  // every symbol but the unknown one
    std::stable_sort(order.begin(), order.end(), [&](int a, int b) { return z(a) > z(b); });
    if (s.temperature == 0.0) return order.front();
    if (s.topK > 0 && std::size_t(s.topK) < order.size()) order.resize(std::size_t(s.topK));
    std::vector<double> p(order.size());
    for (std::size_t i = 0; i < order.size(); ++i)
        p[i] = std::exp((z(order[i]) - z(order.front())) / s.temperature);  // stable: max is 0
    const double total = std::accumulate(p.begin(), p.end(), 0.0);
    double u = rng.uniform() * total;
    for (std::size_t i = 0; i < order.size(); ++i) {
        u -= p[i];
        if (u < 0.0) return order[i];
    }
    return order.back();
}

// One pass over `symbols` from `state`, leaving in `state` the states after the last step.
// Returns the logits of the last step (V).
Vector<double> readSymbols(const RecurrentNetwork<double>& net, const std::vector<int>& symbols,
                           InitialState<double>& state, Workspace<double>& ws) {
    const Index T = static_cast<Index>(symbols.size());
    Matrix<double> x(T, 1);  // (T*B, 1), B = 1
    for (Index t = 0; t < T; ++t) x(t, 0) = symbols[std::size_t(t)];
    const Matrix<double>& out = net.forward(x, T, 1, ws, state.h.empty() ? nullptr : &state);
    const bool lstm = net.config().cell == CellType::Lstm;
    state.h.resize(ws.layers.size());
    state.c.resize(lstm ? ws.layers.size() : 0);
    for (std::size_t l = 0; l < ws.layers.size(); ++l) {
        state.h[l] = ws.layers[l].h.bottomRows(1);
        if (lstm) state.c[l] = ws.layers[l].c.bottomRows(1);
    }
    return out.bottomRows(1).transpose();
}

}  // namespace

std::string sampleText(const NetworkConfig& c, const Parameters<double>& weights,
                       const Vocabulary& vocabulary, const SamplingSettings& s) {
    checkSettings(c, vocabulary, s);
    std::vector<int> input = symbolsOfText(s.prime, vocabulary, "prime");
    RecurrentNetwork<double> net(c);
    net.parameters().flat() = weights.flat();
    Random rng(s.seed);
    std::u32string written;
    if (input.empty()) {  // a first character drawn evenly from the vocabulary
        input.push_back(1 + int(rng.below(std::uint64_t(vocabulary.size() - 1))));
        written += vocabulary.symbol(input.back());
    }
    InitialState<double> state;
    Workspace<double> ws;
    while (static_cast<int>(written.size()) < s.length) {
        const Vector<double> logits = readSymbols(net, input, state, ws);
        input = {nextSymbol(logits, s, rng)};
        written += vocabulary.symbol(input.back());
    }
    return encodeUtf8(written);
}

}  // namespace rnnlab
