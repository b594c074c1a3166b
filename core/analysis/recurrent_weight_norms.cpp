#include "core/analysis/recurrent_weight_norms.h"

#include <limits>

#include "core/base/matrix_norms.h"

namespace rnnlab {

template <typename S>
RecurrentWeightNorms recurrentWeightNorms(const Parameters<S>& weights,
                                          const NetworkConfig& config) {
    const Index H = config.hiddenSize;
    const int G = gateCount(config.cell);
    RecurrentWeightNorms out;
    for (int k = 0; k < config.numLayers; ++k) {
        const ConstMatrixMap<S> W_hh = weights.matrix(weights.layout().weightHh(k));  // (G*H, H)
        std::vector<double> radius, singular;
        for (int g = 0; g < G; ++g) {
            const Eigen::Ref<const Matrix<S>> block = W_hh.middleRows(g * H, H);  // (H, H)
            radius.push_back(H <= kMaxSpectralRadiusSize
                                 ? spectralRadius<S>(block)
                                 : std::numeric_limits<double>::quiet_NaN());
            singular.push_back(largestSingularValue<S>(block));
        }
        out.spectralRadius.push_back(std::move(radius));
        out.largestSingularValue.push_back(std::move(singular));
    }
    return out;
}

int candidateBlock(CellType cell) {
    return cell == CellType::Rnn ? 0 : 2;
}

template RecurrentWeightNorms recurrentWeightNorms<float>(const Parameters<float>&,
                                                          const NetworkConfig&);
template RecurrentWeightNorms recurrentWeightNorms<double>(const Parameters<double>&,
                                                           const NetworkConfig&);

}  // namespace rnnlab
