#include "core/analysis/window_connectivity.h"

#include <algorithm>

#include "core/analysis/connectivity.h"

namespace rnnlab {

WindowConnectivity windowConnectivity(const NetworkConfig& network,
                                      const Parameters<float>& weights, const TextDataset& data,
                                      Index window, Index target) {
    WindowConnectivity result;
    result.windowCount = data.count(Split::Validation);
    if (result.windowCount == 0) return result;
    result.window = std::clamp<Index>(window, 0, result.windowCount - 1);
    result.reading = readValidationWindows(network, weights, data, result.window, 1);
    result.target = std::clamp<Index>(target, 0, result.reading.size() - 1);
    const auto& symbols = result.reading.symbols;
    result.g = inputConnectivity(
        network, weights,
        std::vector<int>(symbols.begin(), symbols.begin() + result.target + 1),
        result.reading.targets[std::size_t(result.target)]);
    return result;
}

}  // namespace rnnlab
