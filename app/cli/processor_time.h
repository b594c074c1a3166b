#pragma once
// Processor time for the timing commands (bench, gemm-peak): on a busy machine the processor
// time a computation used is steadier than the wall-clock time it took.
#include <ctime>

namespace rnnlab::cli {

// Seconds of processor time used by all threads of this process so far.
inline double processorSeconds() {
    timespec ts{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
    return static_cast<double>(ts.tv_sec) + 1e-9 * static_cast<double>(ts.tv_nsec);
}

}  // namespace rnnlab::cli
