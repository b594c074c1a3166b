#pragma once
// Writing text with a trained character model, one character at a time (Graves 2013, sec. 2;
// Karpathy's char-rnn): the prime is read through the network, then each step's logits z over
// the vocabulary give the next character, which is fed back in as the next input:
//   p_i = exp(z_i / τ) / Σ_{j ∈ K} exp(z_j / τ)   for i in K, the k symbols with the largest
//                                                  logits (all of them when top_k is 0)
//   τ = 0: the most likely character (greedy argmax, no randomness)
// The unknown symbol (index 0) is never written. The recurrent state carries over from step to
// step, so each character costs one step of the network. The same seed gives the same text.

#include <cstdint>
#include <string>

#include "core/data/vocabulary.h"
#include "core/nn/network_config.h"
#include "core/nn/parameters.h"

namespace rnnlab {

struct SamplingSettings {
    std::string prime;         // UTF-8, read before writing; empty: start from a random character
    int length = 200;          // characters to write after the prime
    double temperature = 1.0;  // τ; 0 = greedy
    int topK = 0;              // sample among the k most likely characters; 0 = all
    std::uint64_t seed = 1;
};

constexpr int kMaxSampleLength = 1'000'000;
constexpr double kMaxTemperature = 100.0;

// The written characters (after the prime), UTF-8. ConfigError naming the setting: a network
// without symbol input or whose outputs are not the vocabulary, a length, temperature or top_k
// out of range, a prime that is not UTF-8, or a character of the prime the vocabulary lacks:
// "prime, column 5: 'Z' (U+005A) is not in the vocabulary (...)".
std::string sampleText(const NetworkConfig& network, const Parameters<double>& weights,
                       const Vocabulary& vocabulary, const SamplingSettings& settings);

}  // namespace rnnlab
