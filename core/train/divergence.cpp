#include "core/train/divergence.h"

namespace rnnlab {

UiText Divergence::text() const {
    UiText m =
        uiText(QT_TRANSLATE_NOOP("rnnlab::UiText", "Training diverged at step %1 (epoch %2): "),
               {std::to_string(step), std::to_string(epoch + 1)});
    m += what;
    m += uiText(QT_TRANSLATE_NOOP("rnnlab::UiText", ". "));
    m += restoredStep > 0
             ? uiText(QT_TRANSLATE_NOOP("rnnlab::UiText",
                                        "The weights after step %1, the last with a "
                                        "sound loss, were restored."),
                      {std::to_string(restoredStep)})
             : uiText(QT_TRANSLATE_NOOP("rnnlab::UiText", "The initial weights were restored."));
    if (!hint.empty()) {
        m += uiText(QT_TRANSLATE_NOOP("rnnlab::UiText", " Hint: "));
        m += hint;
        m += uiText(QT_TRANSLATE_NOOP("rnnlab::UiText", "."));
    }
    return m;
}

}  // namespace rnnlab
