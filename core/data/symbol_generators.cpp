#include "core/data/symbol_generators.h"

#include <utility>

#include "core/base/errors.h"
#include "core/base/random.h"
#include "core/data/catalog.h"

namespace rnnlab {

namespace {

using GeneratorValues = std::map<std::string, double>;  // a generator's parameters, by name

// "a", "b", ... : the first `count` letters.
std::vector<std::string> letters(Index count) {
    std::vector<std::string> out;
    for (Index i = 0; i < count; ++i) out.push_back(std::string(1, char('a' + i)));
    return out;
}

Index whole(const GeneratorValues& p, const char* name) {
    return Index(p.at(name));
}

// What a task makes: inputs (N*T, 1) symbol indices, targets (N*T, 1) or (N, 1) class indices.
struct Drawn {
    Matrix<double> inputs;
    Matrix<double> targets;
    bool perStep = false;
    Index classes = 2;
};

Drawn anbn(const GeneratorValues& p, Index N, Index T, Random& rng) {
    Drawn d{Matrix<double>(N * T, 1), Matrix<double>(N * T, 1), true, 2};
    std::vector<int> stream;
    for (Index s = 0; s < N; ++s) {
        stream.clear();
        while (Index(stream.size()) <= T) {
            const Index n = 1 + Index(rng.below(std::uint64_t(whole(p, "max_n"))));
            for (int symbol : {0, 1})
                for (Index i = 0; i < n && Index(stream.size()) <= T; ++i)
                    stream.push_back(symbol);
        }
        for (Index t = 0; t < T; ++t) {
            d.inputs(s * T + t, 0) = stream[std::size_t(t)];
            d.targets(s * T + t, 0) = stream[std::size_t(t + 1)];
        }
    }
    return d;
}

// A balanced string of T brackets within `depth`: 2k is the opening bracket of kind k, 2k + 1
// its closing one.
std::vector<int> balancedBrackets(Index T, Index depth, Index kinds, Random& rng) {
    std::vector<int> s, open;  // open: the kinds of the open brackets, innermost last
    for (Index t = 0; t < T; ++t) {
        const Index d = Index(open.size());
        const bool close = d == depth || d == T - t ? true : d == 0 ? false : rng.below(2) == 1;
        if (close) {
            s.push_back(2 * open.back() + 1);
            open.pop_back();
        } else {
            open.push_back(int(rng.below(std::uint64_t(kinds))));
            s.push_back(2 * open.back());
        }
    }
    return s;
}

std::size_t drawnFrom(const std::vector<std::size_t>& positions, Random& rng) {
    return positions[std::size_t(rng.below(positions.size()))];
}

// Breaks a balanced string as the header says: with one kind, an opening bracket at depth 0
// swaps places with a closing bracket after it; with two, a closing bracket changes kind.
void unbalance(std::vector<int>& s, Index kinds, Random& rng) {
    std::vector<std::size_t> candidates;
    if (kinds == 2) {
        for (std::size_t i = 0; i < s.size(); ++i)
            if (s[i] % 2 == 1) candidates.push_back(i);
        s[drawnFrom(candidates, rng)] ^= 2;  // ) <-> ]
        return;
    }
    int depth = 0;
    for (std::size_t i = 0; i < s.size(); ++i) {
        if (depth == 0) candidates.push_back(i);
        depth += s[i] == 0 ? 1 : -1;
    }
    const std::size_t open = drawnFrom(candidates, rng);
    candidates.clear();
    for (std::size_t j = open + 1; j < s.size(); ++j)
        if (s[j] == 1) candidates.push_back(j);
    std::swap(s[open], s[drawnFrom(candidates, rng)]);
}

Drawn brackets(const GeneratorValues& p, Index N, Index T, Random& rng) {
    if (T % 2 != 0)
        throw ConfigError(generatorPlace("brackets") +
                          uiText(QT_TRANSLATE_NOOP("rnnlab::UiText",
                                                   "length must be even (every bracket opened is "
                                                   "closed), got %1"),
                                 {std::to_string(T)}));
    const Index kinds = whole(p, "kinds");
    Drawn d{Matrix<double>(N * T, 1), Matrix<double>(N, 1), false, 2};
    for (Index s = 0; s < N; ++s) {
        const bool balanced = rng.below(2) == 1;
        std::vector<int> string = balancedBrackets(T, whole(p, "depth"), kinds, rng);
        if (!balanced) unbalance(string, kinds, rng);
        for (Index t = 0; t < T; ++t) d.inputs(s * T + t, 0) = string[std::size_t(t)];
        d.targets(s, 0) = balanced ? 1 : 0;
    }
    return d;
}

Drawn copy(const GeneratorValues& p, Index N, Random& rng) {
    const Index k = whole(p, "length"), A = whole(p, "symbols"), T = 2 * k + 1;
    const double delimiter = double(A), blank = double(A + 1);
    Drawn d{Matrix<double>(N * T, 1), Matrix<double>(N * T, 1), true, A + 2};
    for (Index s = 0; s < N; ++s) {
        for (Index j = 0; j < k; ++j) {
            const double symbol = double(rng.below(std::uint64_t(A)));
            d.inputs(s * T + j, 0) = symbol;
            d.targets(s * T + j, 0) = blank;
            d.inputs(s * T + k + 1 + j, 0) = blank;
            d.targets(s * T + k + 1 + j, 0) = symbol;
        }
        d.inputs(s * T + k, 0) = delimiter;
        d.targets(s * T + k, 0) = blank;
    }
    return d;
}

Drawn parity(Index N, Index T, Random& rng) {
    Drawn d{Matrix<double>(N * T, 1), Matrix<double>(N, 1), false, 2};
    for (Index s = 0; s < N; ++s) {
        int sum = 0;
        for (Index t = 0; t < T; ++t) {
            const int bit = int(rng.below(2));
            d.inputs(s * T + t, 0) = bit;
            sum += bit;
        }
        d.targets(s, 0) = sum % 2;
    }
    return d;
}

Drawn rememberSymbol(const GeneratorValues& p, Index N, Index T, Random& rng) {
    const Index A = whole(p, "symbols");
    Drawn d{Matrix<double>(N * T, 1), Matrix<double>(N, 1), false, A};
    for (Index s = 0; s < N; ++s) {
        for (Index t = 0; t < T; ++t) d.inputs(s * T + t, 0) = double(rng.below(std::uint64_t(A)));
        d.targets(s, 0) = d.inputs(s * T, 0);
    }
    return d;
}

// What the class indices of a task mean: its symbols when it predicts the next one.
std::vector<std::string> classNamesOf(const ResolvedGenerator& g,
                                      const std::vector<std::string>& vocabulary) {
    switch (g.spec.kind) {
        case GeneratorKind::Brackets: return {"unbalanced", "balanced"};
        case GeneratorKind::Parity: return {"even", "odd"};
        default: return vocabulary;  // the next symbol (anbn, copy), the first (remember_symbol)
    }
}

}  // namespace

std::vector<std::string> symbolVocabulary(const ResolvedGenerator& g) {
    const GeneratorValues& p = g.parameters;
    switch (g.spec.kind) {
        case GeneratorKind::CountingAnBn: return {"a", "b"};
        case GeneratorKind::Brackets:
            if (whole(p, "kinds") == 1) return {"(", ")"};
            return {"(", ")", "[", "]"};
        case GeneratorKind::Copy: {
            std::vector<std::string> v = letters(whole(p, "symbols"));
            v.push_back("#");
            v.push_back("_");
            return v;
        }
        case GeneratorKind::Parity: return {"0", "1"};
        case GeneratorKind::RememberSymbol: return letters(whole(p, "symbols"));
        default: break;
    }
    throw ConfigError("generator " + g.info->name + " does not make symbols");
}

Index symbolSequenceSteps(const ResolvedGenerator& g) {
    const GeneratorValues& p = g.parameters;
    switch (g.spec.kind) {
        case GeneratorKind::Copy: return 2 * whole(p, "length") + 1;
        case GeneratorKind::RememberSymbol: return whole(p, "delay") + 1;
        default: return whole(p, "length");
    }
}

SequenceDataset generateSymbolSequences(const ResolvedGenerator& g, std::string description,
                                        const SplitSpec& split) {
    std::vector<std::string> vocabulary = symbolVocabulary(g);
    const GeneratorValues& p = g.parameters;
    const Index N = whole(p, "sequences"), T = symbolSequenceSteps(g);
    Random rng(g.spec.seed);
    Drawn d;
    switch (g.spec.kind) {
        case GeneratorKind::CountingAnBn: d = anbn(p, N, T, rng); break;
        case GeneratorKind::Brackets: d = brackets(p, N, T, rng); break;
        case GeneratorKind::Copy: d = copy(p, N, rng); break;
        case GeneratorKind::Parity: d = parity(N, T, rng); break;
        default: d = rememberSymbol(p, N, T, rng); break;  // symbolVocabulary refused the rest
    }
    std::vector<std::string> classNames = classNamesOf(g, vocabulary);
    return SequenceDataset(std::move(description), T, std::move(d.inputs), std::move(d.targets),
                           d.perStep, true, d.classes, split, std::move(vocabulary),
                           std::move(classNames));
}

}  // namespace rnnlab
