#pragma once
// The held-out sentences (or sequences) a classifier gets wrong, most confidently wrong first:
// what a reader looks at to see what the network has not learned. For sample n with logits
// z (C) at its last step:
//   ŷ   = argmax_c z_c                        the predicted class (the first of equal ones)
//   p_ŷ = softmax(z)_ŷ = 1 / Σ_c exp(z_c − z_ŷ)  its probability
// A sample is misclassified when ŷ differs from its class y. They are listed by p_ŷ, highest
// first (the same p: lower n first), at most `limit` of them; `wrong` counts them all.

#include <string>
#include <vector>

#include "core/data/training_data.h"
#include "core/nn/recurrent_network.h"

namespace rnnlab {

// A list a reader scrolls through: the worst few hundred say what is wrong.
constexpr Index kMaxListedMisclassified = 200;

struct MisclassifiedSample {
    Index index = 0;           // 0-based in the split, time order
    std::string text;          // the sentence without padding (sentence_steps.h); "" for numbers
    int actual = 0;            // y
    int predicted = 0;         // ŷ
    double probability = 0.0;  // p_ŷ
};

struct Misclassified {
    Split split = Split::Validation;
    Index samples = 0;                        // samples of the split read
    Index wrong = 0;                          // of them misclassified
    std::vector<MisclassifiedSample> listed;  // min(wrong, limit), most confident first
};

// Classification data with one class per sample (output "last") only.
Misclassified findMisclassified(const RecurrentNetwork<float>& network, const TrainingData& data,
                                Split split, Index limit = kMaxListedMisclassified);

}  // namespace rnnlab
