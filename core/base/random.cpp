#include "core/base/random.h"

#include <cmath>

namespace rnnlab {

namespace {
std::uint64_t splitmix64(std::uint64_t& x) {
    std::uint64_t z = (x += 0x9e3779b97f4a7c15ULL);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
    return z ^ (z >> 31);
}
std::uint64_t rotl(std::uint64_t x, int k) { return (x << k) | (x >> (64 - k)); }
}  // namespace

Random::Random(std::uint64_t seed) {
    for (std::uint64_t& s : m_s) s = splitmix64(seed);
}

Random::State Random::state() const {
    return {{m_s[0], m_s[1], m_s[2], m_s[3]}, m_spareNormal, m_hasSpare};
}

void Random::setState(const State& state) {
    for (int i = 0; i < 4; ++i) m_s[i] = state.s[i];
    m_spareNormal = state.spareNormal;
    m_hasSpare = state.hasSpare;
}

std::uint64_t Random::nextU64() {
    const std::uint64_t result = rotl(m_s[1] * 5, 7) * 9;
    const std::uint64_t t = m_s[1] << 17;
    m_s[2] ^= m_s[0];
    m_s[3] ^= m_s[1];
    m_s[1] ^= m_s[2];
    m_s[0] ^= m_s[3];
    m_s[2] ^= t;
    m_s[3] = rotl(m_s[3], 45);
    return result;
}

double Random::uniform() { return static_cast<double>(nextU64() >> 11) * 0x1.0p-53; }

double Random::normal() {
    if (m_hasSpare) {
        m_hasSpare = false;
        return m_spareNormal;
    }
    double u1 = uniform();
    while (u1 <= 0.0) u1 = uniform();
    const double u2 = uniform();
    const double r = std::sqrt(-2.0 * std::log(u1));
    const double theta = 2.0 * M_PI * u2;
    m_spareNormal = r * std::sin(theta);
    m_hasSpare = true;
    return r * std::cos(theta);
}

std::uint64_t Random::below(std::uint64_t n) {
    // Lemire's rejection: reject the low values that would bias the modulo.
    const std::uint64_t threshold = (0 - n) % n;
    for (;;) {
        const std::uint64_t r = nextU64();
        if (r >= threshold) return r % n;
    }
}

}  // namespace rnnlab
