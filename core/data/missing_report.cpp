#include "core/data/missing_report.h"

#include "core/base/errors.h"

namespace rnnlab {

std::string toString(MissingPolicy policy) {
    switch (policy) {
        case MissingPolicy::Reject:
            return "reject";
        case MissingPolicy::Drop:
            return "drop";
        case MissingPolicy::Interpolate:
            return "interpolate";
    }
    return "reject";
}

MissingPolicy parseMissingPolicy(const std::string& name) {
    for (MissingPolicy p : {MissingPolicy::Reject, MissingPolicy::Drop, MissingPolicy::Interpolate})
        if (toString(p) == name) return p;
    throw ConfigError(uiText(QT_TRANSLATE_NOOP("rnnlab::UiText",
                                               "missing-value policy '%1' is not one of: reject, "
                                               "drop, interpolate"),
                             {name}));
}

}  // namespace rnnlab
