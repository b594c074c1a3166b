#pragma once
// The hand-written kernels of the engine — the packed matrix product (packed_gemm.h) and the
// gate activations (activation.h) — use AVX2 and FMA instructions, which not every x86-64
// processor has. The program is compiled for a baseline processor (RNNLAB_ARCH, x86-64-v2 by
// default) and asks the processor at run time; where AVX2 + FMA are missing, or for double
// precision, every operation is the plain Eigen expression instead. Where the processor also has
// AVX-512, the product's tiles use its 16-float registers: twice the multiply-adds per
// instruction, and the same sums in the same order, so the results are bit for bit those of the
// AVX2 tiles.

namespace rnnlab {

// True when float operations use the AVX2 + FMA kernels: the processor has both and they were
// not switched off with setSimdKernelsEnabled(false).
bool simdKernelsActive();
// True when, moreover, the product's tiles use AVX-512 (the processor has AVX-512F and they were
// not switched off with setWideKernelsEnabled(false)).
bool wideKernelsActive();
// "avx512", "avx2-fma" or "eigen": which kernels float operations use, for benchmark reports.
const char* simdKernelName();
// Lets tests and benchmarks run the Eigen path on an AVX2 machine. Call it between passes, not
// while another thread computes.
void setSimdKernelsEnabled(bool enabled);
// Lets tests and benchmarks run the AVX2 tiles on an AVX-512 machine; as above.
void setWideKernelsEnabled(bool enabled);

}  // namespace rnnlab

// Functions compiled for AVX2 + FMA whatever -march says, called only when simdKernelsActive().
#if defined(__x86_64__) && defined(__GNUC__)
#define RNNLAB_HAVE_AVX2_KERNELS 1
#define RNNLAB_AVX2 __attribute__((target("avx2,fma")))
#define RNNLAB_AVX512 __attribute__((target("avx512f,avx2,fma")))
#endif
