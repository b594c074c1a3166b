#pragma once
// How many threads the engine's products and batch sweeps may use when called from the current
// thread (nn/recurrent_layer.h forEachBatchSlice, packed_gemm.cpp kernelProduct): OpenMP's
// per-thread setting, which Eigen::nbThreads() reads. A thread that shares the machine with
// others — the window's analysis threads beside its training thread — keeps to one: an
// OpenMP team whose threads wait for a core at every barrier spins away more time than the
// split saves (an evaluation at H = 16 took 8× longer with two threads on a busy 2-core machine).

namespace rnnlab {

// Sets the current thread's limit (at least 1); without OpenMP there is only one anyway.
void setComputeThreadsOfThisThread(int threads);

// The processors this process may run on (at least 1).
int availableProcessors();

}  // namespace rnnlab
