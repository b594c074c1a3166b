#include "core/train/step_benchmark.h"

#include <algorithm>
#include <chrono>
#include <ctime>

#include "core/base/random.h"
#include "core/nn/recurrent_network.h"
#include "core/optim/gradient_clipping.h"
#include "core/optim/initializers.h"
#include "core/optim/optimizer.h"

namespace rnnlab {

double processorSeconds() {
    timespec ts{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
    return static_cast<double>(ts.tv_sec) + 1e-9 * static_cast<double>(ts.tv_nsec);
}

template <typename S>
StepTiming timeTrainingSteps(const NetworkConfig& c, Index T, Index B, int steps) {
    RecurrentNetwork<S> net(c);
    initialise(net.parameters(), c, InitSettings{}, 0);
    Random rng(0);
    Matrix<S> x(T * B, c.inputSize), y(B, 1);
    for (Index i = 0; i < x.size(); ++i) x.data()[i] = static_cast<S>(rng.normal());
    for (Index i = 0; i < y.size(); ++i) y.data()[i] = static_cast<S>(rng.normal());
    Optimizer<S> adam(OptimizerSettings::forKind(OptimizerKind::Adam));
    Workspace<S> ws;
    Parameters<S> grads;
    auto step = [&] {
        net.forward(x, T, B, ws);
        net.backward(ws, y, grads);
        clipGradNorm(grads, 1.0);
        adam.step(net.parameters().flat(), grads.flat());
    };
    for (int i = 0; i < std::max(3, steps / 10); ++i) step();
    const auto start = std::chrono::steady_clock::now();
    const double cpuStart = processorSeconds();
    for (int i = 0; i < steps; ++i) step();
    const double seconds =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    return {steps / seconds, (processorSeconds() - cpuStart) / steps};
}

template StepTiming timeTrainingSteps<float>(const NetworkConfig&, Index, Index, int);
template StepTiming timeTrainingSteps<double>(const NetworkConfig&, Index, Index, int);

}  // namespace rnnlab
