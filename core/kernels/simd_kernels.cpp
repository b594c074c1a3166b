#include "core/kernels/simd_kernels.h"

#include <atomic>

namespace rnnlab {

namespace {
std::atomic<bool> g_enabled{true};
std::atomic<bool> g_wideEnabled{true};

bool processorHasAvx2Fma() {
#ifdef RNNLAB_HAVE_AVX2_KERNELS
    static const bool has = __builtin_cpu_supports("avx2") && __builtin_cpu_supports("fma");
    return has;
#else
    return false;
#endif
}

bool processorHasAvx512() {
#ifdef RNNLAB_HAVE_AVX2_KERNELS
    static const bool has = __builtin_cpu_supports("avx512f");
    return has;
#else
    return false;
#endif
}
}  // namespace

bool simdKernelsActive() {
    return processorHasAvx2Fma() && g_enabled.load(std::memory_order_relaxed);
}

bool wideKernelsActive() {
    return simdKernelsActive() && processorHasAvx512() &&
           g_wideEnabled.load(std::memory_order_relaxed);
}

const char* simdKernelName() {
    return wideKernelsActive() ? "avx512" : simdKernelsActive() ? "avx2-fma" : "eigen";
}

void setSimdKernelsEnabled(bool enabled) {
    g_enabled.store(enabled, std::memory_order_relaxed);
}

void setWideKernelsEnabled(bool enabled) {
    g_wideEnabled.store(enabled, std::memory_order_relaxed);
}

}  // namespace rnnlab
