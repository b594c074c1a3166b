#pragma once
// Synthetic data with a seed: the same spec gives bit-identical data on every machine
// (randomness only from rnnlab::Random).
//
// One series (windowed for training like a loaded file):
//   sine          x_t = A sin(2 pi t / P + phi) + sigma e_t                 e_t ~ N(0, 1)
//   noisy_sine    the same with noise on by default
//   sum_of_sines  x_t = sum_j A_j sin(2 pi t / P_j) + sigma e_t             (three components)
//   damped_sine   x_t = A exp(-d t) sin(2 pi t / P + phi) + sigma e_t
//   square        x_t = A if frac(t / P) < duty else -A, plus noise
//   sawtooth      x_t = A (2 frac(t / P) - 1), plus noise
//   random_walk   x_0 = start, x_t = x_{t-1} + drift + s e_t
//   mackey_glass  dx/dt = beta x(t - tau) / (1 + x(t - tau)^n) - gamma x(t)
//                 (Mackey & Glass 1977; tau = 17 is the classic chaotic regime), RK4 with
//                 h = 0.1, x(t) = x0 for t <= 0, sampled every `sampling` time units after a
//                 discarded transient.
// A set of sequences (long-memory tasks, one target per sequence):
//   adding          (Hochreiter & Schmidhuber 1997, exp. 4; the form of Le et al. 2015):
//                   input (T, 2): a value ~ U(0, 1) and a marker that is 1 at exactly two
//                   steps, one in each half; target: the sum of the two marked values.
//   remember_first  the first step carries a value (or, with classes > 0, a one-hot class);
//                   `delay` steps of distractors (U(-noise, noise)) follow; target: the first
//                   value (or its class). The network must carry it across the delay: a tanh
//                   RNN fails once the delay is long, an LSTM does not.
// A set of symbol sequences (anbn, brackets, copy, parity, remember_symbol): one symbol index per
// step, the rules in symbol_generators.h.
// Parameters and their defaults and ranges are listed in catalog.h.

#include <cstdint>
#include <map>
#include <string>
#include <vector>

#include "core/base/ui_text.h"
#include "core/data/sequence_dataset.h"
#include "core/data/series.h"

namespace rnnlab {

enum class GeneratorKind {
    Sine,
    NoisySine,
    SumOfSines,
    DampedSine,
    Square,
    Sawtooth,
    RandomWalk,
    MackeyGlass,
    AddingProblem,
    RememberFirst,
    CountingAnBn,
    Brackets,
    Copy,
    Parity,
    RememberSymbol,
};

struct GeneratorSpec {
    GeneratorKind kind = GeneratorKind::Sine;
    std::uint64_t seed = 1;
    // By name (catalog.h); absent ones take their default.
    std::map<std::string, double> parameters;
    // A symbolic task's symbols in index order, as saved with a network trained on them; empty
    // before training. The generator must still give the same ones.
    std::vector<std::string> vocabulary;
};

struct GeneratorInfo;  // catalog.h

// A spec resolved once: its catalog entry looked up and every parameter checked, defaults
// filled in. What the generators, the memory estimate and the descriptions read.
struct ResolvedGenerator {
    const GeneratorInfo* info = nullptr;
    GeneratorSpec spec;
    std::map<std::string, double> parameters;  // every parameter of the generator, by name
};

// Throws ConfigError naming the parameter for an unknown name, a value out of its range or a
// fraction where a whole number is needed.
ResolvedGenerator resolveGenerator(const GeneratorSpec& spec);
// "generator sine: ", how a message about a generator's parameters starts.
UiText generatorPlace(const std::string& name);
// resolveGenerator(spec).parameters
std::map<std::string, double> resolvedParameters(const GeneratorSpec& spec);

// The series generators (sine ... mackey_glass): one column named after the generator, which
// is both input and target; the source says which generator, seed and parameters made it.
Series generateSeries(const ResolvedGenerator& generator);
Series generateSeries(const GeneratorSpec& spec);  // resolved on the spot

// The sequence tasks (adding, remember_first and the symbolic ones), split by sequence.
SequenceDataset generateSequences(const ResolvedGenerator& generator, const SplitSpec& split);
SequenceDataset generateSequences(const GeneratorSpec& spec, const SplitSpec& split);

}  // namespace rnnlab
