#pragma once
// Neuron search (Strobelt et al. 2017, "LSTMVis"): which units of a layer follow a selection
// of the characters of a reading (core/train/text_reading.h)? The selection is a mask m_n in
// {0, 1} over the N characters (spans chosen by hand, or a rule: inside quotes, after a space);
// each unit j of the layer has one value v_nj per character (h, c or one gate). A unit follows
// the selection when its value tells selected characters from the others:
//
//   correlation (point-biserial r, Pearson's r with a 0/1 variable):
//     r_j = Σ_n (v_nj - v̄_j)(m_n - m̄) / sqrt(Σ_n (v_nj - v̄_j)² Σ_n (m_n - m̄)²)
//         = (v̄_j¹ - v̄_j⁰) / σ_j · sqrt(n₁ n₀) / N        (σ_j the population deviation)
//     ranked by |r_j|, its sign kept: r < 0 is a unit that is low on the selection.
//   AUC (Mann-Whitney U / (n₁ n₀)): the probability that a selected character's value is above
//   an unselected one's, ties counting 1/2:
//     AUC_j = U_j / (n₁ n₀),   U_j = Σ_{n: m_n = 1} Σ_{k: m_k = 0} [v_nj > v_kj] + ½ [v_nj = v_kj]
//     (counted in O(N log N): both groups sorted, then walked together)
//     ranked by |AUC_j - 1/2|: 1 and 0 both separate the selection, 1/2 is chance.
// A unit whose value is the same on every character follows nothing: r = 0, AUC = 1/2.
//
// The mask builders below need no regular expression (the window matches one with
// QRegularExpression and hands a mask in). Both measures are undefined when nothing, or
// everything, is selected: rankUnits says so with a ConfigError.
//
// Dimensions: N characters of the reading, H units of a layer, K units returned.

#include <cstdint>
#include <string>
#include <vector>

#include "core/train/text_reading.h"

namespace rnnlab {

using SelectionMask = std::vector<std::uint8_t>;  // (N) 1 where a character is selected

// Characters first .. last of a reading, both included.
struct CharacterSpan {
    Index first = 0;
    Index last = 0;
    bool operator==(const CharacterSpan& o) const { return first == o.first && last == o.last; }
};

// The characters of any of the spans (clipped to 0 .. N-1).
SelectionMask maskOfSpans(Index size, const std::vector<CharacterSpan>& spans);
// The characters between an opening and a closing double quote, quotes excluded: " toggles,
// “ opens and ” closes.
SelectionMask insideQuotesMask(const std::u32string& text);
// The characters inside ( ), [ ] or { }, at any depth, brackets excluded; an unmatched closing
// bracket is ignored.
SelectionMask insideBracketsMask(const std::u32string& text);
// The characters right after a space (the first letter of a word).
SelectionMask afterSpaceMask(const std::u32string& text);
// The line ends themselves.
SelectionMask lineEndsMask(const std::u32string& text);
// How many characters a mask selects (n₁).
Index selectedCount(const SelectionMask& mask);

enum class UnitQuantity { Hidden, Cell, Gate };
enum class FollowMeasure { Correlation, Auc };

struct NeuronQuery {
    int layer = 0;  // 0-based
    UnitQuantity quantity = UnitQuantity::Hidden;
    int gate = 0;  // index into LayerReading::gates when quantity is Gate
    FollowMeasure measure = FollowMeasure::Correlation;
    int count = 5;  // K, the best units kept
};

struct UnitScore {
    int unit = 0;        // 0-based
    double score = 0.0;  // r in [-1, 1], or AUC in [0, 1]
};

// r and AUC of one unit's values (N) against a mask (N) with 0 < n₁ < N (the formulas above).
double pointBiserial(const std::vector<float>& values, const SelectionMask& mask);
double areaUnderCurve(const std::vector<float>& values, const SelectionMask& mask);

// The values (N, H) that a query reads; ConfigError when the reading has no such layer,
// cell state (not an LSTM) or gate.
const Matrix<float>& queriedValues(const TextReading& reading, const NeuronQuery& query);

// The K units of the layer that follow the mask best, best first (ties: lower unit first).
// ConfigError when the mask is not of the reading's N characters, selects nothing or selects
// everything, or the query names a value the reading lacks.
std::vector<UnitScore> rankUnits(const TextReading& reading, const SelectionMask& mask,
                                 const NeuronQuery& query);

}  // namespace rnnlab
