#include "core/nn/symbol_input.h"

#include <cmath>
#include <string>

#include "core/base/errors.h"
#include "core/base/setting_checks.h"

namespace rnnlab {

std::string symbolIndexProblem(double v, int vocabSize) {
    if (v >= 0 && v < vocabSize && v == std::floor(v)) return {};
    return formatNumber(v) + " is not a symbol index (vocab_size " + std::to_string(vocabSize) +
           ": 0 to " + std::to_string(vocabSize - 1) + ")";
}

template <typename S>
void checkSymbolIndices(const Matrix<S>& x, Index B, int vocabSize) {
    RNNLAB_ASSERT(x.cols() == 1 && B > 0, "symbol input shape");
    for (Index r = 0; r < x.rows(); ++r) {
        const std::string problem = symbolIndexProblem(static_cast<double>(x(r, 0)), vocabSize);
        if (!problem.empty())
            throw ConfigError("input row " + std::to_string(r) + " (step " + std::to_string(r / B) +
                              ", sample " + std::to_string(r % B) + "): " + problem);
    }
}

template void checkSymbolIndices<float>(const Matrix<float>&, Index, int);
template void checkSymbolIndices<double>(const Matrix<double>&, Index, int);

}  // namespace rnnlab
