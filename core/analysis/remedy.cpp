#include "core/analysis/remedy.h"

#include <algorithm>
#include <cstdio>

#include "core/base/number_text.h"

namespace rnnlab {

namespace {

// Settings in remedy texts: six significant digits.
std::string settingNumber(double v) {
    return significantDigits(v, 6);
}

std::string cellName(CellType cell) {
    switch (cell) {
        case CellType::Rnn:
            return "RNN";
        case CellType::Lstm:
            return "LSTM";
        case CellType::Gru:
            return "GRU";
    }
    return {};
}

std::string initName(InitScheme scheme) {
    switch (scheme) {
        case InitScheme::PyTorch:
            return "default (PyTorch)";
        case InitScheme::Xavier:
            return "Xavier";
        case InitScheme::Orthogonal:
            return "orthogonal";
        case InitScheme::Identity:
            return "identity (IRNN)";
    }
    return {};
}

}  // namespace

bool Remedy::operator==(const Remedy& o) const {
    if (kind != o.kind) return false;
    switch (kind) {
        case RemedyKind::Cell:
            return cell == o.cell;
        case RemedyKind::Nonlinearity:
            return nonlinearity == o.nonlinearity;
        case RemedyKind::Clipping:
            return clip == o.clip && clipMaxNorm == o.clipMaxNorm;
        case RemedyKind::ForgetBias:
            return forgetBias == o.forgetBias;
        case RemedyKind::RecurrentInit:
            return init == o.init;
        case RemedyKind::Truncation:
            return truncation == o.truncation;
    }
    return false;
}

RemedyEffect effectOf(RemedyKind kind) {
    switch (kind) {
        case RemedyKind::Cell:
        case RemedyKind::Nonlinearity:
            return RemedyEffect::Rebuild;
        case RemedyKind::ForgetBias:
        case RemedyKind::RecurrentInit:
            return RemedyEffect::Reinitialise;
        case RemedyKind::Clipping:
        case RemedyKind::Truncation:
            return RemedyEffect::Live;
    }
    return RemedyEffect::Rebuild;
}

void applyRemedy(const Remedy& r, NetworkConfig& network, TrainingSettings& settings) {
    switch (r.kind) {
        case RemedyKind::Cell:
            network = withCell(network, r.cell);
            // An LSTM starts with its forget gates open, f ≈ σ(3) ≈ 0.95, so that the cell
            // state carries the gradient back from the first step (kLstmForgetBias).
            if (r.cell == CellType::Lstm)
                settings.init.forgetBias = std::max(settings.init.forgetBias, kLstmForgetBias);
            break;
        case RemedyKind::Nonlinearity:  // for rnn only: LSTM and GRU keep their activations
            network.nonlinearity = r.nonlinearity;
            network = withCell(network, network.cell);
            break;
        case RemedyKind::Clipping:
            settings.clip = r.clip;
            settings.clipMaxNorm = r.clipMaxNorm;
            break;
        case RemedyKind::ForgetBias:
            settings.init.forgetBias = r.forgetBias;
            break;
        case RemedyKind::RecurrentInit:
            settings.init.scheme = r.init;
            break;
        case RemedyKind::Truncation:
            settings.truncation = r.truncation;
            break;
    }
}

std::string describe(const Remedy& r) {
    switch (r.kind) {
        case RemedyKind::Cell:
            return "cell: " + cellName(r.cell) +
                   (r.cell == CellType::Lstm ? " with forget-gate bias +" +
                                                   settingNumber(kLstmForgetBias) + " (open forget gates)"
                                             : std::string());
        case RemedyKind::Nonlinearity:
            return "activation: " + toString(r.nonlinearity);
        case RemedyKind::Clipping:
            return r.clip ? "clipping: on, threshold " + settingNumber(r.clipMaxNorm) : "clipping: off";
        case RemedyKind::ForgetBias:
            return "forget-gate bias: " + std::string(r.forgetBias > 0 ? "+" : "") +
                   settingNumber(r.forgetBias);
        case RemedyKind::RecurrentInit:
            return "recurrent init: " + initName(r.init);
        case RemedyKind::Truncation:
            return r.truncation > 0 ? "truncated BPTT: " + std::to_string(r.truncation) + " steps"
                                    : "truncated BPTT: off (full BPTT)";
    }
    return {};
}

}  // namespace rnnlab
