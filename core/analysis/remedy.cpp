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

UiText initText(InitScheme scheme) {
    switch (scheme) {
        case InitScheme::PyTorch:
            return uiText(QT_TRANSLATE_NOOP("rnnlab::UiText", "recurrent init: default (PyTorch)"));
        case InitScheme::Xavier:
            return uiText(QT_TRANSLATE_NOOP("rnnlab::UiText", "recurrent init: Xavier"));
        case InitScheme::Orthogonal:
            return uiText(QT_TRANSLATE_NOOP("rnnlab::UiText", "recurrent init: orthogonal"));
        case InitScheme::Identity:
            return uiText(QT_TRANSLATE_NOOP("rnnlab::UiText", "recurrent init: identity (IRNN)"));
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

UiText describe(const Remedy& r) {
    switch (r.kind) {
        case RemedyKind::Cell:
            if (r.cell == CellType::Lstm)
                return uiText(QT_TRANSLATE_NOOP("rnnlab::UiText",
                                                "cell: %1 with forget-gate bias +%2 (open forget "
                                                "gates)"),
                              {cellName(r.cell), settingNumber(kLstmForgetBias)});
            return uiText(QT_TRANSLATE_NOOP("rnnlab::UiText", "cell: %1"), {cellName(r.cell)});
        case RemedyKind::Nonlinearity:
            return uiText(QT_TRANSLATE_NOOP("rnnlab::UiText", "activation: %1"),
                          {toString(r.nonlinearity)});
        case RemedyKind::Clipping:
            if (!r.clip) return uiText(QT_TRANSLATE_NOOP("rnnlab::UiText", "clipping: off"));
            return uiText(QT_TRANSLATE_NOOP("rnnlab::UiText", "clipping: on, threshold %1"),
                          {settingNumber(r.clipMaxNorm)});
        case RemedyKind::ForgetBias:
            return uiText(QT_TRANSLATE_NOOP("rnnlab::UiText", "forget-gate bias: %1"),
                          {(r.forgetBias > 0 ? "+" : "") + settingNumber(r.forgetBias)});
        case RemedyKind::RecurrentInit:
            return initText(r.init);
        case RemedyKind::Truncation:
            if (r.truncation <= 0)
                return uiText(
                    QT_TRANSLATE_NOOP("rnnlab::UiText", "truncated BPTT: off (full BPTT)"));
            return uiText(QT_TRANSLATE_NOOP("rnnlab::UiText", "truncated BPTT: %1 steps"),
                          {std::to_string(r.truncation)});
    }
    return {};
}

}  // namespace rnnlab
