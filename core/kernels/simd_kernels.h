#pragma once
// The hand-written kernels of the engine — the packed matrix product (packed_gemm.h) and the
// gate activations (activation.h) — use AVX2 and FMA instructions, which not every x86-64
// processor has. The program is compiled for a baseline processor (RNNLAB_ARCH, x86-64-v2 by
// default) and asks the processor at run time; where AVX2 + FMA are missing, or for double
// precision, every operation is the plain Eigen expression instead.

namespace rnnlab {

// True when float operations use the AVX2 + FMA kernels: the processor has both and they were
// not switched off with setSimdKernelsEnabled(false).
bool simdKernelsActive();
// "avx2-fma" or "eigen": what simdKernelsActive() means, for benchmark reports.
const char* simdKernelName();
// Lets tests and benchmarks run the Eigen path on an AVX2 machine. Call it between passes, not
// while another thread computes.
void setSimdKernelsEnabled(bool enabled);

}  // namespace rnnlab

// Functions compiled for AVX2 + FMA whatever -march says, called only when simdKernelsActive().
#if defined(__x86_64__) && defined(__GNUC__)
#define RNNLAB_HAVE_AVX2_KERNELS 1
#define RNNLAB_AVX2 __attribute__((target("avx2,fma")))
#endif
