#pragma once
// A run that blew up, described so that a student learns from it: at which step, which
// parameter, what happened, and what to change. The trainer has already restored the last
// weights whose loss was finite and reasonable when it reports one.

#include <string>

#include "core/base/ui_text.h"

namespace rnnlab {

struct Divergence {
    long long step = 0;          // the step that would have been taken (1-based)
    long long restoredStep = 0;  // the weights now loaded are those after this many steps
    int epoch = 0;
    std::string parameter;   // state_dict name of the culprit, e.g. "rnn.weight_hh_l0"
    UiText what;             // "the gradient of rnn.weight_hh_l0 became infinite"
    UiText hint;             // "lower the learning rate (now 100) or turn on gradient clipping"

    // One paragraph: "Training diverged at step 841 (epoch 3): ... The weights after step 839,
    // the last with a sound loss, were restored. Hint: ..."
    UiText text() const;
    std::string message() const { return text().english(); }
};

}  // namespace rnnlab
