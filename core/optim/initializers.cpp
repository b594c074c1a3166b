#include "core/optim/initializers.h"

#include <Eigen/QR>
#include <cmath>

#include "core/base/errors.h"
#include "core/base/matrix_norms.h"
#include "core/base/random.h"
#include "core/base/setting_checks.h"

namespace rnnlab {

void validate(const InitSettings& s) {
    requirePositive("init gain", s.gain);
    requireFinite("identity scale", s.identityScale);
    requireFinite("forget gate bias", s.forgetBias);
    requireNonNegative("spectral radius", s.spectralRadius);
}

std::string toString(InitScheme scheme) {
    switch (scheme) {
        case InitScheme::PyTorch:
            return "pytorch";
        case InitScheme::Xavier:
            return "xavier";
        case InitScheme::Orthogonal:
            return "orthogonal";
        case InitScheme::Identity:
            return "identity";
    }
    return "?";
}

InitScheme parseInitScheme(const std::string& s) {
    for (InitScheme k :
         {InitScheme::PyTorch, InitScheme::Xavier, InitScheme::Orthogonal, InitScheme::Identity})
        if (s == toString(k)) return k;
    throw ConfigError(uiText(QT_TRANSLATE_NOOP("rnnlab::UiText",
                                               "unknown initialiser '%1' (expected pytorch, "
                                               "xavier, orthogonal or identity)"),
                             {s}));
}

namespace {

using MatrixRef = Eigen::Ref<Matrix<double>>;

void fillUniform(MatrixRef W, double bound, Random& rng) {
    for (Index r = 0; r < W.rows(); ++r)
        for (Index c = 0; c < W.cols(); ++c) W(r, c) = rng.uniform(-bound, bound);
}

// torch.nn.init.xavier_uniform_: a = gain * sqrt(6 / (fan_in + fan_out)).
void fillXavier(MatrixRef W, double gain, Random& rng) {
    const double fanIn = static_cast<double>(W.cols()), fanOut = static_cast<double>(W.rows());
    fillUniform(W, gain * std::sqrt(6.0 / (fanIn + fanOut)), rng);
}

// torch.nn.init.orthogonal_ for a square block: Q of A = QR, A standard Gaussian (drawn
// row-major), Q's column j times sign(R_jj), times gain.
void fillOrthogonal(MatrixRef W, double gain, Random& rng) {
    const Index n = W.rows();
    Eigen::MatrixXd A(n, n);
    for (Index r = 0; r < n; ++r)
        for (Index c = 0; c < n; ++c) A(r, c) = rng.normal();
    const Eigen::HouseholderQR<Eigen::MatrixXd> qr(A);
    Eigen::MatrixXd Q = qr.householderQ();
    for (Index c = 0; c < n; ++c) {
        const double d = qr.matrixQR()(c, c);
        Q.col(c) *= d > 0 ? 1.0 : (d < 0 ? -1.0 : 0.0);  // torch.sign(d)
    }
    W = gain * Q;
}

// A tensor of the flat buffer as a matrix; a bias is one column.
MatrixMap<double> tensorView(Parameters<double>& p, int entry) {
    const ParameterInfo& info = p.layout().entries()[entry];
    return MatrixMap<double>(p.flat().data() + info.offset, info.rows,
                             info.isMatrix() ? info.cols : 1);
}

// The pytorch, xavier, orthogonal and identity schemes and the options, in double.
void initialiseDouble(Parameters<double>& p, const NetworkConfig& config, const InitSettings& s,
                      Random& rng) {
    const ParameterLayout& layout = p.layout();
    const Index H = config.hiddenSize, G = gateCount(config.cell);
    const double k = 1.0 / std::sqrt(static_cast<double>(H));
    const bool pytorch = s.scheme == InitScheme::PyTorch;
    // W_ih and fc.weight.
    auto inputWeight = [&](int entry) {
        if (pytorch)
            fillUniform(tensorView(p, entry), k, rng);
        else
            fillXavier(tensorView(p, entry), s.gain, rng);
    };
    auto bias = [&](int entry) {
        if (pytorch)
            fillUniform(tensorView(p, entry), k, rng);
        else
            tensorView(p, entry).setZero();
    };
    // Tensors in state_dict order, so the draws come in that order. The embedding is
    // N(0, 1) in every scheme, as torch.nn.Embedding initialises it.
    if (layout.embedding() >= 0) {
        VectorMap<double> E = p.vector(layout.embedding());
        for (Index i = 0; i < E.size(); ++i) E[i] = rng.normal();
    }
    for (int l = 0; l < config.numLayers; ++l) {
        inputWeight(layout.weightIh(l));
        MatrixMap<double> Whh = tensorView(p, layout.weightHh(l));  // (G*H, H)
        switch (s.scheme) {
            case InitScheme::PyTorch:
                fillUniform(Whh, k, rng);
                break;
            case InitScheme::Xavier:  // the whole (G*H, H) tensor, as xavier_uniform_(weight)
                fillXavier(Whh, s.gain, rng);
                break;
            case InitScheme::Orthogonal:
                for (Index g = 0; g < G; ++g) fillOrthogonal(Whh.middleRows(g * H, H), s.gain, rng);
                break;
            case InitScheme::Identity:
                for (Index g = 0; g < G; ++g)
                    Whh.middleRows(g * H, H) = s.identityScale * Eigen::MatrixXd::Identity(H, H);
                break;
        }
        bias(layout.biasIh(l));
        bias(layout.biasHh(l));
    }
    inputWeight(layout.fcWeight());
    bias(layout.fcBias());
    // The options.
    for (int l = 0; l < config.numLayers; ++l) {
        if (config.cell == CellType::Lstm && s.forgetBias != 0)
            p.vector(layout.biasIh(l)).segment(H, H).array() += s.forgetBias;  // f block
        if (s.spectralRadius > 0) {
            MatrixMap<double> Whh = p.matrix(layout.weightHh(l));  // (G*H, H)
            for (Index g = 0; g < G; ++g) {
                const double rho = spectralRadius<double>(Whh.middleRows(g * H, H));
                if (!(rho > 0))
                    throw ConfigError(
                        uiText(QT_TRANSLATE_NOOP("rnnlab::UiText",
                                                 "cannot scale %1 gate block %2 to "
                                                 "spectral radius %3: its spectral "
                                                 "radius is %4"),
                               {layout.entries()[layout.weightHh(l)].name, std::to_string(g),
                                formatNumber(s.spectralRadius), formatNumber(rho)}));
                Whh.middleRows(g * H, H) *= s.spectralRadius / rho;
            }
        }
    }
}

}  // namespace

template <typename S>
void initialise(Parameters<S>& params, const NetworkConfig& config, const InitSettings& settings,
                std::uint64_t seed) {
    validate(settings);
    Parameters<double> values(config);
    RNNLAB_ASSERT(params.layout().totalSize() == values.layout().totalSize(),
                  "parameters do not have the layout of the network config");
    Random rng(seed);
    initialiseDouble(values, config, settings, rng);
    params.flat() = values.flat().template cast<S>();
}

template void initialise(Parameters<float>&, const NetworkConfig&, const InitSettings&,
                         std::uint64_t);
template void initialise(Parameters<double>&, const NetworkConfig&, const InitSettings&,
                         std::uint64_t);

}  // namespace rnnlab
