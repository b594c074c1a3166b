#include "core/kernels/compute_threads.h"

#include <algorithm>
#include <thread>

#ifdef _OPENMP
#include <omp.h>
#endif

namespace rnnlab {

void setComputeThreadsOfThisThread(int threads) {
#ifdef _OPENMP
    omp_set_num_threads(std::max(1, threads));
#else
    (void)threads;
#endif
}

int availableProcessors() {
#ifdef _OPENMP
    return std::max(1, omp_get_num_procs());
#else
    return std::max(1, static_cast<int>(std::thread::hardware_concurrency()));
#endif
}

}  // namespace rnnlab
