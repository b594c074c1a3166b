#pragma once
// The engine's only source of randomness: a seeded generator whose sequence is fixed by this
// file alone (no implementation-defined std:: distributions), so the same seed gives
// bit-identical weights, shuffles and synthetic data on every machine and compiler.

#include <cstdint>
#include <utility>
#include <vector>

namespace rnnlab {

// xoshiro256** (Blackman & Vigna 2018), seeded through splitmix64.
class Random {
public:
    explicit Random(std::uint64_t seed);

    std::uint64_t nextU64();
    // Uniform in [0, 1) with 53 random bits.
    double uniform();
    // Uniform in [lo, hi).
    double uniform(double lo, double hi) { return lo + (hi - lo) * uniform(); }
    // Standard normal (Box-Muller; both values of a pair are used).
    double normal();
    // Uniform integer in [0, n), without modulo bias. n > 0.
    std::uint64_t below(std::uint64_t n);

    // Everything that determines the rest of the sequence, for saving a run mid-way and
    // resuming it bit-identically.
    struct State {
        std::uint64_t s[4];
        double spareNormal;
        bool hasSpare;
    };
    State state() const;
    void setState(const State& state);

    // Fisher-Yates shuffle.
    template <typename T>
    void shuffle(std::vector<T>& items) {
        for (std::size_t i = items.size(); i > 1; --i) std::swap(items[i - 1], items[below(i)]);
    }

private:
    std::uint64_t m_s[4];
    double m_spareNormal = 0.0;
    bool m_hasSpare = false;
};

}  // namespace rnnlab
