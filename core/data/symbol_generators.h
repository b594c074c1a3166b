#pragma once
// The symbolic tasks: N independent sequences of symbols, one symbol index per step (the network
// takes them as symbols: symbol_input.h), seeded like every generator (generators.h). Each task's
// vocabulary is fixed by its parameters; s_t is the symbol at step t = 0 .. T-1.
//
//   anbn             counting (Gers & Schmidhuber 2001): blocks a^n b^n, n ~ U{1 .. max_n} drawn
//                    afresh for every block, follow one another from the start of a block;
//                    every step predicts the next symbol: x_t = s_t, y_t = s_{t+1}, T = length.
//                    Vocabulary a b. Which n a block has shows only when its first b comes; from
//                    then on every target follows by counting.
//   brackets         is the string balanced? T = length (even) brackets of `kinds` kinds, one
//                    target per sequence: 1 balanced, 0 not, each with probability 1/2.
//                    Balanced: the depth d_t (open brackets after step t) stays in 0 .. depth
//                    and ends at 0, and every closing bracket has the kind of the innermost open
//                    one. Drawn step by step: open when d = 0, close when d = depth or when d
//                    equals the steps left, else open or close with probability 1/2; an opening
//                    bracket's kind is drawn evenly. Not balanced, from a balanced draw:
//                      kinds 1: an opening bracket at depth 0 and a closing bracket after it
//                               change places, so the depth falls to -1 there (each bracket
//                               still appears T/2 times);
//                      kinds 2: one closing bracket takes the other kind (the depths are legal,
//                               one pair does not match).
//                    Vocabulary ( ) [ ]  (kinds 1: ( ) alone).
//   copy             reproduce symbols after a delimiter: k = length symbols s_1..s_k drawn
//                    evenly from the first `symbols` letters, then #, then k blanks _; T = 2k+1.
//                    Every step has a target: _ up to and including #, then s_1 .. s_k.
//                    Vocabulary a b c ... # _.
//   parity           T = length bits drawn evenly; one target: the sum of the bits mod 2
//                    (0 even, 1 odd). Vocabulary 0 1.
//   remember_symbol  the first step is a letter c drawn evenly from the first `symbols` ones,
//                    `delay` more letters drawn the same way follow; one target: c (its index).
//                    T = delay + 1. The classic vanishing-gradient task with symbols: a tanh RNN
//                    forgets c as the delay grows, an LSTM keeps it in its cell.
//
// Targets are class indices: the vocabulary's indices for anbn and copy (classes = V), the
// class for the others (brackets and parity 2, remember_symbol `symbols`). classNames() says
// what they mean: the symbols, "unbalanced" "balanced" (brackets), "even" "odd" (parity).

#include <string>
#include <vector>

#include "core/data/generators.h"

namespace rnnlab {

// The symbols of a symbolic task in index order.
std::vector<std::string> symbolVocabulary(const ResolvedGenerator& generator);
// T: steps per sequence.
Index symbolSequenceSteps(const ResolvedGenerator& generator);

// The sequences of a symbolic task, split by sequence; `description` names the generator and its
// parameters. ConfigError naming the parameter for an odd brackets length.
SequenceDataset generateSymbolSequences(const ResolvedGenerator& generator,
                                        std::string description, const SplitSpec& split);

}  // namespace rnnlab
