#include "core/data/generators.h"

#include <algorithm>
#include <cmath>
#include <cstdio>

#include "core/base/errors.h"
#include "core/base/random.h"
#include "core/data/catalog.h"
#include "core/data/symbol_generators.h"

namespace rnnlab {

namespace {

constexpr double kTwoPi = 6.283185307179586476925286766559;

std::string numberText(double v) {
    char text[32];
    std::snprintf(text, sizeof text, "%g", v);
    return text;
}

// "sine (seed 1; amplitude 1, length 1000, ...)"
std::string describe(const ResolvedGenerator& g) {
    std::string text = g.info->name + " (seed " + std::to_string(g.spec.seed) + ";";
    bool first = true;
    for (const auto& [name, value] : g.parameters) {
        text += (first ? " " : ", ") + name + " " + numberText(value);
        first = false;
    }
    return text + ")";
}

double fraction(double x) {
    return x - std::floor(x);
}

// Mackey-Glass by fourth-order Runge-Kutta with step h = 0.1. The delayed value at a half step
// is the mean of its two neighbours on the grid (tau is a whole number of steps).
std::vector<double> mackeyGlass(const std::map<std::string, double>& p, Index length) {
    const double h = 0.1;
    const double beta = p.at("beta");
    const double gamma = p.at("gamma");
    const double n = p.at("exponent");
    const Index delay = std::max<Index>(1, Index(std::llround(p.at("tau") / h)));
    const Index perSample = std::max<Index>(1, Index(std::llround(p.at("sampling") / h)));
    const Index skip = Index(std::llround(p.at("transient") / h));
    auto f = [&](double x, double xTau) {
        return beta * xTau / (1.0 + std::pow(xTau, n)) - gamma * x;
    };
    // history[i] = x at step i - delay; the first `delay` entries are x(t <= 0) = x0.
    std::vector<double> history(std::size_t(delay + 1), p.at("x0"));
    history.reserve(std::size_t(delay + skip + length * perSample + 1));
    std::vector<double> out;
    out.reserve(std::size_t(length));
    for (Index step = 0; Index(out.size()) < length; ++step) {
        const std::size_t now = std::size_t(step + delay);
        const double x = history[now];
        const double tau0 = history[now - std::size_t(delay)];
        const double tau1 = history[now - std::size_t(delay) + 1];
        const double tauHalf = 0.5 * (tau0 + tau1);
        const double k1 = f(x, tau0);
        const double k2 = f(x + 0.5 * h * k1, tauHalf);
        const double k3 = f(x + 0.5 * h * k2, tauHalf);
        const double k4 = f(x + h * k3, tau1);
        history.push_back(x + h / 6.0 * (k1 + 2.0 * k2 + 2.0 * k3 + k4));
        if (step >= skip && (step - skip) % perSample == 0) out.push_back(x);
    }
    return out;
}

}  // namespace

UiText generatorPlace(const std::string& name) {
    return uiText(QT_TRANSLATE_NOOP("rnnlab::UiText", "generator %1: "), {name});
}

ResolvedGenerator resolveGenerator(const GeneratorSpec& spec) {
    const GeneratorInfo& info = generatorInfo(spec.kind);
    std::map<std::string, double> values;
    for (const GeneratorParameter& p : info.parameters) values[p.name] = p.defaultValue;
    for (const auto& entry : spec.parameters) {
        const std::string& name = entry.first;
        const double value = entry.second;
        const auto it = std::find_if(info.parameters.begin(), info.parameters.end(),
                                     [&](const GeneratorParameter& p) { return p.name == name; });
        if (it == info.parameters.end()) {
            std::string names;
            for (const GeneratorParameter& p : info.parameters)
                names += (names.empty() ? "" : ", ") + p.name;
            throw ConfigError(generatorPlace(info.name) +
                              uiText(QT_TRANSLATE_NOOP("rnnlab::UiText",
                                                       "no parameter '%1'; its parameters are: %2"),
                                     {name, names}));
        }
        if (!(std::isfinite(value) && value >= it->minimum && value <= it->maximum))
            throw ConfigError(
                generatorPlace(info.name) +
                uiText(
                    QT_TRANSLATE_NOOP("rnnlab::UiText", "%1 must be between %2 and %3, got %4"),
                    {name, numberText(it->minimum), numberText(it->maximum), numberText(value)}));
        if (it->integer && value != std::floor(value))
            throw ConfigError(
                generatorPlace(info.name) +
                uiText(QT_TRANSLATE_NOOP("rnnlab::UiText", "%1 must be a whole number, got %2"),
                       {name, numberText(value)}));
        values[name] = value;
    }
    return {&info, spec, std::move(values)};
}

std::map<std::string, double> resolvedParameters(const GeneratorSpec& spec) {
    return resolveGenerator(spec).parameters;
}

Series generateSeries(const GeneratorSpec& spec) {
    return generateSeries(resolveGenerator(spec));
}

SequenceDataset generateSequences(const GeneratorSpec& spec, const SplitSpec& split) {
    return generateSequences(resolveGenerator(spec), split);
}

Series generateSeries(const ResolvedGenerator& g) {
    const GeneratorInfo& info = *g.info;
    const GeneratorSpec& spec = g.spec;
    if (info.sequenceTask)
        throw ConfigError("generator " + info.name +
                          " makes a set of sequences, not one series (use generateSequences)");
    const std::map<std::string, double>& p = g.parameters;
    const Index n = Index(p.at("length"));
    Random rng(spec.seed);
    std::vector<double> x(static_cast<std::size_t>(n));
    auto sigma = [&] { return p.count("noise") ? p.at("noise") : 0.0; };

    switch (spec.kind) {
        case GeneratorKind::Sine:
        case GeneratorKind::NoisySine:
        case GeneratorKind::DampedSine: {
            const double d = spec.kind == GeneratorKind::DampedSine ? p.at("damping") : 0.0;
            for (Index t = 0; t < n; ++t)
                x[std::size_t(t)] = p.at("amplitude") * std::exp(-d * double(t)) *
                                    std::sin(kTwoPi * double(t) / p.at("period") + p.at("phase"));
            break;
        }
        case GeneratorKind::SumOfSines:
            for (Index t = 0; t < n; ++t)
                for (const char* j : {"1", "2", "3"})
                    x[std::size_t(t)] +=
                        p.at(std::string("amplitude") + j) *
                        std::sin(kTwoPi * double(t) / p.at(std::string("period") + j));
            break;
        case GeneratorKind::Square:
            for (Index t = 0; t < n; ++t)
                x[std::size_t(t)] = fraction(double(t) / p.at("period")) < p.at("duty")
                                        ? p.at("amplitude")
                                        : -p.at("amplitude");
            break;
        case GeneratorKind::Sawtooth:
            for (Index t = 0; t < n; ++t)
                x[std::size_t(t)] =
                    p.at("amplitude") * (2.0 * fraction(double(t) / p.at("period")) - 1.0);
            break;
        case GeneratorKind::RandomWalk: {
            double v = p.at("start");
            for (Index t = 0; t < n; ++t) {
                if (t > 0) v += p.at("drift") + p.at("step") * rng.normal();
                x[std::size_t(t)] = v;
            }
            break;
        }
        case GeneratorKind::MackeyGlass:
            x = mackeyGlass(p, n);
            break;
        case GeneratorKind::AddingProblem:
        case GeneratorKind::RememberFirst:
        case GeneratorKind::CountingAnBn:
        case GeneratorKind::Brackets:
        case GeneratorKind::Copy:
        case GeneratorKind::Parity:
        case GeneratorKind::RememberSymbol:
            break;  // refused above
    }
    if (sigma() > 0.0)
        for (double& v : x) v += sigma() * rng.normal();

    Series s;
    s.source = describe(g);
    s.names = {info.name};
    s.columns = {std::move(x)};
    s.inputs = {0};
    s.target = 0;
    return s;
}

SequenceDataset generateSequences(const ResolvedGenerator& g, const SplitSpec& split) {
    const GeneratorInfo& info = *g.info;
    const GeneratorSpec& spec = g.spec;
    if (!info.sequenceTask)
        throw ConfigError("generator " + info.name +
                          " makes one series, not a set of sequences (use generateSeries)");
    if (info.symbols) return generateSymbolSequences(g, describe(g), split);
    const std::map<std::string, double>& p = g.parameters;
    const Index N = Index(p.at("sequences"));
    Random rng(spec.seed);

    if (spec.kind == GeneratorKind::AddingProblem) {
        const Index T = Index(p.at("length"));
        Matrix<double> inputs = Matrix<double>::Zero(N * T, 2);  // (N*T, 2): value, marker
        Matrix<double> targets(N, 1);                            // (N, 1)
        for (Index s = 0; s < N; ++s) {
            for (Index t = 0; t < T; ++t) inputs(s * T + t, 0) = rng.uniform();
            const Index half = T / 2;
            const Index first = Index(rng.below(std::uint64_t(half)));
            const Index second = half + Index(rng.below(std::uint64_t(T - half)));
            inputs(s * T + first, 1) = 1.0;
            inputs(s * T + second, 1) = 1.0;
            targets(s, 0) = inputs(s * T + first, 0) + inputs(s * T + second, 0);
        }
        return SequenceDataset(describe(g), T, std::move(inputs), std::move(targets), false, false,
                               1, split);
    }

    // Remember the first value.
    const Index T = Index(p.at("delay")) + 1;
    const Index C = Index(p.at("classes"));
    if (C == 1)
        throw ConfigError(
            generatorPlace("remember_first") +
            uiText(QT_TRANSLATE_NOOP("rnnlab::UiText", "classes must be 0 or at least 2")));
    const double amplitude = p.at("noise");
    const Index I = C == 0 ? 1 : C;
    Matrix<double> inputs(N * T, I);  // (N*T, I)
    Matrix<double> targets(N, 1);     // (N, 1): the value, or the class index
    for (Index s = 0; s < N; ++s) {
        for (Index t = 1; t < T; ++t)
            for (Index i = 0; i < I; ++i) inputs(s * T + t, i) = rng.uniform(-amplitude, amplitude);
        if (C == 0) {
            targets(s, 0) = rng.uniform(-1.0, 1.0);
            inputs(s * T, 0) = targets(s, 0);
        } else {
            const Index cls = Index(rng.below(std::uint64_t(C)));
            inputs.row(s * T).setZero();
            inputs(s * T, cls) = 1.0;
            targets(s, 0) = double(cls);
        }
    }
    return SequenceDataset(describe(g), T, std::move(inputs), std::move(targets), false, C > 0,
                           C > 0 ? C : 1, split);
}

}  // namespace rnnlab
