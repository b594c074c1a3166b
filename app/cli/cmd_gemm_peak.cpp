// rnnlab-cli gemm-peak: what one core (or --threads N) multiplies per second in float, the
// yardstick for `bench`: a training step's product flops times its steps/s, divided by this
// peak, is the fraction of the machine's GEMM speed the engine reaches.
// Measures C = A B for square n x n matrices twice: with Eigen (built with this binary's -march)
// and with the packed kernel of core/kernels/packed_gemm.h (B packed once, as the recurrent
// layers do).
#include <Eigen/Core>
#include <algorithm>
#include <chrono>
#include <cstdio>

#include "arguments.h"
#include "command_registry.h"
#include "core/base/random.h"
#include "core/kernels/packed_gemm.h"
#include "core/kernels/simd_kernels.h"
#include "core/train/step_benchmark.h"

namespace rnnlab::cli {
namespace RNNLAB_CLI_FILE {  // this file's own names (app/CMakeLists.txt)
namespace {

// Best rates of many short trials: on a shared machine the best trial is the one nobody else
// interrupted. By wall clock, and by processor time (the rate while this process ran, per
// thread-second: with several threads, per core).
struct Rates {
    double wall = 0;
    double processor = 0;
};

template <typename F>
Rates bestGflops(double flopsPerCall, double totalSeconds, F&& call) {
    using Clock = std::chrono::steady_clock;
    const auto end = Clock::now() + std::chrono::duration<double>(totalSeconds);
    Rates best;
    call();  // warm-up: caches, thread pool
    while (Clock::now() < end) {
        const auto start = Clock::now();
        const double processorStart = processorSeconds();
        int calls = 0;
        double seconds = 0;
        do {
            call();
            ++calls;
            seconds = std::chrono::duration<double>(Clock::now() - start).count();
        } while (seconds < 0.02);
        const double processor = processorSeconds() - processorStart;
        best.wall = std::max(best.wall, flopsPerCall * calls / seconds / 1e9);
        best.processor = std::max(best.processor, flopsPerCall * calls / processor / 1e9);
    }
    return best;
}

struct GemmPeakOptions {
    bool help = false;
    Index size = 512;
    double seconds = 2.0;
    int threads = 1;
};

GemmPeakOptions parseOptions(const std::vector<std::string>& args) {
    const Arguments a(args, {"size", "seconds", "threads"}, {"help"});
    a.expectNoPositional();
    GemmPeakOptions o;
    o.help = a.has("help");
    o.size = a.integer("size", 512, 16, 4096);
    o.seconds = a.number("seconds", 2.0);
    o.threads = a.integer("threads", 1, 1, 256);
    if (!(o.seconds > 0 && o.seconds <= 3600))
        throw UsageError("--seconds must be more than 0 and at most 3600");
    return o;
}

int run(const std::vector<std::string>& args) {
    const GemmPeakOptions o = parseOptions(args);
    if (o.help) {
        std::printf(
            "usage: rnnlab-cli gemm-peak [--size 512] [--seconds 2] [--threads 1]\n"
            "Float GEMM speed (GFLOP/s) of Eigen and of the packed kernel on n x n matrices;\n"
            "prints one JSON line. The peak divides `bench` speeds into a fraction of the\n"
            "machine's GEMM speed; peak_gflop_per_cpu_s is the best rate per second of\n"
            "processor time (steadier on a busy machine; compare `bench`'s gflop_per_cpu_s).\n");
        return 0;
    }
    const Index n = o.size;
    const double seconds = o.seconds;
    const int threads = o.threads;
    Eigen::setNbThreads(threads);
    Random rng(0);
    Matrix<float> A(n, n), B(n, n), C(n, n);
    for (Index i = 0; i < A.size(); ++i) A.data()[i] = static_cast<float>(rng.normal());
    for (Index i = 0; i < B.size(); ++i) B.data()[i] = static_cast<float>(rng.normal());
    const double flops = 2.0 * static_cast<double>(n) * static_cast<double>(n * n);
    const Rates eigen = bestGflops(flops, seconds / 2, [&] { C.noalias() = A * B; });
    PackedMatrix<float> packed;
    packed.pack(B, false);
    const Rates kernel = bestGflops(flops, seconds / 2, [&] { packed.multiply(A, C, false); });
    std::printf(
        "{\"size\": %ld, \"threads\": %d, \"eigen_gflop_per_s\": %.4g, \"kernel\": \"%s\", "
        "\"packed_gflop_per_s\": %.4g, \"peak_gflop_per_s\": %.4g, "
        "\"peak_gflop_per_cpu_s\": %.4g}\n",
        static_cast<long>(n), threads, eigen.wall, simdKernelName(), kernel.wall,
        std::max(eigen.wall, kernel.wall), std::max(eigen.processor, kernel.processor));
    return 0;
}

const CommandRegistration registration{
    "gemm-peak", "float GEMM GFLOP/s of Eigen and of the packed kernel (the peak for bench)", &run,
    [](const std::vector<std::string>& args) { parseOptions(args); }};

}  // namespace
}  // namespace RNNLAB_CLI_FILE
}  // namespace rnnlab::cli
