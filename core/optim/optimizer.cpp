#include "core/optim/optimizer.h"

#include <algorithm>
#include <cmath>
#include <variant>

#include "core/base/errors.h"
#include "core/base/setting_checks.h"

namespace rnnlab {

OptimizerSettings OptimizerSettings::forKind(OptimizerKind kind) {
    OptimizerSettings s;  // Adam's defaults
    s.kind = kind;
    switch (kind) {
        case OptimizerKind::Sgd:
            s.learningRate = 1e-2;
            break;
        case OptimizerKind::Adam:
            break;
        case OptimizerKind::RmsProp:
            s.learningRate = 1e-2;
            break;
        case OptimizerKind::Adagrad:
            s.learningRate = 1e-2;
            s.eps = 1e-10;
            break;
    }
    return s;
}

bool OptimizerSettings::operator==(const OptimizerSettings& o) const {
    return kind == o.kind && learningRate == o.learningRate && weightDecay == o.weightDecay &&
           momentum == o.momentum && dampening == o.dampening && nesterov == o.nesterov &&
           beta1 == o.beta1 && beta2 == o.beta2 && amsgrad == o.amsgrad && alpha == o.alpha &&
           centered == o.centered && lrDecay == o.lrDecay &&
           initialAccumulatorValue == o.initialAccumulatorValue && eps == o.eps;
}

void validate(const OptimizerSettings& s) {
    requirePositive("learning rate", s.learningRate);
    requireNonNegative("weight decay", s.weightDecay);
    switch (s.kind) {
        case OptimizerKind::Sgd:
            requireNonNegative("momentum", s.momentum);
            requireInRange("dampening", s.dampening, 0.0, 1.0, true);
            if (s.nesterov && (s.momentum <= 0 || s.dampening != 0))
                throw ConfigError(uiText(QT_TRANSLATE_NOOP("rnnlab::UiText",
                                                           "nesterov momentum requires momentum > "
                                                           "0 and dampening 0, got momentum %1 "
                                                           "and dampening %2"),
                                         {formatNumber(s.momentum), formatNumber(s.dampening)}));
            break;
        case OptimizerKind::Adam:
            requireInRange("beta1", s.beta1, 0.0, 1.0, false);
            requireInRange("beta2", s.beta2, 0.0, 1.0, false);
            requireNonNegative("eps", s.eps);
            break;
        case OptimizerKind::RmsProp:
            requireInRange("alpha", s.alpha, 0.0, 1.0, true);
            requireNonNegative("momentum", s.momentum);
            requireNonNegative("eps", s.eps);
            break;
        case OptimizerKind::Adagrad:
            requireNonNegative("lr decay", s.lrDecay);
            requireNonNegative("initial accumulator value", s.initialAccumulatorValue);
            requireNonNegative("eps", s.eps);
            break;
    }
}

namespace {

using O = OptimizerSettings;

// A hyper-parameter beyond the learning rate, and the kinds that read it.
struct HyperParameter {
    const char* name;  // as validate() names it
    std::variant<double O::*, bool O::*> member;
    std::vector<OptimizerKind> readBy;

    bool readsIt(OptimizerKind kind) const {
        return std::find(readBy.begin(), readBy.end(), kind) != readBy.end();
    }
    bool equal(const O& a, const O& b) const {
        return std::visit([&](auto m) { return a.*m == b.*m; }, member);
    }
    void copy(const O& from, O& to) const {
        std::visit([&](auto m) { to.*m = from.*m; }, member);
    }
};

const std::vector<HyperParameter>& hyperParameters() {
    using K = OptimizerKind;
    static const std::vector<HyperParameter> all{
        {"weight decay", &O::weightDecay, {K::Sgd, K::Adam, K::RmsProp, K::Adagrad}},
        {"momentum", &O::momentum, {K::Sgd, K::RmsProp}},
        {"dampening", &O::dampening, {K::Sgd}},
        {"nesterov", &O::nesterov, {K::Sgd}},
        {"beta1", &O::beta1, {K::Adam}},
        {"beta2", &O::beta2, {K::Adam}},
        {"amsgrad", &O::amsgrad, {K::Adam}},
        {"alpha", &O::alpha, {K::RmsProp}},
        {"centered", &O::centered, {K::RmsProp}},
        {"lr decay", &O::lrDecay, {K::Adagrad}},
        {"initial accumulator value", &O::initialAccumulatorValue, {K::Adagrad}},
        {"eps", &O::eps, {K::Adam, K::RmsProp, K::Adagrad}}};
    return all;
}

}  // namespace

OptimizerSettings switchOptimizer(const OptimizerSettings& s, OptimizerKind kind) {
    if (kind == s.kind) return s;
    const OptimizerSettings oldDefaults = OptimizerSettings::forKind(s.kind);
    OptimizerSettings out = OptimizerSettings::forKind(kind);
    out.learningRate = s.learningRate;
    for (const HyperParameter& p : hyperParameters())
        if (p.readsIt(s.kind) && p.readsIt(kind) && !p.equal(s, oldDefaults)) p.copy(s, out);
    return out;
}

std::vector<std::string> settingsLostBySwitch(const OptimizerSettings& s, OptimizerKind kind) {
    std::vector<std::string> lost;
    if (kind == s.kind) return lost;
    const OptimizerSettings oldDefaults = OptimizerSettings::forKind(s.kind);
    for (const HyperParameter& p : hyperParameters())
        if (p.readsIt(s.kind) && !p.readsIt(kind) && !p.equal(s, oldDefaults))
            lost.push_back(p.name);
    return lost;
}

std::string toString(OptimizerKind kind) {
    switch (kind) {
        case OptimizerKind::Sgd:
            return "sgd";
        case OptimizerKind::Adam:
            return "adam";
        case OptimizerKind::RmsProp:
            return "rmsprop";
        case OptimizerKind::Adagrad:
            return "adagrad";
    }
    return "?";
}

OptimizerKind parseOptimizerKind(const std::string& s) {
    for (OptimizerKind k :
         {OptimizerKind::Sgd, OptimizerKind::Adam, OptimizerKind::RmsProp, OptimizerKind::Adagrad})
        if (s == toString(k)) return k;
    throw ConfigError(uiText(QT_TRANSLATE_NOOP("rnnlab::UiText",
                                               "unknown optimizer '%1' (expected sgd, adam, "
                                               "rmsprop or adagrad)"),
                             {s}));
}

namespace {
// A buffer that does not exist yet starts at `initial`, as torch's lazily created state.
template <typename S>
void ensureSize(Vector<S>& buffer, Index n, double initial) {
    if (buffer.size() == 0) buffer = Vector<S>::Constant(n, static_cast<S>(initial));
    RNNLAB_ASSERT(buffer.size() == n, "optimizer state and parameters differ in size");
}
}  // namespace

template <typename S>
Optimizer<S>::Optimizer(const OptimizerSettings& settings) : m_settings(settings) {
    validate(settings);
}

template <typename S>
void Optimizer<S>::setSettings(const OptimizerSettings& settings) {
    validate(settings);
    if (settings.kind != m_settings.kind) reset();
    m_settings = settings;
}

template <typename S>
void Optimizer<S>::setLearningRate(double lr) {
    requireNonNegative("learning rate", lr);
    m_settings.learningRate = lr;
}

template <typename S>
void Optimizer<S>::reset() {
    m_step = 0;
    for (Vector<S>* b : {&m_momentumBuffer, &m_expAvg, &m_expAvgSq, &m_maxExpAvgSq, &m_squareAvg,
                         &m_gradAvg, &m_sum})
        b->resize(0);
}

template <typename S>
const std::vector<typename Optimizer<S>::BufferSlot>& Optimizer<S>::buffersOf(OptimizerKind kind) {
    static const std::vector<BufferSlot> sgd{
        {"momentum_buffer", &Optimizer::m_momentumBuffer, false}};
    static const std::vector<BufferSlot> adam{{"exp_avg", &Optimizer::m_expAvg, true},
                                              {"exp_avg_sq", &Optimizer::m_expAvgSq, true},
                                              {"max_exp_avg_sq", &Optimizer::m_maxExpAvgSq, false}};
    static const std::vector<BufferSlot> rmsprop{
        {"square_avg", &Optimizer::m_squareAvg, true},
        {"grad_avg", &Optimizer::m_gradAvg, false},
        {"momentum_buffer", &Optimizer::m_momentumBuffer, false}};
    static const std::vector<BufferSlot> adagrad{{"sum", &Optimizer::m_sum, true}};
    switch (kind) {
        case OptimizerKind::Sgd:
            return sgd;
        case OptimizerKind::Adam:
            return adam;
        case OptimizerKind::RmsProp:
            return rmsprop;
        case OptimizerKind::Adagrad:
            return adagrad;
    }
    return sgd;
}

template <typename S>
OptimizerState<S> Optimizer<S>::state() const {
    OptimizerState<S> out;
    out.step = m_step;
    for (const BufferSlot& slot : buffersOf(m_settings.kind))
        if ((this->*slot.member).size() != 0) out.buffers[slot.name] = this->*slot.member;
    return out;
}

template <typename S>
std::optional<UiText> Optimizer<S>::stateProblem(const OptimizerState<S>& state, OptimizerKind kind,
                                                 Index parameterCount) {
    const std::vector<BufferSlot>& bufferSlots = buffersOf(kind);
    if (state.step < 0)
        return uiText(QT_TRANSLATE_NOOP("rnnlab::UiText", "step must be non-negative, got %1"),
                      {std::to_string(state.step)});
    for (const auto& [name, values] : state.buffers) {
        if (std::none_of(bufferSlots.begin(), bufferSlots.end(),
                         [&name = name](const BufferSlot& slot) { return slot.name == name; })) {
            std::string expected;
            for (const BufferSlot& slot : bufferSlots)
                expected += (expected.empty() ? "" : ", ") + slot.name;
            return uiText(QT_TRANSLATE_NOOP("rnnlab::UiText",
                                            "buffers: unknown buffer '%1' for %2 (expected %3)"),
                          {name, toString(kind), expected});
        }
        if (values.size() != parameterCount)
            return verbatim("buffers." + name) +
                   uiText(QT_TRANSLATE_NOOP("rnnlab::UiText",
                                            " has %1 values, expected %2 (one per parameter)"),
                          {std::to_string(values.size()), std::to_string(parameterCount)});
    }
    if (state.step > 0)
        for (const BufferSlot& slot : bufferSlots)
            if (slot.required && state.buffers.count(slot.name) == 0)
                return verbatim("buffers." + slot.name) +
                       uiText(QT_TRANSLATE_NOOP("rnnlab::UiText",
                                                " is missing: %1 writes it at every step, and the "
                                                "state is at step %2"),
                              {toString(kind), std::to_string(state.step)});
    return std::nullopt;
}

template <typename S>
void Optimizer<S>::setState(const OptimizerState<S>& state, Index parameterCount) {
    if (const std::optional<UiText> problem = stateProblem(state, m_settings.kind, parameterCount))
        throw ConfigError(verbatim("optimizer state: ") + *problem);
    const std::vector<BufferSlot>& bufferSlots = buffersOf(m_settings.kind);
    reset();
    m_step = state.step;
    for (const BufferSlot& slot : bufferSlots) {
        const auto found = state.buffers.find(slot.name);
        if (found != state.buffers.end()) this->*slot.member = found->second;
    }
}

template <typename S>
void Optimizer<S>::step(Vector<S>& params, const Vector<S>& grads) {
    RNNLAB_ASSERT(params.size() == grads.size(), "parameters and gradients differ in size");
    ++m_step;
    switch (m_settings.kind) {
        case OptimizerKind::Sgd:
            stepSgd(params, grads);
            break;
        case OptimizerKind::Adam:
            stepAdam(params, grads);
            break;
        case OptimizerKind::RmsProp:
            stepRmsProp(params, grads);
            break;
        case OptimizerKind::Adagrad:
            stepAdagrad(params, grads);
            break;
    }
}

template <typename S>
void Optimizer<S>::stepSgd(Vector<S>& p, const Vector<S>& grad) {
    const Index n = p.size();
    const S lr = static_cast<S>(m_settings.learningRate);
    const S wd = static_cast<S>(m_settings.weightDecay);
    const S mu = static_cast<S>(m_settings.momentum);
    const S keep = static_cast<S>(1.0 - m_settings.dampening);
    const bool nesterov = m_settings.nesterov;
    const bool useMomentum = m_settings.momentum != 0;
    // torch's momentum buffer is None until a step with momentum: that step copies g into it.
    const bool firstMomentumStep = useMomentum && m_momentumBuffer.size() == 0;
    if (useMomentum) ensureSize(m_momentumBuffer, n, 0.0);
    S* b = m_momentumBuffer.data();
    for (Index j = 0; j < n; ++j) {
        S g = grad[j];
        if (wd != 0) g = g + wd * p[j];  // (1)
        if (useMomentum) {
            b[j] = firstMomentumStep ? g : mu * b[j] + keep * g;  // (2)
            g = nesterov ? g + mu * b[j] : b[j];                  // (3)
        }
        p[j] = p[j] - lr * g;  // (4)
    }
}

template <typename S>
void Optimizer<S>::stepAdam(Vector<S>& p, const Vector<S>& grad) {
    const OptimizerSettings& s = m_settings;
    const Index n = p.size();
    ensureSize(m_expAvg, n, 0.0);
    ensureSize(m_expAvgSq, n, 0.0);
    if (s.amsgrad) ensureSize(m_maxExpAvgSq, n, 0.0);
    const double t = static_cast<double>(m_step);
    const double biasCorrection1 = 1.0 - std::pow(s.beta1, t);
    const double biasCorrection2 = 1.0 - std::pow(s.beta2, t);
    const S stepSize = static_cast<S>(s.learningRate / biasCorrection1);
    const S bc2Sqrt = static_cast<S>(std::sqrt(biasCorrection2));
    const S wd = static_cast<S>(s.weightDecay);
    const S beta1 = static_cast<S>(s.beta1), oneMinusBeta1 = static_cast<S>(1.0 - s.beta1);
    const S beta2 = static_cast<S>(s.beta2), oneMinusBeta2 = static_cast<S>(1.0 - s.beta2);
    const S eps = static_cast<S>(s.eps);
    S* m = m_expAvg.data();
    S* v = m_expAvgSq.data();
    S* vMax = m_maxExpAvgSq.data();
    for (Index j = 0; j < n; ++j) {
        S g = grad[j];
        if (wd != 0) g = g + wd * p[j];               // (1)
        m[j] = beta1 * m[j] + oneMinusBeta1 * g;      // (2)
        v[j] = beta2 * v[j] + oneMinusBeta2 * g * g;  // (3)
        S vUsed = v[j];
        if (s.amsgrad) vUsed = vMax[j] = std::max(vMax[j], v[j]);  // (4)
        const S denom = std::sqrt(vUsed) / bc2Sqrt + eps;          // (5)
        p[j] = p[j] - stepSize * m[j] / denom;                     // (6)
    }
}

template <typename S>
void Optimizer<S>::stepRmsProp(Vector<S>& p, const Vector<S>& grad) {
    const OptimizerSettings& s = m_settings;
    const Index n = p.size();
    const bool useMomentum = s.momentum > 0;
    ensureSize(m_squareAvg, n, 0.0);
    if (s.centered) ensureSize(m_gradAvg, n, 0.0);
    if (useMomentum) ensureSize(m_momentumBuffer, n, 0.0);
    const S lr = static_cast<S>(s.learningRate);
    const S wd = static_cast<S>(s.weightDecay);
    const S alpha = static_cast<S>(s.alpha), oneMinusAlpha = static_cast<S>(1.0 - s.alpha);
    const S mu = static_cast<S>(s.momentum);
    const S eps = static_cast<S>(s.eps);
    S* sq = m_squareAvg.data();
    S* a = m_gradAvg.data();
    S* b = m_momentumBuffer.data();
    for (Index j = 0; j < n; ++j) {
        S g = grad[j];
        if (wd != 0) g = g + wd * p[j];                 // (1)
        sq[j] = alpha * sq[j] + oneMinusAlpha * g * g;  // (2)
        S avg;
        if (s.centered) {
            a[j] = alpha * a[j] + oneMinusAlpha * g;     // (3)
            avg = std::sqrt(sq[j] - a[j] * a[j]) + eps;  // (4)
        } else {
            avg = std::sqrt(sq[j]) + eps;  // (4)
        }
        if (useMomentum) {
            b[j] = mu * b[j] + g / avg;  // (5)
            p[j] = p[j] - lr * b[j];
        } else {
            p[j] = p[j] - lr * g / avg;  // (5)
        }
    }
}

template <typename S>
void Optimizer<S>::stepAdagrad(Vector<S>& p, const Vector<S>& grad) {
    const OptimizerSettings& s = m_settings;
    const Index n = p.size();
    ensureSize(m_sum, n, s.initialAccumulatorValue);
    const double t = static_cast<double>(m_step);
    const S clr = static_cast<S>(s.learningRate / (1.0 + (t - 1.0) * s.lrDecay));  // (2)
    const S wd = static_cast<S>(s.weightDecay);
    const S eps = static_cast<S>(s.eps);
    S* G = m_sum.data();
    for (Index j = 0; j < n; ++j) {
        S g = grad[j];
        if (wd != 0) g = g + wd * p[j];                   // (1)
        G[j] = G[j] + g * g;                              // (3)
        p[j] = p[j] - clr * g / (std::sqrt(G[j]) + eps);  // (4)
    }
}

template class Optimizer<float>;
template class Optimizer<double>;

}  // namespace rnnlab
